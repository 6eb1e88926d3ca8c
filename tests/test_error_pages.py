import pytest
from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.test import Client
from django.urls import path

from reviewsite.urls import handler500  # noqa: F401 (this URLconf keeps the site's handler)
from reviewsite.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken_view), *site_urlpatterns]


@pytest.mark.django_db
@pytest.mark.urls("tests.test_error_pages")
def test_server_error_page_is_in_the_site_design():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html and "css/site.css" in html


@pytest.mark.django_db
def test_not_found_page_is_in_the_site_design(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and 'id="main"' in html


def database_down_view(request):
    raise OperationalError("connection to server at 10.0.0.5 failed: Connection refused")


urlpatterns.insert(0, path("database-down/", database_down_view))


@pytest.mark.django_db
@pytest.mark.urls("tests.test_error_pages")
def test_database_outage_answers_the_branded_503_page_with_retry_after():
    response = Client(raise_request_exception=False).get("/database-down/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "Back in a moment" in html and "/static/css/site.css" in html
    assert "10.0.0.5" not in html


@pytest.mark.django_db
def test_unreachable_database_gives_503_without_touching_it_again(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(1)
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 503
    assert "Back in a moment" in response.content.decode()
    assert len(attempts) == 1


@pytest.mark.django_db
def test_interface_error_is_an_outage_too(monkeypatch):
    def closed(*args, **kwargs):
        raise InterfaceError("connection already closed")

    monkeypatch.setattr(connection, "cursor", closed)
    assert Client(raise_request_exception=False).get("/").status_code == 503


def test_the_503_page_is_a_static_file_nginx_can_serve_too():
    page = settings.BASE_DIR / "static" / "errors" / "503.html"
    html = page.read_text()
    # Plain HTML: no template tags that only Django would expand.
    assert "{%" not in html and "{{" not in html
    assert '<html lang="en">' in html
