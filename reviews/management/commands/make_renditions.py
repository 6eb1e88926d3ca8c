"""Make the missing or stale renditions of every poster, photo, hero image and avatar."""

from django.apps import apps
from django.core.management.base import BaseCommand

from reviews.images import RENDITIONS_FIELDS
from reviews.services import image_renditions_refresh

BATCH_SIZE = 200


def in_batches(queryset):
    """Rows in primary-key order, a batch at a time: the loop saves while it reads."""
    last_pk = None
    while batch := list(
        (queryset if last_pk is None else queryset.filter(pk__gt=last_pk))[:BATCH_SIZE]
    ):
        yield from batch
        last_pk = batch[-1].pk


class Command(BaseCommand):
    help = "Make the missing or stale renditions of every image (all of them with --force)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also remake renditions that look up to date, e.g. after new encoder settings.",
        )

    def handle(self, *args, force, **options):
        changed = images = 0
        for label, fields in RENDITIONS_FIELDS.items():
            model = apps.get_model(label)
            for field_name, renditions_field in fields.items():
                rows = (
                    model.objects.exclude(**{field_name: "", renditions_field: {}})
                    .only("pk", field_name, renditions_field)
                    .order_by("pk")
                )
                for instance in in_batches(rows):
                    if getattr(instance, field_name):
                        images += 1
                        if force:
                            setattr(instance, renditions_field, {})
                    changed += image_renditions_refresh(instance=instance, field_name=field_name)
        self.stdout.write(
            self.style.SUCCESS(f"Renditions made or cleared: {changed}; images checked: {images}.")
        )
