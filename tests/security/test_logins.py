"""Admin logins: wrong passwords in a row lock the account, and the address they came from."""

import datetime as dt

import pytest
import time_machine
from axes.models import AccessAttempt, AccessLog
from django.core.management import call_command
from django.utils import timezone

from reviewsite.logins import prune_login_records
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # UserFactory's
NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def editor_account():
    return UserFactory(username="ines", is_staff=True)


def log_in(client, username, password, ip="198.51.100.4"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def logged_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def fail(client, username, times, ip="198.51.100.4"):
    """Wrong passwords; the statuses answered (200: the form again, 429: locked out)."""
    return [log_in(client, username, "wrong", ip=ip).status_code for _ in range(times)]


def test_five_wrong_passwords_lock_the_account_even_from_elsewhere(client, editor_account):
    with time_machine.travel(NOW, tick=False):
        assert fail(client, "ines", 5) == [200, 200, 200, 200, 429]
        # The right password, from another address: still refused, with the lockout page.
        response = log_in(client, "ines", PASSWORD, ip="203.0.113.50")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert "try again in 15 minutes" in response.content.decode()
    assert response["Retry-After"] == "900"
    assert "ines" not in response.content.decode()  # says nothing of the account


def test_four_wrong_passwords_then_the_right_one_logs_in_and_starts_over(client, editor_account):
    with time_machine.travel(NOW, tick=False):
        fail(client, "ines", 4)
        assert logged_in(log_in(client, "ines", PASSWORD))
        client.logout()
        fail(client, "ines", 4)  # counted from zero again
        assert logged_in(log_in(client, "ines", PASSWORD))


def test_five_wrong_passwords_from_one_address_lock_that_address(client, editor_account):
    with time_machine.travel(NOW, tick=False):
        statuses = [fail(client, name, 1)[0] for name in ("admin", "root", "test", "x", "y")]
        assert statuses == [200, 200, 200, 200, 429]
        assert log_in(client, "ines", PASSWORD).status_code == 429
        assert logged_in(log_in(client, "ines", PASSWORD, ip="203.0.113.50"))


def test_the_lock_lifts_after_the_cool_off(client, editor_account):
    with time_machine.travel(NOW, tick=False) as clock:
        fail(client, "ines", 5)
        clock.shift(dt.timedelta(minutes=15, seconds=1))
        assert logged_in(log_in(client, "ines", PASSWORD))


def test_trying_again_during_the_pause_starts_it_again(client, editor_account):
    with time_machine.travel(NOW, tick=False) as clock:
        fail(client, "ines", 5)
        clock.shift(dt.timedelta(minutes=14))
        assert log_in(client, "ines", PASSWORD).status_code == 429
        clock.shift(dt.timedelta(minutes=14))  # 28 minutes after the lock, 14 after the try
        assert log_in(client, "ines", PASSWORD).status_code == 429
        clock.shift(dt.timedelta(minutes=15, seconds=1))
        assert logged_in(log_in(client, "ines", PASSWORD))


def test_behind_the_proxy_readers_are_told_apart_by_their_forwarded_address(
    client, editor_account, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    with time_machine.travel(NOW, tick=False):
        for name in ("admin", "root", "editor", "test", "ines2"):
            client.post(
                "/admin/login/",
                {"username": name, "password": "wrong"},
                REMOTE_ADDR="10.0.0.2",  # nginx
                HTTP_X_FORWARDED_FOR="198.51.100.4",
            )
        other = client.post(
            "/admin/login/?next=/admin/",
            {"username": "ines", "password": PASSWORD},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.50",
        )
    assert logged_in(other)  # the same proxy, another reader: not locked out
    assert AccessAttempt.objects.filter(ip_address="198.51.100.4").exists()


def test_an_administrator_lifts_a_lock_with_the_reset_command(client, editor_account):
    with time_machine.travel(NOW, tick=False):
        fail(client, "ines", 5)
        call_command("axes_reset_username", "ines")
        assert logged_in(log_in(client, "ines", PASSWORD, ip="203.0.113.50"))


def test_login_records_are_forgotten_after_30_days(client, editor_account):
    with time_machine.travel(NOW - dt.timedelta(days=31), tick=False):
        fail(client, "ines", 1)
        assert logged_in(log_in(client, "ines", PASSWORD))
    with time_machine.travel(NOW - dt.timedelta(days=29), tick=False):
        assert logged_in(log_in(client, "ines", PASSWORD))
    with time_machine.travel(NOW, tick=False):
        prune_login_records.call()
    assert [log.attempt_time for log in AccessLog.objects.all()] == [NOW - dt.timedelta(days=29)]
    assert not AccessAttempt.objects.exists()
    assert timezone.is_aware(NOW)
