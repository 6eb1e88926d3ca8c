"""Where one page's time goes: cProfile over repeated in-process requests, and its queries.

Usage, on a database with the demo content and the benchmarked review (bench/seed.py):

    DATABASE_URL=... .venv/bin/python bench/profile_page.py /reviews/<slug>/ [--requests 200]
        [--login USERNAME] [--sort tottime|cumulative] [--top 30] [--dump FILE]

Requests go through Django's whole stack (middleware, view, templates) with DEBUG off, in this
process, so the figures exclude the HTTP server. It prints the mean time per request, the
queries one request makes, and the functions that took the most time.
"""

import argparse
import cProfile
import os
import pstats
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--login", help="profile as this (existing) user")
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--dump", help="also write the profile to this file (for pstats, snakeviz)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_LOG_LEVEL="WARNING",
        STATIC_ROOT=str(ROOT / "var" / "bench-static"),
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    if args.login:
        client.force_login(get_user_model().objects.get(username=args.login))
    response = client.get(args.path)
    if response.status_code != 200:
        raise SystemExit(f"{args.path} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(args.path)
    print(f"{args.path}: {len(response.content):,} bytes, {len(queries)} queries")
    for query in queries.captured_queries:
        print(f"  {query['time']}s  {query['sql'][:150]}")

    started = time.perf_counter()
    for _ in range(args.requests):
        client.get(args.path)
    elapsed = time.perf_counter() - started
    print(f"{elapsed / args.requests * 1000:.2f} ms per request ({args.requests} requests)")

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.requests):
        client.get(args.path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    if args.dump:
        profiler.dump_stats(args.dump)


if __name__ == "__main__":
    main()
