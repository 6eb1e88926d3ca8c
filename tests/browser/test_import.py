"""An editor imports reviews in the admin with a real browser."""

from pathlib import Path

import pytest
from django.conf import settings

from reviews.models import Country, ImportBatch, Review
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


def test_an_editor_previews_then_confirms_a_pasted_review(new_page, live_server, screenshot):
    # A live-server test's flush empties the rows migrations made: the document's countries.
    for code, name in [("KR", "South Korea"), ("US", "United States")]:
        Country.objects.get_or_create(code=code, defaults={"name": name})
    default_criteria()
    page = new_page(width=1440)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/review/")
    with page.expect_navigation():
        page.get_by_role("link", name="Import reviews").click()
    page.fill("#id_pasted", (FIXTURES / "bulleted_facts.txt").read_text(encoding="utf-8"))
    with page.expect_navigation():
        page.get_by_role("button", name="Preview the import").click()
    screenshot(page, "import-preview")
    assert page.get_by_text("Nothing has been saved yet").is_visible()
    assert page.get_by_role("cell", name="Will be created").first.is_visible()
    assert not Review.objects.exists()

    with page.expect_navigation():
        page.get_by_role("button", name="Confirm import").click()
    review = Review.objects.get()
    assert review.film.title == "The Lantern Keeper" and review.status == Review.Status.DRAFT
    link = page.get_by_role("link", name=review.headline).first
    assert link.get_attribute("href").endswith(f"/admin/reviews/review/{review.pk}/change/")
