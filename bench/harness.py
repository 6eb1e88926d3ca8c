"""What the benchmark scripts share: scratch databases, app servers on loopback, wrk runs.

Everything here touches 127.0.0.1 and scratch databases or folders only, and every run is
bounded in time.
"""

import contextlib
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(workdir, *, database_url, **extra):
    """Production settings (DEBUG off) on a scratch database, media and static folder."""
    ours = ("DJANGO_", "PAGE_", "DATABASE_", "FRAGMENT_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_LOG_LEVEL="WARNING",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        TASKS_BACKEND="immediate",
        PYTHONPATH=str(ROOT),
    )
    env.pop("REDIS_URL", None)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args, quiet=False):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def run_script(env, script, *args, capture=False):
    """Run bench/`script`; with `capture`, return the last word it printed."""
    done = subprocess.run(
        [PYTHON, str(ROOT / "bench" / script), *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )
    return done.stdout.split()[-1] if capture else None


def demo_database(env, *, comments=50):
    """Migrate, load the demo, grow its newest review to the benchmarked one; its path."""
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo", quiet=True)
    path = run_script(env, "seed.py", "--comments", str(comments), capture=True)
    manage(env, "collectstatic", "--noinput", "-v0")
    return path


@contextlib.contextmanager
def postgres_database(url, suffix, *, keep=False):
    """A scratch database beside the one `url` names; yields its URL and whether it was kept
    from an earlier run (`keep`: reuse one if it is there, and leave it afterwards)."""
    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'reviewsite'}_{suffix}"
    admin = {"PGHOST": parts.hostname or "127.0.0.1", "PGPORT": str(parts.port or 5432)}
    admin["PGUSER"] = parts.username or "postgres"
    env = {**os.environ, **admin}
    listed = subprocess.run(
        ["psql", "-Atc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'", "postgres"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    existed = keep and listed.stdout.strip() == "1"
    if not existed:
        subprocess.run(["dropdb", "--if-exists", name], env=env, check=True)
        subprocess.run(["createdb", name], env=env, check=True)
    drop = ["dropdb", "--if-exists", "--force", name]
    try:
        yield parts._replace(path=f"/{name}").geturl(), existed
    except BaseException:
        subprocess.run(drop, env=env, check=False)  # never keep a half-built database
        raise
    if not keep:
        subprocess.run(drop, env=env, check=False)


@contextlib.contextmanager
def app_server(env, *, port, workers=2, app="reviewsite.wsgi:application", threads=1):
    """gunicorn on 127.0.0.1:`port` until the block ends."""
    command = [
        str(BIN / "gunicorn"), app, "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
        "--threads", str(threads), "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    try:
        wait_for(port, "/healthz" if "reviewsite" in app else "/")
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def wait_for(port, path="/healthz", seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", path)
            if connection.getresponse().status < 500:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"nothing answered on 127.0.0.1:{port}{path}")


def wait_until_listening(port, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.1)
    raise SystemExit(f"nothing listens on 127.0.0.1:{port}")


def fetch(url, headers=()):
    """(status, body) of a GET on loopback."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request(
        "GET",
        parts.path + (f"?{parts.query}" if parts.query else ""),
        headers=dict(header.split(": ", 1) for header in headers),
    )
    response = connection.getresponse()
    return response.status, response.read()


def check_answers(targets):
    """Every target answers 200 before it is measured: a benchmark of errors is worthless."""
    for name, (url, headers) in targets.items():
        status, _ = fetch(url, headers)
        if status != 200:
            raise SystemExit(f"{name}: {url} answered {status}")


def page_size(env, path):
    """The size of `path` as the app renders it (through Django's test client)."""
    code = f"from django.test import Client; print(len(Client().get({path!r}).content))"
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_ALLOWED_HOSTS": "testserver"},
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.split()[-1])


def require(program, package):
    if shutil.which(program) is None:
        raise SystemExit(f"{program} is needed: apt-get install -y {package}")


WRK_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
WRK_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, *, seconds, connections=16, threads=2, headers=()):
    """Requests per second, p50 and p99 in milliseconds, and failed answers, from one wrk run."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{round(seconds)}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    out = subprocess.run(
        [*command, url], check=True, capture_output=True, text=True, timeout=seconds + 30
    ).stdout
    latency = {p: float(v) * UNITS[u] for p, v, u in WRK_LATENCY.findall(out)}
    failed = WRK_NON_2XX.search(out)
    return {
        "rate": float(WRK_RATE.search(out).group(1)),
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "failed": int(failed.group(1)) if failed else 0,
    }


def median(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 2]
