"""What a hostile or unlucky comment post sends, answered without a 500 and without a loss."""

import datetime as dt
from unittest import mock

import pytest
import time_machine
from django.contrib.sessions.backends.db import SessionStore
from django.core import signing
from django.db import OperationalError
from django.utils import timezone

from comments.forms import STAMP_SALT, form_stamp
from comments.models import Comment
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def review():
    # Published before the frozen clock, whatever today's date.
    return ReviewFactory(published_at=NOW - dt.timedelta(days=1))


def send(client, review, *, stamp=None, **fields):
    data = {
        "name": "Dana",
        "email": "dana@example.org",
        "url": "",
        "comment": "A fine review.",
        "honeypot": "",
        "timestamp": stamp or form_stamp(review, now=timezone.now() - dt.timedelta(seconds=10)),
        **fields,
    }
    extra = {key: value for key, value in fields.items() if key.isupper()}
    for key in extra:
        data.pop(key)
    return client.post(review.get_absolute_url(), data, **{"REMOTE_ADDR": "10.0.0.2", **extra})


def test_behind_the_proxy_a_post_without_forwarded_address_is_still_flood_limited(
    client, review, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    with time_machine.travel(NOW, tick=False):
        first = send(client, review, email="one@example.org")
        second = send(client, review, email="two@example.org", comment="Another.")
    assert first.status_code == 303
    assert second.status_code == 429  # keyed on the socket's address, not on nothing
    assert Comment.objects.get().ip_address == "10.0.0.2"


def test_a_stored_comment_is_answered_as_stored_when_the_session_cannot_be_saved(client, review):
    with mock.patch.object(SessionStore, "save", side_effect=OperationalError("restarting")):
        response = send(client, review, comment="Kept through a restart.")
    assert response.status_code == 303  # not a 500: the comment is there
    assert Comment.objects.get().text == "Kept through a restart."


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("Dana\r\nBcc: victim@example.org", "Dana Bcc: victim@example.org"),
        ("Da\x00na\x07", "Da na"),
        ("\tDana   Scully\x0b", "Dana Scully"),
        ("Dana \u202egnp.exe", "Dana gnp.exe"),
    ],
)
def test_control_characters_in_a_name_are_cleaned(client, review, sent, stored):
    assert send(client, review, name=sent).status_code == 303
    assert Comment.objects.get().author_name == stored


@pytest.mark.parametrize(
    "url",
    ["https://example.org/\x07ring", "https://exa\x00mple.org/", "https://example.org/\u202e"],
)
def test_a_website_with_control_characters_is_refused_with_the_text_kept(client, review, url):
    response = send(client, review, url=url, comment="My words.")
    assert response.status_code == 400
    assert "without line breaks or control characters" in response.content.decode()
    assert "My words." in response.content.decode()
    assert not Comment.objects.exists()


def test_control_characters_leave_a_comment_but_its_line_breaks_stay(client, review):
    assert send(client, review, comment="One\x1b[31m\r\nTwo\tthree\x7f").status_code == 303
    assert Comment.objects.get().text == "One[31m\nTwo\tthree"


@pytest.mark.parametrize("at", ["inf", "-inf", "nan", 1e308, "1e400", [1], None])
def test_a_signed_stamp_whose_time_is_no_finite_number_is_a_400(client, review, at):
    stamp = signing.dumps({"object": f"reviews.review:{review.pk}", "at": at}, salt=STAMP_SALT)
    response = send(client, review, stamp=stamp, comment="Still mine.")
    assert response.status_code == 400
    assert "Still mine." in response.content.decode()
