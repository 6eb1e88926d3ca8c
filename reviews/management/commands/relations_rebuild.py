"""Work out every review's similar reviews and every film's related films from scratch."""

from django.core.management.base import BaseCommand

from reviews.models import Film, Review, SimilarReview
from reviews.relations import related_films_refresh, similar_reviews_refresh


class Command(BaseCommand):
    help = (
        "Work out every review's similar reviews and every film's related films from scratch "
        "(after an upgrade, or a bulk change made outside the site). Changes made through the "
        "site keep them current by themselves."
    )

    def handle(self, *args, **options):
        published = Review.objects.filter(status=Review.Status.PUBLISHED)
        SimilarReview.objects.exclude(review__in=published, similar__in=published).delete()
        reviews = films = 0
        for review in published.order_by("pk").iterator():
            similar_reviews_refresh(review, mend_others=False)
            reviews += 1
        for film in Film.objects.order_by("pk").iterator():
            related_films_refresh(film, mend_others=False)
            films += 1
        self.stdout.write(
            self.style.SUCCESS(
                f"Worked out the similar reviews of {reviews} reviews "
                f"and the related films of {films} films."
            )
        )
