"""Admin logins guarded by django-axes: the lockout page, and how long its records are kept."""

import math

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django_tasks import task


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets: 429, when to come back, and no word on the account."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    response = render(
        request,
        "registration/locked_out.html",
        {"minutes": minutes, "title": "Too many failed logins"},
        status=429,
    )
    response["Retry-After"] = str(minutes * 60)
    return response


@task()
def prune_login_records() -> int:
    """Daily: forget login attempts and logins (client addresses) past LOGIN_RECORDS_KEEP."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    before = timezone.now() - settings.LOGIN_RECORDS_KEEP
    deleted = 0
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        deleted += model.objects.filter(attempt_time__lt=before).delete()[0]
    return deleted
