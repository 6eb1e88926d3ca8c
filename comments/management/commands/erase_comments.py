"""Erase the author's personal data from every comment written under an e-mail address."""

from django.core.management.base import BaseCommand, CommandError

from comments.privacy import comments_erase


class Command(BaseCommand):
    help = (
        "Erase the author's personal data from every comment written under an e-mail address: "
        "the name becomes “Anonymous”, e-mail, website, IP address and browser are removed, "
        "the text stays."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        try:
            count = comments_erase(email=email)
        except ValueError as error:
            raise CommandError(error) from error
        self.stdout.write(
            self.style.SUCCESS(f"Erased the author's personal data from {count} comments.")
        )
