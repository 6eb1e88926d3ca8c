"""How the app behaves through a database outage, per connection strategy.

Usage (from the project root, after `make install`; needs PostgreSQL):

    .venv/bin/python bench/outage.py [--outage 20] [--database-url postgres://postgres@127.0.0.1:5432/reviewsite_outage_bench]

It creates the scratch database (dropped afterwards), loads the demo content, and for each
strategy (psycopg pool as configured before: 30 s wait and no connect timeout; the pool with
a 2 s wait; persistent connections with health checks) starts gunicorn (2 sync workers, DEBUG
off) talking to PostgreSQL through a TCP relay (tests/topology/relay.py), starts a request
for `/` every 0.25 s, cuts the relay for `--outage` seconds, then restores it. It prints how
long requests took during the outage and with what status, and how long after the database
came back the first request succeeded. Only loopback is contacted; every loop is bounded.
"""

import argparse
import http.client
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import harness  # noqa: E402
from tests.topology.relay import Relay  # noqa: E402

PYTHON = sys.executable
STRATEGIES = {
    "pool, 30 s wait (before)": {
        "DATABASE_POOL": "1",
        "DATABASE_POOL_TIMEOUT": "30",
        "DATABASE_CONNECT_TIMEOUT": "0",
    },
    "pool, 2 s wait": {"DATABASE_POOL": "1", "DATABASE_POOL_TIMEOUT": "2"},
    "persistent + health checks": {"DATABASE_POOL": "0"},
}


def admin_execute(database_url, sql):
    maintenance = urlunsplit(urlsplit(database_url)._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(sql)


def probe(port, results, started_at):
    start = time.monotonic()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", "/", headers={"Host": "127.0.0.1"})
        status = connection.getresponse().status
    except OSError as exc:
        status = type(exc).__name__
    results.append((start - started_at, time.monotonic() - start, status))


def run_strategy(name, overrides, env, database_url, outage, port):
    target = urlsplit(database_url)
    relay = Relay(target.hostname, target.port or 5432, port=port + 1)
    relayed = urlunsplit(target._replace(netloc=f"{target.username}@127.0.0.1:{relay.port}"))
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "reviewsite.wsgi:application", "--workers", "2",
         "--bind", f"127.0.0.1:{port}", "--log-level", "critical", "--timeout", "120"],
        cwd=ROOT, env={**env, **overrides, "DATABASE_URL": relayed},
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            results = []
            probe(port, results, 0)
            if results[0][2] == 200:
                break
            if time.monotonic() > deadline:
                raise SystemExit(f"{name}: the app did not answer 200 ({results[0][2]})")
            time.sleep(0.2)
        results, threads, started_at = [], [], time.monotonic()
        cut_at, restore_at = 2.0, 2.0 + outage
        end = restore_at + 45
        while (now := time.monotonic() - started_at) < end:
            if now >= cut_at and relay._listener is not None and now < restore_at:
                relay.cut()
            if now >= restore_at:
                relay.restore()
                recovered = [r for r in results if r[0] >= restore_at and r[2] == 200]
                if recovered and now > recovered[0][0] + recovered[0][1] + 1:
                    break
            thread = threading.Thread(target=probe, args=(port, results, started_at))
            thread.start()
            threads.append(thread)
            time.sleep(0.25)
        for thread in threads:
            thread.join(timeout=65)
        report(name, results, cut_at, restore_at)
    finally:
        server.terminate()
        server.wait(timeout=30)
        relay.cut()


def report(name, results, cut_at, restore_at):
    during = [r for r in results if cut_at + 0.5 <= r[0] < restore_at]
    statuses = sorted({str(r[2]) for r in during})
    slowest = max((r[1] for r in during), default=0)
    answered = sorted(r[1] for r in during)
    median = answered[len(answered) // 2] if answered else 0
    recovered = [r[0] + r[1] - restore_at for r in results if r[0] >= restore_at and r[2] == 200]
    back = f"{min(recovered):5.1f} s" if recovered else "  never (within 45 s)"
    print(
        f"{name:28} outage answers {','.join(statuses):12} median {median:5.1f} s, "
        f"slowest {slowest:5.1f} s; first 200 after the database returned: {back}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outage", type=float, default=20, help="seconds the relay is cut")
    parser.add_argument(
        "--database-url",
        default="postgres://postgres@127.0.0.1:5432/reviewsite_outage_bench",
        help="a scratch database to create and drop",
    )
    parser.add_argument("--only", choices=list(STRATEGIES), action="append")
    parser.add_argument("--port", type=int, default=18950, help="gunicorn; the relay on the next")
    args = parser.parse_args()
    database = urlsplit(args.database_url).path.lstrip("/")
    workdir = Path(tempfile.mkdtemp(prefix="reviewsite-outage-"))
    env = harness.environment(workdir, database_url=args.database_url, DJANGO_LOG_LEVEL="CRITICAL")
    admin_execute(args.database_url, f'CREATE DATABASE "{database}"')
    try:
        for command in (
            ["migrate", "--noinput", "-v0"],
            ["load_demo"],
            ["collectstatic", "--noinput", "-v0"],
        ):
            subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)
        print(f"{args.outage:g} s outage, gunicorn 2 sync workers, a request every 0.25 s")
        for name in args.only or STRATEGIES:
            run_strategy(name, STRATEGIES[name], env, args.database_url, args.outage, args.port)
    finally:
        admin_execute(args.database_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
