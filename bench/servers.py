"""Which app server to run behind nginx: requests/s, latency and memory per server.

Usage (from the project root, after `make install`; needs nginx and wrk from Debian):

    .venv/bin/python bench/servers.py [--seconds 8 --connections 16]
    # granian is not a dependency; to include it:
    .venv/bin/pip install --target var/bench-extra granian==2.8.9
    PYTHONPATH=var/bench-extra .venv/bin/python bench/servers.py

It builds a scratch SQLite copy of the demo content (the benchmarked review: bench/seed.py),
collects static files, and for each server (gunicorn sync workers, gunicorn
gthread, granian's WSGI interface; 2 worker processes each) starts it behind nginx rendered
from deploy/nginx/reviewsite.conf.template, then runs wrk for --seconds on a 40 KB page that
does no database work (/bench/plain/) and on the review page. It prints requests/s, p50 and
p99 latency, non-2xx answers, and the servers' resident memory after the runs. Only
loopback is contacted (ports from --port up); every run stops by itself.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import harness  # noqa: E402
from deploy.proxy import nginx_test, site_config, write_nginx_files  # noqa: E402
from deploy.supervisor import find_program  # noqa: E402

PYTHON = sys.executable
WORKERS = 2


def servers(port):
    bind = f"127.0.0.1:{port}"
    gunicorn = [PYTHON, "-m", "gunicorn", "--bind", bind, "--workers", str(WORKERS),
                "--log-level", "warning", "reviewsite.wsgi:application"]  # fmt: skip
    return {
        "gunicorn sync": [*gunicorn, "--worker-class", "sync"],
        "gunicorn gthread x4": [*gunicorn, "--worker-class", "gthread", "--threads", "4"],
        "granian wsgi x4": [
            PYTHON,
            "-m",
            "granian",
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
            "--blocking-threads",
            "4",
            "--log-level",
            "warning",
            "--no-access-log",
            "reviewsite.wsgi:application",
        ],
    }


def available(name):
    module = name.split()[0]
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def resident_mb(pid):
    """Resident memory of a process and its children, in MB."""
    total, pids = 0, [pid]
    while pids:
        current = pids.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
        pids += [int(child) for child in children]
    return total / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=18900, help="nginx; the app on the next")
    args = parser.parse_args()
    nginx = find_program("nginx")
    harness.require("wrk", "wrk")

    workdir = Path(tempfile.mkdtemp(prefix="reviewsite-servers-"))
    workdir.chmod(0o755)  # nginx's workers (nobody, when run as root) read static files
    env = harness.environment(
        workdir,
        database_url=f"sqlite:///{workdir / 'bench.sqlite3'}",
        DJANGO_SETTINGS_MODULE="bench.plain_settings",
        DJANGO_TRUSTED_PROXY_COUNT=1,
    )
    nginx_process = None
    try:
        pages = {"plain 40 KB": "/bench/plain/", "review": harness.demo_database(env)}
        app_port = args.port + 1
        site = site_config(
            listen=f"127.0.0.1:{args.port}",
            app_ports=[app_port],
            static_root=env["STATIC_ROOT"],
            media_root=env["MEDIA_ROOT"],
            cache_dir=workdir / "nginx" / "cache",
        )
        main_file = write_nginx_files(workdir, site)
        if failure := nginx_test(nginx, main_file):
            raise SystemExit(failure)
        nginx_process = subprocess.Popen(
            [nginx, "-e", "stderr", "-c", str(main_file)], stdout=subprocess.DEVNULL
        )
        print(
            f"behind nginx, {WORKERS} worker processes each, wrk {args.connections} connections "
            f"x {args.seconds} s per page, SQLite, {os.cpu_count()} CPUs"
        )
        for name, command in servers(app_port).items():
            if not available(name):
                print(f"{name:20} skipped: not installed (see this script's docstring)")
                continue
            server = subprocess.Popen(command, cwd=ROOT, env=env)
            try:
                harness.wait_for(args.port, "/readyz")
                for page, path in pages.items():
                    url = f"http://127.0.0.1:{args.port}{path}"
                    harness.wrk(url, seconds=1, connections=args.connections)  # warm up
                    run = harness.wrk(url, seconds=args.seconds, connections=args.connections)
                    print(
                        f"{name:20} {page:12} {run['rate']:8.1f} req/s  p50 {run['p50']:7.2f} ms"
                        f"  p99 {run['p99']:7.2f} ms  non-2xx {run['failed']}"
                    )
                print(f"{name:20} memory       {resident_mb(server.pid):8.0f} MB resident")
            finally:
                server.terminate()
                server.wait(timeout=30)
    finally:
        if nginx_process:
            nginx_process.terminate()
            nginx_process.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
