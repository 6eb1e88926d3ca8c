"""deploy/healthcheck.py: the worker's and the scheduler's container health check."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def healthcheck(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    return subprocess.run(
        [sys.executable, "deploy/healthcheck.py"],
        cwd=ROOT,
        env={**clean, "DJANGO_DEBUG": "1", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_healthy_when_the_database_and_cache_answer(tmp_path):
    result = healthcheck(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert result.returncode == 0, result.stderr


def test_unhealthy_names_an_unreachable_database():
    # Nothing listens on port 1: connection refused at once.
    result = healthcheck(DATABASE_URL="postgres://nobody@127.0.0.1:1/reviewsite")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("unavailable: database default")
