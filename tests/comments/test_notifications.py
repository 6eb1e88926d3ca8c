import logging
import smtplib

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse
from django.utils import timezone

from comments import notifications, services
from comments.models import Comment, ModerationSettings, StatusChange
from comments.unsubscribe import unsubscribe_url
from outbox.models import OutgoingMail
from tests.comments.helpers import make_comment
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

SITE = "https://reviews.example.com"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE
    return SITE


@pytest.fixture
def review():
    return ReviewFactory(headline="Heat, thirty years on", author__email="critic@example.com")


@pytest.fixture
def smtp_down(monkeypatch):
    """The mail server refuses everything, as when it is down."""

    def refuse(self, messages):
        raise smtplib.SMTPRecipientsRefused({m.to[0]: (550, b"no") for m in messages})

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)


@pytest.fixture
def delivered(django_capture_on_commit_callbacks):
    """Run inside: once it "commits", the delivery task sends the mail queued (tasks run inline)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def approve(comment, django_capture_on_commit_callbacks, by=None):
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_approve(comment=comment, by=by)


def test_moderators_are_active_users_with_the_permission_and_superusers(moderator):
    direct = UserFactory(username="direct", email="direct@example.com")
    direct.user_permissions.add(Permission.objects.get(codename="moderate_comment"))
    UserFactory(username="boss", email="boss@example.com", is_superuser=True)
    retired = UserFactory(username="retired", email="retired@example.com", is_active=False)
    retired.groups.add(Group.objects.get(name="Moderators"))
    UserFactory(username="silent", email="").groups.add(Group.objects.get(name="Moderators"))
    UserFactory(username="editor", email="editor@example.com").groups.add(
        Group.objects.get(name="Editors")
    )

    assert notifications.moderator_emails() == [
        "boss@example.com",
        "direct@example.com",
        "moderator-user@example.com",
    ]


def test_a_held_comment_mails_each_moderator_with_links_to_act(
    moderator, review, mailoutbox, delivered
):
    UserFactory(username="boss", email="boss@example.com", is_superuser=True)
    comment = make_comment(
        review, author_name="Vincent", status_reason="held: 2 links", text="Look: http://a"
    )

    with delivered():
        notifications.comment_submitted(comment=comment)

    assert sorted(m.to[0] for m in mailoutbox) == ["boss@example.com", "moderator-user@example.com"]
    mail = mailoutbox[0]
    assert len(mail.to) == 1  # moderators do not see each other's addresses
    assert mail.subject == "[reviewsite] Please moderate: “Heat, thirty years on”"
    for name in ["approve", "spam", "trash", "change"]:
        url = reverse(f"admin:comments_comment_{name}", args=[comment.pk])
        assert f"{SITE}{url}" in mail.body
    assert f"{SITE}{review.get_absolute_url()}" in mail.body
    assert "held: 2 links" in mail.body and "Look: http://a" in mail.body
    assert "Comments waiting for approval: 1" in mail.body


def test_an_approved_new_comment_mails_the_author_not_the_moderators(
    moderator, review, mailoutbox, delivered
):
    comment = make_comment(review, status=Comment.Status.APPROVED)
    with delivered():
        notifications.comment_submitted(comment=comment)
    assert [m.to for m in mailoutbox] == [["critic@example.com"]]


@pytest.mark.parametrize("status", [Comment.Status.SPAM, Comment.Status.TRASH])
def test_spam_and_trash_mail_nobody(moderator, review, mailoutbox, delivered, status):
    with delivered():
        notifications.comment_submitted(comment=make_comment(review, status=status))
    assert mailoutbox == []
    assert not OutgoingMail.objects.exists()


def test_approval_mails_the_reviews_author_after_commit(
    review, mailoutbox, django_capture_on_commit_callbacks
):
    comment = make_comment(review, author_name="Vincent", author_email="vincent@example.org")

    with django_capture_on_commit_callbacks() as callbacks:
        services.comment_approve(comment=comment)
        assert mailoutbox == []  # nothing leaves before the transaction commits
    assert OutgoingMail.objects.get().status == OutgoingMail.Status.QUEUED  # queued with it
    for callback in callbacks:
        callback()

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["critic@example.com"]
    assert mail.subject == "[reviewsite] New comment on “Heat, thirty years on”"
    assert f"{SITE}{review.get_absolute_url()}#comment-{comment.pk}" in mail.body
    assert "Vincent" in mail.body
    assert "vincent@example.org" not in mail.body


def test_the_author_mail_can_be_switched_off(
    review, mailoutbox, django_capture_on_commit_callbacks
):
    ModerationSettings.objects.update_or_create(pk=1, defaults={"notify_author_on_approval": False})
    approve(make_comment(review), django_capture_on_commit_callbacks)
    assert mailoutbox == []


def test_the_author_is_not_told_of_their_own_comment(
    review, mailoutbox, django_capture_on_commit_callbacks
):
    own = make_comment(review, author_email="Critic@Example.com")
    approve(own, django_capture_on_commit_callbacks)
    assert mailoutbox == []


def test_approving_again_does_not_mail_again(
    review, mailoutbox, django_capture_on_commit_callbacks
):
    comment = make_comment(review)
    approve(comment, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_trash(comment=comment)
    approve(comment, django_capture_on_commit_callbacks)
    assert len(mailoutbox) == 1


def test_a_submitted_comment_approved_by_the_service_is_mailed_once(
    review, mailoutbox, django_capture_on_commit_callbacks
):
    # Whichever way submission approves a comment, the author hears of it once.
    comment = make_comment(review)
    StatusChange.objects.create(
        comment=comment, to_status="pending", changed_at=comment.submitted_at
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_approve(comment=comment)
        notifications.comment_submitted(comment=comment)
    assert len(mailoutbox) == 1


@pytest.fixture
def thread(review):
    """An approved comment whose author asked to hear of replies, and a pending reply."""
    parent = make_comment(
        review,
        author_name="Eady",
        author_email="eady@example.org",
        status=Comment.Status.APPROVED,
        wants_reply_notification=True,
    )
    reply = make_comment(parent=parent, author_name="Neil", author_email="neil@example.org")
    return parent, reply


def test_an_approved_reply_mails_the_author_who_asked(
    thread, mailoutbox, django_capture_on_commit_callbacks
):
    _, reply = thread
    approve(reply, django_capture_on_commit_callbacks)

    [mail] = [m for m in mailoutbox if m.to == ["eady@example.org"]]
    assert mail.subject == "[reviewsite] New reply to your comment on “Heat, thirty years on”"
    assert mail.body.startswith("Hello Eady,")
    assert f"#comment-{reply.pk}" in mail.body
    assert "neil@example.org" not in mail.body
    assert sorted(m.to[0] for m in mailoutbox) == ["critic@example.com", "eady@example.org"]


def test_reply_mail_carries_a_working_unsubscribe_link_and_one_click_headers(
    thread,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    parent, reply = thread
    # the clock stands still: the link's signature carries a timestamp, and the link the
    # mail carries and the one built here must be signed in the same second
    with time_machine.travel(timezone.now(), tick=False):
        approve(reply, django_capture_on_commit_callbacks)
        stop = unsubscribe_url(parent)
    [mail] = [m for m in mailoutbox if m.to == ["eady@example.org"]]
    assert f"Stop these e-mails: {stop}" in mail.body
    assert mail.extra_headers["List-Unsubscribe"] == f"<{stop}>"
    assert mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.parametrize(
    "parent_changes",
    [
        {"wants_reply_notification": False},
        {"status": Comment.Status.TRASH},
        {"author_email": ""},
        {"author_email": "NEIL@example.org"},  # replying to oneself
    ],
    ids=["did-not-ask", "parent-not-approved", "no-address", "own-reply"],
)
def test_no_reply_mail_unless_asked_approved_addressed_and_someone_else(
    thread, mailoutbox, django_capture_on_commit_callbacks, parent_changes
):
    parent, reply = thread
    Comment.objects.filter(pk=parent.pk).update(**parent_changes)
    approve(Comment.objects.get(pk=reply.pk), django_capture_on_commit_callbacks)
    assert [m.to for m in mailoutbox] == [["critic@example.com"]]


def test_a_pending_reply_mails_no_subscriber(thread, mailoutbox, delivered):
    _, reply = thread
    with delivered():
        notifications.comment_submitted(comment=reply)
    assert "eady@example.org" not in [m.to[0] for m in mailoutbox]


def test_a_mail_server_down_does_not_stop_moderation_and_is_logged(
    thread, smtp_down, mailoutbox, caplog, django_capture_on_commit_callbacks
):
    _, reply = thread
    with caplog.at_level(logging.DEBUG, logger="outbox.delivery"):
        approve(reply, django_capture_on_commit_callbacks)

    reply.refresh_from_db()
    assert reply.status == Comment.Status.APPROVED
    assert reply.status_changes.count() == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 2
    assert (
        f"(author mail about comment {reply.pk}): SMTPRecipientsRefused; attempt 1" in (warnings[0])
    )
    assert (
        f"(reply mail about comment {reply.pk}): SMTPRecipientsRefused; attempt 1" in (warnings[1])
    )
    # Both wait for a retry; the addresses the server refused are in the error, which is
    # logged at DEBUG only.
    assert set(OutgoingMail.objects.values_list("status", flat=True)) == {"queued"}
    loud = "\n".join(
        f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records if r.levelno >= logging.INFO
    )
    assert "@example" not in loud


def test_a_held_comment_is_kept_when_mail_to_moderators_fails(
    moderator, review, smtp_down, caplog, delivered
):
    comment = make_comment(review)
    with delivered():
        notifications.comment_submitted(comment=comment)
    assert Comment.objects.filter(pk=comment.pk, status="pending").exists()
    assert f"moderation mail about comment {comment.pk}" in caplog.text
    assert OutgoingMail.objects.get().status == OutgoingMail.Status.QUEUED


def test_an_unexpected_error_is_logged_not_raised(review, monkeypatch, caplog):
    def broken():
        raise RuntimeError("settings table gone")

    monkeypatch.setattr(ModerationSettings.objects, "current", broken)
    comment = make_comment(review, status=Comment.Status.APPROVED)

    notifications.comment_status_changed(comment=comment, old_status="pending")

    assert f"Comment mail (comment_status_changed) for comment {comment.pk} failed." in (
        caplog.text
    )


def submit(review, user=None):
    """A visitor's comment through the visitor side's service, as the comment form sends it."""
    data = {
        "name": "Vincent",
        "email": "vincent@example.org",
        "url": "",
        "comment": "The diner scene says it all.",
        "notify": False,
        "honeypot": "",
    }
    return services.comment_submit(
        target=review,
        parent=None,
        data=data,
        ip_address="203.0.113.7",
        user_agent="Test",
        user=user,
    )


def test_a_comment_held_at_submission_mails_the_moderators_once(
    moderator, review, mailoutbox, django_capture_on_commit_callbacks
):
    ModerationSettings.objects.update_or_create(pk=1, defaults={"approval": "manual"})
    with django_capture_on_commit_callbacks(execute=True):
        comment = submit(review)
    assert comment.status == Comment.Status.PENDING
    assert [m.to for m in mailoutbox] == [["moderator-user@example.com"]]


def test_a_comment_approved_at_submission_mails_the_author_once(
    moderator, review, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = submit(review, user=moderator)  # staff are approved at once
    assert comment.status == Comment.Status.APPROVED
    assert [m.to for m in mailoutbox] == [["critic@example.com"]]


def test_a_title_with_line_breaks_makes_a_one_line_subject(
    moderator, mailoutbox, django_capture_on_commit_callbacks
):
    review = ReviewFactory(
        headline="Heat,\r\nthirty  years\non", author__email="critic@example.com"
    )
    with django_capture_on_commit_callbacks(execute=True):
        notifications.comment_submitted(comment=make_comment(review))
    approve(make_comment(review), django_capture_on_commit_callbacks)

    assert [m.subject for m in mailoutbox] == [
        "[reviewsite] Please moderate: “Heat, thirty years on”",
        "[reviewsite] New comment on “Heat, thirty years on”",
    ]


def test_mail_is_plain_text_what_was_typed_is_not_html_escaped(
    moderator, mailoutbox, django_capture_on_commit_callbacks
):
    review = ReviewFactory(headline='Heat & "Dust"', author__email="critic@example.com")
    comment = make_comment(review, author_name="Vin <b>", text="a < b & <i>c</i>")
    with django_capture_on_commit_callbacks(execute=True):
        notifications.comment_submitted(comment=comment)

    [mail] = mailoutbox
    assert mail.subject == '[reviewsite] Please moderate: “Heat & "Dust"”'
    assert "Author: Vin <b>\n" in mail.body
    assert "Comment:\na < b & <i>c</i>\n" in mail.body
    assert "&lt;" not in mail.body and "&amp;" not in mail.body
