"""Writes with side effects on reviews: the workflow's moves, featuring, image renditions.

Each move (reviews.workflow says who may make which) is recorded as a ReviewTransition.
"""

import reversion
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from reviews import images, notifications, workflow
from reviews.models import Review, ReviewTransition
from reviews.revisions import recorded

#: Why a request for changes needs its note (the service's, the form's and the action's).
NOTE_REQUIRED = "Say what should change: the writer reads this note."


@recorded("Submitted for review")
def review_submit(*, review: Review, by, note: str = "") -> Review:
    """Send a draft (or a review sent back) to the editors, who hear of it by mail."""
    return _review_move(review=review, move="submit", by=by, note=note)


@recorded("Changes requested")
def review_request_changes(*, review: Review, by, note: str) -> Review:
    """Send a review back to its writer with `note`, which they read by mail and on the form."""
    if not note.strip():
        raise ValidationError({"note": NOTE_REQUIRED})
    return _review_move(review=review, move="request_changes", by=by, note=note.strip())


@recorded("Approved")
def review_approve(*, review: Review, by, note: str = "") -> Review:
    """Mark a submitted review ready to publish."""
    return _review_move(review=review, move="approve", by=by, note=note)


@recorded("Published")
def review_publish(*, review: Review, at=None, by=None, note: str = "") -> Review:
    """Publish a review now, or at `at`; a review already given a time keeps it.

    `by` None is the site itself (an import, a command): no permission asked, no mail.
    """
    review.published_at = at or review.published_at or timezone.now()
    return _review_move(review=review, move="publish", by=by, note=note)


@recorded("Unpublished")
def review_unpublish(*, review: Review, by=None) -> Review:
    """Take a review back to draft; its publish time is kept for when it returns."""
    return _review_move(review=review, move="unpublish", by=by)


def _review_move(*, review, move, by, note=""):
    """Check, make and record one workflow move, in one transaction; mail after the commit."""
    target = workflow.MOVES[move].target
    with transaction.atomic():
        # The status as stored, locked: two editors clicking at once move the review once.
        stored = Review.objects.select_for_update().only("status").get(pk=review.pk)
        review.status = stored.status
        workflow.check(user=by, move=move, review=review)
        if by is not None and reversion.is_active():
            reversion.set_user(by)  # the version (reviews.revisions) is by who moved it
        was, review.status = review.status, target
        review.full_clean()
        review.save(update_fields=["status", "published_at", "updated_at"])
        transition = ReviewTransition.objects.create(
            review=review, from_status=was, to_status=target, by=by, note=note
        )
        notifications.review_moved(review=review, move=move, by=by, transition=transition)
    return review


@recorded("Featuring changed")
def review_set_featured(*, review: Review, is_featured: bool) -> Review:
    """Feature a review on the home page, or stop featuring it."""
    review.is_featured = is_featured
    with transaction.atomic():
        review.save(update_fields=["is_featured", "updated_at"])
    return review


def image_renditions_refresh(*, instance: models.Model, field_name: str) -> bool:
    """Remake an image's renditions if it changed, clear them if it went; True if saved.

    An image that cannot be read is recorded as failed (images.renditions_failed), for the
    admin to show; pages do not show it.
    """
    renditions_field = images.RENDITIONS_FIELDS[instance._meta.label_lower][field_name]
    field_file = getattr(instance, field_name)
    current = getattr(instance, renditions_field)
    if field_file and images.renditions_are_current(current, field_file):
        return False
    renditions = images.renditions_make(field_file, previous=current) if field_file else {}
    if field_file and not renditions:
        renditions = images.renditions_failed(field_file)
    if renditions == current:
        return False  # No image before or after, or the same failure again: nothing to store.
    setattr(instance, renditions_field, renditions)
    with transaction.atomic():
        instance.save(update_fields=[renditions_field])
    return True
