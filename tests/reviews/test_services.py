import datetime as dt

import pytest
import time_machine

from reviews import services
from reviews.models import Review
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@time_machine.travel(NOW, tick=False)
def test_publishing_a_draft_without_a_time_publishes_it_now():
    review = services.review_publish(review=ReviewFactory(draft=True))
    review.refresh_from_db()
    assert review.status == Review.Status.PUBLISHED
    assert review.published_at == NOW
    assert review.is_published


@time_machine.travel(NOW, tick=False)
def test_publishing_a_draft_with_a_future_time_schedules_it():
    later = NOW + dt.timedelta(days=2)
    review = ReviewFactory(status=Review.Status.DRAFT, published_at=later)
    services.review_publish(review=review)
    review.refresh_from_db()
    assert review.is_scheduled and review.published_at == later


def test_unpublish_returns_the_review_to_draft():
    review = services.review_unpublish(review=ReviewFactory())
    review.refresh_from_db()
    assert review.status == Review.Status.DRAFT
    assert not Review.objects.published().exists()


def test_set_featured_toggles_the_flag():
    review = ReviewFactory()
    services.review_set_featured(review=review, is_featured=True)
    assert Review.objects.get(pk=review.pk).is_featured
    services.review_set_featured(review=review, is_featured=False)
    assert not Review.objects.get(pk=review.pk).is_featured
