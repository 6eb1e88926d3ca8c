"""deploy/supervisor.py: make serve's processes stop together, background ones restart."""

import os

import pytest

from deploy import supervisor as supervisor_module


class Lines:
    """A Supervisor's output, kept."""

    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)

    def flush(self):
        pass


def test_when_one_process_exits_everything_stops_with_status_1():
    out = Lines()
    lines = out.lines
    supervisor = supervisor_module.Supervisor(out=out)
    env = dict(os.environ)
    sleeper = supervisor.start("sleeper", ["sleep", "60"], env)
    supervisor.start("crasher", ["sh", "-c", "exit 3"], env)
    try:
        assert supervisor.watch() == 1
    finally:
        supervisor.stop()
    assert sleeper.poll() is not None
    assert any("crasher exited with status 3; stopping everything" in line for line in lines)


def test_the_worker_and_the_scheduler_are_started_again_when_they_exit():
    out = Lines()
    supervisor = supervisor_module.Supervisor(out=out)
    supervisor.start("worker", ["sh", "-c", "echo working; exit 1"], dict(os.environ), restart=True)
    try:
        supervisor.wait_until(
            "a second run", lambda: sum("worker | working" in line for line in out.lines) >= 2
        )
        assert supervisor.check() is None  # not a reason to stop everything
    finally:
        supervisor.stop()
    assert any(
        "worker exited with status 1; starting it again in 1 s" in line for line in out.lines
    )


def test_a_missing_program_names_its_debian_package(monkeypatch):
    monkeypatch.setattr(supervisor_module.shutil, "which", lambda name, path=None: None)
    with pytest.raises(supervisor_module.ServeError, match="apt-get install redis-server"):
        supervisor_module.find_program("redis-server")
