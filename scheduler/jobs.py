"""Periodic jobs, as settings.SCHEDULED_JOBS declares them, and when each is due.

A job is due at aligned times: every multiple of its period since the Unix epoch, plus its
offset (a daily job with `at` 03:15 is due at 03:15 UTC each day). Aligned times are the
same on every machine, so schedulers on several machines agree on what "this run" is.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string
from django_tasks.base import Task

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Job:
    """A task (by dotted path) enqueued every `every`, `at` past each aligned multiple."""

    name: str
    task: str
    every: timedelta
    at: timedelta = timedelta(0)

    def due_at(self, now: datetime) -> datetime:
        """The latest time, at or before `now`, this job was due."""
        periods = (now - EPOCH - self.at) // self.every
        return EPOCH + self.at + periods * self.every

    def next_due_at(self, now: datetime) -> datetime:
        """The first time after `now` this job is due."""
        return self.due_at(now) + self.every

    def task_object(self) -> Task:
        """The django-tasks Task the job enqueues."""
        return import_string(self.task)


def jobs_declared() -> list[Job]:
    """The jobs in settings.SCHEDULED_JOBS, checked; ImproperlyConfigured says what is wrong."""
    jobs = [_job(entry) for entry in getattr(settings, "SCHEDULED_JOBS", [])]
    names = [job.name for job in jobs]
    if duplicates := sorted({name for name in names if names.count(name) > 1}):
        raise ImproperlyConfigured(f"SCHEDULED_JOBS: names used twice: {', '.join(duplicates)}")
    return jobs


def _job(entry):
    try:
        job = Job(**entry)
    except TypeError as error:
        raise ImproperlyConfigured(f"SCHEDULED_JOBS: {entry!r}: {error}") from error
    if not job.name or len(job.name) > 100:
        raise ImproperlyConfigured(f"SCHEDULED_JOBS: {entry!r}: a name of 1 to 100 characters")
    if job.every <= timedelta(0) or not timedelta(0) <= job.at < job.every:
        raise ImproperlyConfigured(
            f"SCHEDULED_JOBS: {job.name}: `every` must be positive and `at` within one period"
        )
    try:
        task = job.task_object()
    except ImportError as error:
        raise ImproperlyConfigured(f"SCHEDULED_JOBS: {job.name}: {error}") from error
    if not isinstance(task, Task):
        raise ImproperlyConfigured(f"SCHEDULED_JOBS: {job.name}: {job.task} is not a task")
    return job
