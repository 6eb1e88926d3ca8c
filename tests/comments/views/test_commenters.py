"""Commenters remembered by cookie, and staff commenting under their account."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from comments import views
from comments.models import Comment
from tests.comments.views.helpers import comments_html, post, stamp
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


def test_ticking_the_box_remembers_name_email_and_website_for_a_year(client, review):
    response = post(client, review, url="https://dana.example", remember="on")
    cookie = response.cookies[views.COMMENTER_COOKIE]
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    form = client.get(review.get_absolute_url()).context["discussion"].form
    assert (form["name"].value(), form["email"].value(), form["url"].value()) == (
        "Dana",
        "dana@example.org",
        "https://dana.example",
    )
    assert form["remember"].value() is True
    assert form["comment"].value() is None


def test_unticking_the_box_forgets_the_commenter(client, review):
    post(client, review, remember="on")
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=1)):
        response = post(client, review, comment="Second thoughts.")
    assert response.cookies[views.COMMENTER_COOKIE]["max-age"] == 0
    form = client.get(review.get_absolute_url()).context["discussion"].form
    assert form["name"].value() is None and form["remember"].value() is None


def test_without_the_box_ticked_nothing_is_remembered(client, review):
    response = post(client, review)
    assert views.COMMENTER_COOKIE not in response.cookies


def test_a_forged_commenter_cookie_is_ignored(client, review):
    client.cookies[views.COMMENTER_COOKIE] = "eyJuYW1lIjoiWCJ9:forged"
    form = client.get(review.get_absolute_url()).context["discussion"].form
    assert form["name"].value() is None


def test_the_notify_box_asks_for_reply_mail(client, review):
    post(client, review, notify="on")
    assert Comment.objects.get().wants_reply_notification


# Logged-in users


def test_staff_comment_under_their_account_and_are_published_at_once(editor_client, editor):
    review = ReviewFactory()
    html = comments_html(editor_client.get(review.get_absolute_url()))
    assert f"Logged in as {editor.get_username()}." in html
    assert 'id="id_name"' not in html and 'id="id_email"' not in html
    response = editor_client.post(
        review.get_absolute_url(),
        {"comment": "From the desk.", "timestamp": stamp(review), "name": "Fake"},
    )
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert (comment.author_name, comment.author_email, comment.user) == (
        editor.get_username(),
        editor.email,
        editor,
    )
    assert comment.status == Comment.Status.APPROVED
    page = editor_client.get(response["Location"])
    assert [str(m) for m in page.context["messages"]] == [views.PUBLISHED]
