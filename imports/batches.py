"""Import batches: documents pasted or uploaded in the admin, previewed, then imported once.

The documents wait in the database (`ImportBatch`, `ImportFile`), not on disk or in a
session, and the worker does the work (imports.tasks), so no request waits for it and the
pages that follow it may reach any web process. Creating a batch enqueues its preview,
which the task stores on the batch (`previewed`) for the page to read on every reload;
confirming claims the batch (`importing`) and enqueues its import, which keeps a report
(`done`). A task that fails marks the batch `failed` with a message for the editor; one
whose worker died shows as failed once nothing has moved for STALLED_AFTER. Trying again
previews the documents anew (after a failed import, what is left to do).

Every change of state is a conditional update on the state and `attempt` it was read in, so
a second click changes nothing and a task that a retry replaced stops. A whole WordPress
archive is better imported by `manage.py import_reviews`, which shows its progress.
"""

import logging
from dataclasses import dataclass, fields
from datetime import timedelta
from functools import partial
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from imports import tasks
from imports.batch_uploads import is_batch_image, uploads_folder
from imports.catalogue import Catalogue
from imports.models import ImportBatch, ImportFile
from imports.previews import preview_data, preview_rows
from imports.runs import ImportRow, ImportTask, document_import, error_text
from imports.sources import Source, document_decode, too_large
from imports.wxr import WXR_SUFFIXES, wxr_tasks
from reviews.models import Review
from reviewsite.background import enqueue_on_commit

logger = logging.getLogger(__name__)

#: Unconfirmed or long-imported batches are deleted by the daily job after this long.
BATCH_LIFETIME = timedelta(days=1)
#: A preview or import with no news for this long has stopped: its worker died, or none runs.
#: Long enough for a queue of other tasks and for the slowest document of a large export.
STALLED_AFTER = timedelta(minutes=15)
PASTED_NAME = "Pasted text"
PREVIEW_FAILED = (
    "The preview stopped with an error, so there is nothing to show and nothing was saved. "
    "Try again; if it fails again, tell the site's developers (reference: {reference})."
)
IMPORT_FAILED = (
    "The import stopped with an error after {done} of {total} documents; what those did is "
    "saved. Try again to preview what is left to do (reference: {reference})."
)


@dataclass
class BatchRow(ImportRow):
    """A document's row as the admin pages show it, and what of it the batch's report keeps."""

    headline: str = ""  # the extracted title: the report keeps it, not the extracted review
    # The film is new, made by an earlier document of the batch, not by this one: "new film"
    # once, not "already in the catalogue" for the others.
    is_film_from_batch: bool = False


#: Where an export's images were looked for, as the batch's report says it.
UPLOADS_LABEL = "among the images uploaded with the export"
#: Everything but the extracted review, which only the preview shows.
REPORT_FIELDS = [field.name for field in fields(BatchRow) if field.name != "extracted"]


class BatchStateChanged(Exception):
    """The batch is not in the state the action needs: another click, tab or task was first."""


def import_batch_create(
    *, user, files, pasted: str, status: str, non_reviews: bool = False
) -> ImportBatch:
    """Keep the pasted text and the uploaded files; the worker previews them after commit."""
    documents = [upload_document(upload) for upload in files]
    if pasted.strip():
        documents.insert(0, (PASTED_NAME, pasted.replace("\r\n", "\n").encode(), ""))
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            created_by=user, review_status=status, include_non_reviews=non_reviews
        )
        ImportFile.objects.bulk_create(
            ImportFile(batch=batch, name=name[:255], data=data, problem=problem, position=n)
            for n, (name, data, problem) in enumerate(documents)
        )
        enqueue_on_commit(tasks.preview_import_batch, batch.pk, batch.attempt)
    return batch


def upload_document(upload) -> tuple[str, bytes, str]:
    """An uploaded file as the batch keeps it: (name, bytes, why it will be skipped).

    A document that will be skipped (too large, not text) is kept as its name and the
    reason only: its bytes are never read whole, nor stored.
    """
    if Path(upload.name).suffix.lower() in WXR_SUFFIXES or is_batch_image(upload.name):
        return upload.name, upload.read(), ""  # an export, or its images
    if problem := too_large(upload.size):
        return upload.name, b"", problem
    data = upload.read()
    if problem := document_decode(data, name=upload.name).problem:
        return upload.name, b"", problem
    return upload.name, data, ""


def import_batches_delete_stale(*, now=None) -> int:
    """Delete batches older than BATCH_LIFETIME, confirmed or abandoned; how many went."""
    stale = ImportBatch.objects.created_before((now or timezone.now()) - BATCH_LIFETIME)
    _, deleted = stale.delete()
    return deleted.get(ImportBatch._meta.label, 0)


def import_batch_preview(*, batch: ImportBatch) -> bool:
    """Work out what confirming would do, document by document, and store it; nothing else
    is saved. The preview task's work; False if the batch was not (or no longer) previewing.

    Documents and posts are imported one after the other in a transaction that is then rolled
    back, rather than each in a dry run of its own: that way a film the first document
    creates is the film the next ones find, as it will be when the import is confirmed.
    """
    if batch.status != ImportBatch.Status.PREVIEWING:
        return False
    try:
        with transaction.atomic():
            rows = list(batch_rows(batch, author=batch.created_by, preview=True))
            transaction.set_rollback(True)
    except Exception as error:
        batch_failed(batch, PREVIEW_FAILED, error)
        raise
    previewed = {"status": ImportBatch.Status.PREVIEWED, "preview": preview_data(rows)}
    return batch_move(batch, ImportBatch.Status.PREVIEWING, **previewed)


def import_batch_confirm(*, batch: ImportBatch, user, film_choices=None) -> None:
    """Claim a previewed batch for `user` (the new reviews' author); the worker imports it.

    `film_choices` are the films the editor picked in the preview, by document number (a
    film's pk, or "new"); a pick that is not one the preview offered is ignored. Raises
    `BatchStateChanged` unless the batch is previewed: a second click finds it importing or
    imported, and imports nothing.
    """
    choices = film_choices_kept(batch.preview, film_choices or {})
    confirmed = {"status": ImportBatch.Status.IMPORTING, "confirmed_by": user}
    confirmed["film_choices"] = choices
    if not batch_move(batch, ImportBatch.Status.PREVIEWED, attempt=batch.attempt + 1, **confirmed):
        raise BatchStateChanged
    enqueue_on_commit(tasks.run_import_batch, batch.pk, batch.attempt)


def import_batch_import(*, batch: ImportBatch) -> bool:
    """Import a confirmed batch, each document in its own transaction, and keep its report.

    The import task's work; False if the batch was not importing, or stopped being (tried
    again or deleted) between two documents.
    """
    if batch.status != ImportBatch.Status.IMPORTING:
        return False
    rows = []
    try:
        for row in batch_rows(batch, author=batch.confirmed_by):
            rows.append(row)
            if not batch_move(batch, ImportBatch.Status.IMPORTING, documents_done=len(rows)):
                return False  # another attempt has the batch now
    except Exception as error:
        batch_failed(batch, IMPORT_FAILED, error, done=len(rows), total=len(batch.preview))
        raise
    report = [{name: getattr(row, name) for name in REPORT_FIELDS} for row in rows]
    done = {"status": ImportBatch.Status.DONE, "report": report, "preview": []}
    with transaction.atomic():
        if not batch_move(batch, ImportBatch.Status.IMPORTING, **done):
            return False
        batch.files.all().delete()  # the report is what remains of the documents
    return True


def film_choices_kept(preview, choices) -> dict[str, str]:
    """The editor's picks that the preview offered and that change what it would do."""
    kept = {}
    for number, row in enumerate(preview):
        choice = str(choices.get(str(number), ""))
        offered = {str(candidate["film_id"]) for candidate in row.get("film_candidates", [])}
        if choice != "new" and choice not in offered:
            continue
        decided = {"create": "new", "attach": str(row["film_candidates"][0]["film_id"])}
        if choice != decided.get(row.get("film_decision", "")):
            kept[str(number)] = choice
    return kept


def import_batch_retry(*, batch: ImportBatch) -> None:
    """Preview a batch whose preview or import failed or stopped again, in the worker.

    Raises `BatchStateChanged` unless it failed or stopped (see `import_batch_has_stalled`).
    """
    retryable = ImportBatch.objects.retryable(stalled_before=timezone.now() - STALLED_AFTER)
    again = {"status": ImportBatch.Status.PREVIEWING, "error": "", "documents_done": 0}
    again["film_choices"] = {}  # picked from the preview that failed: the new one asks anew
    if not batch_update(batch, retryable, attempt=batch.attempt + 1, preview=[], **again):
        raise BatchStateChanged
    enqueue_on_commit(tasks.preview_import_batch, batch.pk, batch.attempt)


def import_batch_has_stalled(*, batch: ImportBatch) -> bool:
    """Whether the batch's preview or import stopped: nothing has moved for STALLED_AFTER."""
    return batch.has_stalled(before=timezone.now() - STALLED_AFTER)


def import_batch_rows(*, batch: ImportBatch) -> list[BatchRow]:
    """The rows the batch's page shows: its preview, its report once imported, or none."""
    if batch.status == ImportBatch.Status.PREVIEWED:
        return preview_rows(batch.preview, BatchRow)
    if batch.status == ImportBatch.Status.DONE:
        return [BatchRow(**row) for row in batch.report]
    return []


def batch_move(batch, current, **changes) -> bool:
    """Make `changes` if the batch is still in the `current` state (see `batch_update`)."""
    return batch_update(batch, ImportBatch.objects.filter(status=current), **changes)


def batch_update(batch, batches, **changes) -> bool:
    """Make `changes` if the batch is still among `batches` and in the attempt it was read
    in: on the row, then on `batch`; whether it was. The time is noted as news of the work."""
    changes["updated_at"] = timezone.now()
    if not batches.filter(pk=batch.pk, attempt=batch.attempt).update(**changes):
        return False
    for name, value in changes.items():
        setattr(batch, name, value)
    return True


def batch_failed(batch, message, error, **numbers):
    """Mark the batch failed with `message` for the editor (the task logs the traceback)."""
    reference = f"import batch {batch.pk}, {type(error).__name__}"
    logger.warning("Import batch %s failed while %s: %s.", batch.pk, batch.status, reference)
    explained = message.format(reference=reference, **numbers)
    batch_move(batch, batch.status, status=ImportBatch.Status.FAILED, error=explained)


def batch_rows(batch, *, author, preview=False):
    """Import the batch's documents one by one, yielding each one's row as it is done.

    A `preview` finds the images uploaded with an export, but stores none: files written
    to storage are not undone by the preview's rollback.
    """
    catalogue, new_films = Catalogue(), set()
    options = {"catalogue": catalogue, "author": author, "status": batch.review_status or None}
    files = list(batch.files.order_by("position"))
    images = [file for file in files if is_batch_image(file.name)]
    documents = [file for file in files if not is_batch_image(file.name)]
    with uploads_folder(images) as uploads:
        tasks = batch_tasks(batch, documents, uploads=uploads, images=not preview)
        for number, document in enumerate(tasks):
            catalogue.film_choice = batch.film_choices.get(str(number))
            # Every task writes rows (and, when confirmed, image files the review's
            # transaction names), which the preview's rollback undoes: each document and
            # post sees the films the ones before it make, as on confirmation. The
            # savepoint keeps a database error a task reports, rather than raises, from
            # spoiling the rest.
            with transaction.atomic():
                row = batch_row(document.run(**options, dry_run=False), new_films)
            yield row


def batch_row(row: ImportRow, new_films: set) -> BatchRow:
    """`row`, saying whether its film is one an earlier document made (`new_films`)."""
    reviews = Review.objects.filter(pk=row.review_id) if row.review_id else Review.objects.none()
    film_id = reviews.values_list("film_id", flat=True).first()
    if row.is_film_created and film_id is not None:
        new_films.add(film_id)
    is_from_batch = not row.is_film_created and film_id in new_films
    headline = row.extracted.title if row.extracted else ""
    return BatchRow(**vars(row), is_film_from_batch=is_from_batch, headline=headline)


def batch_tasks(batch, files, *, uploads=None, images=True) -> list[ImportTask]:
    """A task per text document and per post of each WordPress export among `files`, in
    upload order; an export's images are looked for in `uploads` (stored if `images`)."""
    documents, non_reviews = [], batch.include_non_reviews
    for file in files:
        if file.problem:
            source = Source(name=file.name, problem=file.problem)
            documents.append(ImportTask(name=file.name, run=partial(document_import, source)))
            continue
        data = bytes(file.data)  # PostgreSQL gives a memoryview
        if Path(file.name).suffix.lower() not in WXR_SUFFIXES:
            run = partial(text_import, data, file.name, non_reviews=non_reviews)
            documents.append(ImportTask(name=file.name, run=run))
            continue
        try:
            options = {"uploads": uploads, "images": images, "non_reviews": non_reviews}
            options["uploads_label"] = UPLOADS_LABEL
            documents.extend(wxr_tasks(data, name=file.name, **options))
        except Exception as error:  # an unreadable export is a failed row, not a server error
            documents.append(ImportTask(name=file.name, run=partial(failed, file.name, error)))
    return documents


def text_import(data, name, **options) -> ImportRow:
    return document_import(document_decode(data, name=name), **options)


def failed(name, error, **options) -> ImportRow:
    return ImportRow(name=name, outcome="failed", warnings=[f"not read: {error_text(error)}"])
