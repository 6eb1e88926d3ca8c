"""Make sure a local staff account exists in a group, printing its generated password once."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from reviews.models import AuthorProfile


class Command(BaseCommand):
    help = (
        "Create a local staff account (Editors by default) if it does not exist yet, with an "
        "e-mail address so that the mail it would get shows in the console."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")
        parser.add_argument("--group", default="Editors", choices=["Editors", "Moderators"])
        parser.add_argument("--email", default="", help="Default: <username>@localhost.")

    @transaction.atomic
    def handle(self, *args, username, group, email, **options):
        email = email or f"{username}@localhost"
        user = get_user_model().objects.filter(username=username).first()
        if user is not None:
            if not user.email:  # made by an earlier version of this command
                user.email = email
                user.save(update_fields=["email"])
            self.stdout.write(
                f"{group} account: {username} <{user.email}> (already exists; its password is "
                f"unchanged — reset it with: .venv/bin/python manage.py changepassword {username})"
            )
            return
        self._create(username=username, group=group, email=email)

    def _create(self, *, username, group, email):
        password = secrets.token_urlsafe(12)
        user = get_user_model().objects.create_user(
            username=username, email=email, password=password, is_staff=True
        )
        user.groups.add(Group.objects.get(name=group))
        if group == "Editors":
            AuthorProfile.objects.create(user=user, display_name=username.title())
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {group[:-1].lower()} account for /admin/ — "
                f"username: {username}  password: {password}  e-mail: {email}"
            )
        )
        self.stdout.write("This password is shown once; keep it somewhere safe.")
