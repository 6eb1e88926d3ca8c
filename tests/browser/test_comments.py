"""A visitor leaves a reply in a real browser; a moderator approves it."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from comments import services
from comments.models import Comment
from tests.factories import ReviewFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PREVIEW_NOTE = "Your comment is awaiting moderation."
TEXT = "The heist scene still holds up.\nThirty years on, nothing comes close."


@pytest.fixture
def clock():
    """The server's clock (the live server runs in this process), moved on at will.

    People need more than 3 seconds to write a comment; rather than sleeping, the test moves
    the clock forward before submitting.
    """
    with time_machine.travel(timezone.now(), tick=True) as traveller:
        yield traveller


def field(page, label):
    return page.get_by_label(label, exact=True)


def test_a_reply_is_kept_through_an_error_previewed_to_its_author_then_approved(
    new_page, live_server, screenshot, clock
):
    review = ReviewFactory(headline="Heat, thirty years on")
    url = live_server.url + review.get_absolute_url()
    author = new_page(width=360)
    author.goto(url)
    assert author.get_by_role("heading", name="Leave a Reply").is_visible()
    field(author, "Name *").fill("Dana")
    field(author, "Email *").fill("dana(at)example.org")
    field(author, "Website").fill("https://dana.example")
    field(author, "Comment *").fill(TEXT)
    author.get_by_label(
        "Save my name, email, and website in this browser for the next time I comment."
    ).check()
    clock.shift(dt.timedelta(seconds=5))
    author.get_by_role("button", name="Post Comment").click()

    # Refused: the page comes back with every field as typed and the error by its field.
    author.wait_for_load_state()
    email = field(author, "Email *")
    assert email.get_attribute("aria-invalid") == "true"
    assert author.locator("#id_email_error").inner_text().startswith("Please enter a valid email")
    assert field(author, "Name *").input_value() == "Dana"
    assert email.input_value() == "dana(at)example.org"
    assert field(author, "Website").input_value() == "https://dana.example"
    assert field(author, "Comment *").input_value() == TEXT
    assert author.get_by_label("Save my name, email", exact=False).is_checked()
    screenshot(author, "comment-form-error-360")

    email.fill("dana@example.org")
    author.get_by_role("button", name="Post Comment").click()
    author.wait_for_url(f"**{review.get_absolute_url()}#comment-*")
    comment = Comment.objects.get()
    preview = author.locator(f"#comment-{comment.pk}")
    assert preview.get_by_text(PREVIEW_NOTE).is_visible()
    assert preview.get_by_text("Thirty years on, nothing comes close.").is_visible()
    assert author.get_by_text("It is awaiting moderation").is_visible()  # the message
    assert author.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(author, "comment-preview-360")

    reader = new_page()
    reader.goto(url)
    assert reader.get_by_role("heading", name="No comments yet").is_visible()
    assert reader.get_by_text("The heist scene still holds up.").count() == 0

    services.comment_approve(comment=comment, reason="approved in the browser test")
    for page in (author, reader):
        page.goto(url)
        assert page.get_by_role("heading", name="1 Comment", exact=True).is_visible()
        shown = page.locator(f"#comment-{comment.pk}")
        assert shown.get_by_text("The heist scene still holds up.").is_visible()
        assert shown.get_by_role("link", name="Dana", exact=True).get_attribute("href") == (
            "https://dana.example"
        )
        assert page.get_by_text(PREVIEW_NOTE).count() == 0

    # The author's details were remembered; a reply works without JavaScript.
    assert field(author, "Name *").input_value() == "Dana"
    author.locator(f"#comment-{comment.pk}").get_by_role("link", name="Reply to Dana").click()
    # The link loads the page again: wait for it rather than look at the old one.
    expect(author.get_by_role("heading", name="Leave a Reply to Dana")).to_be_visible()
    expect(author.get_by_role("link", name="Cancel reply")).to_be_visible()
