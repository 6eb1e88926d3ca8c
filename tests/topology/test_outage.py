"""A stopped database behind the whole topology: cached pages stay, others get a fast 503.

deploy/serve.py runs with a scratch PostgreSQL database reached through a TCP relay
(tests/topology/relay.py); cutting the relay refuses new connections and drops open ones,
as a stopped server does, without touching the shared PostgreSQL.
"""

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from django.conf import settings

from tests.topology.conftest import free_ports, get, readable_tempdir, wait_until
from tests.topology.relay import Relay

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres
#: A request that always reaches the app: a session cookie bypasses nginx's cache.
UNCACHED = {"Cookie": "sessionid=not-a-session"}


def maintenance_execute(sql):
    database = settings.DATABASES["default"]
    with psycopg.connect(
        host=database["HOST"] or "127.0.0.1",
        port=database["PORT"] or 5432,
        user=database["USER"],
        password=database["PASSWORD"],
        dbname="postgres",
        autocommit=True,
    ) as connection:
        connection.execute(sql)


@pytest.fixture(scope="module")
def scratch_database():
    """A database of its own, named after the suite's, dropped afterwards."""
    name = f"{os.environ.get('DATABASE_URL', '').rsplit('/', 1)[-1]}_outage_{uuid.uuid4().hex[:8]}"
    maintenance_execute(f'CREATE DATABASE "{name}"')
    try:
        url = urlsplit(os.environ["DATABASE_URL"])
        yield url, name
    finally:
        maintenance_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def topology(nginx_binary, redis_binary, scratch_database):
    """make serve through a relay to the scratch database; yields (port, relay)."""
    url, name = scratch_database
    # nginx, two app processes and Redis on the first four, the relay on the fifth.
    port, *_, relay_port = free_ports(5)
    relay = Relay(url.hostname or "127.0.0.1", url.port or 5432, port=relay_port)
    netloc = url.netloc.rsplit("@", 1)
    credentials = f"{netloc[0]}@" if len(netloc) == 2 else ""
    relayed = urlunsplit(
        url._replace(netloc=f"{credentials}127.0.0.1:{relay_port}", path=f"/{name}")
    )
    with readable_tempdir() as folder:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="tests.topology.app_settings",
            DATABASE_URL=relayed,
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
                lambda: (
                    process.poll() is None and "Serving http" in (folder / "serve.log").read_text()
                ),
                "make serve to start",
                timeout=120,
            )
            yield port, relay
        finally:
            relay.restore()
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=60)
            log.close()
            relay.close()


def test_a_stopped_database_leaves_cached_pages_and_gives_others_a_fast_503(topology):
    port, relay = topology
    assert get(port, "/", headers=UNCACHED).status == 200
    assert get(port, "/").status == 200  # an anonymous reader's page, now kept
    fresh = get(port, "/topology/cached/")
    assert fresh.status == 200
    assert get(port, "/topology/cached/").headers["X-Cache-Status"] == "HIT"

    relay.cut()
    try:
        down = get(port, "/", headers=UNCACHED, timeout=10)
        assert down.status == 503
        assert "Back in a moment" in down.text
        assert down.headers["Retry-After"] == "5"
        answers = []

        def served_stale():
            answers.append(get(port, "/topology/cached/"))
            return answers[-1].headers["X-Cache-Status"] == "STALE"

        wait_until(served_stale, "the cached page to be served STALE")
        assert {a.status for a in answers} == {200}
        assert {a.body for a in answers} == {fresh.body}
        # An anonymous reader's page is still served (by nginx or the app's page cache).
        anonymous = get(port, "/")
        assert anonymous.status == 200 and "Back in a moment" not in anonymous.text
        ready = get(port, "/readyz")
        assert (ready.status, ready.text) == (503, "unavailable: database default\n")
        assert get(port, "/healthz").status == 200
    finally:
        relay.restore()

    # Back at once: the first requests after the database returns are served (each app
    # process reconnects on its next request).
    assert [get(port, "/", headers=UNCACHED).status for _ in range(4)] == [200] * 4
    assert get(port, "/readyz").status == 200
