"""The scheduler app's background tasks: housekeeping of the task layer itself."""

from django_tasks import task

from scheduler.services import task_results_prune


@task()
def prune_task_results() -> int:
    """Daily: delete finished task rows of the database backend older than TASK_RESULTS_KEEP."""
    return task_results_prune()
