"""Print, as JSON, every comment written under an e-mail address (a data access request)."""

import json

from django.core.management.base import BaseCommand, CommandError

from comments.privacy import comments_export


class Command(BaseCommand):
    help = "Print, as JSON, every comment written under an e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        try:
            data = comments_export(email=email)
        except ValueError as error:
            raise CommandError(error) from error
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
