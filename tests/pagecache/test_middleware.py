"""Whole pages for anonymous readers: kept, served, and never served to the wrong visitor."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from comments.models import ModerationSettings
from comments.views import COMMENTER_COOKIE
from pagecache import generation
from tests.factories import CommentFactory, CreditFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_PROXY_SECONDS = 5


@pytest.fixture
def review():
    return ReviewFactory(headline="Heat, thirty years on")


PUBLIC_PAGES = [
    "reviews:home",
    "reviews:review-list",
    "feed",
    "sitemap",
    "robots-txt",
]


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_an_anonymous_readers_public_page_is_kept_and_served_again(client, review, name):
    first = client.get(reverse(name))
    second = client.get(reverse(name))
    assert (first.status_code, second.status_code) == (200, 200)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


@pytest.mark.parametrize("path", ["review", "film", "person", "search"])
def test_detail_and_search_pages_are_kept_too(client, review, path):
    credit = CreditFactory(film=review.film)
    url = {
        "review": review.get_absolute_url(),
        "film": review.film.get_absolute_url(),
        "person": credit.person.get_absolute_url(),
        "search": reverse("reviews:search") + "?q=Heat",
    }[path]
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_a_kept_page_costs_no_query(client, review, django_assert_num_queries):
    client.get(review.get_absolute_url())
    with django_assert_num_queries(0):
        response = client.get(review.get_absolute_url())
    assert response["X-Page-Cache"] == "hit"


def test_kept_pages_let_the_proxy_keep_them_briefly_and_browsers_revalidate(client, review):
    for response in (client.get("/"), client.get("/")):
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"public", "max-age=0", "s-maxage=5", "stale-if-error=86400"} <= directives
        assert "Cookie" in response["Vary"]
        assert response["ETag"]


def test_a_browser_revalidating_a_kept_page_gets_not_modified(client, review):
    etag = client.get("/")["ETag"]
    response = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


@pytest.mark.parametrize(
    "cookie",
    ["sessionid", "messages", COMMENTER_COOKIE],
)
def test_a_visitor_with_a_personal_cookie_never_gets_a_kept_page(review, cookie):
    Client().get("/")  # kept for everyone else
    client = Client()
    client.cookies[cookie] = "something"
    response = client.get("/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_a_signed_in_readers_page_is_neither_served_from_nor_kept_in_the_cache(review):
    url = review.get_absolute_url()
    Client().get(url)
    member = Client()
    member.force_login(UserFactory(first_name="Dana", last_name="Member"))
    response = member.get(url)
    assert "X-Page-Cache" not in response
    assert "Logged in as Dana Member" in response.content.decode()
    assert "private" in response["Cache-Control"]
    anonymous = Client().get(url)
    assert anonymous["X-Page-Cache"] == "hit"
    assert "Logged in as" not in anonymous.content.decode()


def test_previews_posts_and_the_admin_are_never_kept(editor_client, review):
    draft = ReviewFactory(draft=True)
    preview = editor_client.get(draft.get_preview_url())
    assert preview.status_code == 200
    assert "X-Page-Cache" not in preview
    anonymous = Client()
    assert "X-Page-Cache" not in anonymous.post(review.get_absolute_url(), {})
    login = anonymous.get(reverse("admin:login"))
    assert "X-Page-Cache" not in login
    assert "X-Page-Cache" not in anonymous.get(reverse("admin:login"))


def test_a_not_found_page_is_not_kept(client):
    client.get("/reviews/no-such-review/")
    response = client.get("/reviews/no-such-review/")
    assert response.status_code == 404
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_the_page_cache_off_still_lets_the_proxy_keep_public_pages(client, review, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/")
    response = client.get("/")
    assert "X-Page-Cache" not in response
    assert "s-maxage=5" in response["Cache-Control"]


def test_comments_closing_with_age_end_the_kept_page_then(client, review):
    ModerationSettings.objects.create(pk=1, close_after_days=14)
    CommentFactory(content_object=review)
    response = client.get(review.get_absolute_url())
    # Published a day ago, comments close in 13 days: the page may be kept until then.
    assert response["X-Page-Cache"] == "miss"
    assert response.page_cache_expires_at == review.published_at + dt.timedelta(days=14)


def test_another_processs_change_reaches_pages_this_process_keeps_within_a_second(
    client, review, settings
):
    url = review.get_absolute_url()
    settings.PAGE_CACHE_GENERATION_SECONDS = 3600
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    cache.set(generation.KEY, ("started-by-another-process", None))
    # Within the trusted time this process serves what it kept...
    assert client.get(url)["X-Page-Cache"] == "hit"
    generation.forget()  # ...until the time is up and it reads the generation again.
    assert client.get(url)["X-Page-Cache"] == "miss"


def test_with_no_trusted_time_the_generation_is_read_every_time(client, review, settings):
    url = review.get_absolute_url()
    settings.PAGE_CACHE_GENERATION_SECONDS = 0
    client.get(url)
    cache.set(generation.KEY, ("started-by-another-process", None))
    assert client.get(url)["X-Page-Cache"] == "miss"
