"""Playwright driving the system's headless Chromium against pytest-django's live server."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        reason = f"no Chromium at {CHROMIUM}: install it (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER_TESTS"):
            pytest.fail(reason)
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls
    # (building data) are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, live_server):
    """Open pages at a given width; each call is a fresh browser context (no shared cookies).

    Every page is served with the site's Content-Security-Policy; whatever it blocks
    (Chromium says so on the console) fails the test, so each browser test also proves the
    pages it visits need nothing the policy refuses.
    """
    contexts, violations = [], []

    def watch(message):
        if "Content Security Policy" in message.text:
            violations.append(f"{message.location.get('url')}: {message.text}")

    def open_page(width=1280, height=900, color_scheme="light"):
        context = browser.new_context(
            viewport={"width": width, "height": height}, color_scheme=color_scheme
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", watch)
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not violations, "blocked by the Content-Security-Policy:\n" + "\n".join(violations)


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under var/test-artifacts/ (CI keeps the folder)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def save(page, name):
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save


def default_criteria():
    """The default criteria, made again if a live-server test's flush removed them.

    Live-server tests commit their data, so each ends with a flush that also empties the
    rows data migrations made. serialized_rollback would restore them, but the snapshot
    does not survive into tests that run after others in the same session.
    """
    from reviews.models import DEFAULT_CRITERIA, Criterion

    return [
        Criterion.objects.get_or_create(name=name, defaults={"position": position})[0]
        for position, name in enumerate(DEFAULT_CRITERIA, start=1)
    ]
