"""Every answer says what browsers may do with it: CSP, Permissions-Policy, HSTS."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())


def test_a_public_page_allows_only_the_sites_own_files_and_no_inline_code(client):
    review = ReviewFactory()
    policy = directives(client.get(review.get_absolute_url()))
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"  # no nonce, no 'unsafe-inline'
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'self'"
    assert policy["form-action"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"


def test_public_templates_hold_no_inline_script_style_or_handler(client):
    review = ReviewFactory(body="<h2>One</h2><p>Text.</p>")
    html = client.get(review.get_absolute_url()).content.decode()
    assert not re.search(r"<script(?![^>]*\b(src=|type=\"application/ld\+json\"))", html)
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_a_kept_page_is_served_with_the_same_policies(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    review = ReviewFactory()
    first = client.get(review.get_absolute_url())
    again = Client().get(review.get_absolute_url())
    assert again["X-Page-Cache"] == "hit"
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert again["Permissions-Policy"] == first["Permissions-Policy"]


def test_features_the_site_never_uses_are_denied(client):
    policy = client.get("/")["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy


def test_the_rich_text_editor_gets_a_nonce_for_its_import_map_on_its_page_only(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    review = ReviewFactory()
    response = client.get(f"/admin/reviews/review/{review.pk}/change/")
    nonce = re.search(r"'nonce-([^']+)'", directives(response)["script-src"]).group(1)
    assert f'<script type="importmap" nonce="{nonce}">' in response.content.decode()
    assert "sha256-" in directives(response)["style-src"]  # the editor's stylesheet
    # Another admin page asks for no nonce.
    assert "nonce" not in client.get("/admin/")["Content-Security-Policy"]


def production_check(**env):
    """`manage.py check --deploy` with the environment of .env.example, and `env`."""
    example = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            example[name] = value
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    secret = {"DJANGO_SECRET_KEY": "n7Jq2vX9pL4sT8wZ1cR6yB3mK5hF0dG7aE2uQ9iO4xV8-Hs3Wd0Ff6Tg1Yp"}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**clean, **example, **secret, "DJANGO_ENV_FILE": "", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_deploy_check_is_clean_with_the_production_example_environment():
    result = production_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deploy_check_names_what_plain_http_gives_up():
    # The redirect and HSTS follow DJANGO_SECURE_COOKIES when not set apart.
    result = production_check(
        DJANGO_SECURE_COOKIES="0", DJANGO_SSL_REDIRECT="", DJANGO_HSTS_SECONDS=""
    )
    assert result.returncode == 1
    said = result.stdout + result.stderr
    for setting in ("SECURE_HSTS_SECONDS", "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE"):
        assert setting in said
