"""Writes with side effects on reviews: publishing, unpublishing, featuring."""

from django.db import transaction
from django.utils import timezone

from reviews.models import Review


def review_publish(*, review: Review, at=None) -> Review:
    """Publish a review now, or at `at`; a review already given a time keeps it."""
    review.status = Review.Status.PUBLISHED
    review.published_at = at or review.published_at or timezone.now()
    review.full_clean()
    with transaction.atomic():
        review.save(update_fields=["status", "published_at", "updated_at"])
    return review


def review_unpublish(*, review: Review) -> Review:
    """Take a review back to draft; its publish time is kept for when it returns."""
    review.status = Review.Status.DRAFT
    with transaction.atomic():
        review.save(update_fields=["status", "updated_at"])
    return review


def review_set_featured(*, review: Review, is_featured: bool) -> Review:
    """Feature a review on the home page, or stop featuring it."""
    review.is_featured = is_featured
    with transaction.atomic():
        review.save(update_fields=["is_featured", "updated_at"])
    return review
