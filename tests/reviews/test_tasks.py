import datetime as dt

import pytest
import time_machine

from reviews.models import ImportBatch, ImportFile
from reviews.tasks import delete_stale_import_batches, preview_import_batch, run_import_batch
from scheduler.jobs import jobs_declared
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


def test_the_sites_daily_jobs_are_scheduled():
    daily = {job.task for job in jobs_declared() if job.every == dt.timedelta(days=1)}
    assert {
        "comments.tasks.anonymize_comment_ips",
        "reviews.tasks.delete_stale_import_batches",
        "reviews.tasks.delete_orphaned_media",
        "outbox.tasks.prune_mail",
        "scheduler.tasks.prune_task_results",
    } <= daily
