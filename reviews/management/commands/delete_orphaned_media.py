"""Delete uploaded images and renditions that no row refers to any more."""

from django.conf import settings
from django.core.management.base import BaseCommand

from reviews.media import media_orphans_delete


class Command(BaseCommand):
    help = (
        "Delete the files under the media folders (posters, photos, hero images, avatars and "
        "their renditions) that no row refers to any more and that are older than "
        "MEDIA_ORPHAN_GRACE. A daily scheduled job does the same; --dry-run only lists them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List the orphaned files; delete nothing."
        )

    def handle(self, *args, dry_run, verbosity, **options):
        orphans = media_orphans_delete(dry_run=dry_run)
        if dry_run or verbosity >= 2:
            for name in orphans:
                self.stdout.write(name)
        verb = "Would delete" if dry_run else "Deleted"
        grace = settings.MEDIA_ORPHAN_GRACE
        self.stdout.write(
            self.style.SUCCESS(f"{verb} {len(orphans)} orphaned files (older than {grace}).")
        )
