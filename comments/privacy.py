"""Commenters' personal data: export and erasure on request, IP addresses after retention.

Erasure follows WordPress's personal data eraser: the text stays (the discussion still reads),
the author becomes “Anonymous” and nothing that identifies them is kept. Log lines give
counts, never the address asked about.
"""

import datetime as dt
import logging

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from comments.models import Comment, ModerationSettings
from outbox.services import mail_erase
from pagecache.invalidation import pages_changed

logger = logging.getLogger(__name__)

ANONYMOUS = "Anonymous"
#: Comments per UPDATE when anonymizing IP addresses: keeps each statement's locks short.
BATCH_SIZE = 1000


def comments_export(*, email: str) -> list[dict]:
    """Every comment written under `email`, as plain data to hand to the person who asks."""
    comments = (
        Comment.objects.by_email(_required(email))
        .prefetch_related("content_object")
        .order_by("submitted_at", "pk")
    )
    return [_exported(comment) for comment in comments]


@transaction.atomic
def comments_erase(*, email: str, by=None) -> int:
    """Anonymize every comment written under `email`, keeping its text; return how many."""
    ids = list(Comment.objects.by_email(_required(email)).values_list("pk", flat=True))
    comments = Comment.objects.filter(pk__in=ids)
    ips = set(comments.exclude(ip_address=None).values_list("ip_address", flat=True))
    mail_erase(email=email, also=ips)  # moderators' notices named the address and the IPs
    count = comments.update(
        author_name=ANONYMOUS,
        author_email="",
        author_url="",
        user=None,
        ip_address=None,
        user_agent="",
        wants_reply_notification=False,
        updated_at=timezone.now(),
    )
    pages_changed()  # the names shown under these comments
    if by is not None and ids:
        LogEntry.objects.log_actions(
            by.pk, comments, CHANGE, change_message="Erased the author's personal data."
        )
    who = by.get_username() if by else "a command"
    logger.info("Erased the personal data of %d comments (asked by %s).", count, who)
    return count


def comments_anonymize_ips(*, retention_days: int | None = None) -> int:
    """Blank the IP address and browser of comments older than the retention; return how many."""
    if retention_days is None:
        retention_days = ModerationSettings.objects.current().ip_retention_days
    cutoff = timezone.now() - dt.timedelta(days=retention_days)
    stale = Comment.objects.filter(submitted_at__lt=cutoff).filter(
        Q(ip_address__isnull=False) | ~Q(user_agent="")
    )
    count = 0
    # Batches, each its own transaction: the first run on a large site touches most rows.
    while ids := list(stale.values_list("pk", flat=True)[:BATCH_SIZE]):
        with transaction.atomic():
            count += Comment.objects.filter(pk__in=ids).update(ip_address=None, user_agent="")
    return count


def _required(email):
    # An empty address would match every comment already erased.
    email = (email or "").strip()
    if not email:
        raise ValueError("An e-mail address is required.")
    return email


def _exported(comment):
    target = comment.content_object
    url = None
    if target is not None and hasattr(target, "get_absolute_url"):
        url = f"{settings.SITE_URL}{comment.get_absolute_url()}"
    return {
        "id": comment.pk,
        "object": str(target) if target is not None else None,
        "url": url,
        "date": comment.submitted_at.isoformat(),
        "name": comment.author_name,
        "email": comment.author_email,
        "website": comment.author_url,
        "text": comment.text,
        "status": comment.status,
        "in_reply_to": comment.parent_id,
        # Personal data too, so the person sees all that is kept about them.
        "ip_address": comment.ip_address,
        "user_agent": comment.user_agent,
    }
