"""E-mail about comments, queued in the outbox with the change that caused it.

Moderators hear of held comments; the commented item's author and, if they asked, the author
of the comment replied to hear of approved ones. Subjects and bodies are plain-text templates
under templates/comments/email/ (<kind>_subject.txt, <kind>_body.txt), as
django-contrib-comments renders its notification. The services call these inside their
transaction: the mail is stored with the change (outbox.services.mail_queue) and a worker
sends it after the commit, retrying while the mail server is down, so no request waits for
a mail server. Composing mail never breaks the change: a failure is logged, not raised.
Log lines name comments by id, never by address: the log is read by more people than the
moderators.
"""

import logging
from functools import wraps

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from comments.models import Comment, ModerationSettings
from comments.unsubscribe import unsubscribe_url
from outbox.services import mail_queue

logger = logging.getLogger(__name__)

#: The one-click moderation URLs a held-comment mail links to, in the order shown.
MODERATION_LINKS = [("Approve it", "approve"), ("Spam it", "spam"), ("Trash it", "trash")]


def _never_raises(notify):
    """Mail is a courtesy: whatever goes wrong, the comment stays saved and the caller goes on."""

    @wraps(notify)
    def wrapper(*, comment, **kwargs):
        try:
            # A savepoint: whatever failed is undone, and the caller's transaction goes on.
            with transaction.atomic():
                notify(comment=comment, **kwargs)
        except Exception:
            logger.exception(
                "Comment mail (%s) for comment %s failed.", notify.__name__, comment.pk
            )

    return wrapper


@_never_raises
def comment_submitted(*, comment):
    """A new comment was saved: moderators hear when it is held, others when it is approved."""
    if comment.status == Comment.Status.PENDING:
        _tell_moderators(comment)
    elif comment.status == Comment.Status.APPROVED and not _approved_by_a_service(comment):
        _tell_of_approval(comment)


@_never_raises
def comment_status_changed(*, comment, old_status):
    """A comment changed status: on its first approval, tell the item's author and subscriber."""
    if comment.status != Comment.Status.APPROVED:
        return
    # Approving, trashing and approving again must not mail the same people twice.
    if comment.status_changes.filter(to_status=Comment.Status.APPROVED).count() > 1:
        return
    _tell_of_approval(comment)


def _approved_by_a_service(comment):
    """Whether comment_set_status approved it (and so sends the approval mail itself)."""
    changes = comment.status_changes.filter(to_status=Comment.Status.APPROVED)
    return changes.exclude(from_status="").exists()


def moderator_emails():
    """Addresses of active users who may moderate comments, superusers included."""
    moderators = get_user_model().objects.with_perm(
        "comments.moderate_comment",
        include_superusers=True,
        is_active=True,
        backend="django.contrib.auth.backends.ModelBackend",  # the one that grants permissions
    )
    return sorted(set(moderators.exclude(email="").values_list("email", flat=True)))


def _tell_moderators(comment):
    recipients = moderator_emails()
    if not recipients:
        return
    context = {
        "comment": comment,
        "target": comment.content_object,
        "page_url": _page_url(comment),
        "moderation_links": [
            (label, _admin_url(f"comments_comment_{name}", comment.pk))
            for label, name in MODERATION_LINKS
        ],
        "edit_url": _admin_url("comments_comment_change", comment.pk),
        "pending": Comment.objects.pending().count(),
        "queue_url": f"{_admin_url('comments_comment_changelist')}?status__exact=pending",
    }
    _deliver(comment, "moderation", _messages("moderation", context, recipients))


def _tell_of_approval(comment):
    target = comment.content_object
    if target is None:
        return
    if ModerationSettings.objects.current().notify_author_on_approval:
        _tell_target_author(comment, target)
    parent = comment.parent
    if (
        parent is not None
        and parent.wants_reply_notification
        and parent.status == Comment.Status.APPROVED
        and parent.author_email
        and not _same_author(parent, comment)
    ):
        _tell_parent_author(comment, parent, target)


def _tell_target_author(comment, target):
    if not hasattr(target, "comment_notification_emails"):
        return
    own = _own_addresses(comment)
    recipients = [a for a in target.comment_notification_emails() if a.lower() not in own]
    context = {
        "comment": comment,
        "target": target,
        "comment_url": _page_url(comment, anchor=True),
    }
    _deliver(comment, "author", _messages("author", context, recipients))


def _tell_parent_author(comment, parent, target):
    stop = unsubscribe_url(parent)
    context = {
        "comment": comment,
        "parent": parent,
        "target": target,
        "comment_url": _page_url(comment, anchor=True),
        "unsubscribe_url": stop,
    }
    [message] = _messages("reply", context, [parent.author_email])
    message.extra_headers.update(
        {"List-Unsubscribe": f"<{stop}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    )
    _deliver(comment, "reply", [message])


def _same_author(first, second):
    if first.user_id and first.user_id == second.user_id:
        return True
    return bool(first.author_email) and first.author_email.lower() == second.author_email.lower()


def _own_addresses(comment):
    addresses = {comment.author_email.lower()} - {""}
    if comment.user_id and comment.user.email:
        addresses.add(comment.user.email.lower())
    return addresses


def _page_url(comment, *, anchor=False):
    target = comment.content_object
    if target is None or not hasattr(target, "get_absolute_url"):
        return ""
    path = comment.get_absolute_url() if anchor else target.get_absolute_url()
    return f"{settings.SITE_URL}{path}"


def _admin_url(name, *args):
    return f"{settings.SITE_URL}{reverse(f'admin:{name}', args=args)}"


def _messages(kind, context, recipients):
    """One mail per recipient (none sees the others), from comments/email/<kind>_*.txt."""
    context = {"site_name": settings.SITE_NAME, **context}
    subject = render_to_string(f"comments/email/{kind}_subject.txt", context)
    # A title with a line break would make an invalid header: the subject is one line.
    subject = " ".join(subject.split())
    body = render_to_string(f"comments/email/{kind}_body.txt", context)
    return [EmailMessage(subject, body, to=[to]) for to in recipients]


def _deliver(comment, kind, messages):
    mail_queue(messages=messages, about=f"{kind} mail about comment {comment.pk}")
