"""Stopping reply mail: the signed link every reply notification carries.

Anyone can type any address into the comment form and tick "notify me", so every reply
mail says how to stop and honours it at once, from the page or from the mail client's
one-click unsubscribe (RFC 8058). The link is the authority: it is signed, never expires,
and only ever turns mail off.
"""

from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from comments import services
from comments.models import Comment

SALT = "comments.unsubscribe"


def unsubscribe_url(comment):
    """The absolute link that stops reply mail to `comment`'s author."""
    token = signing.dumps(comment.pk, salt=SALT)
    return f"{settings.SITE_URL}{reverse('comments:unsubscribe', args=[token])}"


@csrf_exempt  # mail clients POST one-click unsubscribes without a session; the token suffices
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks to confirm (link scanners must not unsubscribe anyone); POST stops the mail."""
    try:
        comment = Comment.objects.get(pk=signing.loads(token, salt=SALT))
    except (signing.BadSignature, Comment.DoesNotExist, TypeError, ValueError):
        return render(request, "comments/unsubscribe.html", {"is_invalid": True}, status=400)
    if request.method == "POST":
        services.subscription_cancel(comment=comment)
    context = {"comment": comment, "is_done": request.method == "POST"}
    return render(request, "comments/unsubscribe.html", context)
