import pytest
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction

from outbox.models import OutgoingMail
from outbox.services import mail_give_up, mail_queue, mail_retry
from tests.factories import OutgoingMailFactory, UserFactory

pytestmark = pytest.mark.django_db


def message(**fields):
    return EmailMessage(
        **{
            "subject": "[reviewsite] New reply",
            "body": "Hello Eady,\n",
            "to": ["eady@example.org"],
            "headers": {"List-Unsubscribe": "<https://reviews.example.com/stop/>"},
            **fields,
        }
    )


def test_queued_mail_keeps_everything_the_message_says(task_queue, settings):
    settings.DEFAULT_FROM_EMAIL = "reviewsite <noreply@example.com>"
    [mail] = mail_queue(
        messages=[message(cc=["cc@example.org"], reply_to=["desk@example.com"])],
        about="reply mail about comment 7",
    )
    mail.refresh_from_db()
    assert (mail.status, mail.attempts, mail.about) == ("queued", 0, "reply mail about comment 7")
    assert mail.from_email == "reviewsite <noreply@example.com>"
    assert (mail.to, mail.cc, mail.reply_to) == (
        ["eady@example.org"],
        ["cc@example.org"],
        ["desk@example.com"],
    )
    rebuilt = mail.message()
    assert (rebuilt.subject, rebuilt.body) == ("[reviewsite] New reply", "Hello Eady,\n")
    assert rebuilt.extra_headers == {"List-Unsubscribe": "<https://reviews.example.com/stop/>"}


def test_one_delivery_is_enqueued_after_commit_for_all_the_mail_of_a_transaction(
    task_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        mail_queue(messages=[message(), message(to=["b@example.org"])])
        mail_queue(messages=[message(to=["c@example.org"])])
        assert task_queue.results == []  # not before the commit
    assert [r.task.name for r in task_queue.results] == ["deliver_mail"]
    assert OutgoingMail.objects.count() == 3


def test_mail_rolled_back_with_its_change_is_never_sent(
    task_queue, mailoutbox, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks(execute=True)
    with capture, pytest.raises(RuntimeError), transaction.atomic():
        mail_queue(messages=[message()])
        raise RuntimeError
    assert not OutgoingMail.objects.exists()
    assert task_queue.results == [] and mailoutbox == []


def test_nothing_to_queue_enqueues_nothing(task_queue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert mail_queue(messages=[]) == []
    assert task_queue.results == []


@pytest.mark.parametrize(
    "make",
    [
        lambda: EmailMessage("Hi", "Body", to=["a@example.org"], attachments=[("a.txt", "x")]),
        lambda: EmailMultiAlternatives(
            "Hi", "Body", to=["a@example.org"], alternatives=[("<p>Body</p>", "text/html")]
        ),
    ],
    ids=["attachment", "html-alternative"],
)
def test_only_plain_text_mail_is_queued(task_queue, make):
    with pytest.raises(ValueError, match="plain-text"):
        mail_queue(messages=[make()])


def test_retry_now_makes_waiting_mail_due_and_gives_failed_mail_new_attempts(
    task_queue, django_capture_on_commit_callbacks
):
    waiting = OutgoingMailFactory(attempts=3, next_attempt_at="2999-01-01T00:00Z")
    failed = OutgoingMailFactory(status="failed", attempts=30)
    sent = OutgoingMailFactory(status="sent")
    with django_capture_on_commit_callbacks(execute=True):
        assert mail_retry(mails=OutgoingMail.objects.all()) == 2
    waiting.refresh_from_db()
    failed.refresh_from_db()
    sent.refresh_from_db()
    assert (
        waiting.status == "queued" and waiting.attempts == 3 and waiting.next_attempt_at.year < 2999
    )
    assert (failed.status, failed.attempts) == ("queued", 0)
    assert sent.status == "sent"  # never sent twice
    assert [r.task.name for r in task_queue.results] == ["deliver_mail"]


def test_giving_up_fails_queued_mail_and_says_who(task_queue):
    admin = UserFactory(username="postmaster")
    queued, sent = OutgoingMailFactory(), OutgoingMailFactory(status="sent")
    assert mail_give_up(mails=OutgoingMail.objects.all(), by=admin) == 1
    queued.refresh_from_db()
    assert (queued.status, queued.last_error) == ("failed", "Given up by postmaster.")
    assert OutgoingMail.objects.get(pk=sent.pk).status == "sent"
