"""Who sees which comments, and how they are shown: previews, avatars, escaping, counts."""

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from comments import views
from comments.avatars import placeholder_svg
from comments.models import Comment
from tests.comments.views.helpers import PREVIEW_NOTE, XSS, comments_html, html_of, post
from tests.factories import CommentFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_a_pending_comment_is_previewed_to_its_author_only(client, review):
    response = post(client, review, comment="Held for now.")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    mine = comments_html(client.get(response["Location"]))
    assert "Held for now." in mine and PREVIEW_NOTE in mine
    assert 'class="comment-reply-link' not in mine  # no replies to a comment no one else sees
    # The count is of approved comments: not "No comments yet" above the author's own.
    assert ">Comments</h2>" in mine and "No comments yet" not in mine
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
