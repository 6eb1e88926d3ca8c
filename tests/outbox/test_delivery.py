import datetime as dt
import logging
import smtplib
import threading

import pytest
import time_machine
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection

from outbox import delivery
from outbox.models import OutgoingMail
from outbox.tasks import deliver_mail, prune_mail
from tests.factories import OutgoingMailFactory

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def smtp(monkeypatch):
    """The mail server: `state["down"]` makes every send time out; `opened` counts connections."""
    state = {"down": False, "opened": 0}
    real_send = EmailBackend.send_messages

    def send(self, messages):
        if state["down"]:
            raise TimeoutError("timed out")
        return real_send(self, messages)

    def open_connection(self):
        state["opened"] += 1

    monkeypatch.setattr(EmailBackend, "send_messages", send)
    monkeypatch.setattr(EmailBackend, "open", open_connection)
    return state


def deliver_at(moment):
    with time_machine.travel(moment, tick=False):
        return deliver_mail.call()


def test_due_mail_is_sent_over_one_connection_and_marked_sent(smtp, mailoutbox):
    mails = [OutgoingMailFactory(next_attempt_at=NOON) for _ in range(3)]
    later = OutgoingMailFactory(next_attempt_at=NOON + MINUTE)

    assert deliver_at(NOON) == 3

    assert smtp["opened"] == 1
    assert sorted(m.to[0] for m in mailoutbox) == sorted(m.to[0] for m in mails)
    for mail in mails:
        mail.refresh_from_db()
        assert (mail.status, mail.attempts, mail.sent_at) == ("sent", 1, NOON)
    assert OutgoingMail.objects.get(pk=later.pk).status == "queued"


def test_a_failure_is_retried_with_back_off_and_a_later_success_sends_it_once(
    smtp, mailoutbox, settings
):
    settings.OUTBOX_RETRY_MAX = dt.timedelta(minutes=5)
    mail = OutgoingMailFactory(next_attempt_at=NOON, headers={"List-Unsubscribe": "<https://x/>"})
    smtp["down"] = True
    moment, waits = NOON, []
    for _ in range(5):
        assert deliver_at(moment) == 0
        mail.refresh_from_db()
        assert mail.status == "queued"
        assert mail.last_error == "TimeoutError: timed out"
        assert deliver_at(mail.next_attempt_at - dt.timedelta(seconds=1)) == 0  # not yet due
        waits.append(mail.next_attempt_at - moment)
        moment = mail.next_attempt_at
    assert waits == [MINUTE, 2 * MINUTE, 4 * MINUTE, 5 * MINUTE, 5 * MINUTE]  # capped
    assert mail.attempts == 5

    smtp["down"] = False
    assert deliver_at(moment) == 1
    assert deliver_at(moment + dt.timedelta(hours=2)) == 0
    [sent] = mailoutbox
    assert sent.to == mail.to and sent.extra_headers["List-Unsubscribe"] == "<https://x/>"
    mail.refresh_from_db()
    assert (mail.status, mail.attempts, mail.sent_at) == ("sent", 6, moment)


def test_mail_is_failed_for_good_after_the_attempt_limit(smtp, settings, caplog, mailoutbox):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    mail = OutgoingMailFactory(next_attempt_at=NOON, about="author mail about comment 9")
    smtp["down"] = True
    moment = NOON
    for _ in range(3):
        deliver_at(moment)
        mail.refresh_from_db()
        moment = mail.next_attempt_at
    assert (mail.status, mail.attempts) == ("failed", 3)
    assert mail.last_error == "TimeoutError: timed out"
    assert deliver_at(moment + dt.timedelta(days=1)) == 0 and mailoutbox == []
    assert "Gave up on mail" in caplog.text and "author mail about comment 9" in caplog.text
    assert "@example" not in caplog.text


def test_the_server_refusing_one_message_does_not_stop_the_others(monkeypatch, mailoutbox):
    refused, accepted = OutgoingMailFactory(to=["bad@example.org"]), OutgoingMailFactory()
    real_send = EmailBackend.send_messages

    def send(self, messages):
        if messages[0].to == ["bad@example.org"]:
            raise smtplib.SMTPRecipientsRefused({"bad@example.org": (550, b"no such user")})
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send)
    assert deliver_mail.call() == 1
    assert OutgoingMail.objects.get(pk=refused.pk).status == "queued"
    assert OutgoingMail.objects.get(pk=accepted.pk).status == "sent"


def test_a_server_that_cannot_be_reached_fails_the_whole_batch_for_a_retry(monkeypatch):
    mails = [OutgoingMailFactory() for _ in range(2)]

    def refuse(self):
        raise ConnectionRefusedError("connection refused")

    monkeypatch.setattr(EmailBackend, "open", refuse)
    assert deliver_mail.call() == 0
    for mail in mails:
        mail.refresh_from_db()
        assert (mail.status, mail.attempts) == ("queued", 1)
        assert mail.last_error.startswith("ConnectionRefusedError")


def test_mail_a_stopped_worker_was_sending_comes_back_after_its_lease(settings, mailoutbox):
    [mail] = [OutgoingMailFactory(next_attempt_at=NOON)]
    [claimed] = delivery.mail_claim(now=NOON)  # the worker dies before sending it
    assert (claimed.status, claimed.attempts) == ("sending", 1)
    assert delivery.mail_claim(now=NOON + MINUTE) == []  # held by the lease

    assert deliver_at(NOON + settings.OUTBOX_LEASE) == 1
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == ("sent", 2)
    assert len(mailoutbox) == 1


def test_a_worker_stopping_during_the_last_attempt_fails_the_mail(settings, mailoutbox):
    settings.OUTBOX_MAX_ATTEMPTS = 1
    mail = OutgoingMailFactory(next_attempt_at=NOON)
    delivery.mail_claim(now=NOON)
    assert deliver_at(NOON + settings.OUTBOX_LEASE) == 0
    mail.refresh_from_db()
    assert mail.status == "failed" and "stopped during the last attempt" in mail.last_error
    assert mailoutbox == []


def test_the_log_names_mail_by_id_and_cause_never_by_address(smtp, caplog):
    mail = OutgoingMailFactory(about="reply mail about comment 4")
    smtp["down"] = True
    with caplog.at_level(logging.INFO, logger="outbox.delivery"):
        deliver_mail.call()
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.startswith(f"Could not send mail {mail.pk} (reply mail about comment 4)")
    assert "@" not in line


def test_old_sent_and_failed_mail_is_pruned(settings):
    settings.OUTBOX_KEEP = dt.timedelta(days=30)
    old = NOON - dt.timedelta(days=31)
    gone = [OutgoingMailFactory(status=s, created_at=old) for s in ("sent", "failed")]
    kept = [
        OutgoingMailFactory(status="queued", created_at=old),  # still to send
        OutgoingMailFactory(status="sent", created_at=NOON - dt.timedelta(days=29)),
    ]
    with time_machine.travel(NOON, tick=False):
        assert prune_mail.call() == 2
    assert not OutgoingMail.objects.filter(pk__in=[m.pk for m in gone]).exists()
    assert OutgoingMail.objects.filter(pk__in=[m.pk for m in kept]).count() == 2


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_never_claim_the_same_mail():
    for _ in range(6):
        OutgoingMailFactory(next_attempt_at=NOON)
    claims, ready = {}, threading.Barrier(2)

    def worker(name):
        ready.wait()
        try:
            claims[name] = {m.pk for m in delivery.mail_claim(now=NOON, limit=4)}
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not claims["a"] & claims["b"]
    assert len(claims["a"] | claims["b"]) == 6
    assert OutgoingMail.objects.filter(status="sending", attempts=1).count() == 6
