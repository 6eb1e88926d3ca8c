"""The comment form: its fields, their limits, what it refuses and what a valid post does."""

import datetime as dt
import re

import pytest
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone
from django.utils.html import escape

from comments import views
from comments.models import (
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    URL_MAX_LENGTH,
    Comment,
    ModerationSettings,
)
from outbox.models import OutgoingMail
from outbox.tasks import deliver_mail
from tests.comments.views.helpers import comments_html, form_data, form_errors, html_of, post
from tests.factories import CommentFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_the_form_has_wordpress_labels_and_notes(client, review):
    html = comments_html(client.get(review.get_absolute_url()))
    assert '<section id="respond"' in html and ">Leave a Reply</h3>" in html
    assert "Your email address will not be published." in html
    assert "Required fields are marked" in html
    for label in ["Name", "Email", "Comment"]:
        assert re.search(rf">{label} <span class=\"required[^\"]*\">\*</span></label>", html)
    assert ">Website</label>" in html
    assert "Save my name, email, and website in this browser for the next time I comment." in html
    assert "Notify me of follow-up replies by email." in html
    assert 'name="remember" class="form-check-input" id="id_remember">' in html  # unticked
    positions = [html.index(f'id="id_{name}"') for name in ["name", "email", "url", "comment"]]
    assert positions == sorted(positions)


def test_the_honeypot_is_hidden_from_people_and_labelled_for_screen_readers(client, review):
    html = comments_html(client.get(review.get_absolute_url()))
    hidden = re.search(r'<div class="visually-hidden[^"]*">(.*?)</div>', html, re.DOTALL).group(1)
    assert '<label for="id_honeypot">If you are a person, leave this field empty.</label>' in (
        hidden
    )
    assert 'tabindex="-1"' in hidden and 'autocomplete="off"' in hidden


@pytest.mark.parametrize(
    "review_fields",
    [{"is_open_for_comments": False}, {"published_at_days_ago": 30}],
)
def test_closed_comments_show_a_note_and_no_form(client, review_fields):
    ModerationSettings.objects.create(pk=1, close_after_days=14)
    days = review_fields.pop("published_at_days_ago", 1)
    review = ReviewFactory(published_at=timezone.now() - dt.timedelta(days=days), **review_fields)
    CommentFactory(content_object=review, text="An older comment.")
    html = comments_html(client.get(review.get_absolute_url()))
    assert "Comments are closed." in html
    assert 'id="commentform"' not in html and "Reply to" not in html
    assert "An older comment." in html


def test_a_comment_sent_after_comments_closed_is_refused_and_shown_back(client, review):
    review.is_open_for_comments = False
    review.save()
    response = post(client, review, comment="Words I do not want to lose.")
    assert response.status_code == 403
    html = comments_html(response)
    assert "Comments are closed." in html and "Words I do not want to lose." in html
    assert not Comment.objects.exists()


def test_comments_on_an_unpublished_review_are_refused(client):
    draft = ReviewFactory(draft=True)
    assert post(client, draft).status_code == 404
    assert not Comment.objects.exists()


# Limits, checked at N and N + 1


def long_email(length):
    domain = "example.org"
    return "a" * 64 + "@" + "b" * (length - 64 - 1 - len(domain) - 1) + "." + domain


@pytest.mark.parametrize(
    "field, make, limit",
    [
        ("name", lambda n: "n" * n, NAME_MAX_LENGTH),
        ("email", long_email, EMAIL_MAX_LENGTH),
        ("url", lambda n: "https://example.org/" + "p" * (n - 20), URL_MAX_LENGTH),
        ("comment", lambda n: "w" * n, TEXT_MAX_LENGTH),
    ],
)
def test_each_field_takes_its_limit_and_refuses_one_more(client, review, field, make, limit):
    assert len(make(limit)) == limit
    too_long = post(client, review, **{field: make(limit + 1)})
    assert too_long.status_code == 400
    assert form_errors(too_long)[field] == [
        f"Please shorten this to at most {limit} characters (it has {limit + 1})."
    ]
    assert not Comment.objects.exists()
    accepted = post(client, review, **{field: make(limit)})
    assert accepted.status_code == 303
    saved = Comment.objects.get()
    attribute = {"name": "author_name", "email": "author_email", "url": "author_url"}
    assert getattr(saved, attribute.get(field, "text")) == make(limit)  # never cut


def test_line_breaks_count_once_towards_the_limit(client, review):
    text = ("w" * 99 + "\r\n") * 10
    assert post(client, review, comment=text).status_code == 303
    assert Comment.objects.get().text == ("w" * 99 + "\n") * 9 + "w" * 99


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript://example.org/%0Aalert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "ftp://files.example.org/",
        "mailto:dana@example.org",
        "vbscript:msgbox(1)",
    ],
)
def test_a_website_that_is_not_http_or_https_is_refused(client, review, url):
    response = post(client, review, url=url)
    assert response.status_code == 400
    assert form_errors(response)["url"] == [
        "Enter a web address that starts with http:// or https://."
    ]


@pytest.mark.parametrize("url", ["http://dana.example", "https://dana.example/blog?x=1"])
def test_http_and_https_websites_are_taken(client, review, url):
    assert post(client, review, url=url).status_code == 303
    assert Comment.objects.get().author_url == url


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("comment", "  \n\t  ", "Please type your comment."),
        ("comment", "", "Please type your comment."),
        ("name", "   ", "Please enter your name."),
        ("email", "", "Please enter your email address."),
        ("email", "dana.example.org", "Please enter a valid email address"),
    ],
)
def test_blank_and_invalid_fields_are_refused_with_a_clear_message(
    client, review, field, value, message
):
    response = post(client, review, **{field: value})
    assert response.status_code == 400
    assert form_errors(response)[field][0].startswith(message)


def test_an_invalid_submission_shows_the_whole_page_again_with_everything_kept(client, review):
    typed = {
        "name": "Dana Q. Public",
        "email": "not-an-address",
        "url": "https://dana.example/blog",
        "comment": "Line one.\nLine two, with <angle> & ampersand.",
        "remember": "on",
        "notify": "on",
    }
    response = post(client, review, **typed)
    assert response.status_code == 400
    assert response.templates[0].name == "reviews/review_detail.html"
    html = html_of(response)
    assert f'<h1 class="display-6 fw-semibold">{escape(review.headline)}</h1>' in html
    assert 'value="Dana Q. Public"' in html and 'value="https://dana.example/blog"' in html
    assert 'value="not-an-address"' in html
    assert ">\nLine one.\nLine two, with &lt;angle&gt; &amp; ampersand.</textarea>" in html
    assert 'name="remember" class="form-check-input" id="id_remember" checked' in html
    assert 'name="notify" class="form-check-input" id="id_notify" checked' in html
    # The error sits by its field, and the field points screen readers to it.
    email = re.search(r'<input type="email"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in email and "is-invalid" in email
    assert 'aria-describedby="email-notes id_email_error"' in email
    error = html.index('<div id="id_email_error" class="invalid-feedback d-block">Please enter')
    assert html.index('id="id_email"') < error < html.index('id="id_url"')


def test_a_valid_comment_redirects_to_its_anchor_with_a_message(client, review):
    response = post(client, review)
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"{review.get_absolute_url()}#comment-{comment.pk}"
    page = client.get(response["Location"])
    messages = [str(message) for message in page.context["messages"]]
    assert messages == [views.HELD]
    assert f'id="comment-{comment.pk}"' in html_of(page)


def test_the_client_address_and_browser_are_kept_for_moderation(client, review):
    client.post(
        review.get_absolute_url(),
        form_data(review),
        REMOTE_ADDR="2001:db8::7",
        HTTP_USER_AGENT="Mozilla/5.0 " + "x" * 400,
    )
    comment = Comment.objects.get()
    assert comment.ip_address == "2001:db8::7"
    assert comment.user_agent.startswith("Mozilla/5.0 ") and len(comment.user_agent) == 255


def test_a_comment_post_never_waits_for_the_mail_server(
    client,
    review,
    moderator,
    task_queue,
    monkeypatch,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    def stuck(self, *args, **kwargs):
        raise TimeoutError("the mail server did not answer")

    monkeypatch.setattr(EmailBackend, "open", stuck)
    monkeypatch.setattr(EmailBackend, "send_messages", stuck)

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, review)

    # The comment is saved and answered as usual; its mail is queued, for the worker.
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    mail = OutgoingMail.objects.get()
    assert (mail.to, mail.status, mail.attempts) == ([moderator.email], "queued", 0)
    assert [result.task.name for result in task_queue.results] == ["deliver_mail"]

    # The worker finds the server stuck: the mail waits for its retry, nothing is lost.
    deliver_mail.call()
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == ("queued", 1)
    assert mail.last_error == "TimeoutError: the mail server did not answer"
    assert mail.next_attempt_at > timezone.now() and mailoutbox == []
