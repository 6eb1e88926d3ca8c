"""With DEBUG off the site refuses to start without a real secret key and allowed hosts."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REAL_KEY = "k" * 50


def manage_check(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**clean, "DJANGO_DEBUG": "0", "DJANGO_ENV_FILE": "", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "django-insecure-" + "x" * 40}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "short"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": REAL_KEY}, "DJANGO_ALLOWED_HOSTS"),
    ],
)
def test_production_settings_refuse_to_start_with_a_one_line_message(env, named):
    result = manage_check(**env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert named in result.stderr
    assert "Traceback" not in result.stderr


def test_production_settings_start_with_key_and_hosts():
    result = manage_check(DJANGO_SECRET_KEY=REAL_KEY, DJANGO_ALLOWED_HOSTS="reviews.example.com")
    assert result.returncode == 0, result.stderr


def test_only_the_test_suite_swaps_the_password_hasher():
    import reviewsite.settings as site_settings

    # The site keeps Django's default (PBKDF2); tests/settings.py alone uses a fast one.
    assert not hasattr(site_settings, "PASSWORD_HASHERS")


def settings_with(monkeypatch, **env):
    """The site's settings module as it reads `env` (not the test suite's settings)."""
    import runpy

    for name in ("TASKS_BACKEND", "DJANGO_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DJANGO_SECRET_KEY", REAL_KEY)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "reviews.example.com")
    return runpy.run_path(str(ROOT / "reviewsite" / "settings.py"))


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        ({}, "django_tasks_db.DatabaseBackend"),
        ({"DJANGO_DEBUG": "1"}, "django_tasks.backends.immediate.ImmediateBackend"),
        ({"TASKS_BACKEND": "immediate"}, "django_tasks.backends.immediate.ImmediateBackend"),
        ({"DJANGO_DEBUG": "1", "TASKS_BACKEND": "database"}, "django_tasks_db.DatabaseBackend"),
        ({"TASKS_BACKEND": "django_tasks_rq.RQBackend"}, "django_tasks_rq.RQBackend"),
    ],
    ids=["production", "debug", "immediate", "database-in-debug", "dotted-path"],
)
def test_tasks_backend_is_the_database_in_production_and_inline_in_debug(monkeypatch, env, backend):
    assert settings_with(monkeypatch, **env)["TASKS"] == {"default": {"BACKEND": backend}}


def test_an_unknown_tasks_backend_refuses_to_start(monkeypatch):
    from reviewsite.startup import MissingSetting

    with pytest.raises(MissingSetting, match="TASKS_BACKEND"):
        settings_with(monkeypatch, TASKS_BACKEND="databse")


POSTGRES_URL = "postgres://app@db.internal:5432/reviewsite"


def database_settings(monkeypatch, url=POSTGRES_URL, **env):
    monkeypatch.delenv("DATABASE_POOL", raising=False)
    return settings_with(monkeypatch, DATABASE_URL=url, **env)["DATABASES"]["default"]


def test_postgres_connections_persist_and_are_checked_before_reuse(monkeypatch):
    default = database_settings(monkeypatch)
    assert default["CONN_MAX_AGE"] == 300
    assert default["CONN_HEALTH_CHECKS"] is True
    # An unreachable database fails fast enough for the branded 503.
    assert default["OPTIONS"]["connect_timeout"] == 2


def test_the_psycopg_pool_is_opt_in_and_waits_two_seconds_at_most(monkeypatch):
    default = database_settings(monkeypatch, DATABASE_POOL="1")
    assert default["CONN_MAX_AGE"] == 0
    assert default["OPTIONS"]["pool"] == {"min_size": 2, "max_size": 10, "timeout": 2}


def test_a_connect_timeout_in_the_url_wins(monkeypatch):
    default = database_settings(monkeypatch, url=POSTGRES_URL + "?connect_timeout=5")
    assert default["OPTIONS"]["connect_timeout"] == 5


def test_a_replica_url_adds_the_replica_its_router_and_middleware(monkeypatch):
    replica_url = "postgres://reader@replica.internal:5432/reviewsite"
    site = settings_with(monkeypatch, DATABASE_URL=POSTGRES_URL, DATABASE_REPLICA_URL=replica_url)
    replica = site["DATABASES"]["replica"]
    assert replica["HOST"] == "replica.internal"
    assert replica["CONN_HEALTH_CHECKS"] is True
    assert replica["TEST"] == {"MIRROR": "default"}
    assert site["DATABASE_ROUTERS"] == ["reviewsite.replicas.ReplicaRouter"]
    middleware = site["MIDDLEWARE"]
    assert middleware.index("reviewsite.replicas.ReplicaMiddleware") == 1


def test_without_a_replica_url_there_is_only_the_primary(monkeypatch):
    monkeypatch.delenv("DATABASE_REPLICA_URL", raising=False)
    site = settings_with(monkeypatch, DATABASE_URL=POSTGRES_URL)
    assert list(site["DATABASES"]) == ["default"]
    assert "reviewsite.replicas.ReplicaMiddleware" not in site["MIDDLEWARE"]


def test_a_bucket_without_django_storages_refuses_to_start(monkeypatch):
    from reviewsite.startup import MissingSetting

    monkeypatch.setattr("importlib.util.find_spec", lambda name, *args: None)
    with pytest.raises(MissingSetting, match=r"requirements-s3\.txt"):
        settings_with(monkeypatch, AWS_STORAGE_BUCKET_NAME="reviewsite-media")


def test_a_bucket_puts_media_on_s3(monkeypatch):
    monkeypatch.setattr("importlib.util.find_spec", lambda name, *args: object())
    site = settings_with(
        monkeypatch,
        AWS_STORAGE_BUCKET_NAME="reviewsite-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_CUSTOM_DOMAIN="media.reviews.example.com",
    )
    default = site["STORAGES"]["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    assert default["OPTIONS"]["bucket_name"] == "reviewsite-media"
    assert default["OPTIONS"]["endpoint_url"] == "https://s3.example.net"
    assert default["OPTIONS"]["custom_domain"] == "media.reviews.example.com"
    assert default["OPTIONS"]["querystring_auth"] is False
    # Static files stay where nginx (or a CDN in front of it) serves them.
    assert site["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")


def test_django_records_are_logged_once_by_the_root_handler():
    """Django's DEBUG console handler beside the root's printed every record twice."""
    assert logging.getLogger("django").handlers == []
    assert logging.getLogger("django").propagate
    assert any(isinstance(h, logging.StreamHandler) for h in logging.getLogger().handlers)
