"""Local settings from a .env file: read by manage.py, never over a real environment variable."""

import os
import subprocess
import sys
from pathlib import Path

from reviewsite.env import load_env_file, read_env_file

ROOT = Path(__file__).resolve().parent.parent


def test_a_env_file_is_read_as_names_and_values(tmp_path):
    path = tmp_path / ".env"
    path.write_text(
        "# local\n\nDJANGO_DEBUG=1\nexport SITE_NAME = 'Reviews & more'\n"
        'DEFAULT_FROM_EMAIL="Us <us@localhost>"\nnot a setting\n=nameless\nEMPTY=\n'
        "URL=postgres://u:p@h/db?a=b#frag\n"
    )
    assert read_env_file(path) == {
        "DJANGO_DEBUG": "1",
        "SITE_NAME": "Reviews & more",
        "DEFAULT_FROM_EMAIL": "Us <us@localhost>",
        "EMPTY": "",
        "URL": "postgres://u:p@h/db?a=b#frag",
    }


def test_no_file_is_no_settings(tmp_path):
    assert read_env_file(tmp_path / ".env") == {}


def test_a_real_environment_variable_always_wins(tmp_path, monkeypatch):
    path = tmp_path / ".env"
    path.write_text("REVIEWSITE_TEST_A=from-file\nREVIEWSITE_TEST_B=from-file\n")
    monkeypatch.setenv("REVIEWSITE_TEST_A", "from-environment")
    monkeypatch.delenv("REVIEWSITE_TEST_B", raising=False)

    load_env_file(path)

    assert os.environ["REVIEWSITE_TEST_A"] == "from-environment"
    assert os.environ["REVIEWSITE_TEST_B"] == "from-file"
    monkeypatch.delenv("REVIEWSITE_TEST_B")


def manage_check(env_file, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**clean, "DJANGO_ENV_FILE": str(env_file), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_manage_py_commands_run_with_the_env_file_alone(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("DJANGO_DEBUG=1\n")
    assert manage_check(env_file).returncode == 0  # without it: no secret key, refused
    refused = manage_check(env_file, DJANGO_DEBUG="0")  # the environment wins
    assert refused.returncode == 1 and "DJANGO_SECRET_KEY" in refused.stderr


def test_make_run_links_mail_to_the_port_it_serves_and_writes_the_env_file():
    clean = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    dry_run = subprocess.run(
        ["make", "--dry-run", "--always-make", "run", "PORT=8123"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert "SITE_URL=http://127.0.0.1:8123 .venv/bin/python manage.py runserver 127.0.0.1:8123" in (
        dry_run
    )
    assert "DJANGO_DEBUG=1\\n' > .env" in dry_run
    assert "--group Moderators --email moderator@localhost" in dry_run
