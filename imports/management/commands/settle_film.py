"""Settle a review's "film to confirm": the film the editor names, or a new one."""

from django.core.management.base import BaseCommand, CommandError

from imports.confirmations import FilmAlreadySettled, candidate_lines, film_to_confirm_settle
from imports.models import FilmToConfirm
from reviews.models import Film


class Command(BaseCommand):
    help = (
        "Settle the film of an imported review the importer left to confirm: --film ID "
        "moves it to that film (the document's credits are not applied to it), --new makes a "
        "new film from what the document said. Without either, shows the candidates and the "
        "evidence for and against each."
    )

    def add_arguments(self, parser):
        parser.add_argument("review", type=int, help="The review's id, as the import reported.")
        choice = parser.add_mutually_exclusive_group()
        choice.add_argument("--film", type=int, metavar="ID", help="The film it is about.")
        choice.add_argument("--new", action="store_true", help="A film not in the catalogue.")

    def handle(self, *args, review, film, new, **options):
        confirmation = FilmToConfirm.objects.filter(review_id=review).first()
        if confirmation is None:
            raise CommandError(f"Review #{review} has no film to confirm.")
        if film is None and not new:
            self.show(confirmation)
            return
        chosen = None
        if film is not None:
            chosen = Film.objects.filter(pk=film).first()
            if chosen is None:
                raise CommandError(f"No film #{film}.")
        try:
            chosen = film_to_confirm_settle(confirmation=confirmation, film=chosen)
        except FilmAlreadySettled as settled:
            raise CommandError(str(settled)) from settled
        made = "a new film" if new else "the film"
        self.stdout.write(f"Review #{review} is now about {made} {chosen} (#{chosen.pk}).")

    def show(self, confirmation):
        self.stdout.write(f"{confirmation.get_status_display()}: {confirmation.explanation}")
        for line in candidate_lines(confirmation.candidates):
            self.stdout.write(line)
