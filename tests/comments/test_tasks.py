import datetime as dt

import pytest
import time_machine

from comments.models import ModerationSettings
from comments.tasks import anonymize_comment_ips
from scheduler.jobs import jobs_declared
from tests.comments.helpers import make_comment

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)


def test_the_daily_job_anonymizes_ips_past_the_moderation_settings_retention():
    ModerationSettings.objects.update_or_create(pk=1, defaults={"ip_retention_days": 30})
    stale = make_comment(submitted_at=NOW - dt.timedelta(days=31), ip_address="2001:db8::1")
    kept = make_comment(submitted_at=NOW - dt.timedelta(days=29))
    with time_machine.travel(NOW, tick=False):
        assert anonymize_comment_ips.call() == 1
    stale.refresh_from_db()
    kept.refresh_from_db()
    assert (stale.ip_address, stale.user_agent) == (None, "")
    assert kept.ip_address == "203.0.113.7"


def test_it_is_scheduled_daily():
    [job] = [job for job in jobs_declared() if job.task == "comments.tasks.anonymize_comment_ips"]
    assert job.every == dt.timedelta(days=1)
