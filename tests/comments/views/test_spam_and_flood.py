"""Spam traps, flood control and duplicates, as a visitor posting the form meets them."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from comments import views
from comments.forms import form_stamp
from comments.models import Comment, ModerationSettings
from tests.comments.views.helpers import comments_html, form_data, html_of, post, stamp
from tests.factories import CommentFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_a_filled_honeypot_is_answered_like_success_and_kept_as_spam(client, review):
    response = post(client, review, honeypot="https://pills.example")
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"].endswith(f"#comment-{comment.pk}")
    assert comment.status == Comment.Status.SPAM
    assert comment.status_reason == "spam: honeypot field filled in"
    page = client.get(response["Location"])
    assert [str(m) for m in page.context["messages"]] == [views.HELD]
    assert "A fine review." not in comments_html(page)  # spam is never shown, even to its sender


@pytest.mark.parametrize(
    "seconds_ago, accepted",
    [(2.9, False), (3, True), (2 * 60 * 60, True), (2 * 60 * 60 + 1, False)],
)
def test_a_form_sent_within_3_seconds_or_after_2_hours_is_refused(
    client, review, seconds_ago, accepted
):
    with time_machine.travel(timezone.now(), tick=False):
        response = post(client, review, timestamp=stamp(review, seconds_ago), comment="Kept?")
    if accepted:
        assert response.status_code == 303
        return
    assert response.status_code == 400
    errors = response.context["discussion"].form.top_errors()
    assert "submit it again" in errors[0]
    assert ">\nKept?</textarea>" in html_of(response)
    # The form comes back with a fresh stamp, so sending it again a little later works.
    renewed = response.context["discussion"].form["timestamp"].value()
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=5)):
        again = post(client, review, timestamp=renewed, comment="Kept?")
    assert again.status_code == 303


@pytest.mark.parametrize(
    "timestamp",
    [
        "",
        "garbage",
        "eyJvYmplY3QiOiJyZXZpZXdzLnJldmlldzoxIiwiYXQiOjB9:1abcde:forged-signature",
    ],
)
def test_a_missing_or_tampered_stamp_is_refused_with_the_text_kept(client, review, timestamp):
    response = post(client, review, timestamp=timestamp, comment="My careful words.")
    assert response.status_code == 400
    assert "This form has expired" in response.context["discussion"].form.top_errors()[0]
    assert "My careful words." in html_of(response)
    assert not Comment.objects.exists()


def test_a_stamp_altered_to_look_older_is_refused(client, review):
    value, signature = stamp(review).split(":", 1)
    forged = form_stamp(review, now=timezone.now() - dt.timedelta(minutes=1)).split(":", 1)[0]
    response = post(client, review, timestamp=f"{forged}:{signature}")
    assert response.status_code == 400 and value != forged


def test_a_stamp_served_for_another_review_is_refused(client, review):
    response = post(client, review, timestamp=stamp(ReviewFactory()))
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_disallowed_word_sends_the_comment_to_spam_quietly(client, review):
    ModerationSettings.objects.create(pk=1, disallowed_words="casino")
    response = post(client, review, url="https://best-CASINO.example")
    assert response.status_code == 303
    assert Comment.objects.get().status_reason == "spam: disallowed word in website"


# Flood and duplicates


def test_a_second_comment_within_15_seconds_gets_429_with_the_text_kept(client, review):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert post(client, review).status_code == 303
        clock.shift(dt.timedelta(seconds=14))
        response = post(client, review, email="other@example.org", comment="Quick follow-up.")
        assert response.status_code == 429
        assert "You are posting comments too quickly. Slow down." in html_of(response)
        assert "Quick follow-up." in html_of(response)
        clock.shift(dt.timedelta(seconds=1))
        assert post(client, review, email="other@example.org", comment="Later.").status_code == 303


def test_moderators_may_comment_in_quick_succession(moderator_client, review):
    with time_machine.travel(timezone.now(), tick=False):
        assert post(moderator_client, review).status_code == 303
        assert post(moderator_client, review, comment="Also…").status_code == 303
    assert Comment.objects.filter(status=Comment.Status.APPROVED).count() == 2


def test_a_duplicate_gets_409_with_the_message(client, review):
    assert post(client, review).status_code == 303
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=5)):
        response = post(client, review, ip="192.0.2.1")
    assert response.status_code == 409
    assert "Duplicate comment detected; it looks as though you've already said that!" in html_of(
        response
    )
    assert Comment.objects.count() == 1


def test_a_double_click_makes_one_comment(client, review):
    data = form_data(review)
    first = client.post(review.get_absolute_url(), data)
    second = client.post(review.get_absolute_url(), data)
    assert (first.status_code, second.status_code) == (303, 409)
    assert Comment.objects.count() == 1


def test_a_trashed_duplicate_does_not_block(client, review):
    CommentFactory(
        content_object=review,
        author_name="Dana",
        author_email="dana@example.org",
        text="A fine review.",
        status=Comment.Status.TRASH,
        submitted_at=timezone.now() - dt.timedelta(days=1),
    )
    assert post(client, review).status_code == 303
