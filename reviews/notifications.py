"""E-mail about the workflow, queued in the outbox with the move that caused it.

Editors hear that a review was submitted; its writer, that changes were requested or that it
was published (or scheduled). The services call these inside their transaction: the mail is
stored with the move (outbox.services.mail_queue) and a worker sends it after the commit.
Nobody is told of their own move. Bodies are templates under templates/reviews/email/.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from outbox.services import mail_queue

#: What each move tells, and to whom: (template, subject).
MAILS = {
    "submit": ("reviews/email/submitted.txt", "Ready for review: “{review}”"),
    "request_changes": ("reviews/email/changes_requested.txt", "Changes requested: “{review}”"),
    "publish": ("reviews/email/published.txt", "Published: “{review}”"),
}


def editor_emails():
    """Addresses of active users who may approve reviews, superusers included."""
    editors = get_user_model().objects.with_perm(
        "reviews.approve_review",
        include_superusers=True,
        is_active=True,
        backend="django.contrib.auth.backends.ModelBackend",
    )
    return sorted(set(editors.exclude(email="").values_list("email", flat=True)))


def review_moved(*, review, move, by, transition):
    """Queue the mail `move` (a reviews.workflow move name) sends, if it sends any."""
    if move not in MAILS or by is None:
        return
    recipients = editor_emails() if move == "submit" else [review.author.email]
    recipients = [a for a in recipients if a and a.lower() != by.email.lower()]
    if not recipients:
        return
    template, subject = MAILS[move]
    change = reverse("admin:reviews_review_change", args=[review.pk])
    context = {
        "review": review,
        "by": by.get_full_name() or by.get_username(),
        "transition": transition,
        "is_scheduled": review.is_scheduled,
        "change_url": f"{settings.SITE_URL}{change}",
        "page_url": f"{settings.SITE_URL}{review.get_absolute_url()}",
    }
    body = render_to_string(template, context)
    subject = " ".join(f"[{settings.SITE_NAME}] {subject.format(review=review)}".split())
    mail_queue(
        messages=[EmailMessage(subject, body, to=[address]) for address in recipients],
        about=f"{move} mail about review {review.pk}",
    )
