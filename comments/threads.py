"""What a page shows of its comments: the visible threads, oldest first, 50 threads a page.

One query loads every comment the visitor may see on the object (the approved ones, and
their own pending ones); the threads are built here in Python. A reply whose parent is
hidden (held, spam, trash) is hidden with it, as WordPress does.
"""

from functools import cached_property
from typing import NamedTuple

from django.core.paginator import Page, Paginator

from comments import moderation
from comments.models import Comment, ModerationSettings

THREADS_PER_PAGE = 50
#: Columns the page never shows (and the review page should not carry).
UNSHOWN = ["ip_address", "user_agent", "status_reason", "updated_at", "wants_reply_notification"]


class Discussion:
    """Everything a page's comments section needs, each part loaded when first asked for.

    A page whose comment thread comes from the fragment cache reads only what the form needs
    (whether comments are open, the comment replied to), so the thread's query never runs.
    """

    def __init__(self, target, *, now, pending_ids=(), cpage=None, reply_to_id=None):
        self.target, self.now = target, now
        self.pending_ids = list(pending_ids)
        self.cpage, self.reply_to_id = cpage, _as_int(reply_to_id)
        self.form = None

    @cached_property
    def settings(self):
        return ModerationSettings.objects.current()

    @cached_property
    def is_open(self):
        return moderation.comments_open(self.target, settings=self.settings, now=self.now)

    @property
    def is_shared(self):
        """Whether every visitor sees this thread alike (no pending comment of their own)."""
        return not self.pending_ids

    @property
    def page_key(self):
        """The comments page asked for, as the thread's fragment cache tells pages apart."""
        number = _as_int(self.cpage)
        return number if number is not None and number > 1 else 1

    @cached_property
    def _threads(self):
        threads = load_threads(self.target, pending_ids=self.pending_ids)
        for comment in threads.by_id.values():
            comment.can_reply = self.is_open and moderation.can_reply_to(
                comment, settings=self.settings
            )
        return threads

    @cached_property
    def page(self) -> Page:
        paginator = Paginator(self._threads.roots, THREADS_PER_PAGE)
        return paginator.page(page_number(self.cpage, paginator.num_pages))

    @property
    def threads(self):
        return self.page.object_list

    @cached_property
    def count(self):
        """Approved comments on the target: its `comment_count` annotation, else counted as
        the thread is loaded (the heading that shows it sits above the thread)."""
        count = getattr(self.target, "comment_count", None)
        return self._threads.approved if count is None else count

    @cached_property
    def page_query(self):
        """The comments page's query string ("" for the first page), for anchors and links."""
        number = self.page.number if "_threads" in self.__dict__ else self.page_key
        return f"?cpage={number}" if number > 1 else ""

    @cached_property
    def reply_to(self):
        """The comment the visitor asked to reply to, if they may."""
        if self.reply_to_id is None or not self.is_open:
            return None
        # Rare (a "Reply" link was followed): the whole thread decides whether it is visible.
        comment = self._threads.by_id.get(self.reply_to_id)
        if comment is None or not moderation.can_reply_to(comment, settings=self.settings):
            return None
        return comment


class Threads(NamedTuple):
    roots: list
    by_id: dict
    #: Approved comments on the target, replies whose thread is hidden included.
    approved: int


def load_threads(target, *, pending_ids=()):
    """Top-level comments visible on `target`, oldest first, each with `thread_replies`."""
    comments = (
        Comment.objects.for_object(target)
        .visible_to(comment_ids=pending_ids)
        .defer(*UNSHOWN)
        .order_by("submitted_at", "pk")
    )
    roots, by_id, approved = [], {}, 0
    for comment in comments:
        approved += comment.status == Comment.Status.APPROVED
        comment.thread_replies = []
        if comment.parent_id is None:
            roots.append(comment)
        elif comment.parent_id in by_id:
            by_id[comment.parent_id].thread_replies.append(comment)
        else:
            continue  # its parent is hidden
        by_id[comment.pk] = comment
    return Threads(roots, by_id, approved)


def discussion_for(target, *, now, pending_ids=(), cpage=None, reply_to_id=None):
    """The comments section of `target`'s page, loaded as it is read."""
    return Discussion(
        target, now=now, pending_ids=pending_ids, cpage=cpage, reply_to_id=reply_to_id
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
