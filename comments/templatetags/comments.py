"""Showing comments safely: a visitor's words are always escaped, never interpreted as HTML."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.html import format_html, linebreaks, urlize
from django.utils.safestring import mark_safe

from comments.avatars import identicon_svg, placeholder_svg
from comments.models import Comment

register = template.Library()

#: Links in visitors' words: no ranking credit, marked as user content, no window.opener.
REL = "nofollow ugc noopener"
#: Long addresses are shortened in the link text so a phone screen never scrolls sideways.
LINK_TEXT_LIMIT = 60


@register.filter
def comment_count(count):
    """“No comments yet”, “1 Comment” or “12 Comments”."""
    if count in (None, ""):
        return ""
    if not count:
        return "No comments yet"
    return "1 Comment" if count == 1 else f"{intcomma(count)} Comments"


@register.filter
def comment_html(text):
    """The text escaped first, then addresses made links and line breaks kept."""
    linked = urlize(text, trim_url_limit=LINK_TEXT_LIMIT, nofollow=True, autoescape=True)
    # Only urlize's own attribute can match: the visitor's quotes were escaped to &quot;.
    linked = linked.replace(' rel="nofollow"', f' rel="{REL}"')
    return mark_safe(linebreaks(linked, autoescape=False))  # urlize escaped it all


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
