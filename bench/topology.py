"""The review page through the production topology, against the framework and the physical limit.

Usage (PostgreSQL, as production; a scratch database is made beside the one named):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/reviewsite .venv/bin/python bench/topology.py
        [--seconds 10 --rounds 3 --connections 16 --workers 2]

Without DATABASE_URL it runs on a scratch SQLite file. It starts, on loopback: Redis, the
app twice under gunicorn (`--workers` sync workers each; once with every cache on, once
with every cache off), bench/minimal_site.py under the same gunicorn options, and nginx
with deploy/nginx's site file in front of the cached app. The page is the demo's newest
review grown to 2,100 words with 50 comments (bench/seed.py). Measured with wrk, each
target once per round, rounds interleaved after a warm-up, the median of the rounds kept:

  (a) cold          the review page, every cache off (the app only)
  (b) signed-in     the review page for a signed-in reader (no page cache; its fragments)
  (c) app cache     the review page for an anonymous reader, from the app's page cache
  (d) proxy cache   the review page for an anonymous reader, through nginx's cache
  minimal Django    a constant 40 KB page from the minimal site: the framework's ceiling
  nginx static      a 40 KB file nginx serves itself: the physical limit

and prints requests/s, p50 and p99 for each, and the ratios the goals are stated in.
"""

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness
from deploy.proxy import site_config, write_nginx_files

#: (target, reference, goal): target's rate must be at least goal x reference's.
GOALS = [
    ("cold", "minimal", 0.018),
    ("signed-in", "minimal", 0.11),
    ("app cache", "minimal", 0.80),
    ("proxy cache", "static", 0.50),
]
STATIC_NAME = "bench-40k.html"


def reader_session(env):
    """A signed-in reader (not staff) and the session cookie a browser would send."""
    code = """
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
user, _ = get_user_model().objects.get_or_create(username='bench-reader')
store = import_module(settings.SESSION_ENGINE).SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend'
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.create()
print(store.session_key)
"""
    out = subprocess.run(
        [harness.PYTHON, "manage.py", "shell", "-c", code],
        cwd=harness.ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return f"sessionid={out.stdout.split()[-1]}"


@contextlib.contextmanager
def redis_server(port, workdir):
    harness.require("redis-server", "redis-server")
    process = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no", "--dir", str(workdir), "--maxmemory", "256mb",
         "--maxmemory-policy", "allkeys-lru"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        harness.wait_until_listening(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def nginx_server(*, port, app_ports, static_root, media_root, workdir):
    harness.require("nginx", "nginx")
    text = site_config(
        listen=f"127.0.0.1:{port}",
        app_ports=app_ports,
        static_root=static_root,
        media_root=media_root,
        cache_dir=workdir / "nginx" / "cache",
    )
    main_file = write_nginx_files(workdir, text)
    # Every core, as a production nginx runs (the site file is the production one).
    main_file.write_text(
        main_file.read_text().replace("worker_processes 1;", "worker_processes auto;")
    )
    process = subprocess.Popen(
        [shutil.which("nginx"), "-e", "stderr", "-c", str(main_file)],
        stdout=subprocess.DEVNULL,  # the access log: a line per request
        stderr=subprocess.DEVNULL,
    )
    try:
        harness.wait_for(port, "/healthz")
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    harness.require("wrk", "wrk")
    workdir = Path(tempfile.mkdtemp(prefix="reviewsite-topology-"))
    os.chmod(workdir, 0o755)  # nginx's workers (nobody, when run as root) read static files
    base = os.environ.get("DATABASE_URL", "")
    database = (
        harness.postgres_database(base, "topology")
        if base.startswith("postgres")
        else contextlib.nullcontext((f"sqlite:///{workdir / 'bench.sqlite3'}", False))
    )
    try:
        with database as (url, _):
            results, info = run(args, workdir, url)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report(results, info, args)


def run(args, workdir, database_url):
    ports = {name: harness.free_port() for name in ("redis", "cached", "cold", "minimal", "nginx")}
    with redis_server(ports["redis"], workdir) as redis_url:
        cached = harness.environment(
            workdir, database_url=database_url, REDIS_URL=redis_url, DJANGO_TRUSTED_PROXY_COUNT=1
        )
        cold = {**cached, "PAGE_CACHE": "0", "FRAGMENT_CACHE": "0", "PAGE_CACHE_PROXY_SECONDS": "0"}
        review = harness.demo_database(cached)
        static_root = Path(cached["STATIC_ROOT"])
        (static_root / STATIC_NAME).write_bytes(b"x" * 40 * 1024)
        cookie = reader_session(cached)
        page_bytes = harness.page_size(cached, review)
        with (
            harness.app_server(cached, port=ports["cached"], workers=args.workers),
            harness.app_server(cold, port=ports["cold"], workers=args.workers),
            harness.app_server(
                {**cached, "DJANGO_SETTINGS_MODULE": "bench.minimal_site"},
                port=ports["minimal"],
                workers=args.workers,
                app="bench.minimal_site:application",
            ),
            nginx_server(
                port=ports["nginx"],
                app_ports=[ports["cached"]],
                static_root=static_root,
                media_root=cached["MEDIA_ROOT"],
                workdir=workdir,
            ),
        ):
            targets = {
                "cold": (f"http://127.0.0.1:{ports['cold']}{review}", ()),
                "signed-in": (
                    f"http://127.0.0.1:{ports['cached']}{review}",
                    (f"Cookie: {cookie}",),
                ),
                "app cache": (f"http://127.0.0.1:{ports['cached']}{review}", ()),
                "proxy cache": (f"http://127.0.0.1:{ports['nginx']}{review}", ()),
                "minimal": (f"http://127.0.0.1:{ports['minimal']}/", ()),
                "static": (f"http://127.0.0.1:{ports['nginx']}/static/{STATIC_NAME}", ()),
            }
            harness.check_answers(targets)
            results = measure(targets, args)
    database = database_url.split(":", 1)[0]
    return results, {"page_bytes": page_bytes, "database": database}


def measure(targets, args):
    for url, headers in targets.values():  # warm-up: workers, prepared statements, caches
        harness.wrk(url, seconds=2, connections=args.connections, headers=headers)
    results = {name: [] for name in targets}
    for _ in range(args.rounds):
        for name, (url, headers) in targets.items():
            run = harness.wrk(
                url, seconds=args.seconds, connections=args.connections, headers=headers
            )
            if run["failed"]:
                raise SystemExit(f"{name}: {run['failed']} answers were not 2xx")
            results[name].append(run)
    return results


NAMES = {
    "cold": "(a) review, cold",
    "signed-in": "(b) review, signed in",
    "app cache": "(c) review, app cache",
    "proxy cache": "(d) review, proxy cache",
    "minimal": "minimal Django view",
    "static": "nginx static 40 KB",
}


def report(results, info, args):
    print(
        f"\n{os.cpu_count()} CPUs; {info['database']}; gunicorn {args.workers} sync workers per "
        f"app; wrk -t2 -c{args.connections} -d{args.seconds}s, median of {args.rounds} rounds; "
        f"review page {info['page_bytes']:,} bytes (2,100 words, 50 comments)"
    )
    print("{:26} {:>10} {:>9} {:>9}".format("target", "req/s", "p50 ms", "p99 ms"))
    rates = {}
    for name, runs in results.items():
        rates[name] = harness.median([run["rate"] for run in runs])
        p50 = harness.median([run["p50"] for run in runs])
        p99 = harness.median([run["p99"] for run in runs])
        print(f"{NAMES[name]:26} {rates[name]:10.1f} {p50:9.2f} {p99:9.2f}")
    print()
    for target, reference, goal in GOALS:
        ratio = rates[target] / rates[reference]
        verdict = "meets" if ratio >= goal else "MISSES"
        print(
            f"{NAMES[target]:26} {ratio:8.1%} of {NAMES[reference]:22} (goal {goal:.1%}: {verdict})"
        )


if __name__ == "__main__":
    main()
