"""Writes with side effects on reviews: publishing, unpublishing, featuring."""

from django.db import models, transaction
from django.utils import timezone

from reviews import images
from reviews.models import Review
from reviews.revisions import recorded


@recorded("Published")
def review_publish(*, review: Review, at=None) -> Review:
    """Publish a review now, or at `at`; a review already given a time keeps it."""
    review.status = Review.Status.PUBLISHED
    review.published_at = at or review.published_at or timezone.now()
    review.full_clean()
    with transaction.atomic():
        review.save(update_fields=["status", "published_at", "updated_at"])
    return review


@recorded("Unpublished")
def review_unpublish(*, review: Review) -> Review:
    """Take a review back to draft; its publish time is kept for when it returns."""
    review.status = Review.Status.DRAFT
    with transaction.atomic():
        review.save(update_fields=["status", "updated_at"])
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
