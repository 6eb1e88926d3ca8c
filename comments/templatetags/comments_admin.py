"""The moderation queue's size on the admin index."""

from django import template
from django.urls import reverse

from comments.models import Comment

register = template.Library()


@register.inclusion_tag("admin/comments/_pending_count.html", takes_context=True)
def pending_comments(context):
    """“Comments: N pending”, linking to the queue, for users who may see comments."""
    user = context["request"].user
    if not (user.has_perm("comments.view_comment") or user.has_perm("comments.change_comment")):
        return {"count": None}
    # One COUNT, read from comment_queue_idx, whatever the number of apps on the page.
    url = reverse("admin:comments_comment_changelist") + "?status__exact=pending"
    return {"count": Comment.objects.pending().count(), "url": url}
