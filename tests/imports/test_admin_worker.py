"""The "Import reviews" pages follow the work in the worker.

The preview made once and stored, the import after the commit, failures an editor can read
and retry, and a page that follows the work on its own.
"""

import datetime as dt

import pytest
import time_machine
from django.utils.html import escape

from imports import batches
from imports.models import ImportBatch
from imports.tasks import preview_import_batch, run_import_batch
from reviews.models import Review
from tests.imports.admin_helpers import (
    FIXTURES,
    IMPORT_URL,
    LANTERN,
    batch_url,
    confirm,
    retry,
    retry_url,
    run_tasks,
    start,
    upload,
)

pytestmark = pytest.mark.django_db


REFRESH = '<meta http-equiv="refresh" content="2">'


def enqueued(task_queue):
    return [(result.task.name, list(result.args)) for result in task_queue.results]


def test_the_preview_is_made_once_and_reloading_only_reads_it(
    editor_client, monkeypatch, django_assert_num_queries
):
    runs, batch_rows = [], batches.batch_rows

    def counted(*args, **kwargs):
        runs.append(args)
        return batch_rows(*args, **kwargs)

    monkeypatch.setattr(batches, "batch_rows", counted)
    batch = start(editor_client, pasted=LANTERN)
    assert len(runs) == 1
    for _ in range(2):
        with django_assert_num_queries(5):  # session, user, its permissions, its groups', batch
            response = editor_client.get(batch_url(batch))
        assert "Mira Okafor as June" in response.text and "Confirm import" in response.text
    assert len(runs) == 1
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.PREVIEWED and len(batch.preview) == 1


def test_the_preview_is_enqueued_when_the_batch_commits(
    editor_client, task_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        editor_client.post(IMPORT_URL, {"pasted": LANTERN, "status": "draft"})
    batch = ImportBatch.objects.get()
    assert enqueued(task_queue) == [] and len(callbacks) == 1
    callbacks[0]()
    assert enqueued(task_queue) == [("preview_import_batch", [batch.pk, 1])]


def test_while_the_preview_is_made_the_page_says_so_and_refreshes_itself(editor_client, task_queue):
    batch = start(editor_client, pasted=LANTERN)  # queued, not run
    response = editor_client.get(batch_url(batch))
    assert response.context["title"] == "Import reviews: reading the documents"
    assert REFRESH in response.text and "The documents are being read" in response.text
    assert "Confirm import" not in response.text and "errornote" not in response.text
    assert not response.context["entries"]

    assert preview_import_batch.call(batch.pk, 1) is True  # the worker's turn
    response = editor_client.get(batch_url(batch))
    assert REFRESH not in response.text and "Confirm import" in response.text
    assert "Mira Okafor as June" in response.text and not Review.objects.exists()


def test_confirming_enqueues_the_import_once_and_the_page_follows_it(
    editor_client, editor, task_queue
):
    batch = start(editor_client, files=map(upload, sorted(FIXTURES.glob("*.txt"))))
    preview_import_batch.call(batch.pk, 1)
    with run_tasks():
        editor_client.post(batch_url(batch))
        second = editor_client.post(batch_url(batch), follow=True)
    assert "confirmed already; nothing was imported again" in second.text
    assert enqueued(task_queue)[1:] == [("run_import_batch", [batch.pk, 2])]
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.IMPORTING and batch.confirmed_by == editor

    response = editor_client.get(batch_url(batch))
    assert REFRESH in response.text and "Confirm import" not in response.text
    assert "being imported: 0 of 4 done" in " ".join(response.text.split())
    ImportBatch.objects.filter(pk=batch.pk).update(documents_done=3)
    assert "3 of 4 done" in " ".join(editor_client.get(batch_url(batch)).text.split())

    assert run_import_batch.call(batch.pk, 2) is True  # the worker's turn
    assert Review.objects.filter(author=editor).count() == 4
    response = editor_client.get(batch_url(batch))
    assert REFRESH not in response.text and "4 of 4 documents imported." in response.text
    batch.refresh_from_db()
    assert batch.documents_done == 4 and batch.preview == [] and not batch.files.exists()


def test_a_batch_without_a_preview_yet_cannot_be_confirmed(editor_client, task_queue):
    batch = start(editor_client, pasted=LANTERN)
    response = confirm(editor_client, batch)
    assert "no preview to confirm yet; nothing was imported" in response.text
    assert [name for name, _ in enqueued(task_queue)] == ["preview_import_batch"]
    assert ImportBatch.objects.get().status == ImportBatch.Status.PREVIEWING


def test_a_failed_preview_is_explained_and_can_be_tried_again(editor_client, monkeypatch):
    def broken(batch, files, **options):
        raise RuntimeError("the importer broke")

    with monkeypatch.context() as patch:
        patch.setattr(batches, "batch_tasks", broken)
        batch = start(editor_client, pasted=LANTERN)
    response = editor_client.get(batch_url(batch))
    assert response.context["title"] == "Import reviews: stopped"
    failure = response.context["failure"]
    assert (
        failure.startswith("The preview stopped with an error") and "nothing was saved" in failure
    )
    assert f"import batch {batch.pk}, RuntimeError" in failure
    assert f'<p class="errornote" role="alert">{escape(failure)}</p>' in response.text
    assert "the importer broke" not in response.text  # the log has it, not the page
    assert REFRESH not in response.text and "Confirm import" not in response.text
    assert f'action="{retry_url(batch)}"' in response.text and "Try again" in response.text

    response = retry(editor_client, batch)
    assert "Confirm import" in response.text and "Mira Okafor as June" in response.text
    assert response.context["failure"] == "" and "errornote" not in response.text
    assert ImportBatch.objects.get().attempt == 2


def test_a_failed_import_keeps_what_it_imported_and_is_previewed_again(editor_client, monkeypatch):
    batch = start(editor_client, files=map(upload, sorted(FIXTURES.glob("*.txt"))))
    batch_row, rows = batches.batch_row, []

    def second_breaks(row, new_films):
        rows.append(row)
        if len(rows) == 2:
            raise RuntimeError("the database went away")
        return batch_row(row, new_films)

    with monkeypatch.context() as patch:
        patch.setattr(batches, "batch_row", second_breaks)
        response = confirm(editor_client, batch)
    assert Review.objects.count() == 1
    failure = response.context["failure"]
    assert failure.startswith("The import stopped with an error after 1 of 4 documents")
    assert "Try again" in response.text and "Confirm import" not in response.text

    response = retry(editor_client, batch)
    outcomes = [entry.outcome for entry in response.context["entries"]]
    assert outcomes.count("Already imported: no change") == 1, outcomes
    assert outcomes.count("Will be created") == 3, outcomes
    response = confirm(editor_client, batch)
    assert Review.objects.count() == 4 and "4 of 4 documents imported." in response.text


@pytest.mark.parametrize("stage", ["preview", "import"])
def test_work_that_stopped_shows_as_failed_after_a_while_and_can_be_tried_again(
    editor_client, task_queue, stage
):
    batch = start(editor_client, pasted=LANTERN)
    if stage == "import":
        preview_import_batch.call(batch.pk, 1)
        confirm(editor_client, batch)
    batch.refresh_from_db()
    later = batch.updated_at + batches.STALLED_AFTER

    with time_machine.travel(later - dt.timedelta(seconds=1), tick=False):
        response = editor_client.get(batch_url(batch))
        assert REFRESH in response.text and "Try again" not in response.text
        refused = editor_client.post(retry_url(batch), follow=True)
        assert "has not stopped, so nothing was started again" in refused.text
    with time_machine.travel(later + dt.timedelta(seconds=1), tick=False):
        response = editor_client.get(batch_url(batch))
        assert "has not moved for 15 minutes" in response.context["failure"]
        assert REFRESH not in response.text and "Try again" in response.text
        retry(editor_client, batch)

    attempt = batch.attempt + 1
    assert enqueued(task_queue)[-1] == ("preview_import_batch", [batch.pk, attempt])
    # The task the stopped worker held, were it to run now, does nothing.
    stale = run_import_batch if stage == "import" else preview_import_batch
    assert stale.call(batch.pk, batch.attempt) is False
    assert ImportBatch.objects.get().status == ImportBatch.Status.PREVIEWING
    assert preview_import_batch.call(batch.pk, attempt) is True
    assert "Confirm import" in editor_client.get(batch_url(batch)).text


def test_an_import_that_was_tried_again_stops_between_documents(editor_client, monkeypatch):
    batch = start(editor_client, files=map(upload, sorted(FIXTURES.glob("*.txt"))))
    batch_row = batches.batch_row

    def retried_after_the_first(row, new_films):
        # Another request tried the batch again meanwhile (its worker seemed stopped).
        ImportBatch.objects.filter(pk=batch.pk).update(status="previewing", attempt=3)
        return batch_row(row, new_films)

    monkeypatch.setattr(batches, "batch_row", retried_after_the_first)
    confirm(editor_client, batch)
    assert Review.objects.count() == 1
    assert ImportBatch.objects.get().status == ImportBatch.Status.PREVIEWING


def test_a_retry_url_only_takes_posts(editor_client):
    batch = start(editor_client, pasted=LANTERN)
    assert editor_client.get(retry_url(batch)).status_code == 405


@pytest.mark.parametrize("stage", ["working", "previewed", "done"])
def test_import_pages_are_never_cached(editor_client, task_queue, stage):
    batch = start(editor_client, pasted=LANTERN)
    if stage != "working":
        preview_import_batch.call(batch.pk, 1)
    if stage == "done":
        confirm(editor_client, batch)
        run_import_batch.call(batch.pk, 2)
    for url in (IMPORT_URL, batch_url(batch)):
        cache_control = editor_client.get(url)["Cache-Control"]
        assert "no-cache" in cache_control and "private" in cache_control, url
