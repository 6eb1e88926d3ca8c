"""Make sure a local staff account exists in a group, printing its generated password once."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from reviews.models import AuthorProfile


class Command(BaseCommand):
    help = "Create a local staff account (Editors by default) if it does not exist yet."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")
        parser.add_argument(
            "--group", default="Editors", choices=["Editors", "Writers", "Moderators"]
        )

    @transaction.atomic
    def handle(self, *args, username, group, **options):
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            self.stdout.write(
                f"{group} account: {username} (already exists; its password is unchanged — "
                f"reset it with: .venv/bin/python manage.py changepassword {username})"
            )
            return
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(username=username, password=password, is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        if group in ("Editors", "Writers"):  # they sign reviews
            AuthorProfile.objects.create(user=user, display_name=username.title())
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {group[:-1].lower()} account for /admin/ — "
                f"username: {username}  password: {password}"
            )
        )
        self.stdout.write("This password is shown once; keep it somewhere safe.")
