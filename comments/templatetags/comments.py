"""Showing comments safely: a visitor's words are always escaped, never interpreted as HTML."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from comments.avatars import identicon_svg, placeholder_svg
from comments.models import Comment
from comments.text import REL, as_html

register = template.Library()


@register.filter
def comment_count(count):
    """“No comments yet”, “1 Comment” or “12 Comments”."""
    if count in (None, ""):
        return ""
    if not count:
        return "No comments yet"
    return "1 Comment" if count == 1 else f"{intcomma(count)} Comments"


@register.filter
def comment_html(comment):
    """A comment's words as HTML: made when it was saved (comments.text), else now."""
    # text_html is written only by Comment.save() from as_html(), which escapes everything.
    return mark_safe(comment.text_html or as_html(comment.text))


@register.simple_tag
def comment_author(comment):
    """The author's name, linked to their website when it is a web address."""
    url = comment.author_url
    if url.startswith(("http://", "https://")):
        return format_html(
            '<a href="{}" rel="{}" class="url">{}</a>', url, REL, comment.author_name
        )
    return comment.author_name


@register.simple_tag
def comment_avatar(comment, size=48):
    if comment.status != Comment.Status.APPROVED:
        return placeholder_svg(size=size)
    return identicon_svg(comment.author_email or f"name:{comment.author_name}", size=size)
