"""Writes with side effects on comments: status changes (and, below, submission)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from comments import moderation, notifications
from comments.models import (
    TEXT_MAX_LENGTH,
    USER_AGENT_MAX_LENGTH,
    Comment,
    ModerationSettings,
    StatusChange,
)
from pagecache.invalidation import pages_changed

#: How a status change reads in the log when the caller gives no reason.
STATUS_VERBS = {
    Comment.Status.PENDING: "unapproved",
    Comment.Status.APPROVED: "approved",
    Comment.Status.SPAM: "marked as spam",
    Comment.Status.TRASH: "trashed",
}


def comment_set_status(*, comment: Comment, status: str, by=None, reason: str = "") -> Comment:
    """Move a comment to `status`, log who did it and why, and queue its mail with the change."""
    if status not in Comment.Status.values:
        raise ValueError(f"Unknown comment status: {status!r}")
    with transaction.atomic():
        # The status as stored, under a row lock: two moderators clicking at once (or a stale
        # admin page) log one change, from the status the comment really had.
        locked = Comment.objects.select_for_update().values_list("status", flat=True)
        old_status = locked.get(pk=comment.pk)
        comment.status = status
        if old_status == status:
            return comment
        who = by.get_username() if by else "policy"
        comment.status_reason = reason or f"{STATUS_VERBS[status]} by {who}"
        comment.save(update_fields=["status", "status_reason", "updated_at"])
        StatusChange.objects.create(
            comment=comment,
            from_status=old_status,
            to_status=status,
            reason=comment.status_reason,
            changed_by=by,
            changed_at=timezone.now(),
        )
        notifications.comment_status_changed(comment=comment, old_status=old_status)
    return comment


def comment_approve(*, comment: Comment, by=None, reason: str = "") -> Comment:
    """Approve a comment: it becomes visible to everyone."""
    return comment_set_status(comment=comment, status=Comment.Status.APPROVED, by=by, reason=reason)


def comment_mark_spam(*, comment: Comment, by=None, reason: str = "") -> Comment:
    """Send a comment to spam: hidden from everyone."""
    return comment_set_status(comment=comment, status=Comment.Status.SPAM, by=by, reason=reason)


def comment_trash(*, comment: Comment, by=None, reason: str = "") -> Comment:
    """Move a comment to the trash: hidden from everyone."""
    return comment_set_status(comment=comment, status=Comment.Status.TRASH, by=by, reason=reason)


def comment_delete(*, comment: Comment) -> None:
    """Delete a comment for good, with its history; its replies stay.

    As WordPress does, the replies move up to the deleted comment's place in the thread (its
    parent, or the top level), each level of the subtree one shallower. The parent key
    refuses a plain delete of a comment with replies (PROTECT), so no other path can take
    them along unnoticed.
    """
    with transaction.atomic():
        replies = list(comment.replies.values_list("pk", flat=True))
        if replies:
            # Parent and depth in one statement: the depth constraint checks them together.
            Comment.objects.filter(pk__in=replies).update(
                parent=comment.parent_id, depth=F("depth") - 1
            )
            level = replies
            while level := list(
                Comment.objects.filter(parent__in=level).values_list("pk", flat=True)
            ):
                Comment.objects.filter(pk__in=level).update(depth=F("depth") - 1)
            pages_changed()  # replies readers may see moved
        comment.delete()


def comments_empty_trash(*, now=None) -> int:
    """Delete comments in the trash or spam longer than COMMENTS_TRASH_KEEP; their replies stay."""
    before = (now or timezone.now()) - settings.COMMENTS_TRASH_KEEP
    old = Comment.objects.filter(
        status__in=[Comment.Status.TRASH, Comment.Status.SPAM], updated_at__lt=before
    )
    deleted = 0
    for comment in old.iterator():
        comment_delete(comment=comment)
        deleted += 1
    return deleted


# The visitor's side: a new comment, checked and moderated by comments.moderation. (These
# imports sit here while the moderator side edits the top of the module; move them up then.)


def comment_submit(*, target, parent, data, ip_address, user_agent, user, now=None) -> Comment:
    """Save a visitor's comment with the status the moderation policy gives it, and log it.

    `data` is a CommentForm's cleaned_data. Raises moderation.Refused (comments closed, a
    reply that may not be made, a duplicate, a flood) or ValidationError instead of saving.
    """
    now = now or timezone.now()
    settings = ModerationSettings.objects.current()
    if not moderation.comments_open(target, settings=settings, now=now):
        raise moderation.CommentsClosed()
    if parent is not None:
        moderation.check_reply(parent, target=target, settings=settings)
    comment = _new_comment(target=target, parent=parent, data=data, user=user, now=now)
    comment.ip_address = ip_address or None
    comment.user_agent = (user_agent or "")[:USER_AGENT_MAX_LENGTH]
    comment.full_clean()
    if len(comment.text) > TEXT_MAX_LENGTH:  # a TextField's max_length is not validated
        raise ValidationError({"text": f"A comment has at most {TEXT_MAX_LENGTH} characters."})
    with transaction.atomic():
        moderation.lock_commenter(comment)
        moderation.check_duplicate(comment)
        if user is None or not user.has_perm("comments.moderate_comment"):
            moderation.check_flood(comment, now=now)
        comment.status, comment.status_reason = moderation.moderate(
            comment, settings=settings, honeypot=data.get("honeypot", ""), user=user
        )
        comment.save()
        StatusChange.objects.create(
            comment=comment,
            from_status="",
            to_status=comment.status,
            reason=comment.status_reason,
            changed_by=None,  # the policy decided
            changed_at=now,
        )
        notifications.comment_submitted(comment=comment)
    return comment


def _new_comment(*, target, parent, data, user, now):
    """The unsaved comment; a logged-in user's name and e-mail address come from their account."""
    member = user if user is not None and user.is_authenticated else None
    if member:
        name, email, url = member.get_full_name() or member.get_username(), member.email, ""
    else:
        name, email, url = data["name"], data["email"], data.get("url", "")
    return Comment(
        content_object=target,
        parent=parent,
        depth=parent.depth + 1 if parent else 0,
        user=member,
        author_name=name.strip(),
        author_email=email.strip(),
        author_url=url.strip(),
        text=data["comment"].strip(),
        wants_reply_notification=bool(data.get("notify")),
        submitted_at=now,
    )


def subscription_cancel(*, comment: Comment) -> int:
    """Stop reply mail to `comment`'s author, for every comment under their address.

    Whoever typed the address asked for the mail; whoever holds the address may stop all of
    it (the unsubscribe link is signed for one comment). Returns how many comments changed.
    """
    if not comment.author_email:
        return 0
    with transaction.atomic():
        subscribed = Comment.objects.by_email(comment.author_email).filter(
            wants_reply_notification=True
        )
        return subscribed.update(wants_reply_notification=False)


def comment_import(
    *,
    target,
    import_key: str,
    parent: Comment | None,
    author_name: str,
    author_email: str = "",
    author_url: str = "",
    text: str,
    status: str,
    submitted_at,
    ip_address: str | None = None,
    user=None,
    reason: str = "imported",
) -> tuple[Comment, bool]:
    """The comment another site exported as `import_key`, created as it was there if new.

    Its status is kept as given: no moderation policy, no flood or duplicate checks and no
    mail, since the discussion already happened. A comment imported before is returned as
    it is, with False: once here, moderators' decisions and erasures are not undone.
    """
    existing = Comment.objects.filter(import_key=import_key).first()
    if existing is not None:
        return existing, False
    comment = Comment(
        import_key=import_key,
        content_object=target,
        parent=parent,
        depth=parent.depth + 1 if parent else 0,
        user=user,
        author_name=author_name.strip(),
        author_email=author_email.strip(),
        author_url=author_url.strip(),
        text=text.strip(),
        ip_address=ip_address or None,
        submitted_at=submitted_at,
        status=status,
        status_reason=reason,
    )
    comment.full_clean()
    with transaction.atomic():
        comment.save()
        StatusChange.objects.create(
            comment=comment,
            from_status="",
            to_status=status,
            reason=reason,
            changed_by=None,
            changed_at=timezone.now(),
        )
    return comment, True
