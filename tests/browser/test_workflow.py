"""A writer and an editor take a review from draft to published, each from their desk.

The `new_page` fixture fails the test if the Content-Security-Policy blocked anything on the
desk or the change form, so they also prove they need no inline code.
"""

import pytest
from django.contrib.auth.models import Group

from reviews.models import Review
from tests.browser.conftest import default_criteria
from tests.factories import ReviewFactory, UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PASSWORD = "correct horse battery staple"  # UserFactory's
HEADLINE = "Quiet harbour, loud secrets"


def logged_in(new_page, live_server, username):
    page = new_page(width=1440)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")
    return page


def move(page, status):
    """The status field, saved with Save."""
    page.select_option("#id_status", status)
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()
    assert page.locator(".messagelist .success").first.is_visible()


def press(page, button):
    """A move's button beside Save."""
    with page.expect_navigation():
        page.get_by_role("button", name=button, exact=True).click()
    assert page.locator(".messagelist .success").first.is_visible()


def open_from_desk(page, section):
    link = page.locator(f"#desk-{section}").get_by_role("link", name=HEADLINE)
    with page.expect_navigation():
        link.click()


def test_a_review_goes_from_draft_to_published(
    new_page, live_server, writers_and_editors, screenshot
):
    default_criteria()
    writer, _ = writers_and_editors
    review = ReviewFactory(draft=True, author=writer, headline=HEADLINE, film__release_year=None)

    as_writer = logged_in(new_page, live_server, "wanda")
    open_from_desk(as_writer, "mine")
    press(as_writer, "Save and submit for review")

    as_editor = logged_in(new_page, live_server, "eddie")
    screenshot(as_editor, "admin-desk")
    # The writer's save checked the review: the film has no year.
    assert as_editor.locator("#desk-warnings").get_by_role("link", name=HEADLINE).is_visible()
    open_from_desk(as_editor, "in_review")
    beside_film = as_editor.locator(".fieldBox.field-film_checks .consistency-warning")
    assert "has no year" in beside_film.inner_text()
    screenshot(as_editor, "admin-review-warnings")
    as_editor.fill("#id_workflow_note", "Say who wrote the score.")
    press(as_editor, "Save and request changes")

    as_writer.goto(f"{live_server.url}/admin/")
    open_from_desk(as_writer, "changes")
    assert as_writer.locator(".workflow-note").get_by_text("Say who wrote the score.").is_visible()
    screenshot(as_writer, "admin-review-changes-requested")
    move(as_writer, "in_review")  # the status field does the same as the button

    as_editor.goto(f"{live_server.url}/admin/")
    open_from_desk(as_editor, "in_review")
    press(as_editor, "Save and approve")
    as_editor.goto(f"{live_server.url}/admin/")
    open_from_desk(as_editor, "approved")
    move(as_editor, "published")

    review.refresh_from_db()
    assert review.is_published
    moves = [(t.from_status, t.to_status) for t in review.transitions.order_by("at", "pk")]
    assert moves == [
        ("draft", "in_review"),
        ("in_review", "changes_requested"),
        ("changes_requested", "in_review"),
        ("in_review", "approved"),
        ("approved", "published"),
    ]
    as_editor.goto(f"{live_server.url}/admin/")
    assert as_editor.locator("#desk-published").get_by_role("link", name=HEADLINE).is_visible()
    assert review.status == Review.Status.PUBLISHED


@pytest.fixture
def writers_and_editors():
    """A writer and an editor (the groups come back after each flush: reviewsite.roles)."""
    writer = UserFactory(username="wanda", is_staff=True, first_name="Wanda")
    writer.groups.add(Group.objects.get(name="Writers"))
    editor = UserFactory(username="eddie", is_staff=True, first_name="Eddie")
    editor.groups.add(Group.objects.get(name="Editors"))
    return writer, editor
