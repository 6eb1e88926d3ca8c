"""The periodic jobs (settings.SCHEDULED_JOBS): `manage.py run_scheduler` enqueues each task
when due. Due times are aligned to the epoch: every `every`, `at` past each multiple (a daily
job with `at` 3h15m runs at 03:15 UTC). Several schedulers may run; each run is enqueued once
(scheduler.JobRun).
"""

from datetime import timedelta

SCHEDULED_JOBS = [
    # New mail is sent on commit; this sends retries, and mail whose enqueue was lost.
    {"name": "deliver-mail", "task": "outbox.tasks.deliver_mail", "every": timedelta(minutes=1)},
    {
        "name": "anonymize-comment-ips",
        "task": "comments.tasks.anonymize_comment_ips",
        "every": timedelta(days=1),
        "at": timedelta(hours=3, minutes=15),
    },
    {
        "name": "empty-comment-trash",
        "task": "comments.tasks.empty_comment_trash",
        "every": timedelta(days=1),
        "at": timedelta(hours=3, minutes=20),
    },
    {
        "name": "delete-stale-import-batches",
        "task": "imports.tasks.delete_stale_import_batches",
        "every": timedelta(days=1),
        "at": timedelta(hours=3, minutes=25),
    },
    {
        "name": "delete-orphaned-media",
        "task": "reviews.tasks.delete_orphaned_media",
        "every": timedelta(days=1),
        "at": timedelta(hours=3, minutes=35),
    },
    {
        "name": "prune-mail",
        "task": "outbox.tasks.prune_mail",
        "every": timedelta(days=1),
        "at": timedelta(hours=3, minutes=45),
    },
    {
        "name": "prune-task-results",
        "task": "scheduler.tasks.prune_task_results",
        "every": timedelta(days=1),
        "at": timedelta(hours=3, minutes=55),
    },
    {
        "name": "prune-login-records",
        "task": "reviewsite.logins.prune_login_records",
        "every": timedelta(days=1),
        "at": timedelta(hours=4, minutes=5),
    },
]
