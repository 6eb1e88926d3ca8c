"""Deleting a comment for good: superusers and the trash's retention job only; replies stay."""

import datetime as dt

import pytest
from django.db.models import ProtectedError
from django.test import Client

from comments.models import Comment, StatusChange
from comments.services import comment_delete, comment_trash, comments_empty_trash
from tests.comments.helpers import make_comment
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread():
    """A comment, its reply, and the reply's reply, all approved."""
    review = ReviewFactory()
    top = make_comment(review, status=Comment.Status.APPROVED, author_name="Top")
    reply = make_comment(parent=top, status=Comment.Status.APPROVED, author_name="Reply")
    deeper = make_comment(parent=reply, status=Comment.Status.APPROVED, author_name="Deeper")
    return top, reply, deeper


def test_a_moderator_cannot_open_the_delete_page_nor_post_it(moderator_client, thread):
    top, _, _ = thread
    url = f"/admin/comments/comment/{top.pk}/delete/"
    assert moderator_client.get(url).status_code == 403
    assert moderator_client.post(url, {"post": "yes"}).status_code == 403
    assert Comment.objects.filter(pk=top.pk).exists()


def test_a_superuser_deletes_a_comment_and_its_replies_move_up(thread):
    top, reply, deeper = thread
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = f"/admin/comments/comment/{top.pk}/delete/"
    page = client.get(url)
    assert page.status_code == 200
    assert "protected" not in page.content.decode()  # the replies do not block it
    assert client.post(url, {"post": "yes"}).status_code == 302

    assert not Comment.objects.filter(pk=top.pk).exists()
    reply.refresh_from_db()
    deeper.refresh_from_db()
    assert (reply.parent_id, reply.depth) == (None, 0)  # now a comment of its own
    assert (deeper.parent_id, deeper.depth) == (reply.pk, 1)


def test_deleting_a_reply_moves_its_replies_to_its_parent(thread):
    top, reply, deeper = thread
    comment_delete(comment=reply)
    deeper.refresh_from_db()
    assert (deeper.parent_id, deeper.depth) == (top.pk, 1)


def test_no_other_path_deletes_replies_with_their_parent(thread):
    top, _, _ = thread
    with pytest.raises(ProtectedError):
        top.delete()
    assert Comment.objects.count() == 3


def test_the_trash_and_spam_are_emptied_after_30_days_and_replies_survive(thread):
    top, reply, _ = thread
    moderator = UserFactory()
    comment_trash(comment=top, by=moderator)
    spam = make_comment(status=Comment.Status.SPAM)
    fresh_trash = make_comment(status=Comment.Status.TRASH)
    now = dt.datetime.now(dt.UTC)
    Comment.objects.filter(pk__in=[top.pk, spam.pk]).update(updated_at=now - dt.timedelta(days=31))

    assert comments_empty_trash(now=now) == 2
    assert set(Comment.objects.values_list("pk", flat=True)) == {
        reply.pk,
        thread[2].pk,
        fresh_trash.pk,
    }
    assert not StatusChange.objects.filter(comment_id=top.pk).exists()
    reply.refresh_from_db()
    assert reply.depth == 0
