import datetime as dt
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command

from scheduler.models import JobRun

ROOT = Path(__file__).resolve().parents[2]
NOON = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.django_db
def test_once_enqueues_what_is_due_now_and_exits(settings, task_queue):
    settings.SCHEDULED_JOBS = [
        {"name": "tick", "task": "tests.scheduler.test_services.tick", "every": dt.timedelta(1)}
    ]
    out = io.StringIO()
    with time_machine.travel(NOON, tick=False):
        call_command("run_scheduler", "--once", stdout=out)
        call_command("run_scheduler", "--once", stdout=out)
    assert out.getvalue().splitlines() == ["Enqueued: tick.", "Nothing due."]
    assert [r.task.name for r in task_queue.results] == ["tick"]
    assert JobRun.objects.get().due_at == NOON.replace(hour=0)


def test_ctrl_c_stops_the_scheduler_at_once(tmp_path):
    # A real process: signals reach the main thread only. Its database has no tables, so it
    # waits to retry, in the very wait a signal must cut short.
    env = {
        **os.environ,
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "PYTHONUNBUFFERED": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_scheduler"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert "Scheduler started" in process.stdout.readline()
        process.send_signal(signal.SIGINT)
        # Far less than the scheduler's own wait (MAX_WAIT or RETRY_WAIT) from here.
        assert process.wait(timeout=8) == 0
    finally:
        process.kill()
    assert "Scheduler stopped." in process.stdout.read()
