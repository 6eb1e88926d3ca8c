"""`manage.py check` reads SCHEDULED_JOBS: a typo there shows before the scheduler starts."""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from scheduler.jobs import jobs_declared


@checks.register
def check_scheduled_jobs(app_configs=None, **kwargs):
    """Every declared job has a unique name, an importable task and a sensible period."""
    try:
        jobs_declared()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="scheduler.E001")]
    return []
