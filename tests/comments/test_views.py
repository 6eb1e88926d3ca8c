import datetime as dt
import re

import pytest
import time_machine
from django.core.mail.backends.locmem import EmailBackend
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from comments import views
from comments.avatars import placeholder_svg
from comments.forms import form_stamp
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
from tests.factories import CommentFactory, ReviewFactory

pytestmark = pytest.mark.django_db

PREVIEW_NOTE = (
    "Your comment is awaiting moderation. This is a preview; your comment will be visible "
    "after it has been approved."
)
XSS = {
    "name": '<script>alert("name")</script>',
    "email": '"><img src=x onerror=alert(1)>@example.org',
    "url": 'https://example.org/"><script>alert("url")</script>',
    "comment": '<img src=x onerror=alert("text")> <a href="javascript:alert(1)">click</a>',
}


@pytest.fixture
def review():
    return ReviewFactory(headline="Heat, thirty years on")


def stamp(target, seconds_ago=10):
    """The hidden stamp of a form served `seconds_ago` (people take more than 3 seconds)."""
    return form_stamp(target, now=timezone.now() - dt.timedelta(seconds=seconds_ago))


def form_data(target, **fields):
    return {
        "name": "Dana",
        "email": "dana@example.org",
        "url": "",
        "comment": "A fine review.",
        "honeypot": "",
        "timestamp": stamp(target),
        **fields,
    }


def post(client, target, query="", ip="198.51.100.4", **fields):
    return client.post(
        target.get_absolute_url() + query, form_data(target, **fields), REMOTE_ADDR=ip
    )


def html_of(response):
    return response.content.decode()


def comments_html(response):
    html = html_of(response)
    return html[html.index('id="comments"') :]


def form_errors(response):
    return response.context["discussion"].form.errors


# The form


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


# Spam traps


def test_a_filled_honeypot_is_answered_like_success_and_kept_as_spam(client, review):
    response = post(client, review, honeypot="https://pills.example")
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"].endswith(f"#comment-{comment.pk}")
    assert comment.status == Comment.Status.SPAM
    assert comment.status_reason == "spam: honeypot field filled in"
    page = client.get(response["Location"])
    assert [str(m) for m in page.context["messages"]] == [views.HELD]
    assert "A fine review." not in comments_html(page)  # spam is never shown, even to its sender


@pytest.mark.parametrize(
    "seconds_ago, accepted",
    [(2.9, False), (3, True), (2 * 60 * 60, True), (2 * 60 * 60 + 1, False)],
)
def test_a_form_sent_within_3_seconds_or_after_2_hours_is_refused(
    client, review, seconds_ago, accepted
):
    with time_machine.travel(timezone.now(), tick=False):
        response = post(client, review, timestamp=stamp(review, seconds_ago), comment="Kept?")
    if accepted:
        assert response.status_code == 303
        return
    assert response.status_code == 400
    errors = response.context["discussion"].form.top_errors()
    assert "submit it again" in errors[0]
    assert ">\nKept?</textarea>" in html_of(response)
    # The form comes back with a fresh stamp, so sending it again a little later works.
    renewed = response.context["discussion"].form["timestamp"].value()
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=5)):
        again = post(client, review, timestamp=renewed, comment="Kept?")
    assert again.status_code == 303


@pytest.mark.parametrize(
    "timestamp",
    [
        "",
        "garbage",
        "eyJvYmplY3QiOiJyZXZpZXdzLnJldmlldzoxIiwiYXQiOjB9:1abcde:forged-signature",
    ],
)
def test_a_missing_or_tampered_stamp_is_refused_with_the_text_kept(client, review, timestamp):
    response = post(client, review, timestamp=timestamp, comment="My careful words.")
    assert response.status_code == 400
    assert "This form has expired" in response.context["discussion"].form.top_errors()[0]
    assert "My careful words." in html_of(response)
    assert not Comment.objects.exists()


def test_a_stamp_altered_to_look_older_is_refused(client, review):
    value, signature = stamp(review).split(":", 1)
    forged = form_stamp(review, now=timezone.now() - dt.timedelta(minutes=1)).split(":", 1)[0]
    response = post(client, review, timestamp=f"{forged}:{signature}")
    assert response.status_code == 400 and value != forged


def test_a_stamp_served_for_another_review_is_refused(client, review):
    response = post(client, review, timestamp=stamp(ReviewFactory()))
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_disallowed_word_sends_the_comment_to_spam_quietly(client, review):
    ModerationSettings.objects.create(pk=1, disallowed_words="casino")
    response = post(client, review, url="https://best-CASINO.example")
    assert response.status_code == 303
    assert Comment.objects.get().status_reason == "spam: disallowed word in website"


# Flood and duplicates


def test_a_second_comment_within_15_seconds_gets_429_with_the_text_kept(client, review):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert post(client, review).status_code == 303
        clock.shift(dt.timedelta(seconds=14))
        response = post(client, review, email="other@example.org", comment="Quick follow-up.")
        assert response.status_code == 429
        assert "You are posting comments too quickly. Slow down." in html_of(response)
        assert "Quick follow-up." in html_of(response)
        clock.shift(dt.timedelta(seconds=1))
        assert post(client, review, email="other@example.org", comment="Later.").status_code == 303


def test_moderators_may_comment_in_quick_succession(moderator_client, review):
    with time_machine.travel(timezone.now(), tick=False):
        assert post(moderator_client, review).status_code == 303
        assert post(moderator_client, review, comment="Also…").status_code == 303
    assert Comment.objects.filter(status=Comment.Status.APPROVED).count() == 2


def test_a_duplicate_gets_409_with_the_message(client, review):
    assert post(client, review).status_code == 303
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=5)):
        response = post(client, review, ip="192.0.2.1")
    assert response.status_code == 409
    assert "Duplicate comment detected; it looks as though you've already said that!" in html_of(
        response
    )
    assert Comment.objects.count() == 1


def test_a_double_click_makes_one_comment(client, review):
    data = form_data(review)
    first = client.post(review.get_absolute_url(), data)
    second = client.post(review.get_absolute_url(), data)
    assert (first.status_code, second.status_code) == (303, 409)
    assert Comment.objects.count() == 1


def test_a_trashed_duplicate_does_not_block(client, review):
    CommentFactory(
        content_object=review,
        author_name="Dana",
        author_email="dana@example.org",
        text="A fine review.",
        status=Comment.Status.TRASH,
        submitted_at=timezone.now() - dt.timedelta(days=1),
    )
    assert post(client, review).status_code == 303


# Who sees what


def test_a_pending_comment_is_previewed_to_its_author_only(client, review):
    response = post(client, review, comment="Held for now.")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    mine = comments_html(client.get(response["Location"]))
    assert "Held for now." in mine and PREVIEW_NOTE in mine
    assert 'class="comment-reply-link' not in mine  # no replies to a comment no one else sees
    assert ">No comments yet</h2>" in mine  # the count is of approved comments
    others = comments_html(Client().get(review.get_absolute_url()))
    assert "Held for now." not in others and PREVIEW_NOTE not in others
    assert ">No comments yet</h2>" in others
    home = html_of(Client().get(reverse("reviews:home")))
    assert "No comments yet" in home and "1 Comment" not in home


def test_another_visitors_session_does_not_reveal_pending_comments(client, review):
    theirs = CommentFactory(content_object=review, status=Comment.Status.PENDING, text="Theirs.")
    session = client.session
    session[views.PENDING_KEY] = [theirs.pk + 1000]
    session.save()
    assert "Theirs." not in comments_html(client.get(review.get_absolute_url()))


@pytest.mark.parametrize("status", [Comment.Status.SPAM, Comment.Status.TRASH])
def test_spam_and_trash_are_hidden_even_from_their_author(client, review, status):
    comment = CommentFactory(content_object=review, status=status, text="Hidden words.")
    session = client.session
    session[views.PENDING_KEY] = [comment.pk]
    session.save()
    html = comments_html(client.get(review.get_absolute_url()))
    assert "Hidden words." not in html and ">No comments yet</h2>" in html


def test_approved_comments_show_name_link_date_permalink_and_avatar(client, review):
    comment = CommentFactory(
        content_object=review,
        author_name="Dana",
        author_email="Dana@Example.org",
        author_url="https://dana.example",
        text="First line.\nSecond line, see https://film.example/heat for more.",
        submitted_at=dt.datetime(2026, 3, 4, 17, 5, tzinfo=dt.UTC),
    )
    html = comments_html(client.get(review.get_absolute_url()))
    assert ">1 Comment</h2>" in html
    assert f'<li id="comment-{comment.pk}"' in html
    assert f'href="#comment-{comment.pk}"><time datetime="2026-03-04T17:05:00+00:00">' in html
    assert "March 4, 2026 at 5:05 p.m." in html
    assert '<a href="https://dana.example" rel="nofollow ugc noopener" class="url">Dana</a>' in html
    assert "First line.<br>Second line, see " in html
    assert (
        '<a href="https://film.example/heat" rel="nofollow ugc noopener">'
        "https://film.example/heat</a>" in html
    )
    assert '<svg class="avatar' in html
    assert "dana@example.org" not in html.lower()
    assert "gravatar" not in html


def test_avatars_are_the_same_for_the_same_email_and_differ_between_emails(client, review):
    CommentFactory(content_object=review, author_email="dana@example.org")
    CommentFactory(content_object=review, author_email="DANA@example.org ")
    CommentFactory(content_object=review, author_email="sam@example.org")
    svgs = re.findall(
        r"<svg class=\"avatar.*?</svg>", comments_html(client.get(review.get_absolute_url()))
    )
    assert len(svgs) == 3 and svgs[0] == svgs[1] != svgs[2]


def test_a_pending_preview_shows_a_neutral_avatar_not_the_addresss_identicon(client, review):
    CommentFactory(
        content_object=review,
        author_email="dana@example.org",
        submitted_at=timezone.now() - dt.timedelta(days=1),  # not a flood
    )
    held = "Known here? https://a.example/ https://b.example/"  # two links: held
    post(client, review, email="dana@example.org", comment=held)
    assert Comment.objects.filter(status=Comment.Status.PENDING).count() == 1
    svgs = re.findall(
        r"<svg class=\"avatar.*?</svg>", comments_html(client.get(review.get_absolute_url()))
    )
    assert len(svgs) == 2 and svgs[0] != svgs[1]
    assert svgs[1] == str(placeholder_svg())


@pytest.mark.parametrize("status", [Comment.Status.PENDING, Comment.Status.APPROVED])
def test_html_in_every_field_is_shown_escaped(client, review, status):
    response = post(client, review, name=XSS["name"], comment=XSS["comment"])
    assert response.status_code == 303
    comment = Comment.objects.get()
    # The form refuses such an e-mail address and website; say a moderator typed them in.
    Comment.objects.filter(pk=comment.pk).update(
        author_email=XSS["email"], author_url=XSS["url"], status=status
    )
    html = comments_html(client.get(review.get_absolute_url()))
    assert PREVIEW_NOTE in html if status == Comment.Status.PENDING else ">1 Comment<" in html
    assert "<script>" not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html
    assert escape(XSS["name"]) in html
    assert "&lt;img src=x onerror=alert(&quot;text&quot;)&gt;" in html
    assert f'<a href="{escape(XSS["url"])}" rel="nofollow ugc noopener"' in html
    assert "onerror=alert(1)" not in html  # the e-mail address is never shown


def test_html_typed_into_a_refused_form_comes_back_escaped(client, review):
    response = post(client, review, **{**XSS, "email": XSS["email"]})
    assert response.status_code == 400
    html = comments_html(response)
    assert "<script>" not in html and "<img src=x" not in html
    assert escape(XSS["email"]) in html and escape(XSS["comment"]) in html


def test_comment_counts_on_cards_count_approved_comments_only(client):
    none, one, many = ReviewFactory(), ReviewFactory(), ReviewFactory()
    CommentFactory(content_object=one)
    CommentFactory(content_object=one, status=Comment.Status.PENDING)
    CommentFactory.create_batch(16, content_object=many)
    CommentFactory(content_object=many, status=Comment.Status.SPAM)
    cards = {r.pk: r.comment_count for r in client.get(reverse("reviews:home")).context["reviews"]}
    assert cards == {none.pk: 0, one.pk: 1, many.pk: 16}
    html = html_of(client.get(reverse("reviews:home")))
    for label in ["No comments yet", "1 Comment", "16 Comments"]:
        assert (
            f'<p class="comment-count small text-body-secondary mt-auto mb-0">{label}</p>' in html
        )


def test_feeds_sitemap_and_structured_data_leave_comments_out(client, review):
    CommentFactory(content_object=review, text="Visible comment text.")
    assert "Visible comment text." not in html_of(client.get(reverse("feed")))
    assert "Visible comment text." not in html_of(client.get(reverse("sitemap")))
    page = html_of(client.get(review.get_absolute_url()))
    jsonld = "".join(re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S))
    assert jsonld and "Visible comment text." not in jsonld and "omment" not in jsonld


# Remembering the commenter


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


# Replies


def test_a_reply_link_works_without_javascript(client, review):
    parent = CommentFactory(content_object=review, author_name="Sam")
    html = comments_html(client.get(review.get_absolute_url()))
    link = f'href="?replytocom={parent.pk}#respond" aria-label="Reply to Sam">Reply</a>'
    assert link in html
    page = client.get(review.get_absolute_url(), {"replytocom": parent.pk})
    html = comments_html(page)
    assert ">Leave a Reply to Sam</h3>" in html
    cancel = f'rel="nofollow" href="{review.get_absolute_url()}#respond">Cancel reply</a>'
    assert cancel in html
    assert f'<input type="hidden" name="parent" value="{parent.pk}" id="id_parent">' in html
    response = post(client, review, parent=parent.pk, comment="I agree.")
    reply = Comment.objects.get(text="I agree.")
    assert (reply.parent, reply.depth) == (parent, 1)
    assert response["Location"] == f"{review.get_absolute_url()}#comment-{reply.pk}"


@pytest.mark.parametrize("replytocom", ["abc", "999999", "", "-1"])
def test_a_bad_replytocom_shows_the_ordinary_form(client, review, replytocom):
    response = client.get(review.get_absolute_url(), {"replytocom": replytocom})
    assert response.status_code == 200
    assert ">Leave a Reply</h3>" in html_of(response)


def test_replies_nest_to_max_depth_and_no_reply_link_is_offered_deeper(client, review):
    ModerationSettings.objects.create(pk=1, max_depth=3)
    top = CommentFactory(content_object=review)
    middle = CommentFactory(parent=top)
    deepest = CommentFactory(parent=middle)
    html = comments_html(client.get(review.get_absolute_url()))
    assert f"replytocom={top.pk}#" in html and f"replytocom={middle.pk}#" in html
    assert f"replytocom={deepest.pk}#" not in html
    assert 'class="comment depth-3"' in html
    # The deepest comment's reply form is not offered, and a forged one is refused.
    page = client.get(review.get_absolute_url(), {"replytocom": deepest.pk})
    assert ">Leave a Reply</h3>" in html_of(page)
    response = post(client, review, parent=deepest.pk, comment="Too deep.")
    assert response.status_code == 400
    assert "Replies cannot nest more than 3 levels deep." in html_of(response)
    assert "Too deep." in html_of(response)
    assert response.context["discussion"].form["parent"].value() == ""


@pytest.mark.parametrize(
    "status", [Comment.Status.PENDING, Comment.Status.SPAM, Comment.Status.TRASH]
)
def test_a_reply_to_a_hidden_comment_is_refused_with_the_text_kept(client, review, status):
    parent = CommentFactory(content_object=review, status=status)
    response = post(client, review, parent=parent.pk, comment="Replying anyway.")
    assert response.status_code == 400
    html = html_of(response)
    assert "The comment you are replying to is not available" in html
    assert "Replying anyway." in html
    assert not Comment.objects.filter(text="Replying anyway.").exists()


@pytest.mark.parametrize("parent", ["999999", "abc"])
def test_a_reply_to_a_comment_that_does_not_exist_is_refused(client, review, parent):
    response = post(client, review, parent=parent, comment="Hello?")
    assert response.status_code == 400
    assert "no longer available" in html_of(response)
    assert response.context["discussion"].form["parent"].value() == ""


def test_a_reply_to_a_comment_on_another_review_is_refused(client, review):
    elsewhere = CommentFactory()
    response = post(client, review, parent=elsewhere.pk)
    assert response.status_code == 400
    assert not Comment.objects.filter(content_type__model="review", parent=elsewhere).exists()


def test_a_reply_to_a_hidden_comment_is_hidden_with_it(client, review):
    parent = CommentFactory(content_object=review, text="Parent text.")
    CommentFactory(parent=parent, text="Orphan reply.")
    parent.status = Comment.Status.TRASH
    parent.save()
    html = comments_html(client.get(review.get_absolute_url()))
    assert "Parent text." not in html and "Orphan reply." not in html


def test_threads_are_nested_oldest_first(client, review):
    start = timezone.now() - dt.timedelta(hours=1)
    first = CommentFactory(content_object=review, text="First.", submitted_at=start)
    second = CommentFactory(
        content_object=review, text="Second.", submitted_at=start + dt.timedelta(minutes=1)
    )
    CommentFactory(parent=first, text="Reply to first.", submitted_at=start + dt.timedelta(2))
    html = comments_html(client.get(review.get_absolute_url()))
    assert html.index("First.") < html.index("Reply to first.") < html.index("Second.")
    nested = html[html.index(f'id="comment-{first.pk}"') : html.index(f'id="comment-{second.pk}"')]
    assert '<ol class="comment-list list-unstyled mb-0 children' in nested


# Pages of threads


@pytest.fixture
def many_threads(review):
    """51 threads, oldest first; the last one has a reply."""
    start = timezone.now() - dt.timedelta(days=1)
    roots = [
        CommentFactory(content_object=review, submitted_at=start + dt.timedelta(minutes=n))
        for n in range(51)
    ]
    reply = CommentFactory(parent=roots[-1], submitted_at=start + dt.timedelta(hours=2))
    return roots, reply


def test_comments_come_in_pages_of_50_threads_with_replies_kept_in_their_thread(
    client, review, many_threads
):
    roots, reply = many_threads
    first = client.get(review.get_absolute_url())
    assert list(first.context["discussion"].threads) == roots[:50]
    assert ">52 Comments</h2>" in html_of(first)
    assert f'href="{review.get_absolute_url()}?cpage=2#comments" rel="next">' in html_of(first)
    second = client.get(review.get_absolute_url(), {"cpage": 2})
    assert list(second.context["discussion"].threads) == [roots[-1]]
    html = comments_html(second)
    assert f'id="comment-{reply.pk}"' in html
    assert f'href="?cpage=2#comment-{reply.pk}"' in html
    assert f'href="?cpage=2&amp;replytocom={roots[-1].pk}#respond"' in html
    assert 'action="' + review.get_absolute_url() + '?cpage=2#respond"' in html


def test_a_reply_on_a_later_page_redirects_to_that_page(client, review, many_threads):
    roots, _ = many_threads
    CommentFactory(
        author_name="Dana", author_email="dana@example.org", submitted_at=roots[0].submitted_at
    )
    response = post(client, review, "?cpage=2", parent=roots[-1].pk, comment="Late reply.")
    comment = Comment.objects.get(text="Late reply.")
    assert comment.status == Comment.Status.APPROVED  # a returning commenter
    assert response["Location"] == f"{review.get_absolute_url()}?cpage=2#comment-{comment.pk}"
    page = client.get(response["Location"])
    assert f'id="comment-{comment.pk}"' in html_of(page)


def test_a_new_thread_lands_on_the_last_page(client, review, many_threads):
    response = post(client, review, comment="Newest thread.")
    comment = Comment.objects.get(text="Newest thread.")
    assert response["Location"] == f"{review.get_absolute_url()}?cpage=2#comment-{comment.pk}"
    assert "Newest thread." in html_of(client.get(response["Location"]))


@pytest.mark.parametrize("cpage", ["0", "-1", "abc", "3", "99999999999999999999", "1.5", ""])
def test_a_bad_comments_page_shows_the_first_page(client, review, many_threads, cpage):
    response = client.get(review.get_absolute_url(), {"cpage": cpage})
    assert response.status_code == 200
    assert response.context["discussion"].page.number == 1


@pytest.mark.parametrize("threads", [1, 60])
def test_the_review_page_makes_the_same_number_of_queries_whatever_the_comments(
    client, review, django_assert_num_queries, threads
):
    for _ in range(threads):
        reply = CommentFactory(parent=CommentFactory(content_object=review))
        CommentFactory(parent=reply)
        CommentFactory(content_object=review, status=Comment.Status.PENDING)
    with django_assert_num_queries(10):
        response = client.get(review.get_absolute_url())
    assert response.context["discussion"].count == 3 * threads
    assert len(response.context["discussion"].threads) == min(threads, 50)


def test_the_preview_adds_no_query_beyond_the_authors_session(
    client, review, django_assert_num_queries
):
    CommentFactory(content_object=review)
    post(client, review)
    # The session (one query) is read only for visitors who have one.
    with django_assert_num_queries(11):
        client.get(review.get_absolute_url())


def test_a_comments_url_names_the_comments_page_that_shows_it(client, review, many_threads):
    roots, reply = many_threads
    assert roots[0].get_absolute_url() == f"{review.get_absolute_url()}#comment-{roots[0].pk}"
    url = reply.get_absolute_url()
    assert url == f"{review.get_absolute_url()}?cpage=2#comment-{reply.pk}"
    assert f'id="comment-{reply.pk}"' in html_of(client.get(url.split("#")[0]))


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
