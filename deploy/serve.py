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
import contextlib
import grp
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "reviewsite.conf.template"
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"
#: The only names the site template may use; like envsubst given a list of variables,
#: every other $word (nginx's own variables) is left alone.
TEMPLATE_NAMES = ("LISTEN", "APP_UPSTREAM", "STATIC_ROOT", "MEDIA_ROOT", "PROXY_CACHE_DIR")
#: Programs from Debian, and the package that brings each.
PACKAGES = {"nginx": "nginx", "redis-server": "redis-server"}
#: Seconds a stopping process is given before it is killed.
STOP_GRACE = 15
#: Seconds to wait for a process to answer after it starts.
START_TIMEOUT = 60


class ServeError(Exception):
    """Something `make serve` cannot work around; its message is the one line shown."""


def render_template(text, values):
    """Substitute ${NAME} and $NAME for the given names only, as envsubst does."""
    names = "|".join(re.escape(name) for name in values)
    pattern = re.compile(rf"\$(?:\{{({names})\}}|({names})(?![A-Za-z0-9_]))")
    return pattern.sub(lambda match: values[match.group(1) or match.group(2)], text)


def site_config(*, listen, app_ports, static_root, media_root, cache_dir, app_host="127.0.0.1"):
    """The site file rendered for app processes on these loopback ports."""
    upstream = " ".join(
        f"server {app_host}:{port} max_fails=1 fail_timeout=2s;" for port in app_ports
    )
    values = {
        "LISTEN": str(listen),
        "APP_UPSTREAM": upstream,
        "STATIC_ROOT": str(static_root).rstrip("/"),
        "MEDIA_ROOT": str(media_root).rstrip("/"),
        "PROXY_CACHE_DIR": str(cache_dir),
    }
    return render_template(TEMPLATE.read_text(), values)


def nginx_config(state_dir, site_file, worker_processes=1):
    """A minimal nginx.conf around the site file: process plumbing only, all under state_dir."""
    nginx_dir = Path(state_dir) / "nginx"
    temp = nginx_dir / "tmp"
    lines = [
        "# Written by deploy/serve.py: process plumbing only; the site is in the file it includes.",
        "daemon off;",
        f"worker_processes {worker_processes};",
        f"pid {nginx_dir / 'nginx.pid'};",
        "error_log stderr warn;",
    ]
    if os.geteuid() == 0:
        # nginx started by root drops its workers to an unprivileged user; it creates its
        # cache and temporary folders for that user itself.
        lines.append(f"user nobody {unprivileged_group()};")
    lines += [
        "events { worker_connections 1024; }",
        "http {",
        f"    include {mime_types()};",
        "    default_type application/octet-stream;",
        "    sendfile on;",
        "    tcp_nopush on;",
        *(
            f"    {kind}_temp_path {temp / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        ),
        f"    include {site_file};",
        "}",
        "",
    ]
    return "\n".join(lines)


def unprivileged_group():
    for name in ("nogroup", "nobody"):
        with contextlib.suppress(KeyError):
            return grp.getgrnam(name).gr_name
    return "nobody"


def mime_types():
    for candidate in ("/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types"):
        if Path(candidate).exists():
            return candidate
    raise ServeError("nginx's mime.types was not found: reinstall nginx (apt-get install nginx)")


def find_program(name):
    """The path of a Debian program, looking in sbin too (not on a user's PATH)."""
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin", "/usr/bin"])
    found = shutil.which(name, path=path)
    if not found:
        raise ServeError(f"{name} is not installed: sudo apt-get install {PACKAGES[name]}")
    return found


def write_nginx_files(state_dir, site_text):
    """Write the rendered site file and nginx.conf; the path of nginx.conf."""
    nginx_dir = Path(state_dir) / "nginx"
    (nginx_dir / "tmp").mkdir(parents=True, exist_ok=True)
    (nginx_dir / "cache").mkdir(parents=True, exist_ok=True)
    site_file = nginx_dir / "reviewsite.conf"
    site_file.write_text(site_text)
    main_file = nginx_dir / "nginx.conf"
    main_file.write_text(nginx_config(state_dir, site_file))
    return main_file


def nginx_test(nginx, main_file):
    """Run `nginx -t` on a configuration; its output when it fails, else None."""
    result = subprocess.run(
        [nginx, "-t", "-q", "-e", "stderr", "-c", str(main_file)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return None if result.returncode == 0 else (result.stderr or result.stdout).strip()


def secret_key(state_dir):
    """A secret key made once and kept, so sessions and signed links survive restarts."""
    path = Path(state_dir) / "secret_key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


def unreadable_by_others(path):
    """The first folder on the way to `path` that nginx's workers (nobody) cannot enter."""
    for folder in [*reversed(Path(path).resolve().parents), Path(path).resolve()]:
        if folder.exists() and not folder.stat().st_mode & 0o001:
            return folder
    return None


def check_nginx_can_read(paths):
    if os.geteuid() != 0:
        return  # nginx's workers run as this user
    for path in paths:
        if folder := unreadable_by_others(path):
            raise ServeError(
                f"nginx's workers run as nobody and cannot enter {folder} (needed for {path}): "
                f"chmod o+x {folder}, or run make serve as an ordinary user"
            )


def port_is_free(port):
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class Child:
    """One supervised process; `restart` ones are started again when they exit."""

    def __init__(self, name, argv, env, restart):
        self.name, self.argv, self.env, self.restart = name, argv, env, restart
        self.process = None
        self.started_at = 0.0
        self.restart_at = None
        self.delay = 1.0


class Supervisor:
    """Start processes in order, relay their output, and stop all of them together.

    A process that exits stops everything, except the background ones (`restart=True`:
    the task worker and the scheduler exit when the database goes away), which are started
    again after 1, 2, 4 ... seconds (at most 30), as docker-compose's restart policy does.
    """

    def __init__(self, out=sys.stdout):
        self.children = []
        self.out = out
        self.lock = threading.Lock()
        self.stopping = False
        self.width = 9

    def say(self, name, line):
        with self.lock:
            self.out.write(f"{name:>{self.width}} | {line}\n")
            self.out.flush()

    def start(self, name, argv, env, restart=False):
        child = Child(name, argv, env, restart)
        self.children.append(child)
        self._spawn(child)
        return child.process

    def _spawn(self, child):
        child.process = subprocess.Popen(
            child.argv,
            cwd=ROOT,
            env=child.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            bufsize=1,
            # Its own process group: the terminal's Ctrl+C reaches this supervisor only,
            # which then stops everything in order, and a signal reaches a whole group.
            start_new_session=True,
        )
        child.started_at = time.monotonic()
        child.restart_at = None
        process = child.process
        threading.Thread(target=self._relay, args=(child.name, process), daemon=True).start()

    def _relay(self, name, process):
        for line in process.stdout:
            self.say(name, line.rstrip("\n"))

    def check(self):
        """Restart background processes that are due; the first other one that exited, as
        (name, status), or None."""
        now = time.monotonic()
        for child in self.children:
            status = child.process.poll()
            if status is None:
                continue
            if not child.restart:
                return child.name, status
            if child.restart_at is None:
                # A run of a minute or more was not a crash loop: start over from 1 s.
                wait = 1.0 if now - child.started_at > 60 else child.delay
                child.delay = min(wait * 2, 30)
                child.restart_at = now + wait
                self.say(
                    "serve",
                    f"{child.name} exited with status {status}; starting it again in {wait:g} s",
                )
            elif now >= child.restart_at and not self.stopping:
                self._spawn(child)
        return None

    def wait_until(self, what, ready, timeout=START_TIMEOUT):
        deadline = time.monotonic() + timeout
        while not self.stopping:
            if dead := self.check():
                raise ServeError(f"{dead[0]} exited with status {dead[1]} while starting")
            with contextlib.suppress(OSError):
                if ready():
                    return
            if time.monotonic() > deadline:
                raise ServeError(f"{what} did not answer within {timeout} s")
            time.sleep(0.1)

    def watch(self):
        """Block until a signal asks to stop (0) or a process exits on its own (1)."""
        while not self.stopping:
            if dead := self.check():
                name, status = dead
                self.say("serve", f"{name} exited with status {status}; stopping everything")
                return 1
            time.sleep(0.2)
        return 0

    def stop(self):
        """SIGTERM every process group (newest first), then SIGKILL what is left."""
        self.stopping = True
        for child in reversed(self.children):
            signal_group(child.process, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE
        for child in reversed(self.children):
            try:
                child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.say("serve", f"{child.name} did not stop within {STOP_GRACE} s; killing it")
                signal_group(child.process, signal.SIGKILL)
                child.process.wait(timeout=5)
        # Anything left in a group (a worker whose parent died first) goes too.
        for child in self.children:
            signal_group(child.process, signal.SIGKILL)


def signal_group(process, signum):
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signum)


def http_ok(url, timeout=2):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status == 200


def redis_pong(port):
    with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
        sock.sendall(b"PING\r\n")
        return sock.recv(16).startswith(b"+PONG")


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
