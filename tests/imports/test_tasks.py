"""The importer's tasks: the daily clean-up, and the worker's tasks for a batch gone."""

import datetime as dt

import pytest
import time_machine

from imports.models import ImportBatch, ImportFile
from imports.tasks import delete_stale_import_batches, preview_import_batch, run_import_batch
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)


def test_the_daily_job_deletes_import_batches_older_than_a_day():
    editor = UserFactory()
    old = ImportBatch.objects.create(created_by=editor, created_at=NOW - dt.timedelta(hours=25))
    ImportFile.objects.create(batch=old, name="old.txt", data=b"old", position=0)
    recent = ImportBatch.objects.create(created_by=editor, created_at=NOW - dt.timedelta(hours=23))

    with time_machine.travel(NOW, tick=False):
        assert delete_stale_import_batches.call() == 1

    assert list(ImportBatch.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not ImportFile.objects.exists()


def test_the_import_tasks_of_a_deleted_batch_do_nothing():
    # The daily job may delete a batch whose task is still queued.
    assert preview_import_batch.call(404, 1) is False
    assert run_import_batch.call(404, 1) is False
