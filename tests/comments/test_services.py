import datetime as dt
import threading

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from comments import moderation, notifications, services
from comments.models import TEXT_MAX_LENGTH, Comment, ModerationSettings, StatusChange
from outbox.models import OutgoingMail
from tests.factories import CommentFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def review():
    return ReviewFactory(published_at=NOON - dt.timedelta(days=2))


@pytest.fixture
def submitted(monkeypatch):
    """The comments notifications.comment_submitted was called with, in order."""
    calls = []
    monkeypatch.setattr(
        notifications, "comment_submitted", lambda *, comment: calls.append(comment)
    )
    return calls


def data(**fields):
    return {
        "name": "Dana",
        "email": "dana@example.org",
        "url": "",
        "comment": "A fine review.",
        "notify": False,
        "honeypot": "",
        **fields,
    }


def submit(target, *, parent=None, ip="198.51.100.4", user=None, now=None, **fields):
    return services.comment_submit(
        target=target,
        parent=parent,
        data=data(**fields),
        ip_address=ip,
        user_agent="Mozilla/5.0 Firefox/140.0",
        user=user or AnonymousUser(),
        now=now,
    )


def test_a_comment_is_saved_with_the_policys_decision_logged_and_announced_after_commit(
    review, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = submit(review, url="https://dana.example", notify=True, now=NOON)
    comment.refresh_from_db()
    assert comment.content_object == review and comment.depth == 0
    assert (comment.author_name, comment.author_email) == ("Dana", "dana@example.org")
    assert comment.author_url == "https://dana.example" and comment.wants_reply_notification
    assert (comment.ip_address, comment.user_agent) == ("198.51.100.4", "Mozilla/5.0 Firefox/140.0")
    assert comment.submitted_at == NOON
    assert comment.status == Comment.Status.PENDING
    assert comment.status_reason == "held: first comment from this commenter"
    change = StatusChange.objects.get(comment=comment)
    assert (change.from_status, change.to_status, change.reason) == (
        "",
        Comment.Status.PENDING,
        comment.status_reason,
    )
    assert change.changed_by is None and change.changed_at == NOON
    assert submitted == [comment]


def test_no_mail_is_left_when_the_transaction_rolls_back(
    review, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks(execute=True)
    with capture, pytest.raises(RuntimeError), transaction.atomic():
        submit(review)
        assert OutgoingMail.objects.exists()  # queued with the comment, in its transaction
        raise RuntimeError
    assert not Comment.objects.exists() and not OutgoingMail.objects.exists()
    assert mailoutbox == []


def test_a_returning_commenter_is_approved_and_logged_as_such(review, submitted):
    CommentFactory(author_name="Dana", author_email="DANA@example.org", submitted_at=NOON)
    comment = submit(review, now=NOON + dt.timedelta(days=1))
    assert comment.status == Comment.Status.APPROVED
    assert comment.status_changes.get().reason == "approved: returning commenter"


def test_a_filled_honeypot_is_kept_as_spam(review, submitted):
    comment = submit(review, honeypot="buy now")
    assert (comment.status, comment.status_reason) == (
        Comment.Status.SPAM,
        "spam: honeypot field filled in",
    )


def test_a_disallowed_word_in_the_browser_string_sends_it_to_spam(review, submitted):
    ModerationSettings.objects.create(pk=1, disallowed_words="firefox/140")
    comment = submit(review)
    assert comment.status_reason == "spam: disallowed word in user agent"


def test_staff_write_under_their_account_and_are_approved_at_once(review, submitted):
    staff = UserFactory(username="critic", first_name="Ana", last_name="Critic", is_staff=True)
    comment = submit(
        review, user=staff, name="Impostor", email="fake@example.org", url="https://x.y"
    )
    assert (comment.author_name, comment.author_email, comment.author_url) == (
        "Ana Critic",
        "critic@example.com",
        "",
    )
    assert comment.user == staff
    assert (comment.status, comment.status_reason) == (Comment.Status.APPROVED, "approved: staff")


@pytest.mark.parametrize(
    "fields",
    [
        {"url": "javascript:alert(1)"},
        {"url": "ftp://files.example/x"},
        {"email": "not-an-address"},
        {"name": "x" * 246},
        {"comment": "   "},
        {"comment": "x" * (TEXT_MAX_LENGTH + 1)},
    ],
)
def test_invalid_data_is_refused_even_without_the_form(review, submitted, fields):
    with pytest.raises(ValidationError):
        submit(review, **fields)
    assert not Comment.objects.exists()


def test_the_longest_allowed_comment_is_kept_whole(review, submitted):
    comment = submit(review, comment="x" * TEXT_MAX_LENGTH)
    comment.refresh_from_db()
    assert len(comment.text) == TEXT_MAX_LENGTH


def test_a_comment_on_a_closed_object_is_refused(submitted):
    with pytest.raises(moderation.CommentsClosed):
        submit(ReviewFactory(is_open_for_comments=False))
    with pytest.raises(moderation.CommentsClosed):
        submit(ReviewFactory(draft=True))
    assert not Comment.objects.exists()


def test_comments_close_after_the_configured_number_of_days(review, submitted):
    ModerationSettings.objects.create(pk=1, close_after_days=2)
    submit(review, now=NOON - dt.timedelta(seconds=1))
    with pytest.raises(moderation.CommentsClosed):
        submit(review, comment="Later.", now=NOON)


@pytest.mark.parametrize(
    "second",
    [
        {"email": "someone-else@example.org"},  # same IP address
        {"ip": "192.0.2.99", "email": "DANA@example.org"},  # same e-mail address
    ],
)
def test_a_second_comment_within_15_seconds_is_a_flood(review, submitted, second):
    with time_machine.travel(NOON, tick=False) as clock:
        submit(review)
        clock.shift(dt.timedelta(seconds=14.9))
        with pytest.raises(moderation.Flood) as refused:
            submit(review, comment="And another thing.", **second)
        assert refused.value.status_code == 429
        assert str(refused.value) == "You are posting comments too quickly. Slow down."
        clock.shift(dt.timedelta(seconds=0.1))
        submit(review, comment="And another thing.", **second)
    assert Comment.objects.count() == 2


def test_different_commenters_are_not_a_flood(review, submitted):
    with time_machine.travel(NOON, tick=False):
        submit(review)
        submit(review, ip="192.0.2.99", email="other@example.org", comment="Me too.")
    assert Comment.objects.count() == 2


def test_moderators_are_not_held_back_by_flood_control(review, submitted, moderator):
    with time_machine.travel(NOON, tick=False):
        submit(review, user=moderator)
        submit(review, user=moderator, comment="Second note.")
    assert Comment.objects.filter(user=moderator).count() == 2


def test_staff_are_flood_controlled_unless_they_may_moderate(review, submitted):
    staff = UserFactory(is_staff=True)
    assert not staff.has_perm("comments.moderate_comment")
    with time_machine.travel(NOON, tick=False):
        submit(review, user=staff)
        with pytest.raises(moderation.Flood):
            submit(review, user=staff, comment="Second note.")
    staff.user_permissions.add(Permission.objects.get(codename="moderate_comment"))
    staff = type(staff).objects.get(pk=staff.pk)  # a fresh permission cache
    with time_machine.travel(NOON + dt.timedelta(minutes=5), tick=False):
        submit(review, user=staff, comment="Third note.")
        submit(review, user=staff, comment="Fourth note.")


def test_the_same_comment_twice_is_a_duplicate(review, submitted):
    first = submit(review, now=NOON)
    with pytest.raises(moderation.Duplicate) as refused:
        submit(review, email="Dana@Example.org", ip="192.0.2.99", now=NOON + dt.timedelta(hours=1))
    assert refused.value.status_code == 409
    assert str(refused.value) == (
        "Duplicate comment detected; it looks as though you've already said that!"
    )
    assert list(Comment.objects.all()) == [first]


@pytest.mark.parametrize("status", [Comment.Status.PENDING, Comment.Status.SPAM])
def test_a_held_or_spam_comment_still_counts_as_a_duplicate(review, submitted, status):
    CommentFactory(
        content_object=review,
        author_name="Dana",
        author_email="dana@example.org",
        text="A fine review.",
        status=status,
    )
    with pytest.raises(moderation.Duplicate):
        submit(review)


def test_a_trashed_duplicate_does_not_block_saying_it_again(review, submitted):
    CommentFactory(
        content_object=review,
        author_name="Dana",
        author_email="dana@example.org",
        text="A fine review.",
        status=Comment.Status.TRASH,
        submitted_at=NOON,
    )
    assert submit(review, now=NOON + dt.timedelta(hours=1)).pk


@pytest.mark.parametrize(
    "change",
    [{"name": "Dan"}, {"email": "dan@example.org"}, {"comment": "A fine review!"}],
)
def test_a_different_name_email_or_text_is_not_a_duplicate(review, submitted, change):
    submit(review, now=NOON)
    submit(review, now=NOON + dt.timedelta(minutes=1), **change)
    assert Comment.objects.count() == 2


def test_the_same_text_on_another_object_or_under_another_parent_is_not_a_duplicate(
    review, submitted
):
    parent = CommentFactory(content_object=review)
    submit(review, now=NOON)
    submit(ReviewFactory(), now=NOON + dt.timedelta(minutes=1))
    submit(review, parent=parent, now=NOON + dt.timedelta(minutes=2))
    assert Comment.objects.filter(text="A fine review.").count() == 3


def test_a_reply_records_its_parent_and_depth(review, submitted):
    parent = CommentFactory(content_object=review)
    reply = submit(review, parent=parent)
    assert (reply.parent, reply.depth) == (parent, 1)


def test_a_reply_deeper_than_max_depth_is_refused(review, submitted):
    ModerationSettings.objects.create(pk=1, max_depth=2)
    top = CommentFactory(content_object=review)
    reply = submit(review, parent=top, now=NOON)
    reply.status = Comment.Status.APPROVED
    reply.save()
    with pytest.raises(moderation.ReplyRefused):
        submit(review, parent=reply, comment="Deeper.", now=NOON + dt.timedelta(minutes=1))


@pytest.mark.parametrize(
    "status", [Comment.Status.PENDING, Comment.Status.SPAM, Comment.Status.TRASH]
)
def test_a_reply_to_a_comment_that_is_not_approved_is_refused(review, submitted, status):
    parent = CommentFactory(content_object=review, status=status)
    with pytest.raises(moderation.ReplyRefused):
        submit(review, parent=parent)
    assert Comment.objects.count() == 1


def test_a_reply_to_a_comment_on_another_object_is_refused(review, submitted):
    with pytest.raises(moderation.ReplyRefused):
        submit(review, parent=CommentFactory())


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_identical_submissions_make_one_comment(monkeypatch):
    """A double click: requests arriving together wait for each other's commit."""
    monkeypatch.setattr(notifications, "comment_submitted", lambda *, comment: None)
    review = ReviewFactory()
    requests = 6
    start, outcomes = threading.Barrier(requests), []

    def post():
        try:
            start.wait()
            outcomes.append(submit(review))
        except moderation.Refused as refused:
            outcomes.append(type(refused))
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Comment.objects.count() == 1
    assert outcomes.count(moderation.Duplicate) == requests - 1


def import_comment(target, *, parent=None, status=Comment.Status.APPROVED, **fields):
    comment, _ = services.comment_import(
        target=target,
        import_key=fields.pop("import_key", "https://old.example#comment-7"),
        parent=parent,
        author_name=fields.pop("author_name", "Paulo"),
        author_email="paulo@example.org",
        text=fields.pop("text", "Seen at the festival."),
        status=status,
        submitted_at=NOON - dt.timedelta(days=400),
        ip_address="198.51.100.20",
        **fields,
    )
    return comment


def test_an_imported_comment_keeps_its_status_and_date_without_moderation_or_mail(
    review, submitted, mailoutbox, django_capture_on_commit_callbacks
):
    ModerationSettings.objects.create(pk=1, disallowed_words="festival")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        comment = import_comment(review)
    comment.refresh_from_db()
    assert (comment.status, comment.status_reason) == (Comment.Status.APPROVED, "imported")
    assert comment.submitted_at == NOON - dt.timedelta(days=400)
    assert (comment.author_email, comment.ip_address) == ("paulo@example.org", "198.51.100.20")
    assert comment.content_object == review and comment.depth == 0
    change = comment.status_changes.get()
    assert (change.from_status, change.to_status, change.reason) == ("", "approved", "imported")
    assert mailoutbox == [] and submitted == []
    # Nothing waits for the commit but the page cache's new generation (the comment shows).
    assert [callback.__qualname__ for callback in callbacks] == ["_Batch.run"]


def test_importing_a_comment_again_leaves_the_moderated_or_erased_one_alone(review, submitted):
    parent = import_comment(review, import_key="https://old.example#comment-1")
    first = import_comment(review, parent=parent, status=Comment.Status.PENDING)
    services.comment_trash(comment=first, reason="off topic")
    Comment.objects.filter(pk=first.pk).update(author_name="Anonymous", author_email="")
    again = import_comment(review, parent=parent, text="Edited.", author_name="Paulo")
    assert again.pk == first.pk and Comment.objects.count() == 2
    again.refresh_from_db()
    assert (again.status, again.text, again.author_name, again.author_email) == (
        Comment.Status.TRASH,
        "Seen at the festival.",
        "Anonymous",
        "",
    )
    assert again.status_changes.count() == 2  # imported, then trashed here: nothing more


def test_an_imported_comment_is_validated_like_any_other(review):
    with pytest.raises(ValidationError):
        import_comment(review, text="   ")
    assert not Comment.objects.exists()
