"""Import batches: documents pasted or uploaded in the admin, previewed, then imported once.

The documents wait in the database (`ImportBatch`, `ImportFile`), not on disk or in a
session, because the preview and the confirmation may reach different web processes. Both
run in the request: a few dozen documents take seconds; a whole WordPress archive belongs
to `manage.py import_reviews`, which shows its progress and knows no request timeout.
"""

from dataclasses import dataclass, fields
from datetime import timedelta
from functools import partial
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from reviews.importers.apply import Catalogue
from reviews.importers.runs import ImportRow, ImportTask, document_import, error_text
from reviews.importers.sources import document_decode
from reviews.importers.wxr import WXR_SUFFIXES, wxr_tasks
from reviews.models import ImportBatch, ImportFile, Review

#: Unconfirmed or long-imported batches are deleted by the daily job after this long.
BATCH_LIFETIME = timedelta(days=1)
PASTED_NAME = "Pasted text"


@dataclass
class BatchRow(ImportRow):
    """A document's row as the admin pages show it, and what of it the batch's report keeps."""

    headline: str = ""  # the extracted title: the report keeps it, not the extracted review
    # The film is new, made by an earlier document of the batch, not by this one: "new film"
    # once, not "already in the catalogue" for the others.
    is_film_from_batch: bool = False


#: Everything but the extracted review, which only the preview shows.
REPORT_FIELDS = [field.name for field in fields(BatchRow) if field.name != "extracted"]


class BatchAlreadyImported(Exception):
    """The batch was confirmed before, by another click or another tab."""


def import_batch_create(*, user, files, pasted: str, status: str) -> ImportBatch:
    """Keep the pasted text and the uploaded files for a preview."""
    documents = [(PASTED_NAME, pasted.replace("\r\n", "\n").encode())] if pasted.strip() else []
    documents += [(upload.name, upload.read()) for upload in files]
    with transaction.atomic():
        batch = ImportBatch.objects.create(created_by=user, review_status=status)
        ImportFile.objects.bulk_create(
            ImportFile(batch=batch, name=name[:255], data=data, position=position)
            for position, (name, data) in enumerate(documents)
        )
    return batch


def import_batches_delete_stale(*, now=None) -> int:
    """Delete batches older than BATCH_LIFETIME, confirmed or abandoned; how many went."""
    stale = ImportBatch.objects.created_before((now or timezone.now()) - BATCH_LIFETIME)
    _, deleted = stale.delete()
    return deleted.get(ImportBatch._meta.label, 0)


def import_batch_preview(*, batch: ImportBatch, author) -> list[BatchRow]:
    """What confirming would do, document by document; nothing is saved.

    Documents and posts are imported one after the other in a transaction that is then rolled
    back, rather than each in a dry run of its own: that way a film the first document
    creates is the film the next ones find, as it will be when the import is confirmed.
    """
    with transaction.atomic():
        rows = batch_run(batch, author=author, preview=True)
        transaction.set_rollback(True)
    return rows


def import_batch_confirm(*, batch: ImportBatch, author) -> list[BatchRow]:
    """Import the batch once (each document in its own transaction) and keep its report.

    Raises `BatchAlreadyImported` if another request claimed the batch first.
    """
    pending = ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.PENDING)
    if not pending.update(status=ImportBatch.Status.IMPORTING):
        raise BatchAlreadyImported
    rows = batch_run(batch, author=author)
    batch.status = ImportBatch.Status.DONE
    batch.report = [{name: getattr(row, name) for name in REPORT_FIELDS} for row in rows]
    with transaction.atomic():
        batch.save(update_fields=["status", "report"])
        batch.files.all().delete()  # the report is what remains of the documents
    return rows


def import_batch_report(*, batch: ImportBatch) -> list[BatchRow]:
    """The rows an imported batch stored, to show again."""
    return [BatchRow(**row) for row in batch.report]


def batch_run(batch, *, author, preview=False) -> list[BatchRow]:
    catalogue, rows, new_films = Catalogue(), [], set()
    options = {"catalogue": catalogue, "author": author, "status": batch.review_status or None}
    for task in batch_tasks(batch):
        # Every task writes rows only (an export uploaded here has no uploads folder, so no
        # image is stored), which the preview's rollback undoes: each document and post sees
        # the films the ones before it make, as on confirmation. The savepoint keeps a
        # database error a task reports, rather than raises, from spoiling the rest.
        with transaction.atomic():
            rows.append(batch_row(task.run(**options, dry_run=False), new_films))
    if not preview:
        catalogue.refresh_search()
    return rows


def batch_row(row: ImportRow, new_films: set) -> BatchRow:
    """`row`, saying whether its film is one an earlier document made (`new_films`)."""
    reviews = Review.objects.filter(pk=row.review_id) if row.review_id else Review.objects.none()
    film_id = reviews.values_list("film_id", flat=True).first()
    if row.is_film_created and film_id is not None:
        new_films.add(film_id)
    is_from_batch = not row.is_film_created and film_id in new_films
    headline = row.extracted.title if row.extracted else ""
    return BatchRow(**vars(row), is_film_from_batch=is_from_batch, headline=headline)


def batch_tasks(batch) -> list[ImportTask]:
    """A task per text document and per post of each WordPress export, in upload order."""
    tasks = []
    for file in batch.files.order_by("position"):
        data = bytes(file.data)  # PostgreSQL gives a memoryview
        if Path(file.name).suffix.lower() not in WXR_SUFFIXES:
            tasks.append(ImportTask(name=file.name, run=partial(text_import, data, file.name)))
            continue
        try:
            tasks.extend(wxr_tasks(data, name=file.name, uploads=None))  # no images: see above
        except Exception as error:  # an unreadable export is a failed row, not a server error
            tasks.append(ImportTask(name=file.name, run=partial(failed, file.name, error)))
    return tasks


def text_import(data, name, **options) -> ImportRow:
    return document_import(document_decode(data, name=name), **options)


def failed(name, error, **options) -> ImportRow:
    return ImportRow(name=name, outcome="failed", warnings=[f"not read: {error_text(error)}"])
