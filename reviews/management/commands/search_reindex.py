"""Rebuild the full-text search vectors of every film and review (PostgreSQL only)."""

from django.core.management.base import BaseCommand

from reviews.models import Film
from reviews.search import is_postgres, search_index_refresh

#: Films per UPDATE: keeps each statement, and the locks it holds, short.
BATCH_SIZE = 500


class Command(BaseCommand):
    help = "Rebuild the full-text search vectors of every film and review (PostgreSQL only)."

    def handle(self, *args, **options):
        if not is_postgres():
            self.stdout.write("Search uses a plain scan on this database; nothing to rebuild.")
            return
        film_ids = list(Film.objects.order_by("pk").values_list("pk", flat=True))
        films = reviews = 0
        for start in range(0, len(film_ids), BATCH_SIZE):
            counts = search_index_refresh(film_ids=film_ids[start : start + BATCH_SIZE])
            films, reviews = films + counts[0], reviews + counts[1]
        self.stdout.write(self.style.SUCCESS(f"Reindexed {films} films and {reviews} reviews."))
