"""When the public site changes with nobody saving anything: a scheduled review goes live."""

from reviews.models import Review


def next_change(now):
    """The publish time of the next scheduled review after `now`, or None."""
    scheduled = Review.objects.scheduled(now).order_by("published_at")
    return scheduled.values_list("published_at", flat=True).first()
