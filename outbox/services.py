"""Queueing mail, and what staff may do with it: retry it now, or give it up.

Mail is stored in the caller's transaction, so it exists exactly when the change that
caused it committed, and a worker sends it afterwards (outbox.delivery), retrying while
the mail server is unreachable. Nothing here talks to a mail server.
"""

import re
from collections.abc import Iterable

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from outbox import tasks
from outbox.models import SUBJECT_MAX_LENGTH, OutgoingMail
from reviewsite.background import enqueue_on_commit

#: What stands where an erased person's address was.
ERASED = "[erased]"


def mail_queue(*, messages: Iterable[EmailMessage], about: str = "") -> list[OutgoingMail]:
    """Store plain-text `messages` in the current transaction; deliver them once it commits.

    `about` says what caused them, for staff and logs: never an address.
    """
    rows = [_row(message, about) for message in messages]
    if not rows:
        return []
    with transaction.atomic():
        rows = OutgoingMail.objects.bulk_create(rows)
    enqueue_on_commit(tasks.deliver_mail)
    return rows


def _row(message, about):
    if message.attachments or getattr(message, "alternatives", None):
        raise ValueError("The outbox keeps plain-text mail: no attachments or alternatives.")
    if message.content_subtype != "plain":
        raise ValueError("The outbox keeps plain-text mail only.")
    row = OutgoingMail(
        about=about[:200],
        from_email=message.from_email,
        to=list(message.to),
        cc=list(message.cc),
        bcc=list(message.bcc),
        reply_to=list(message.reply_to),
        subject=str(message.subject)[:SUBJECT_MAX_LENGTH],
        body=str(message.body),
        headers={str(name): str(value) for name, value in message.extra_headers.items()},
    )
    row.full_clean()
    return row


def mail_retry(*, mails: QuerySet) -> int:
    """Try these unsent mails again now; mail given up gets a fresh round of attempts."""
    now = timezone.now()
    with transaction.atomic():
        count = mails.filter(status=OutgoingMail.Status.QUEUED).update(next_attempt_at=now)
        failed = mails.filter(status=OutgoingMail.Status.FAILED)
        count += failed.update(status=OutgoingMail.Status.QUEUED, attempts=0, next_attempt_at=now)
    if count:
        enqueue_on_commit(tasks.deliver_mail)
    return count


def mail_give_up(*, mails: QuerySet, by) -> int:
    """Stop trying to send these queued mails: they are marked failed, with who gave up."""
    queued = mails.filter(status=OutgoingMail.Status.QUEUED)
    return queued.update(
        status=OutgoingMail.Status.FAILED, last_error=f"Given up by {by.get_username()}."
    )


def mail_erase(*, email: str, also: Iterable[str] = ()) -> int:
    """Take a person out of kept mail: mail to `email` is deleted, and where other mail names
    it (or one of `also`, such as their IP addresses) that is blanked out. Returns how many
    rows changed. For erasure requests (comments.privacy)."""
    if not email.strip():
        return 0
    values = [value for value in {email.strip(), *also} if value]
    found = Q()
    for value in values:
        for field in ("to", "cc", "bcc", "reply_to", "subject", "body"):
            found |= Q(**{f"{field}__icontains": value})
    changed = 0
    blank = re.compile("|".join(re.escape(value) for value in values), re.IGNORECASE)
    with transaction.atomic():
        for mail in OutgoingMail.objects.filter(found).select_for_update():
            recipients = [*mail.to, *mail.cc, *mail.bcc]
            if any(address.strip().lower() == email.strip().lower() for address in recipients):
                mail.delete()
            else:
                mail.subject = blank.sub(ERASED, mail.subject)
                mail.body = blank.sub(ERASED, mail.body)
                mail.reply_to = [ERASED if blank.search(a) else a for a in mail.reply_to]
                mail.save(update_fields=["subject", "body", "reply_to"])
            changed += 1
    return changed
