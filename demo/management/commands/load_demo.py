"""Load the demo films, critics and reviews into a site that has no films yet."""

from django.core.management.base import BaseCommand

from demo.services import demo_load
from reviews.models import Film, Review


class Command(BaseCommand):
    help = "Load the demo films, critics and reviews into a site that has no films yet."

    def handle(self, *args, **options):
        progress = self.stdout if options["verbosity"] > 1 else None
        if not demo_load(stdout=progress):
            self.stdout.write("Demo content already present; nothing loaded.")
            return
        films, reviews = Film.objects.count(), Review.objects.count()
        self.stdout.write(
            self.style.SUCCESS(f"Loaded demo content: {films} films, {reviews} reviews.")
        )
