"""Showing comments safely: a visitor's words are always escaped, never interpreted as HTML."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma

from comments.rendering import threads_html

register = template.Library()


@register.filter
def comment_count(count):
    """“No comments yet”, “1 Comment” or “12 Comments”."""
    if count in (None, ""):
        return ""
    if not count:
        return "No comments yet"
    return "1 Comment" if count == 1 else f"{intcomma(count)} Comments"


@register.simple_tag
def comment_threads(discussion):
    """The threads of the discussion's comments page (comments.rendering)."""
    return threads_html(
        discussion.threads, page_query=discussion.page_query, page_number=discussion.page.number
    )
