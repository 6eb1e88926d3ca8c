"""make serve (deploy/serve.py): the whole topology from scratch, then Ctrl+C.

The module starts deploy/serve.py once, on free loopback ports, with a scratch SQLite
database (also named as the read replica, so pages are read through the replica router),
static and media folders: it migrates, loads the demo content, starts Redis, two app
processes, the worker, the scheduler and nginx. The last test stops it with SIGINT, as Ctrl+C does.
"""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from deploy import serve, supervisor
from tests.topology.conftest import free_ports, get, readable_tempdir, slow_clients, wait_until

ROOT = Path(__file__).resolve().parents[2]
STARTUP = 120  # seconds: migrations, demo content and collectstatic on a slow CI machine


def descendants(pid):
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        found += [int(child) for child in children]
        pending += [int(child) for child in children]
    return found


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead too: it only waits for its parent to read its status.
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(") ")[-1][0] != "Z"


@pytest.fixture(scope="module")
def served(nginx_binary, redis_binary):
    """deploy/serve.py running; yields (port, process, folder)."""
    port = free_ports(4)[0]  # nginx, two app processes, Redis
    with readable_tempdir() as folder:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))
        }
        database_url = f"sqlite:///{folder / 'db.sqlite3'}"
        env.update(
            DATABASE_URL=database_url,
            # The read replica's router on (the same file stands in for a replica).
            DATABASE_REPLICA_URL=database_url,
            STATIC_ROOT=str(folder / "static"),
            MEDIA_ROOT=str(folder / "media"),
        )
        log = (folder / "serve.log").open("w")
        process = subprocess.Popen(
            [sys.executable, "deploy/serve.py", "--port", str(port), "--state-dir",
             str(folder / "state")],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            wait_until(
                lambda: process.poll() is None and "Serving http" in output(folder),
                f"make serve to start (log: {folder / 'serve.log'})",
                timeout=STARTUP,
            )
            yield port, process, folder
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=60)
            log.close()


def output(folder):
    return (folder / "serve.log").read_text()


def test_the_site_is_served_through_nginx_with_debug_off(served):
    port, _, folder = served
    answer = get(port, "/")
    assert answer.status == 200
    assert "X-Cache-Status" in answer.headers
    assert "Serving http://127.0.0.1:" in output(folder)
    # It started cleanly: nothing failed on the way, Redis included.
    assert "Traceback" not in output(folder).split("Serving http")[0]
    # DEBUG off: an unknown page is the site's 404, not Django's debug page.
    missing = get(port, "/no-such-page/")
    assert missing.status == 404 and "Page not found" in missing.text
    assert "Django tried these URL patterns" not in missing.text


def test_the_editor_login_is_printed(served):
    _, _, folder = served
    assert "username: editor" in output(folder)


def test_probes_answer_through_nginx(served):
    port, _, _ = served
    assert get(port, "/healthz").status == 200
    ready = get(port, "/readyz")
    assert (ready.status, ready.text) == (200, "ready\n")


def test_media_is_served_with_debug_off(served):
    port, _, folder = served
    types = {
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".png": "image/png",
        ".webp": "image/webp",
    }
    # A demo upload (renditions are made by the worker, maybe later).
    image = next(p for p in (folder / "media").rglob("*") if p.suffix.lower() in types)
    answer = get(port, "/media/" + image.relative_to(folder / "media").as_posix())
    assert answer.status == 200
    assert answer.headers["Content-Type"] == types[image.suffix.lower()]
    assert answer.body == image.read_bytes()


def test_collected_static_files_are_served_by_nginx(served):
    port, _, folder = served
    manifest = json.loads((folder / "static" / "staticfiles.json").read_text())
    answer = get(port, "/static/" + manifest["paths"]["css/site.css"])
    assert answer.status == 200
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_the_worker_and_the_scheduler_run(served):
    _, process, folder = served
    wait_until(
        lambda: (
            "worker | Starting worker" in output(folder)
            and "scheduler | Scheduler started" in output(folder)
        ),
        "the worker and the scheduler to say they started",
    )
    assert process.poll() is None


def test_both_app_processes_take_requests(served):
    port, _, folder = served
    for _ in range(6):
        assert get(port, "/healthz").status == 200
        get(port, "/robots.txt")
    upstreams = {port + 1, port + 2}
    wait_until(
        lambda: all(f"upstream=127.0.0.1:{p}" in output(folder) for p in upstreams),
        "nginx's log to name both app processes",
    )


def test_twenty_slow_clients_do_not_delay_a_reader(served):
    port, _, _ = served
    with slow_clients(port, count=20):
        answer = get(port, "/reviews/")
        assert answer.status == 200


def test_ctrl_c_stops_every_process(served):
    port, process, _ = served
    children = descendants(process.pid)
    assert len(children) >= 4  # Redis, two gunicorn masters, nginx (and their workers)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 0
    assert [pid for pid in children if alive(pid)] == []
    assert supervisor.port_is_free(port)


def test_the_secret_key_is_made_once_and_kept(tmp_path):
    key = serve.secret_key(tmp_path)
    assert len(key) >= 50
    assert serve.secret_key(tmp_path) == key
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
