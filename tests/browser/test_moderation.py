"""A moderator clears the comment queue in a real browser, one click per comment."""

import pytest

from comments.models import Comment
from tests.comments.helpers import make_comment
from tests.factories import ReviewFactory, UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PASSWORD = "correct horse battery staple"  # UserFactory's


def log_in(page, live_server):
    # A superuser: the Moderators group is gone after an earlier live-server test's flush.
    UserFactory(username="chief", is_staff=True, is_superuser=True)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")


def test_moderator_approves_and_spams_from_the_queue(new_page, live_server, screenshot):
    review = ReviewFactory(headline="Heat, thirty years on")
    keep = make_comment(review, author_name="Vincent", text="The diner scene says it all.")
    junk = make_comment(review, author_name="Casino bot", text="Cheap pills http://x http://y")
    page = new_page(width=1440)
    log_in(page, live_server)

    assert page.get_by_role("link", name="Comments: 2 pending").is_visible()
    with page.expect_navigation():
        page.get_by_role("link", name="Comments: 2 pending").click()
    screenshot(page, "moderation-queue")

    with page.expect_navigation():
        page.locator("tr", has_text="Vincent").get_by_role("button", name="Approve").click()
    assert page.get_by_text("The comment by Vincent was approved.").is_visible()
    with page.expect_navigation():
        page.locator("tr", has_text="Casino bot").get_by_role("button", name="Spam").click()
    assert page.get_by_text("The comment by Casino bot was marked as spam.").is_visible()

    assert Comment.objects.get(pk=keep.pk).status == Comment.Status.APPROVED
    assert Comment.objects.get(pk=junk.pk).status == Comment.Status.SPAM
    assert "status__exact=pending" in page.url  # back on the filtered queue


def test_a_link_from_the_mail_asks_before_acting(new_page, live_server):
    comment = make_comment(author_name="Vincent")
    page = new_page()
    log_in(page, live_server)

    page.goto(f"{live_server.url}/admin/comments/comment/{comment.pk}/trash/")
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.PENDING
    with page.expect_navigation():
        page.get_by_role("button", name="Trash").click()

    assert page.get_by_text("The comment by Vincent was moved to the trash.").is_visible()
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.TRASH
