"""Parts of pages kept for readers whose whole page cannot be kept (signed in, pending)."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from comments.models import Comment
from tests.factories import CommentFactory, CreditFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragments(settings):
    settings.FRAGMENT_CACHE_ENABLED = True


@pytest.fixture
def review():
    review = ReviewFactory(headline="Heat, thirty years on")
    CreditFactory(film=review.film, role="director", character="")
    for n in range(3):
        CommentFactory(content_object=review, text=f"Comment {n}.")
    return review


@pytest.fixture
def member():
    client = Client()
    client.force_login(UserFactory(first_name="Dana", last_name="Member"))
    return client


def without_tokens(html):
    """The page, minus the values that change on every answer (CSRF token, form stamp)."""
    return re.sub(r'name="(csrfmiddlewaretoken|timestamp)" value="[^"]*"', "", html)


def fragment_keys():
    return [key for key in cache._cache if "pagecache:fragment:" in key]


def test_a_signed_in_reader_gets_the_review_from_kept_parts(
    member, review, django_assert_num_queries
):
    first = member.get(review.get_absolute_url()).content.decode()
    # The session, the user and the review: nothing for its parts, nor for the moderation
    # settings (remembered for the generation).
    with django_assert_num_queries(3):
        second = member.get(review.get_absolute_url()).content.decode()
    assert without_tokens(second) == without_tokens(first)
    assert "Comment 2." in second and "Logged in as Dana Member" in second
    assert len(fragment_keys()) == 3  # head, article, comments


def test_kept_parts_follow_the_live_generation(member, review, django_capture_on_commit_callbacks):
    member.get(review.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        review.headline = "Heat, revisited"
        review.save()
        CommentFactory(content_object=review, text="A new voice.")
    html = member.get(review.get_absolute_url()).content.decode()
    assert "Heat, revisited" in html and "A new voice." in html


def test_a_commenter_sees_their_pending_comment_and_nobody_else_does(review):
    commenter = Client()
    commenter.get(review.get_absolute_url())
    Client().get(review.get_absolute_url())  # the thread is kept for everyone
    pending = CommentFactory(
        content_object=review, text="Awaiting a moderator.", status=Comment.Status.PENDING
    )
    session = commenter.session
    session["comments_pending"] = [pending.pk]
    session.save()
    assert "Awaiting a moderator." in commenter.get(review.get_absolute_url()).content.decode()
    assert "Awaiting a moderator." not in Client().get(review.get_absolute_url()).content.decode()


def test_a_preview_keeps_nothing(editor_client):
    draft = ReviewFactory(draft=True)
    assert editor_client.get(draft.get_preview_url()).status_code == 200
    assert fragment_keys() == []


def test_parts_are_kept_per_comments_page(member, review):
    member.get(review.get_absolute_url())
    member.get(review.get_absolute_url() + "?cpage=2")
    assert len(fragment_keys()) == 4  # one more comment thread


def test_cards_are_kept_apart_and_follow_the_generation(
    member, review, django_capture_on_commit_callbacks
):
    member.get("/")
    assert any(key for key in fragment_keys() if ":review-card:" in key)
    with django_capture_on_commit_callbacks(execute=True):
        review.headline = "Heat, revisited"
        review.save()
    assert "Heat, revisited" in member.get("/").content.decode()
