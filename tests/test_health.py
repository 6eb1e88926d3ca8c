import pytest
from django.core.cache import cache
from django.db import connection

from reviewsite import health


def test_liveness_answers_whatever_the_host(client, settings):
    settings.ALLOWED_HOSTS = ["reviews.example.com"]
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Cache-Control"] == "no-store"


def test_liveness_never_touches_the_database(client):
    # No django_db mark: pytest-django makes any database access raise, which would be a 500.
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_other_paths_still_validate_the_host(client, settings):
    settings.ALLOWED_HOSTS = ["reviews.example.com"]
    assert client.get("/", HTTP_HOST="10.0.0.7:8000").status_code == 400


@pytest.mark.django_db
def test_readiness_checks_the_database_and_the_cache(client, settings):
    settings.ALLOWED_HOSTS = ["reviews.example.com"]
    response = client.get("/readyz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert response.content == b"ready\n"


@pytest.mark.django_db
def test_readiness_names_an_unreachable_database(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("connection refused by db.internal")

    monkeypatch.setattr(connection, "cursor", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"unavailable: database default\n"


@pytest.mark.django_db
def test_readiness_names_an_unreachable_cache(client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis.internal:6379 refused")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"unavailable: cache\n"


@pytest.mark.django_db
def test_readiness_lists_every_failure_and_logs_the_reasons(client, monkeypatch, caplog):
    monkeypatch.setattr(health, "database_answers", lambda alias: False)
    monkeypatch.setattr(health, "cache_answers", lambda: 1 / 0)
    response = client.get("/readyz")
    assert response.content == b"unavailable: database default, cache\n"
    assert "cache failed: ZeroDivisionError" in caplog.text
