"""Settle a review's "film to confirm": the film the editor names, or a new one."""

from django.core.management.base import BaseCommand, CommandError

from imports.confirmations import (
    FilmAlreadySettled,
    best_title,
    candidate_lines,
    film_to_confirm_settle,
)
from imports.models import FilmToConfirm
from reviews.models import Film


class Command(BaseCommand):
    help = (
        "Settle the film of an imported review the importer left to confirm: --film ID "
        "moves it to that film (the document's credits are not applied to it), --new makes a "
        "new film from what the document said (--title names it: a review left without a "
        "film, its title to confirm, needs one). Without either, shows the candidates and "
        "the evidence for and against each, or the titles read."
    )

    def add_arguments(self, parser):
        parser.add_argument("review", type=int, help="The review's id, as the import reported.")
        choice = parser.add_mutually_exclusive_group()
        choice.add_argument("--film", type=int, metavar="ID", help="The film it is about.")
        choice.add_argument("--new", action="store_true", help="A film not in the catalogue.")
        parser.add_argument("--title", default="", help="The new film's title (with --new).")

    def handle(self, *args, review, film, new, title, **options):
        confirmation = FilmToConfirm.objects.filter(review_id=review).first()
        if confirmation is None:
            raise CommandError(f"Review #{review} has no film to confirm.")
        if title and not new:
            raise CommandError("--title names a new film: give --new too.")
        if film is None and not new:
            self.show(confirmation)
            return
        is_title_to_confirm = not confirmation.review.film_id and confirmation.titles
        if new and is_title_to_confirm and not title.strip():
            raise CommandError(
                f"Review #{review}'s title is to confirm: name the new film with --title "
                f"(the best reading is “{best_title(confirmation)}”)."
            )
        chosen = None
        if film is not None:
            chosen = Film.objects.filter(pk=film).first()
            if chosen is None:
                raise CommandError(f"No film #{film}.")
        try:
            chosen = film_to_confirm_settle(confirmation=confirmation, film=chosen, title=title)
        except FilmAlreadySettled as settled:
            raise CommandError(str(settled)) from settled
        made = "a new film" if new else "the film"
        self.stdout.write(f"Review #{review} is now about {made} {chosen} (#{chosen.pk}).")

    def show(self, confirmation):
        self.stdout.write(f"{confirmation.get_status_display()}: {confirmation.explanation}")
        for line in candidate_lines(confirmation.candidates):
            self.stdout.write(line)
        if confirmation.titles:
            readings = ", ".join(f"“{reading}”" for reading in confirmation.titles)
            self.stdout.write(f"  Titles read, best first: {readings}")
