"""Enqueueing due jobs, once per run whatever the number of schedulers, and keeping few rows."""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from scheduler.jobs import Job, jobs_declared
from scheduler.models import JobRun

logger = logging.getLogger(__name__)

#: The longest a scheduler waits between two looks at the clock (for clock changes).
MAX_WAIT = 60.0


def scheduler_tick(*, now: datetime | None = None, jobs: list[Job] | None = None) -> list[JobRun]:
    """Claim and enqueue the latest due run of every job not yet claimed; the runs enqueued.

    Only the latest run is looked at: a scheduler that was down catches up one run per job,
    not every run it missed.
    """
    now = now or timezone.now()
    jobs = jobs_declared() if jobs is None else jobs
    runs = [run for job in jobs if (run := job_run_claim(job=job, due_at=job.due_at(now), now=now))]
    job_runs_prune(now=now, jobs=jobs)
    return runs


def job_run_claim(*, job: Job, due_at: datetime, now: datetime) -> JobRun | None:
    """Insert the run's row and enqueue its task, or None when another scheduler had it."""
    try:
        # The claim and (with the database backend) the task's row commit together: a run is
        # never claimed without being queued, nor queued twice.
        with transaction.atomic():
            run = JobRun.objects.create(name=job.name, due_at=due_at, enqueued_at=now)
            result = job.task_object().enqueue()
            run.task_result_id = str(result.id)[:64]
            run.save(update_fields=["task_result_id"])
    except IntegrityError:
        return None
    logger.info("Enqueued %s (due %s).", job.name, due_at.isoformat())
    return run


def job_runs_prune(*, now: datetime, jobs: list[Job]) -> int:
    """Delete claims older than SCHEDULER_KEEP (and two periods of the slowest job)."""
    keep = max([settings.SCHEDULER_KEEP, *(2 * job.every for job in jobs)])
    deleted, _ = JobRun.objects.filter(due_at__lt=now - keep).delete()
    return deleted


def scheduler_step(*, now: datetime | None = None, jobs: list[Job] | None = None) -> float:
    """One turn of the scheduler's loop: enqueue what is due; seconds until the next is due."""
    now = now or timezone.now()
    jobs = jobs_declared() if jobs is None else jobs
    if not jobs:
        return MAX_WAIT
    scheduler_tick(now=now, jobs=jobs)
    soonest = min(job.next_due_at(now) for job in jobs)
    return min(MAX_WAIT, max((soonest - now) / timedelta(seconds=1), 0.0))


def task_results_prune(*, now: datetime | None = None) -> int:
    """Delete the database backend's finished task rows older than TASK_RESULTS_KEEP."""
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if not isinstance(backend, DatabaseBackend):
        return 0  # other backends keep (or drop) their results themselves
    cutoff = (now or timezone.now()) - settings.TASK_RESULTS_KEEP
    finished = DBTaskResult.objects.finished().filter(backend_name=backend.alias)
    deleted, _ = finished.filter(finished_at__lt=cutoff).delete()
    return deleted
