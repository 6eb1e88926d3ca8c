"""Remove commenters' IP addresses and browsers once the retention period has passed."""

from django.core.management.base import BaseCommand

from comments.models import ModerationSettings
from comments.privacy import comments_anonymize_ips


class Command(BaseCommand):
    help = (
        "Remove the IP address and browser of comments older than the retention period "
        "(Moderation settings). Safe to run daily: each run only touches what is left."
    )

    def handle(self, *args, **options):
        days = ModerationSettings.objects.current().ip_retention_days
        count = comments_anonymize_ips(retention_days=days)
        self.stdout.write(
            self.style.SUCCESS(f"Anonymized {count} comments older than {days} days.")
        )
