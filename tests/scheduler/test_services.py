import datetime as dt

import pytest
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from scheduler.jobs import Job
from scheduler.models import JobRun
from scheduler.services import MAX_WAIT, scheduler_step, scheduler_tick, task_results_prune

pytestmark = pytest.mark.django_db

MINUTE, DAY = dt.timedelta(minutes=1), dt.timedelta(days=1)
NOON = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)


@task()
def tick():
    """A task for the scheduler's tests: does nothing."""


@task()
def tock():
    """Another task for the scheduler's tests."""


JOBS = [
    Job("every-minute", "tests.scheduler.test_services.tick", MINUTE),
    Job("daily", "tests.scheduler.test_services.tock", DAY, at=dt.timedelta(hours=3, minutes=15)),
]


def names(task_queue):
    return [result.task.name for result in task_queue.results]


def test_each_due_job_is_enqueued_once_per_run(task_queue):
    runs = scheduler_tick(now=NOON, jobs=JOBS)
    assert [(r.name, r.due_at) for r in runs] == [
        ("every-minute", NOON),
        ("daily", NOON.replace(hour=3, minute=15)),
    ]
    assert names(task_queue) == ["tick", "tock"]
    assert runs[0].task_result_id == task_queue.results[0].id

    assert scheduler_tick(now=NOON + dt.timedelta(seconds=59), jobs=JOBS) == []
    assert [r.name for r in scheduler_tick(now=NOON + MINUTE, jobs=JOBS)] == ["every-minute"]
    assert names(task_queue) == ["tick", "tock", "tick"]


def test_a_run_another_scheduler_claimed_is_not_enqueued_again(task_queue):
    # The other scheduler, on another machine, inserted the run's row first.
    JobRun.objects.create(name="every-minute", due_at=NOON, enqueued_at=NOON)
    runs = scheduler_tick(now=NOON + dt.timedelta(seconds=3), jobs=JOBS)
    assert [r.name for r in runs] == ["daily"]
    assert names(task_queue) == ["tock"]
    assert JobRun.objects.filter(name="every-minute").count() == 1


def test_a_scheduler_that_was_down_catches_up_only_the_latest_run(task_queue):
    scheduler_tick(now=NOON, jobs=JOBS)
    task_queue.clear()

    back = NOON + 3 * DAY + dt.timedelta(hours=5)  # down for three days
    runs = scheduler_tick(now=back, jobs=JOBS)

    assert [(r.name, r.due_at) for r in runs] == [
        ("every-minute", back),
        ("daily", (NOON + 3 * DAY).replace(hour=3, minute=15)),
    ]
    assert names(task_queue) == ["tick", "tock"]


def test_a_task_that_cannot_be_enqueued_leaves_the_run_unclaimed(task_queue, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionError("queue unreachable")

    monkeypatch.setattr(type(tick), "enqueue", refuse)
    with pytest.raises(ConnectionError):
        scheduler_tick(now=NOON, jobs=JOBS[:1])
    assert not JobRun.objects.exists()  # the next tick tries again


def test_old_claims_are_pruned(task_queue, settings):
    settings.SCHEDULER_KEEP = dt.timedelta(days=7)
    old = JobRun.objects.create(name="gone", due_at=NOON - 8 * DAY, enqueued_at=NOON - 8 * DAY)
    kept = JobRun.objects.create(name="daily", due_at=NOON - 6 * DAY, enqueued_at=NOON - 6 * DAY)
    scheduler_tick(now=NOON, jobs=JOBS)
    assert not JobRun.objects.filter(pk=old.pk).exists()
    assert JobRun.objects.filter(pk=kept.pk).exists()


def test_claims_are_kept_for_two_periods_of_the_slowest_job(task_queue, settings):
    settings.SCHEDULER_KEEP = dt.timedelta(days=1)
    weekly = [Job("weekly", "tests.scheduler.test_services.tick", 7 * DAY)]
    scheduler_tick(now=NOON, jobs=weekly)
    scheduler_tick(now=NOON + 10 * DAY, jobs=weekly)
    assert JobRun.objects.filter(name="weekly").count() == 2


def test_a_step_says_how_long_to_wait_for_the_next_due_job(task_queue):
    assert scheduler_step(now=NOON + dt.timedelta(seconds=45), jobs=JOBS) == 15.0
    assert scheduler_step(now=NOON + dt.timedelta(seconds=45), jobs=JOBS[1:]) == MAX_WAIT
    assert scheduler_step(now=NOON, jobs=[]) == MAX_WAIT


def test_finished_task_rows_of_the_database_backend_are_pruned(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASK_RESULTS_KEEP = dt.timedelta(days=7)
    old, recent, waiting = (tick.enqueue().id for _ in range(3))
    results = DBTaskResult.objects
    results.filter(id=old).update(status="SUCCESSFUL", finished_at=NOON - 8 * DAY)
    results.filter(id=recent).update(status="FAILED", finished_at=NOON - 6 * DAY)

    assert task_results_prune(now=NOON) == 1
    assert {str(pk) for pk in results.values_list("id", flat=True)} == {recent, waiting}


def test_other_backends_have_no_task_rows_to_prune(task_queue):
    assert task_results_prune(now=NOON) == 0
