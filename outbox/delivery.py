"""Sending queued mail: claimed safely by several workers, retried with back-off.

A worker claims due rows (PostgreSQL: SELECT ... FOR UPDATE SKIP LOCKED, so workers never
claim the same row), marks them `sending` with a lease, and sends them over one connection
of the configured EMAIL_BACKEND. A row whose worker died comes back when its lease runs
out. A failure is retried after 1, 2, 4 ... minutes (at most OUTBOX_RETRY_MAX); after
OUTBOX_MAX_ATTEMPTS the mail is failed for good, for staff to see in the admin. Log lines
name mail by id and cause, never by address: SMTP errors quote addresses, so the error
itself goes to DEBUG only.
"""

import logging
import smtplib
from contextlib import suppress
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from outbox.models import OutgoingMail

logger = logging.getLogger(__name__)

#: Rows claimed and sent over one connection at a time.
BATCH_SIZE = 50
#: Batches one delivery task sends at most; the per-minute job sends the rest.
MAX_BATCHES = 20
#: Errors about one message only: the connection is still good for the others.
MESSAGE_ERRORS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


def mail_deliver_due(*, now: datetime | None = None) -> int:
    """Send every due mail, a batch per connection; how many were sent."""
    sent = 0
    for _ in range(MAX_BATCHES):
        mails = mail_claim(now=now or timezone.now(), limit=BATCH_SIZE)
        if not mails:
            break
        sent += mail_send(mails=mails, now=now)
        if len(mails) < BATCH_SIZE:
            break
    return sent


def mail_claim(*, now: datetime, limit: int = BATCH_SIZE) -> list[OutgoingMail]:
    """Due mails, marked `sending` for this worker until their lease runs out."""
    with transaction.atomic():
        due = OutgoingMail.objects.due(now).order_by("next_attempt_at", "pk")
        mails = list(due.select_for_update(skip_locked=True)[:limit])
        spent = [m for m in mails if m.attempts >= settings.OUTBOX_MAX_ATTEMPTS]
        for mail in spent:  # a worker stopped during its last attempt: no more tries
            _fail_for_good(mail, "the worker stopped during the last attempt")
        mails = [m for m in mails if m not in spent]
        lease_until = now + settings.OUTBOX_LEASE
        OutgoingMail.objects.filter(pk__in=[m.pk for m in mails]).update(
            status=OutgoingMail.Status.SENDING,
            attempts=F("attempts") + 1,
            next_attempt_at=lease_until,
        )
    for mail in mails:
        mail.status, mail.attempts, mail.next_attempt_at = (
            OutgoingMail.Status.SENDING,
            mail.attempts + 1,
            lease_until,
        )
    return mails


def mail_send(*, mails: list[OutgoingMail], now: datetime | None = None) -> int:
    """Send claimed mails over one connection; record each outcome; how many were sent."""
    connection = get_connection()
    sent = 0
    try:
        connection.open()
    except Exception as error:
        for mail in mails:
            _attempt_failed(mail, error, now)
        return 0
    try:
        for position, mail in enumerate(mails):
            try:
                connection.send_messages([mail.message()])
            except Exception as error:
                _attempt_failed(mail, error, now)
                if not isinstance(error, MESSAGE_ERRORS) and isinstance(error, OSError):
                    # The connection itself broke: the rest would fail the same way.
                    for rest in mails[position + 1 :]:
                        _attempt_failed(rest, error, now)
                    break
            else:
                _sent(mail, now)
                sent += 1
    finally:
        with suppress(Exception):
            connection.close()
    return sent


def mail_backoff(attempts: int) -> timedelta:
    """How long to wait after `attempts` failed tries: doubling from the first, capped."""
    first, cap = settings.OUTBOX_RETRY_FIRST, settings.OUTBOX_RETRY_MAX
    return min(first * 2 ** min(attempts - 1, 30), cap)


def mail_prune(*, now: datetime | None = None) -> int:
    """Delete sent and given-up mail older than OUTBOX_KEEP; how many rows went."""
    moment = (now or timezone.now()) - settings.OUTBOX_KEEP
    deleted, _ = OutgoingMail.objects.finished_before(moment).delete()
    return deleted


def _sent(mail, now):
    claimed = OutgoingMail.objects.filter(pk=mail.pk, status=OutgoingMail.Status.SENDING)
    claimed.update(status=OutgoingMail.Status.SENT, sent_at=now or timezone.now(), last_error="")
    logger.info("Sent mail %s (%s).", mail.pk, mail.about or "no reason given")


def _attempt_failed(mail, error, now):
    now = now or timezone.now()
    error_text = f"{type(error).__name__}: {error}"[:500]
    if mail.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        _fail_for_good(mail, type(error).__name__, error_text=error_text)
    else:
        retry_at = now + mail_backoff(mail.attempts)
        OutgoingMail.objects.filter(pk=mail.pk, status=OutgoingMail.Status.SENDING).update(
            status=OutgoingMail.Status.QUEUED, next_attempt_at=retry_at, last_error=error_text
        )
        logger.warning(
            "Could not send mail %s (%s): %s; attempt %d of %d, next at %s.",
            mail.pk,
            mail.about or "no reason given",
            type(error).__name__,
            mail.attempts,
            settings.OUTBOX_MAX_ATTEMPTS,
            retry_at.isoformat(timespec="seconds"),
        )
    logger.debug("Mail %s failed.", mail.pk, exc_info=error)


def _fail_for_good(mail, cause, *, error_text=None):
    OutgoingMail.objects.filter(pk=mail.pk).update(
        status=OutgoingMail.Status.FAILED, last_error=error_text or cause
    )
    logger.warning(
        "Gave up on mail %s (%s) after %d attempts: %s.",
        mail.pk,
        mail.about or "no reason given",
        mail.attempts,
        cause,
    )
