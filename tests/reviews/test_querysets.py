import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from reviews.models import Review
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@time_machine.travel(NOW, tick=False)
def test_published_excludes_drafts_and_scheduled_reviews():
    live = ReviewFactory(published_at=NOW - dt.timedelta(minutes=1))
    ReviewFactory(draft=True)
    ReviewFactory(published_at=NOW + dt.timedelta(minutes=1))
    assert list(Review.objects.published()) == [live]


def test_scheduled_review_goes_live_at_its_time_without_any_job():
    with time_machine.travel(NOW, tick=False):
        review = ReviewFactory(published_at=NOW + dt.timedelta(hours=2))
        assert not Review.objects.published().filter(pk=review.pk).exists()
        assert Review.objects.scheduled().filter(pk=review.pk).exists()
        assert review.is_scheduled and not review.is_published
    with time_machine.travel(NOW + dt.timedelta(hours=2), tick=False):
        assert Review.objects.published().filter(pk=review.pk).exists()
        assert not Review.objects.scheduled().exists()
        assert review.is_published


@time_machine.travel(NOW, tick=False)
def test_draft_with_a_past_publish_time_stays_hidden():
    review = ReviewFactory(status=Review.Status.DRAFT, published_at=timezone.now())
    assert not review.is_published
    assert list(Review.objects.drafts()) == [review]
    assert not Review.objects.published().exists()
