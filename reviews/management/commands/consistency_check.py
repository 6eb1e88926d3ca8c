"""Check every review for inconsistencies and store what was found (reviews.consistency)."""

from django.core.management.base import BaseCommand

from reviews.consistency import review_check
from reviews.models import Review


class Command(BaseCommand):
    help = (
        "Check every review (rating against its criteria, names against the credits, the film's "
        "year) and store the warnings for the desk and the review list's filter: after an "
        "upgrade, or catalogue changes. Saving a review in the admin checks it by itself."
    )

    def handle(self, *args, **options):
        checked = flagged = 0
        reviews = Review.objects.select_related("film").prefetch_related("scores")
        for review in reviews.order_by("pk").iterator(chunk_size=200):
            flagged += bool(review_check(review=review))
            checked += 1
        self.stdout.write(
            self.style.SUCCESS(f"Checked {checked} reviews: {flagged} with warnings.")
        )
