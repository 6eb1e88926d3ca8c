"""An editor compares two versions of a review and reverts to the older one, under the CSP."""

import pytest
from django.contrib.auth.models import Group

from reviews.models import Review
from tests.browser.conftest import default_criteria
from tests.factories import ReviewFactory, ScoreFactory, UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


PASSWORD = "correct horse battery staple"  # UserFactory's


def log_in_as_an_editor(page, live_server):
    editor = UserFactory(username="desk-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "desk-editor")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")


def save(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").click()
    assert page.get_by_text("was changed successfully").is_visible()


def test_an_editor_compares_two_versions_and_reverts(new_page, live_server, screenshot):
    review = ReviewFactory(headline="Heat", body="<p>First draft.</p>")
    ScoreFactory(review=review, criterion=default_criteria()[0], value=7)
    page = new_page(width=1440)
    log_in_as_an_editor(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/review/{review.pk}/change/")

    page.fill("#id_headline", "Heat, revisited")
    save(page)  # version 1
    page.locator(".field-body .ProseMirror:visible").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" A <second> thought.")
    save(page)  # version 2

    page.get_by_role("link", name="History").click()
    rows = page.locator("tr.revision-row")
    assert rows.count() == 2
    assert "Body" not in rows.nth(1).inner_text() and "body" in rows.nth(0).inner_text()
    screenshot(page, "admin-review-history")
    with page.expect_navigation():
        page.get_by_role("button", name="Compare the chosen versions").click()
    added = page.locator(".revision-text ins")
    assert added.first.inner_text().strip() == "A <second> thought."
    screenshot(page, "admin-review-compare")

    with page.expect_navigation():
        page.get_by_role("button", name="Revert to version 1").click()
    assert page.get_by_text("Reverted to version 1; saved as a new version.").is_visible()
    review = Review.objects.get(pk=review.pk)
    assert review.headline == "Heat, revisited" and "second" not in review.body
    page.get_by_role("link", name="History").click()
    assert page.locator("tr.revision-row").first.inner_text().startswith("3")
    assert "Reverted to version 1" in page.locator("tr.revision-row").first.inner_text()
