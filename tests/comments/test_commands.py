import datetime as dt
import json

import pytest
import time_machine
from django.core.management import CommandError, call_command

from comments.models import Comment, ModerationSettings
from tests.comments.helpers import make_comment
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


def test_export_comments_prints_json(capsys):
    review = ReviewFactory(headline="Heat, thirty years on")
    comment = make_comment(review, author_email="vincent@example.org", text="Café scene — «great».")
    make_comment(review, author_email="neil@example.org")

    call_command("export_comments", "Vincent@example.org")

    exported = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in exported] == [comment.pk]
    assert {"object", "date", "name", "email", "website", "text", "status"} <= exported[0].keys()
    assert exported[0]["object"] == "Heat, thirty years on"
    assert exported[0]["text"] == "Café scene — «great»."


def test_export_comments_of_an_unknown_address_prints_an_empty_list(capsys):
    call_command("export_comments", "nobody@example.org")
    assert json.loads(capsys.readouterr().out) == []


def test_erase_comments_anonymizes_and_reports_the_count(capsys):
    erased = make_comment(author_email="vincent@example.org", text="Kept.")
    kept = make_comment(author_email="neil@example.org")

    call_command("erase_comments", "vincent@example.org")

    assert "from 1 comments" in capsys.readouterr().out
    erased.refresh_from_db()
    assert (erased.author_name, erased.author_email, erased.text) == ("Anonymous", "", "Kept.")
    assert erased.ip_address is None
    assert Comment.objects.get(pk=kept.pk).author_email == "neil@example.org"


@pytest.mark.parametrize("command", ["export_comments", "erase_comments"])
def test_privacy_commands_refuse_a_blank_address(command):
    make_comment(author_email="")
    with pytest.raises(CommandError, match="address is required"):
        call_command(command, " ")


def test_anonymize_comment_ips_clears_old_addresses_and_browsers_once(capsys):
    old = make_comment(submitted_at=NOW - dt.timedelta(days=90, seconds=1))
    recent = make_comment(submitted_at=NOW - dt.timedelta(days=89))

    with time_machine.travel(NOW, tick=False):
        call_command("anonymize_comment_ips")
        first = capsys.readouterr().out
        call_command("anonymize_comment_ips")
        second = capsys.readouterr().out

    assert "Anonymized 1 comments older than 90 days." in first
    assert "Anonymized 0 comments" in second
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.ip_address, old.user_agent) == (None, "")
    assert recent.ip_address == "203.0.113.7" and recent.user_agent


def test_anonymize_comment_ips_follows_the_retention_setting(capsys):
    ModerationSettings.objects.update_or_create(pk=1, defaults={"ip_retention_days": 30})
    month_old = make_comment(submitted_at=NOW - dt.timedelta(days=31))

    with time_machine.travel(NOW, tick=False):
        call_command("anonymize_comment_ips")

    assert "older than 30 days" in capsys.readouterr().out
    month_old.refresh_from_db()
    assert month_old.ip_address is None
