"""E-mail about the workflow, queued in the outbox with the move that caused it.

Editors hear that a review was submitted; its writer, that changes were requested or that it
was published (or scheduled). The services call these inside their transaction: the mail is
stored with the move (outbox.services.mail_queue) and a worker sends it after the commit.
Nobody is told of their own move. Subjects and bodies are templates under
templates/reviews/email/, as comments' are.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from outbox.services import mail_queue

#: The moves that send mail, and their templates (reviews/email/<kind>_subject.txt, _body.txt).
MAILS = {"submit": "submitted", "request_changes": "changes_requested", "publish": "published"}


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
    kind = MAILS[move]
    change = reverse("admin:reviews_review_change", args=[review.pk])
    context = {
        "site_name": settings.SITE_NAME,
        "review": review,
        "by": by.get_full_name() or by.get_username(),
        "transition": transition,
        "is_scheduled": review.is_scheduled,
        "change_url": f"{settings.SITE_URL}{change}",
        "page_url": f"{settings.SITE_URL}{review.get_absolute_url()}",
    }
    # A title with a line break would make an invalid header: the subject is one line.
    subject = " ".join(render_to_string(f"reviews/email/{kind}_subject.txt", context).split())
    body = render_to_string(f"reviews/email/{kind}_body.txt", context)
    mail_queue(
        messages=[EmailMessage(subject, body, to=[address]) for address in recipients],
        about=f"{move} mail about review {review.pk}",
    )
