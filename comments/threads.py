"""What a page shows of its comments: the visible threads, oldest first, 50 threads a page.

One query loads every comment the visitor may see on the object (the approved ones, and
their own pending ones); the threads are built here in Python. A reply whose parent is
hidden (held, spam, trash) is hidden with it, as WordPress does.
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator

from comments import moderation
from comments.models import Comment

THREADS_PER_PAGE = 50
#: Columns the page never shows (and the review page should not carry).
UNSHOWN = ["ip_address", "user_agent", "status_reason", "updated_at", "wants_reply_notification"]


@dataclass
class Discussion:
    """Everything a page's comments section needs, read from prefetched data only."""

    is_open: bool
    count: int
    page: Page
    form: object = None
    reply_to: Comment | None = None
    #: The comment pages' query string ("" for the first page), for anchors and reply links.
    page_query: str = ""

    @property
    def threads(self):
        return self.page.object_list


def load_threads(target, *, pending_ids=()):
    """Top-level comments visible on `target`, oldest first, each with `thread_replies`."""
    comments = (
        Comment.objects.for_object(target)
        .visible_to(comment_ids=pending_ids)
        .defer(*UNSHOWN)
        .order_by("submitted_at", "pk")
    )
    roots, by_id = [], {}
    for comment in comments:
        comment.thread_replies = []
        if comment.parent_id is None:
            roots.append(comment)
        elif comment.parent_id in by_id:
            by_id[comment.parent_id].thread_replies.append(comment)
        else:
            continue  # its parent is hidden
        by_id[comment.pk] = comment
    return roots, by_id


def discussion_for(target, *, settings, now, pending_ids=(), cpage=None, reply_to_id=None):
    """The comments section of `target`'s page: threads of page `cpage`, counts and replies."""
    is_open = moderation.comments_open(target, settings=settings, now=now)
    roots, by_id = load_threads(target, pending_ids=pending_ids)
    for comment in by_id.values():
        comment.can_reply = is_open and moderation.can_reply_to(comment, settings=settings)
    paginator = Paginator(roots, THREADS_PER_PAGE)
    number = page_number(cpage, paginator.num_pages)
    reply_to = by_id.get(_as_int(reply_to_id))
    count = getattr(target, "comment_count", None)
    if count is None:  # the host did not annotate it: count what was loaded
        count = sum(c.status == Comment.Status.APPROVED for c in by_id.values())
    return Discussion(
        is_open=is_open,
        count=count,
        page=paginator.page(number),
        reply_to=reply_to if reply_to is not None and reply_to.can_reply else None,
        page_query=f"?cpage={number}" if number > 1 else "",
    )


def page_number(cpage, num_pages):
    """?cpage as a page number; anything that is not a page of comments is the first page."""
    number = _as_int(cpage)
    return number if number is not None and 1 <= number <= num_pages else 1


def comment_path(comment, *, target, pending_ids=()):
    """The path of `comment` on `target`'s page: the comments page that shows it, its anchor."""
    number = page_of(comment, target=target, pending_ids=pending_ids)
    query = f"?cpage={number}" if number > 1 else ""
    return f"{target.get_absolute_url()}{query}#{comment.anchor}"


def page_of(comment, *, target, pending_ids=()):
    """The comments page that shows `comment`'s thread to a visitor with `pending_ids`."""
    root = comment
    while root.parent_id is not None:
        root = root.parent
    earlier_roots = (
        Comment.objects.for_object(target)
        .visible_to(comment_ids=pending_ids)
        .filter(parent__isnull=True, submitted_at__lte=root.submitted_at)
        .exclude(submitted_at=root.submitted_at, pk__gte=root.pk)
    )
    return earlier_roots.count() // THREADS_PER_PAGE + 1


def _as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
