"""The moderation policy: whether a new comment is taken, and if so, with which status and why.

`moderate()` decides, like django-contrib-comments' CommentModerator.moderate() without the
registry and signals. The checks before it refuse a submission outright, each with the HTTP
status the form is shown again with; they follow WordPress's wp_allow_comment().
"""

import datetime as dt
import hashlib
import re
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils.safestring import mark_safe

from comments.models import Comment, ModerationSettings

#: A second comment from one IP address or e-mail address within this interval is refused.
FLOOD_INTERVAL = dt.timedelta(seconds=15)
#: Addresses in a comment's text. WordPress counts links; a visitor's text has no HTML links.
LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)


class Refused(Exception):
    """A submission the site does not take: the form comes back with the message and status."""

    status_code = 400
    message = "Your comment could not be posted."

    def __init__(self, message=None):
        self.message = message or self.message
        super().__init__(self.message)


class CommentsClosed(Refused):
    status_code = 403
    message = "Comments are closed."


class ReplyRefused(Refused):
    message = "You cannot reply to that comment."


class Flood(Refused):
    status_code = 429
    message = "You are posting comments too quickly. Slow down."


class Duplicate(Refused):
    status_code = 409
    # WordPress's words. A constant, so safe as it is: the page shows "you've", not "you&#x27;ve".
    message = mark_safe("Duplicate comment detected; it looks as though you've already said that!")


class Decision(NamedTuple):
    status: str
    reason: str


def comments_open(target, *, settings, now):
    """Whether `target` takes comments: it says so, and they have not closed with age."""
    if not getattr(target, "comments_enabled", False):
        return False
    closes_at = comments_close_at(target, settings=settings)
    return closes_at is None or now < closes_at


def comments_close_at(target, *, settings):
    """When comments on `target` close with age (ModerationSettings.close_after_days), or None."""
    opened_at = getattr(target, "comments_opened_at", None)
    if settings.close_after_days and opened_at:
        return opened_at + dt.timedelta(days=settings.close_after_days)
    return None


def can_reply_to(parent, *, settings):
    """Whether a reply to `parent` stays within max_depth levels (a top-level comment is 1)."""
    return parent.status == Comment.Status.APPROVED and parent.depth + 1 < settings.max_depth


def check_reply(parent, *, target, settings):
    """Refuse a reply to a comment that is elsewhere, not approved, or already at max depth."""
    target_type = ContentType.objects.get_for_model(target)
    same_object = (parent.content_type_id, str(parent.object_pk)) == (
        target_type.pk,
        str(target.pk),
    )
    if not same_object or parent.status != Comment.Status.APPROVED:
        raise ReplyRefused(
            "The comment you are replying to is not available (it may be awaiting "
            "moderation or have been removed). Your text is kept below: submit it again to "
            "post it as a new comment."
        )
    if not can_reply_to(parent, settings=settings):
        raise ReplyRefused(
            f"Replies cannot nest more than {settings.max_depth} levels deep. Your text is "
            "kept below: submit it again to post it as a new comment."
        )


def lock_commenter(comment):
    """Make concurrent submissions by one commenter wait for each other until commit.

    Without it two requests (a double click) could both pass the duplicate and flood checks
    before either inserts. SQLite's BEGIN IMMEDIATE (settings.DATABASES) already serializes
    writers; on PostgreSQL a transaction-level advisory lock per e-mail and per IP address
    does, taken in a fixed order so that two commenters never wait for each other in a cycle.
    """
    connection = transaction.get_connection()
    if connection.vendor != "postgresql":
        return
    names = []
    if comment.author_email:
        names.append(f"email:{comment.author_email.lower()}")
    if comment.ip_address:
        names.append(f"ip:{comment.ip_address}")
    with connection.cursor() as cursor:
        for key in sorted(_lock_key(name) for name in names):
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def _lock_key(name):
    digest = hashlib.sha256(f"comments.submit:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def check_duplicate(comment):
    """Refuse the same text by the same author on the same object and parent, unless trashed."""
    duplicates = (
        Comment.objects.filter(
            content_type=comment.content_type,
            object_pk=str(comment.object_pk),
            parent=comment.parent,
            author_name=comment.author_name,
            text=comment.text,
        )
        .by_email(comment.author_email)
        .exclude(status=Comment.Status.TRASH)
    )
    if duplicates.exists():
        raise Duplicate()


def check_flood(comment, *, now):
    """Refuse a second comment from the same IP address or e-mail address within 15 seconds."""
    same_author = Q()
    if comment.ip_address:
        same_author |= Q(ip_address=comment.ip_address)
    if comment.author_email:
        same_author |= Q(author_email__iexact=comment.author_email)
    if not same_author:
        return
    if Comment.objects.filter(same_author, submitted_at__gt=now - FLOOD_INTERVAL).exists():
        raise Flood()


def moderate(comment, *, settings, honeypot="", user=None):
    """The status a new comment gets and why, as WordPress's Discussion settings decide it."""
    if honeypot:
        return Decision(Comment.Status.SPAM, "spam: honeypot field filled in")
    if field := _field_containing(settings.disallowed_words, comment):
        return Decision(Comment.Status.SPAM, f"spam: disallowed word in {field}")
    if user is not None and user.is_authenticated and user.is_staff:
        return Decision(Comment.Status.APPROVED, "approved: staff")
    if field := _field_containing(settings.moderation_words, comment):
        return Decision(Comment.Status.PENDING, f"held: moderation word in {field}")
    if (links := count_links(comment.text)) >= settings.link_threshold:
        return Decision(Comment.Status.PENDING, f"held: {links} link{'' if links == 1 else 's'}")
    if settings.approval == ModerationSettings.Approval.MANUAL:
        return Decision(Comment.Status.PENDING, "held: every comment is approved by hand")
    if is_returning_commenter(comment):
        return Decision(Comment.Status.APPROVED, "approved: returning commenter")
    return Decision(Comment.Status.PENDING, "held: first comment from this commenter")


def count_links(text):
    """How many web addresses `text` holds (http://, https:// or www.)."""
    return len(LINK.findall(text))


def is_returning_commenter(comment):
    """Whether an earlier comment under the same name and e-mail address was approved."""
    if not comment.author_email:
        return False
    earlier = Comment.objects.approved().by_email(comment.author_email)
    return earlier.filter(author_name=comment.author_name).exists()


def _field_containing(word_list, comment):
    """The first field of `comment` holding a word of `word_list` (case-insensitively), or None."""
    words = ModerationSettings.word_list(word_list)
    if not words:
        return None
    fields = {
        "name": comment.author_name,
        "email": comment.author_email,
        "website": comment.author_url,
        "comment": comment.text,
        "IP address": comment.ip_address or "",
        "user agent": comment.user_agent,
    }
    for field, value in fields.items():
        value = str(value).lower()
        if any(word in value for word in words):
            return field
    return None
