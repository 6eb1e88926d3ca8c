"""Background tasks, enqueued once the transaction that asked for them has committed.

A task enqueued inside a transaction could run before the commit, on rows it cannot see
yet, or after a rollback, on a change that never happened: so services enqueue on commit.
"""

from django.db import transaction


class OnCommitEnqueue:
    """The callback that enqueues `task` with its arguments; equal to one for the same call."""

    def __init__(self, task, args, kwargs):
        self.task, self.args, self.kwargs = task, args, kwargs
        self.has_run = False
        # How Django's log names a callback that raised (robust on_commit callbacks).
        self.__qualname__ = f"enqueue {task.module_path}"

    def __call__(self):
        self.has_run = True
        self.task.enqueue(*self.args, **self.kwargs)

    def __eq__(self, other):
        if not isinstance(other, OnCommitEnqueue):
            return NotImplemented
        return (self.task, self.args, self.kwargs) == (other.task, other.args, other.kwargs)

    __hash__ = None  # arguments may be lists and dicts


def enqueue_on_commit(task, *args, **kwargs) -> None:
    """Enqueue `task(*args, **kwargs)` when the current transaction commits (at once outside one).

    The same call waiting already for this commit is not repeated: moderating 50 comments in
    one transaction queues 50 mails and one delivery. A backend that cannot take the task is
    logged, not raised: the change it follows has committed, and the request must not fail.
    """
    callback = OnCommitEnqueue(task, args, kwargs)
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        waiting == callback and not waiting.has_run
        for _, waiting, _ in connection.run_on_commit
        if isinstance(waiting, OnCommitEnqueue)
    ):
        return
    transaction.on_commit(callback, robust=True)
