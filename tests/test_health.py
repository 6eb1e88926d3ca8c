import pytest
from django.db import connection


@pytest.mark.django_db
def test_health_check_answers_whatever_the_host(client, settings):
    settings.ALLOWED_HOSTS = ["reviews.example.com"]
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_other_paths_still_validate_the_host(client, settings):
    settings.ALLOWED_HOSTS = ["reviews.example.com"]
    assert client.get("/", HTTP_HOST="10.0.0.7:8000").status_code == 400


@pytest.mark.django_db
def test_health_check_reports_a_database_failure(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken)
    assert client.get("/healthz").status_code == 503
