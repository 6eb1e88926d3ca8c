"""The reviews app's background tasks: thin, they look rows up and call its services."""

from django.apps import apps
from django_tasks import task

from reviews import indexing, media, services
from reviews.models import ImportBatch


@task()
def preview_import_batch(batch_id: int, attempt: int) -> bool:
    """Preview an admin import batch and store the preview (reviews.importers.batches)."""
    # Imported here: the importers enqueue this module's tasks, so it cannot import them first.
    from reviews.importers.batches import import_batch_preview

    batch = _import_batch(batch_id, attempt)
    return batch is not None and import_batch_preview(batch=batch)


@task()
def run_import_batch(batch_id: int, attempt: int) -> bool:
    """Import a confirmed admin import batch and store its report."""
    from reviews.importers.batches import import_batch_import  # as above

    batch = _import_batch(batch_id, attempt)
    return batch is not None and import_batch_import(batch=batch)


def _import_batch(batch_id, attempt):
    # None if deleted, or tried again since: the new attempt was enqueued with its own number.
    batches = ImportBatch.objects.select_related("created_by", "confirmed_by")
    return batches.filter(pk=batch_id, attempt=attempt).first()


@task()
def delete_stale_import_batches() -> int:
    """Daily: delete admin import batches older than their lifetime."""
    from reviews.importers.batches import import_batches_delete_stale  # as above

    return import_batches_delete_stale()


@task()
def delete_orphaned_media() -> int:
    """Daily: delete uploaded files no row refers to any more (after a grace period)."""
    return len(media.media_orphans_delete())


@task()
def make_renditions(model_label: str, pk: int, field_name: str, source: str) -> bool:
    """Make (or clear) an image's renditions, unless the row holds another file by now."""
    instance = apps.get_model(model_label).objects.filter(pk=pk).first()
    if instance is None or (getattr(instance, field_name).name or "") != source:
        return False  # deleted, or replaced: the replacement enqueued a task of its own
    return services.image_renditions_refresh(instance=instance, field_name=field_name)


@task()
def refresh_indexes(film_ids: list[int] | None = None, review_ids: list[int] | None = None):
    """Bring the search vectors and relations of these films (and their reviews) and these
    reviews up to date: enqueued by reviews.indexing after each committed change."""
    indexing.indexes_refresh(film_ids=film_ids or (), review_ids=review_ids or ())
