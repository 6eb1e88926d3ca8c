"""Requests per second for public pages, served by gunicorn as in production.

Usage (from the project root, after `make install`):

    .venv/bin/python bench/pages.py                      # SQLite scratch database
    createdb -h 127.0.0.1 -U postgres reviewsite_bench  # an empty database, then:
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/reviewsite_bench .venv/bin/python bench/pages.py
    .venv/bin/python bench/pages.py --seconds 20 --clients 8 --workers 3

It builds a scratch database with the demo content, collects static files, starts gunicorn
on 127.0.0.1 with DEBUG off, requests each page from `--clients` threads for `--seconds`,
prints requests/s and latency percentiles per page, and stops everything it started.
Only loopback is ever contacted; every loop is bounded in time.
"""

import argparse
import http.client
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def scratch_environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_LOG_LEVEL="WARNING",
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
    )
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def add_comments(env, count):
    """Give the benchmarked (newest) review `count` approved comments, a third of them replies."""
    code = f"""
import datetime as dt
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from comments.models import Comment
from reviews.models import Review
review = Review.objects.published().order_by('-published_at').first()
kind = ContentType.objects.get_for_model(Review)
start = timezone.now() - dt.timedelta(days=1)
parents = []
for n in range({count}):
    parent = parents[n // 3] if n % 3 == 2 and parents else None
    comment = Comment.objects.create(
        content_type=kind, object_pk=str(review.pk), parent=parent,
        depth=parent.depth + 1 if parent else 0, author_name=f'Reader {{n}}',
        author_email=f'reader{{n}}@example.com', text='A thoughtful reply. ' * 20,
        status='approved', submitted_at=start + dt.timedelta(minutes=n),
    )
    parents.append(comment)
"""
    manage(env, "shell", "-c", code)


def page_paths(env):
    code = (
        "from reviews.models import Review, Film;"
        "r = Review.objects.published().order_by('-published_at').first();"
        "print(r.get_absolute_url()); print(r.film.get_absolute_url())"
    )
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    review, film = out[-2:]
    return {"home": "/", "review": review, "film": film, "search": "/search/?q=ballerina"}


def wait_for(port, deadline):
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def hammer(port, path, seconds, clients):
    latencies, errors, stop = [], [], time.monotonic() + seconds
    lock = threading.Lock()

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < stop:
            started = time.perf_counter()
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                (latencies if response.status == 200 else errors).append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def report(name, latencies, errors, seconds):
    if not latencies:
        print(f"{name:8} no successful responses ({len(errors)} errors)")
        return
    quantiles = statistics.quantiles(latencies, n=100)
    print(
        f"{name:8} {len(latencies) / seconds:8.1f} req/s   p50 {quantiles[49] * 1000:6.1f} ms"
        f"   p95 {quantiles[94] * 1000:6.1f} ms   errors {len(errors)}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8931)
    parser.add_argument(
        "--comments", type=int, default=50, help="approved comments on the review page"
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="reviewsite-bench-"))
    env = scratch_environment(workdir)
    server = None
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo")
        add_comments(env, args.comments)
        manage(env, "collectstatic", "--noinput", "-v0")
        paths = page_paths(env)
        server = subprocess.Popen(
            [
                PYTHON, "-m", "gunicorn", "reviewsite.wsgi:application",
                "--bind", f"127.0.0.1:{args.port}", "--workers", str(args.workers),
                "--log-level", "warning",
            ],
            cwd=ROOT,
            env=env,
        )  # fmt: skip
        wait_for(args.port, time.monotonic() + 30)
        database = env["DATABASE_URL"].split(":", 1)[0]
        print(
            f"gunicorn {args.workers} workers, {args.clients} clients, {args.seconds:g} s "
            f"per page, {database}, {os.cpu_count()} CPUs, {args.comments} comments on the review"
        )
        for name, path in paths.items():
            hammer(args.port, path, 1, 1)  # warm up the workers and their pools
            report(name, *hammer(args.port, path, args.seconds, args.clients), args.seconds)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
