"""The site's icon: linked from every page, and /favicon.ico answered, not a 404."""

import pytest
from django.conf import settings
from django.urls import reverse


def test_favicon_ico_is_the_static_icon_cached_for_a_day(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response["Cache-Control"] == "public, max-age=86400"
    icon = settings.BASE_DIR / "static" / "img" / "favicon.ico"
    assert response.content == icon.read_bytes()
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file's header


def test_favicon_ico_refuses_a_post(client):
    assert client.post("/favicon.ico").status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize("url", [reverse("reviews:home"), "/admin/login/"])
def test_pages_link_the_svg_icon_and_its_ico_fallback(client, url):
    html = client.get(url).content.decode()
    assert 'rel="icon" href="/static/img/favicon.svg" type="image/svg+xml"' in html
    assert 'rel="icon" href="/static/img/favicon.ico"' in html
