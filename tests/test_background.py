"""Tasks are enqueued once the transaction that asked for them commits, never before."""

import pytest
from django.db import transaction
from django_tasks import task

from reviewsite.background import enqueue_on_commit

pytestmark = pytest.mark.django_db

ran = []


@task()
def remember(value, *, label=""):
    """A task for these tests: records what it was called with."""
    ran.append((value, label))


@pytest.fixture(autouse=True)
def clear_ran():
    ran.clear()


def enqueued(task_queue):
    return [(r.task.name, r.args, r.kwargs) for r in task_queue.results]


def test_a_task_is_enqueued_on_commit_not_before(task_queue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enqueue_on_commit(remember, 1, label="one")
        assert task_queue.results == []
    assert enqueued(task_queue) == [("remember", [1], {"label": "one"})]


def test_nothing_is_enqueued_when_the_transaction_rolls_back(
    task_queue, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks(execute=True)
    with capture, pytest.raises(RuntimeError), transaction.atomic():
        enqueue_on_commit(remember, 1)
        raise RuntimeError
    assert task_queue.results == []


def test_the_same_call_is_enqueued_once_per_transaction(
    task_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            enqueue_on_commit(remember, 1)
        enqueue_on_commit(remember, 2)
    with django_capture_on_commit_callbacks(execute=True):
        enqueue_on_commit(remember, 1)  # a later transaction
    assert [args for _, args, _ in enqueued(task_queue)] == [[1], [2], [1]]


def test_the_immediate_backend_runs_the_task_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enqueue_on_commit(remember, 7)
        assert ran == []
    assert ran == [(7, "")]


def test_a_backend_that_refuses_the_task_is_logged_not_raised(
    monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def refuse(*args, **kwargs):
        raise ConnectionError("queue unreachable")

    monkeypatch.setattr(type(remember), "enqueue", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        enqueue_on_commit(remember, 1)
    assert "enqueue tests.test_background.remember" in caplog.text
