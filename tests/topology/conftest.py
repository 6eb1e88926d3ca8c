"""Shared helpers for the topology tests: real nginx, app processes and Redis on loopback.

They need Debian's nginx and redis-server; without them the tests are skipped with the
reason, except in CI (REQUIRE_TOPOLOGY_TESTS=1), where .ci/run installs both.
Processes are started once per module on free loopback ports and always stopped.
"""

import contextlib
import http.client
import os
import random
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

from deploy.supervisor import PACKAGES, ServeError, find_program

#: Loopback ports the tests may use (another range: TOPOLOGY_PORTS=20000-20999).
PORTS = tuple(int(n) for n in os.environ.get("TOPOLOGY_PORTS", "18000-18999").split("-"))
#: Seconds after which a test gives up waiting for an answer: a failure, never a measure.
PATIENCE = 20


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/topology/" in item.nodeid:
            item.add_marker(pytest.mark.topology)


def require_program(name):
    try:
        return find_program(name)
    except ServeError:
        reason = f"{name} is not installed (apt-get install {PACKAGES[name]})"
        if os.environ.get("REQUIRE_TOPOLOGY_TESTS"):
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def nginx_binary():
    return require_program("nginx")


@pytest.fixture(scope="session")
def redis_binary():
    return require_program("redis-server")


def free_ports(count):
    """`count` consecutive free loopback ports, from a random start in PORTS."""
    low, high = PORTS
    for _ in range(200):
        start = random.randint(low, high - count + 1)
        if all(port_is_free(port) for port in range(start, start + count)):
            return list(range(start, start + count))
    raise RuntimeError(f"no {count} consecutive free ports in {low}-{high}")


def port_is_free(port):
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@contextlib.contextmanager
def readable_tempdir():
    """A scratch folder nginx's workers can read (as nobody when the tests run as root)."""
    path = Path(tempfile.mkdtemp(prefix="reviewsite-topology-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


def get(port, path, headers=None, method="GET", body=None, timeout=PATIENCE):
    """One request on a fresh connection; the answer whatever its status."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(
            method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})}
        )
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


@contextlib.contextmanager
def slow_clients(port, count=20):
    """`count` connections that never finish their request: half trickle a header line, half
    a POST body, one byte per socket every half second, so they stay alive all along."""
    sockets = []
    for number in range(count):
        sock = socket.create_connection(("127.0.0.1", port))
        if number % 2:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        else:
            sock.sendall(
                b"POST /comments/post/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n"
                b"Content-Length: 100000\r\n\r\nname=slow"
            )
        sockets.append(sock)
    stop = threading.Event()

    def trickle():
        while not stop.wait(0.5):
            for sock in sockets:
                with contextlib.suppress(OSError):
                    sock.sendall(b"x")

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        for sock in sockets:
            sock.close()


def wait_until(condition, what, timeout=PATIENCE):
    """Poll `condition` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(OSError):
            if result := condition():
                return result
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what} after {timeout} s")
        time.sleep(0.05)
