"""The importer's background tasks: thin, they look a batch up and call its services."""

from django_tasks import task

from imports.models import ImportBatch


@task()
def preview_import_batch(batch_id: int, attempt: int) -> bool:
    """Preview an admin import batch and store the preview (imports.batches)."""
    # Imported here: the batch services enqueue this module's tasks, so it cannot import them first.
    from imports.batches import import_batch_preview

    batch = _import_batch(batch_id, attempt)
    return batch is not None and import_batch_preview(batch=batch)


@task()
def run_import_batch(batch_id: int, attempt: int) -> bool:
    """Import a confirmed admin import batch and store its report."""
    from imports.batches import import_batch_import  # as above

    batch = _import_batch(batch_id, attempt)
    return batch is not None and import_batch_import(batch=batch)


def _import_batch(batch_id, attempt):
    # None if deleted, or tried again since: the new attempt was enqueued with its own number.
    batches = ImportBatch.objects.select_related("created_by", "confirmed_by")
    return batches.filter(pk=batch_id, attempt=attempt).first()


@task()
def delete_stale_import_batches() -> int:
    """Daily: delete admin import batches older than their lifetime."""
    from imports.batches import import_batches_delete_stale  # as above

    return import_batches_delete_stale()
