"""A page's comment threads as HTML, built in Python rather than by a template per comment.

A review page shows up to 50 threads; rendered through nested template includes they took a
third of the page's time. Everything a visitor wrote is escaped here by format_html; the
comment's text comes as HTML made when it was saved (comments.text), escaped then too.
The markup is WordPress's (ol.comment-list, li.comment, .comment-meta …), for themes and
readers used to it.
"""

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from comments.avatars import identicon_svg, placeholder_svg
from comments.models import Comment
from comments.text import REL, as_html

AVATAR_SIZE = 48
PENDING_NOTE = (
    "Your comment is awaiting moderation. This is a preview; your comment will be visible "
    "after it has been approved."
)


def threads_html(comments, *, page_query="", page_number=1):
    """The threads `comments` (each with `thread_replies` and `can_reply`) as nested lists."""
    parts = []
    _append_list(parts, comments, page_query, page_number, nested=False)
    return mark_safe("".join(parts))  # every piece went through format_html


def _append_list(parts, comments, page_query, page_number, *, nested):
    children = " children ms-3 ms-md-5" if nested else ""
    parts.append(f'<ol class="comment-list list-unstyled mb-0{children}">\n')
    for comment in comments:
        parts.append(comment_html(comment, page_query=page_query, page_number=page_number))
        if comment.thread_replies:
            _append_list(parts, comment.thread_replies, page_query, page_number, nested=True)
        parts.append("  </li>\n")
    parts.append("</ol>\n")


def comment_html(comment, *, page_query, page_number):
    """One comment's <li> (left open for its replies) and <article>."""
    pending = comment.status == Comment.Status.PENDING
    return format_html(
        '  <li id="{anchor}" class="comment depth-{depth}{pending_class}">\n'
        '    <article class="comment-body d-flex gap-3 py-3 border-top">\n'
        "      {avatar}\n"
        '      <div class="comment-main flex-grow-1">\n'
        '        <p class="comment-meta small mb-1">\n'
        '          <span class="comment-author fw-semibold">{author}</span>\n'
        '          <span class="visually-hidden">said on</span>\n'
        '          <a class="comment-permalink text-body-secondary ms-1" '
        'href="{page_query}#{anchor}"><time datetime="{iso}">{when}</time></a>\n'
        "        </p>\n"
        "        {note}"
        '<div class="comment-content">{text}</div>\n'
        "        {reply}\n"
        "      </div>\n"
        "    </article>\n",
        anchor=comment.anchor,
        depth=comment.depth + 1,
        pending_class=" comment-pending" if pending else "",
        avatar=avatar_html(comment),
        author=author_html(comment),
        page_query=page_query,
        iso=timezone.localtime(comment.submitted_at).isoformat(),
        when=comment_time_text(comment.submitted_at),
        note=format_html(
            '<p class="comment-awaiting-moderation alert alert-info small py-1 px-2 mb-2">'
            "{}</p>\n        ",
            PENDING_NOTE,
        )
        if pending
        else "",
        # Made when the comment was saved, from the escaped text (Comment.save, comments.text).
        text=mark_safe(comment.text_html or as_html(comment.text)),
        reply=reply_link(comment, page_number) if comment.can_reply else "",
    )


def reply_link(comment, page_number):
    page = f"cpage={page_number}&amp;" if page_number > 1 else ""
    return format_html(
        '<a class="comment-reply-link small" rel="nofollow" href="?{}replytocom={}#respond" '
        'aria-label="Reply to {}">Reply</a>',
        mark_safe(page),  # a number and an escaped ampersand
        comment.pk,
        comment.author_name,
    )


def author_html(comment):
    """The author's name, linked to their website when it is a web address."""
    url = comment.author_url
    if url.startswith(("http://", "https://")):
        return format_html(
            '<a href="{}" rel="{}" class="url">{}</a>', url, REL, comment.author_name
        )
    return comment.author_name


def avatar_html(comment, size=AVATAR_SIZE):
    """The commenter's identicon once approved; a neutral silhouette until then."""
    if comment.status != Comment.Status.APPROVED:
        return placeholder_svg(size=size)
    return identicon_svg(comment.author_email or f"name:{comment.author_name}", size=size)


def comment_time_text(moment):
    """ "December 1, 2026 at 5:45 p.m.": Django's date format "F j, Y \\a\\t g:i a", without
    its generic formatter, which took longer than the rest of a comment."""
    local = timezone.localtime(moment)
    hour = local.hour % 12 or 12
    meridiem = gettext("p.m.") if local.hour >= 12 else gettext("a.m.")
    return (
        f"{MONTHS[local.month]} {local.day}, {local.year} at {hour}:{local.minute:02d} {meridiem}"
    )
