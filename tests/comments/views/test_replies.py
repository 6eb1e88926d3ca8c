"""Replies: the reply link, nesting to max depth, and replies that are refused."""

import datetime as dt

import pytest
from django.utils import timezone

from comments.models import Comment, ModerationSettings
from tests.comments.views.helpers import comments_html, html_of, post
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


def test_a_reply_link_works_without_javascript(client, review):
    parent = CommentFactory(content_object=review, author_name="Sam")
    html = comments_html(client.get(review.get_absolute_url()))
    link = f'href="?replytocom={parent.pk}#respond" aria-label="Reply to Sam">Reply</a>'
    assert link in html
    page = client.get(review.get_absolute_url(), {"replytocom": parent.pk})
    html = comments_html(page)
    assert ">Leave a Reply to Sam</h3>" in html
    cancel = f'rel="nofollow" href="{review.get_absolute_url()}#respond">Cancel reply</a>'
    assert cancel in html
    assert f'<input type="hidden" name="parent" value="{parent.pk}" id="id_parent">' in html
    response = post(client, review, parent=parent.pk, comment="I agree.")
    reply = Comment.objects.get(text="I agree.")
    assert (reply.parent, reply.depth) == (parent, 1)
    assert response["Location"] == f"{review.get_absolute_url()}#comment-{reply.pk}"


@pytest.mark.parametrize("replytocom", ["abc", "999999", "", "-1"])
def test_a_bad_replytocom_shows_the_ordinary_form(client, review, replytocom):
    response = client.get(review.get_absolute_url(), {"replytocom": replytocom})
    assert response.status_code == 200
    assert ">Leave a Reply</h3>" in html_of(response)


def test_replies_nest_to_max_depth_and_no_reply_link_is_offered_deeper(client, review):
    ModerationSettings.objects.create(pk=1, max_depth=3)
    top = CommentFactory(content_object=review)
    middle = CommentFactory(parent=top)
    deepest = CommentFactory(parent=middle)
    html = comments_html(client.get(review.get_absolute_url()))
    assert f"replytocom={top.pk}#" in html and f"replytocom={middle.pk}#" in html
    assert f"replytocom={deepest.pk}#" not in html
    assert 'class="comment depth-3"' in html
    # The deepest comment's reply form is not offered, and a forged one is refused.
    page = client.get(review.get_absolute_url(), {"replytocom": deepest.pk})
    assert ">Leave a Reply</h3>" in html_of(page)
    response = post(client, review, parent=deepest.pk, comment="Too deep.")
    assert response.status_code == 400
    assert "Replies cannot nest more than 3 levels deep." in html_of(response)
    assert "Too deep." in html_of(response)
    assert response.context["discussion"].form["parent"].value() == ""


@pytest.mark.parametrize(
    "status", [Comment.Status.PENDING, Comment.Status.SPAM, Comment.Status.TRASH]
)
def test_a_reply_to_a_hidden_comment_is_refused_with_the_text_kept(client, review, status):
    parent = CommentFactory(content_object=review, status=status)
    response = post(client, review, parent=parent.pk, comment="Replying anyway.")
    assert response.status_code == 400
    html = html_of(response)
    assert "The comment you are replying to is not available" in html
    assert "Replying anyway." in html
    assert not Comment.objects.filter(text="Replying anyway.").exists()


@pytest.mark.parametrize("parent", ["999999", "abc"])
def test_a_reply_to_a_comment_that_does_not_exist_is_refused(client, review, parent):
    response = post(client, review, parent=parent, comment="Hello?")
    assert response.status_code == 400
    assert "no longer available" in html_of(response)
    assert response.context["discussion"].form["parent"].value() == ""


def test_a_reply_to_a_comment_on_another_review_is_refused(client, review):
    elsewhere = CommentFactory()
    response = post(client, review, parent=elsewhere.pk)
    assert response.status_code == 400
    assert not Comment.objects.filter(content_type__model="review", parent=elsewhere).exists()


def test_a_reply_to_a_hidden_comment_is_hidden_with_it(client, review):
    parent = CommentFactory(content_object=review, text="Parent text.")
    CommentFactory(parent=parent, text="Orphan reply.")
    parent.status = Comment.Status.TRASH
    parent.save()
    html = comments_html(client.get(review.get_absolute_url()))
    assert "Parent text." not in html and "Orphan reply." not in html


def test_threads_are_nested_oldest_first(client, review):
    start = timezone.now() - dt.timedelta(hours=1)
    first = CommentFactory(content_object=review, text="First.", submitted_at=start)
    second = CommentFactory(
        content_object=review, text="Second.", submitted_at=start + dt.timedelta(minutes=1)
    )
    CommentFactory(parent=first, text="Reply to first.", submitted_at=start + dt.timedelta(2))
    html = comments_html(client.get(review.get_absolute_url()))
    assert html.index("First.") < html.index("Reply to first.") < html.index("Second.")
    nested = html[html.index(f'id="comment-{first.pk}"') : html.index(f'id="comment-{second.pk}"')]
    assert '<ol class="comment-list list-unstyled mb-0 children' in nested
