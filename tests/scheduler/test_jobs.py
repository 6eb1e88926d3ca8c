import datetime as dt

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from scheduler.jobs import Job, jobs_declared

UTC = dt.UTC
TICK = "tests.scheduler.test_services.tick"


def at(*args):
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("job", "now", "due", "next_due"),
    [
        (
            Job("m", TICK, dt.timedelta(minutes=1)),
            at(2026, 5, 1, 12, 0, 42),
            at(2026, 5, 1, 12, 0),
            at(2026, 5, 1, 12, 1),
        ),
        (
            Job("h", TICK, dt.timedelta(hours=1), at=dt.timedelta(minutes=5)),
            at(2026, 5, 1, 12, 4),
            at(2026, 5, 1, 11, 5),
            at(2026, 5, 1, 12, 5),
        ),
        (
            Job("d", TICK, dt.timedelta(days=1), at=dt.timedelta(hours=3, minutes=15)),
            at(2026, 5, 1, 3, 15),  # exactly due
            at(2026, 5, 1, 3, 15),
            at(2026, 5, 2, 3, 15),
        ),
        (
            Job("d", TICK, dt.timedelta(days=1), at=dt.timedelta(hours=3, minutes=15)),
            at(2026, 5, 1, 2, 0),
            at(2026, 4, 30, 3, 15),
            at(2026, 5, 1, 3, 15),
        ),
    ],
    ids=["every-minute", "hourly-at-5", "daily-at-0315-exactly", "daily-before-0315"],
)
def test_due_times_are_aligned_multiples_of_the_period_plus_the_offset(job, now, due, next_due):
    assert job.due_at(now) == due
    assert job.next_due_at(now) == next_due


def test_due_times_do_not_depend_on_the_callers_time_zone():
    job = Job("d", TICK, dt.timedelta(days=1), at=dt.timedelta(hours=3, minutes=15))
    paris = dt.timezone(dt.timedelta(hours=2))
    assert job.due_at(dt.datetime(2026, 5, 1, 6, 0, tzinfo=paris)) == at(2026, 5, 1, 3, 15)


def test_declared_jobs_are_read_from_settings(settings):
    settings.SCHEDULED_JOBS = [
        {"name": "tick", "task": TICK, "every": dt.timedelta(minutes=1)},
        {"name": "daily", "task": TICK, "every": dt.timedelta(days=1), "at": dt.timedelta(hours=3)},
    ]
    assert [job.name for job in jobs_declared()] == ["tick", "daily"]
    assert jobs_declared()[1].at == dt.timedelta(hours=3)


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([{"name": "x", "task": "tests.nowhere.task", "every": dt.timedelta(1)}], "nowhere"),
        ([{"name": "x", "task": "datetime.timedelta", "every": dt.timedelta(1)}], "not a task"),
        ([{"name": "x", "task": TICK, "every": dt.timedelta(0)}], "positive"),
        ([{"name": "x", "task": TICK, "every": dt.timedelta(1), "at": dt.timedelta(2)}], "within"),
        ([{"name": "x", "task": TICK, "every": dt.timedelta(1), "when": 3}], "when"),
        ([{"name": "x", "task": TICK, "every": dt.timedelta(1)}] * 2, "names used twice: x"),
    ],
    ids=["no-module", "not-a-task", "no-period", "offset-too-long", "unknown-key", "twice"],
)
def test_a_mistake_in_the_declared_jobs_is_named(settings, entries, message):
    settings.SCHEDULED_JOBS = entries
    with pytest.raises(ImproperlyConfigured, match=message):
        jobs_declared()


def test_system_checks_report_a_broken_job(settings):
    settings.SCHEDULED_JOBS = [
        {"name": "x", "task": "tests.nowhere.task", "every": dt.timedelta(1)}
    ]
    with pytest.raises(SystemCheckError, match=r"scheduler\.E001"):
        call_command("check")


def test_the_sites_own_jobs_are_valid():
    # Catches a renamed task left behind in settings.SCHEDULED_JOBS.
    assert all(job.task_object() for job in jobs_declared())
