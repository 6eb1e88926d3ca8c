"""The status-change services of comments/services.py (comment_submit is tested elsewhere)."""

import datetime as dt

import pytest
import time_machine

from comments import services
from comments.models import Comment, StatusChange
from tests.comments.helpers import make_comment

pytestmark = pytest.mark.django_db

AT = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("service", "status", "reason"),
    [
        (services.comment_approve, "approved", "approved by moderator-user"),
        (services.comment_mark_spam, "spam", "marked as spam by moderator-user"),
        (services.comment_trash, "trash", "trashed by moderator-user"),
    ],
)
def test_a_status_change_is_saved_and_logged_with_who_and_when(moderator, service, status, reason):
    comment = make_comment()

    with time_machine.travel(AT, tick=False):
        service(comment=comment, by=moderator)

    comment.refresh_from_db()
    assert (comment.status, comment.status_reason) == (status, reason)
    change = StatusChange.objects.get()
    assert (change.comment, change.from_status, change.to_status) == (comment, "pending", status)
    assert (change.changed_by, change.changed_at, change.reason) == (moderator, AT, reason)


def test_a_given_reason_is_kept():
    comment = make_comment()
    services.comment_mark_spam(comment=comment, reason="disallowed word: casino")
    assert StatusChange.objects.get().reason == "disallowed word: casino"
    assert StatusChange.objects.get().changed_by is None


def test_setting_the_same_status_logs_and_mails_nothing(django_capture_on_commit_callbacks):
    comment = make_comment(status=Comment.Status.APPROVED)
    with django_capture_on_commit_callbacks() as callbacks:
        services.comment_approve(comment=comment)
    assert callbacks == []
    assert not StatusChange.objects.exists()


def test_the_change_is_logged_from_the_stored_status(moderator):
    # Two moderators on the same comment: the second acts on a stale copy.
    comment = make_comment()
    stale = Comment.objects.get(pk=comment.pk)
    services.comment_mark_spam(comment=comment, by=moderator)

    services.comment_mark_spam(comment=stale, by=moderator)
    services.comment_approve(comment=stale, by=moderator)

    assert list(StatusChange.objects.values_list("from_status", "to_status")) == [
        ("pending", "spam"),
        ("spam", "approved"),
    ]


def test_an_unknown_status_is_refused():
    comment = make_comment()
    with pytest.raises(ValueError, match="Unknown comment status"):
        services.comment_set_status(comment=comment, status="published")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
