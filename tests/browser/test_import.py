"""An editor imports reviews in the admin with a real browser.

The worker's tasks run inline here (the immediate backend, as under `make run`), except where
a test holds them back to watch the page wait for the worker.
"""

from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from imports.models import ImportBatch
from imports.tasks import preview_import_batch
from reviews.models import Country, Review
from tests.browser.conftest import default_criteria
from tests.browser.test_moderation import log_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "documents"


def test_a_paste_over_the_limit_is_stopped_in_the_browser_and_kept(new_page, live_server):
    page = new_page()
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/review/import/")
    big = "A very long review. " * 60_000  # 1.2 MB: over the 1 MB limit for one document
    page.locator("#id_pasted").evaluate("(box, text) => { box.value = text; }", big)
    page.get_by_role("button", name="Preview the import").click()

    alert = page.get_by_role("alert")
    assert alert.is_visible() and "one document may be 1 MB at most" in alert.inner_text()
    assert page.url.endswith("/admin/reviews/review/import/")  # no request was sent
    assert page.locator("#id_pasted").input_value() == big
    assert not ImportBatch.objects.exists()


def test_the_import_form_shows_no_empty_error_box(new_page, live_server):
    page = new_page()
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/review/import/")
    page.locator("#id_pasted").wait_for()
    boxes = page.locator(".errornote, .errorlist")
    visible = [boxes.nth(n) for n in range(boxes.count()) if boxes.nth(n).is_visible()]
    assert visible == []


def paste_and_preview(page, live_server):
    """Log in, paste the Lantern Keeper on the import page and ask for its preview."""
    # A live-server test's flush empties the rows migrations made: the document's countries.
    for code, name in [("KR", "South Korea"), ("US", "United States")]:
        Country.objects.get_or_create(code=code, defaults={"name": name})
    default_criteria()
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/review/")
    with page.expect_navigation():
        page.get_by_role("link", name="Import reviews").click()
    page.fill("#id_pasted", (FIXTURES / "bulleted_facts.txt").read_text(encoding="utf-8"))
    with page.expect_navigation():
        page.get_by_role("button", name="Preview the import").click()


def test_an_editor_previews_then_confirms_a_pasted_review(new_page, live_server, screenshot):
    page = new_page(width=1440)
    paste_and_preview(page, live_server)  # the preview task ran as the batch was saved
    screenshot(page, "import-preview")
    assert page.get_by_text("Nothing has been saved yet").is_visible()
    assert page.get_by_role("cell", name="Will be created").first.is_visible()
    assert page.get_by_role("cell", name="Mira Okafor as June, Tomás Reyes as The Keeper").count()
    assert not Review.objects.exists()
    assert ImportBatch.objects.get().status == ImportBatch.Status.PREVIEWED

    with page.expect_navigation():
        page.get_by_role("button", name="Confirm import").click()
    review = Review.objects.get()
    assert review.film.title == "The Lantern Keeper" and review.status == Review.Status.DRAFT
    screenshot(page, "import-report")
    assert page.get_by_role("status").inner_text() == "1 of 1 document imported."
    link = page.get_by_role("link", name=review.headline).first
    assert link.get_attribute("href").endswith(f"/admin/reviews/review/{review.pk}/change/")
    assert not page.get_by_role("button", name="Confirm import").count()


def test_the_page_waits_for_the_worker_and_shows_the_preview_by_itself(
    new_page, live_server, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    page = new_page()
    paste_and_preview(page, live_server)  # the preview task is queued, not run
    assert "The documents are being read" in page.get_by_role("status").inner_text()
    assert not page.get_by_role("button", name="Confirm import").count()

    # The worker's turn, while the page waits for its next reload (the live server shares
    # SQLite's in-memory connection with this thread: it must not be serving a request).
    batch = ImportBatch.objects.get()
    assert preview_import_batch.call(batch.pk, batch.attempt) is True
    # No click and no script: the page reloads itself and finds the preview.
    expect(page.get_by_text("Nothing has been saved yet")).to_be_visible(timeout=10_000)
    assert page.get_by_role("button", name="Confirm import").is_visible()
