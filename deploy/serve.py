"""make serve: the production topology on one machine, on loopback, in the foreground.

nginx on PORT (default 8080) in front of app processes (gunicorn, deploy/gunicorn.conf.py),
Redis as the shared cache, the task worker and the scheduler, with the database of
DATABASE_URL (SQLite by default) and DEBUG off. nginx uses deploy/nginx/reviewsite.conf.template,
the same site file as docker-compose. Ports: PORT for nginx, PORT+1... for the app processes,
the next one for Redis (unless REDIS_URL is given).

Prepares var/serve/ (rendered configs, a generated secret key kept so sessions survive
restarts, nginx's cache and temporary files, Redis' folder), migrates, collects static
files, loads the demo content into an empty database, makes sure the editor and moderator
accounts exist, then starts everything and prints the URL once the site answers.
Ctrl+C (SIGINT or SIGTERM) stops every process; if one of them exits, everything stops and
the exit status is 1, naming the process, except the task worker and the scheduler, which
exit when the database goes away and are started again (as docker-compose's restart policy
does). Standard library only: it runs before anything.
"""

import argparse
import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path

# Run as a script (python deploy/serve.py), the project root is not on the path yet.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from deploy.proxy import check_nginx_can_read, nginx_test, site_config, write_nginx_files
from deploy.supervisor import (
    ServeError,
    Supervisor,
    find_program,
    http_ok,
    port_is_free,
    redis_pong,
)

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"


def secret_key(state_dir):
    """A secret key made once and kept, so sessions and signed links survive restarts."""
    path = Path(state_dir) / "secret_key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8080))
    parser.add_argument("--web", type=int, default=2, help="app processes (default 2)")
    parser.add_argument(
        "--state-dir", type=Path, default=ROOT / "var" / "serve", help="default var/serve"
    )
    args = parser.parse_args(argv)
    if args.web < 1:
        parser.error("--web must be 1 or more")
    return args


def serve_environment(args, state_dir, redis_url):
    """The environment of every process: production settings on loopback."""
    env = dict(os.environ)
    # make exports DJANGO_DEBUG=1 for `make run`; this is the production configuration.
    env["DJANGO_DEBUG"] = "0"
    env.setdefault("DJANGO_SECRET_KEY", secret_key(state_dir))
    env.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
    # Plain HTTP on loopback: cookies marked Secure would never come back.
    env.setdefault("DJANGO_SECURE_COOKIES", "0")
    # nginx appends the client to X-Forwarded-For.
    env.setdefault("DJANGO_TRUSTED_PROXY_COUNT", "1")
    env.setdefault("SITE_URL", f"http://127.0.0.1:{args.port}")
    env.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
    env.setdefault("TASKS_BACKEND", "database")
    env.setdefault("STATIC_ROOT", str(ROOT / "var" / "static"))
    env.setdefault("MEDIA_ROOT", str(ROOT / "var" / "media"))
    env["REDIS_URL"] = redis_url
    env["PYTHONUNBUFFERED"] = "1"
    return env


def prepare_database(env):
    """Migrate, collect static files, demo content and local accounts: what `make run` does."""
    python = sys.executable
    steps = [
        ["migrate", "--noinput", "-v1"],
        ["collectstatic", "--noinput", "-v0"],
        ["load_demo"],
        ["ensure_editor"],
        ["ensure_editor", "--username", "moderator", "--group", "Moderators"],
    ]
    for step in steps:
        result = subprocess.run([python, "manage.py", *step], cwd=ROOT, env=env)
        if result.returncode != 0:
            raise ServeError(f"manage.py {' '.join(step)} failed (status {result.returncode})")


#: The task worker (django-tasks-db) and the scheduler of periodic jobs, as manage.py commands.
BACKGROUND = [("worker", ["db_worker"]), ("scheduler", ["run_scheduler"])]


def run(args):
    state_dir = args.state_dir.resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    nginx = find_program("nginx")
    redis_url = os.environ.get("REDIS_URL", "")
    redis_server = None if redis_url else find_program("redis-server")
    app_ports = [args.port + n for n in range(1, args.web + 1)]
    redis_port = args.port + args.web + 1
    wanted = [args.port, *app_ports] + ([] if redis_url else [redis_port])
    if busy := [port for port in wanted if not port_is_free(port)]:
        raise ServeError(
            f"port {busy[0]} is in use (this needs {wanted[0]}-{wanted[-1]}); "
            f"choose another PORT, e.g. make serve PORT={args.port + 100}"
        )
    redis_url = redis_url or f"redis://127.0.0.1:{redis_port}/0"
    env = serve_environment(args, state_dir, redis_url)
    site_text = site_config(
        listen=f"127.0.0.1:{args.port}",
        app_ports=app_ports,
        static_root=env["STATIC_ROOT"],
        media_root=env["MEDIA_ROOT"],
        cache_dir=state_dir / "nginx" / "cache",
    )
    main_file = write_nginx_files(state_dir, site_text)
    check_nginx_can_read([env["STATIC_ROOT"], env["MEDIA_ROOT"], state_dir / "nginx"])
    if failure := nginx_test(nginx, main_file):
        raise ServeError(f"nginx refuses {main_file}: {failure}")
    Path(env["MEDIA_ROOT"]).mkdir(parents=True, exist_ok=True)

    supervisor = Supervisor()

    def stop_on_signal(signum, frame):
        supervisor.stopping = True

    signal.signal(signal.SIGINT, stop_on_signal)
    signal.signal(signal.SIGTERM, stop_on_signal)
    try:
        if redis_server:
            redis_dir = state_dir / "redis"
            redis_dir.mkdir(exist_ok=True)
            supervisor.start(
                "redis",
                [redis_server, "--bind", "127.0.0.1", "--port", str(redis_port),
                 "--save", "", "--appendonly", "no", "--dir", str(redis_dir),
                 "--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru"],
                env,
            )  # fmt: skip
            supervisor.wait_until("redis-server", lambda: redis_pong(redis_port))
        # With Redis up, since the settings use it (demo content clears cached pages).
        try:
            prepare_database(env)
        except ServeError:
            if supervisor.stopping:  # Ctrl+C reached the step too
                return 0
            raise
        for number, port in enumerate(app_ports, start=1):
            supervisor.start(
                f"web{number}",
                [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONF),
                 "--bind", f"127.0.0.1:{port}", "reviewsite.wsgi:application"],
                {**env, "WEB_CONCURRENCY": env.get("WEB_CONCURRENCY", "1")},
            )  # fmt: skip
        for port in app_ports:
            supervisor.wait_until(
                f"the app on port {port}", lambda p=port: http_ok(f"http://127.0.0.1:{p}/healthz")
            )
        for name, argv in BACKGROUND:
            supervisor.start(name, [sys.executable, "manage.py", *argv], env, restart=True)
        supervisor.start("nginx", [nginx, "-e", "stderr", "-c", str(main_file)], env)
        url = f"http://127.0.0.1:{args.port}/"
        supervisor.wait_until("the site", lambda: http_ok(url + "readyz"))
        if not supervisor.stopping:
            supervisor.say(
                "serve",
                f"Serving {url} (admin at {url}admin/): nginx, {args.web} app processes, "
                f"{'Redis, ' if redis_server else ''}the task worker and the scheduler; "
                "Ctrl+C stops all of it.",
            )
        return supervisor.watch()
    finally:
        supervisor.stop()


def main(argv=None):
    args = parse_args(argv)
    try:
        return run(args)
    except ServeError as exc:
        sys.stderr.write(f"serve: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
