"""Comments for the moderation tests: mostly pending ones, which CommentFactory is not."""

from comments.models import Comment
from tests.factories import CommentFactory


def make_comment(target=None, **fields):
    """A pending comment on `target` (else on its parent's object, else on a new review)."""
    fields.setdefault("status", Comment.Status.PENDING)
    if target is not None:
        fields["content_object"] = target
    return CommentFactory(**fields)
