"""Processes for make serve: start them in order, relay their output, stop them together."""

import contextlib
import os
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
#: Programs from Debian, and the package that brings each.
PACKAGES = {"nginx": "nginx", "redis-server": "redis-server"}
#: Seconds a stopping process is given before it is killed.
STOP_GRACE = 15
#: Seconds to wait for a process to answer after it starts.
START_TIMEOUT = 60


class ServeError(Exception):
    """Something `make serve` cannot work around; its message is the one line shown."""


def find_program(name):
    """The path of a Debian program, looking in sbin too (not on a user's PATH)."""
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin", "/usr/bin"])
    found = shutil.which(name, path=path)
    if not found:
        raise ServeError(f"{name} is not installed: sudo apt-get install {PACKAGES[name]}")
    return found


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
