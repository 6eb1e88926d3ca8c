import datetime as dt

from scheduler.jobs import jobs_declared


def test_the_sites_daily_jobs_are_scheduled():
    daily = {job.task for job in jobs_declared() if job.every == dt.timedelta(days=1)}
    assert {
        "comments.tasks.anonymize_comment_ips",
        "imports.tasks.delete_stale_import_batches",
        "reviews.tasks.delete_orphaned_media",
        "outbox.tasks.prune_mail",
        "scheduler.tasks.prune_task_results",
    } <= daily
