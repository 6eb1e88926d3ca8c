"""The moderation queue on the admin index: its size and its oldest comments."""

from django import template
from django.db.models import Count, Window
from django.urls import reverse

from comments.models import Comment

register = template.Library()

#: The oldest pending comments listed on the editors' desk.
SHOWN = 5


@register.inclusion_tag("admin/comments/_pending_count.html", takes_context=True)
def pending_comments(context):
    """“Comments: N pending”, linking to the queue, and the oldest of them, for moderators."""
    user = context["request"].user
    if not (user.has_perm("comments.view_comment") or user.has_perm("comments.change_comment")):
        return {"count": None}
    # One query, read from comment_queue_idx: the oldest few, each with the queue's size.
    url = reverse("admin:comments_comment_changelist") + "?status__exact=pending"
    oldest = list(
        Comment.objects.pending()
        .order_by("submitted_at", "pk")
        .only("author_name", "text", "submitted_at")
        .annotate(queue_size=Window(Count("pk")))[:SHOWN]
    )
    count = oldest[0].queue_size if oldest else 0
    return {"count": count, "url": url, "oldest": oldest}
