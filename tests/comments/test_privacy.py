import datetime as dt
import json
import logging

import pytest
import time_machine
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from comments.models import Comment
from comments.privacy import comments_anonymize_ips, comments_erase, comments_export
from outbox.models import OutgoingMail
from tests.comments.helpers import make_comment
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

PERSONAL_DATA = reverse("admin:comments_comment_personal_data")
NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def vincents_comments():
    """Two comments by one person (under two spellings of the address), one by someone else."""
    review = ReviewFactory(headline="Heat, thirty years on")
    first = make_comment(
        review,
        author_name="Vincent",
        author_email="vincent@example.org",
        author_url="https://vincent.example.org/",
        text="The diner scene.",
        status=Comment.Status.APPROVED,
        wants_reply_notification=True,
        user=UserFactory(username="vincent"),
        submitted_at=NOW - dt.timedelta(days=2),
    )
    second = make_comment(
        review, author_name="Vince", author_email="Vincent@Example.org", text="And the score."
    )
    other = make_comment(review, author_name="Neil", author_email="neil@example.org")
    return first, second, other


def test_export_lists_every_comment_under_the_address(vincents_comments, settings):
    settings.SITE_URL = "https://reviews.example.com"
    first, second, _ = vincents_comments

    exported = comments_export(email="VINCENT@example.org")

    assert [c["id"] for c in exported] == [first.pk, second.pk]
    assert exported[0] == {
        "id": first.pk,
        "object": "Heat, thirty years on",
        "url": f"https://reviews.example.com{first.get_absolute_url()}",
        "date": first.submitted_at.isoformat(),
        "name": "Vincent",
        "email": "vincent@example.org",
        "website": "https://vincent.example.org/",
        "text": "The diner scene.",
        "status": "approved",
        "in_reply_to": None,
        "ip_address": "203.0.113.7",
        "user_agent": first.user_agent,
    }


@pytest.mark.parametrize("blank", ["", "   "])
def test_export_and_erase_need_an_address(vincents_comments, blank):
    # A blank address would match every comment already erased.
    with pytest.raises(ValueError):
        comments_export(email=blank)
    with pytest.raises(ValueError):
        comments_erase(email=blank)


def test_erase_anonymizes_the_authors_comments_and_keeps_their_text(vincents_comments):
    first, second, other = vincents_comments

    assert comments_erase(email="vincent@example.org") == 2

    for comment in [first, second]:
        comment.refresh_from_db()
        assert comment.author_name == "Anonymous"
        assert (comment.author_email, comment.author_url, comment.user_agent) == ("", "", "")
        assert comment.ip_address is None and comment.user is None
        assert comment.wants_reply_notification is False
    assert (first.text, first.status) == ("The diner scene.", "approved")
    other.refresh_from_db()
    assert (other.author_name, other.author_email) == ("Neil", "neil@example.org")
    assert comments_export(email="vincent@example.org") == []


def test_erase_by_a_moderator_is_in_each_comments_admin_history(vincents_comments, moderator):
    first, second, _ = vincents_comments
    comments_erase(email="vincent@example.org", by=moderator)
    entries = LogEntry.objects.filter(user=moderator)
    assert sorted(int(e.object_id) for e in entries) == [first.pk, second.pk]
    assert {e.change_message for e in entries} == {"Erased the author's personal data."}


def test_erase_logs_the_count_never_the_address(vincents_comments, caplog):
    with caplog.at_level(logging.INFO, logger="comments.privacy"):
        comments_erase(email="vincent@example.org")
    assert "Erased the personal data of 2 comments" in caplog.text
    assert "vincent" not in caplog.text.lower()


def test_ip_addresses_are_anonymized_after_the_retention_period():
    kept = make_comment(submitted_at=NOW - dt.timedelta(days=89))
    stale = make_comment(submitted_at=NOW - dt.timedelta(days=91), ip_address="2001:db8::1")
    browser_only = make_comment(
        submitted_at=NOW - dt.timedelta(days=400), ip_address=None, user_agent="Lynx"
    )

    with time_machine.travel(NOW, tick=False):
        assert comments_anonymize_ips(retention_days=90) == 2
        assert comments_anonymize_ips(retention_days=90) == 0  # idempotent

    kept.refresh_from_db()
    assert kept.ip_address == "203.0.113.7" and kept.user_agent
    for comment in [stale, browser_only]:
        comment.refresh_from_db()
        assert (comment.ip_address, comment.user_agent) == (None, "")
    assert stale.author_email and stale.text  # only the network data goes


def test_moderator_looks_up_an_address_in_the_admin(moderator_client, vincents_comments):
    response = moderator_client.post(
        PERSONAL_DATA, {"email": "vincent@example.org", "_lookup": "1"}
    )
    assert response.status_code == 200
    assert response.context["count"] == 2
    assert "2 comments written under this address" in response.content.decode()


def test_the_admin_page_never_takes_an_address_from_the_url(moderator_client, vincents_comments):
    # A URL with an address in it would be written to the access log.
    response = moderator_client.get(PERSONAL_DATA, {"email": "vincent@example.org"})
    assert response.context["count"] is None


def test_moderator_exports_an_address_as_json_from_the_admin(moderator_client, vincents_comments):
    response = moderator_client.post(
        PERSONAL_DATA, {"email": "vincent@example.org", "_export": "1"}
    )
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="comments.json"'
    assert [c["text"] for c in json.loads(response.content)] == [
        "The diner scene.",
        "And the score.",
    ]


def test_moderator_erases_an_address_from_the_admin(moderator_client, moderator, vincents_comments):
    response = moderator_client.post(
        PERSONAL_DATA, {"email": "vincent@example.org", "_erase": "1"}, follow=True
    )
    assert [str(m) for m in response.context["messages"]] == [
        "Erased the author's personal data from 2 comments."
    ]
    assert not Comment.objects.by_email("vincent@example.org").exists()
    assert LogEntry.objects.filter(user=moderator).count() == 2


def test_the_personal_data_action_opens_the_page_for_the_selected_author(
    moderator_client, vincents_comments
):
    first, second, _ = vincents_comments
    response = moderator_client.post(
        reverse("admin:comments_comment_changelist"),
        {"action": "personal_data", "_selected_action": [first.pk, second.pk]},
    )
    assert response.status_code == 200
    assert response.context["form"].cleaned_data["email"] == "vincent@example.org"
    assert response.context["count"] == 2


def test_the_personal_data_action_wants_one_author(moderator_client, vincents_comments):
    first, _, other = vincents_comments
    response = moderator_client.post(
        reverse("admin:comments_comment_changelist"),
        {"action": "personal_data", "_selected_action": [first.pk, other.pk]},
        follow=True,
    )
    assert [str(m) for m in response.context["messages"]] == [
        "Select comments written under one e-mail address."
    ]


def test_erase_takes_the_author_out_of_kept_mail(vincents_comments):
    first, _, _ = vincents_comments
    to_vincent = OutgoingMail.objects.create(
        to=["Vincent@Example.org"], subject="New reply", body="Someone replied.", from_email="x@y"
    )
    about_vincent = OutgoingMail.objects.create(
        to=["moderator@example.org"],
        subject="Please moderate",
        body=f"Email: vincent@example.org\nIP address: {first.ip_address}\n",
        from_email="x@y",
    )
    unrelated = OutgoingMail.objects.create(
        to=["neil@example.org"], subject="Hello", body="Nothing about Vincent.", from_email="x@y"
    )
    comments_erase(email="vincent@example.org")
    assert not OutgoingMail.objects.filter(pk=to_vincent.pk).exists()
    about_vincent.refresh_from_db()
    assert about_vincent.body == "Email: [erased]\nIP address: [erased]\n"
    unrelated.refresh_from_db()
    assert unrelated.body == "Nothing about Vincent."
