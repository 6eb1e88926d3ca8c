"""Franchise and author pages, their feed and sitemap entries, and the links to them."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from reviews.images import renditions_make
from reviews.models import AuthorProfile, Franchise, Review
from tests.factories import FilmFactory, PersonFactory, ReviewFactory, UserFactory
from tests.reviews.image_files import image_bytes, stored

pytestmark = pytest.mark.django_db


@pytest.fixture
def wick():
    return Franchise.objects.create(name="John Wick", description="A hitman's world.")


def days_ago(days):
    return timezone.now() - dt.timedelta(days=days)


# Franchise pages.


def test_franchise_page_lists_its_films_by_release_with_their_published_reviews(client, wick):
    chapter_4 = FilmFactory(title="John Wick: Chapter 4", release_year=2023, franchise=wick)
    first = FilmFactory(title="John Wick", release_year=2014, franchise=wick)
    unreleased = FilmFactory(title="John Wick 5", release_year=None, franchise=wick)
    FilmFactory(title="Heat", release_year=1995)  # not in the franchise
    review = ReviewFactory(film=first, headline="Grief, then bullets")
    ReviewFactory(film=first, draft=True, headline="An unfinished draft")
    response = client.get(wick.get_absolute_url())
    assert response.status_code == 200
    assert response.context["films"] == [first, chapter_4, unreleased]
    assert response.context["films"][0].published_reviews == [review]
    html = response.content.decode()
    assert "A hitman&#x27;s world." in html and "Grief, then bullets" in html
    assert "An unfinished draft" not in html and "Heat" not in html
    assert "Not reviewed yet." in html


@pytest.mark.parametrize("size", [1, 6])
def test_franchise_page_query_count_does_not_grow_with_films(
    client, wick, django_assert_num_queries, size
):
    for n in range(size):
        ReviewFactory.create_batch(2, film=FilmFactory(franchise=wick, release_year=2000 + n))
    with django_assert_num_queries(3):  # the franchise, its films, their reviews
        response = client.get(wick.get_absolute_url())
    assert len(response.context["films"]) == size


def test_unknown_franchise_is_a_404(client):
    assert client.get(reverse("reviews:franchise-detail", args=["nope"])).status_code == 404


def test_film_page_links_its_franchise(client, wick):
    film = FilmFactory(franchise=wick)
    html = client.get(film.get_absolute_url()).content.decode()
    assert f'<a href="{wick.get_absolute_url()}">John Wick</a>' in html
    assert wick.get_absolute_url() == "/franchises/john-wick/"


# Author pages.


@pytest.fixture
def author():
    user = UserFactory(is_staff=True)
    return AuthorProfile.objects.create(
        user=user, display_name="Mira Okafor", bio="Writes about <b>action</b> cinema."
    )


def test_author_page_shows_the_profile_and_only_their_published_reviews(client, author):
    theirs = ReviewFactory(author=author.user, headline="Their review")
    ReviewFactory(author=author.user, draft=True, headline="Their draft")
    ReviewFactory(headline="Someone else's review")
    response = client.get(author.get_absolute_url())
    assert author.get_absolute_url() == "/authors/mira-okafor/"
    assert list(response.context["reviews"]) == [theirs]
    html = response.content.decode()
    assert "Writes about &lt;b&gt;action&lt;/b&gt; cinema." in html  # never marked safe
    assert "<h1" in html and "Mira Okafor" in html
    assert "Their draft" not in html and "Someone else" not in html
    assert f'href="{reverse("reviews:author-feed", args=["mira-okafor"])}"' in html


def test_author_reviews_are_paginated_newest_first(client, author):
    reviews = [ReviewFactory(author=author.user, published_at=days_ago(n + 1)) for n in range(13)]
    first = client.get(author.get_absolute_url())
    assert list(first.context["reviews"]) == reviews[:12]
    second = client.get(author.get_absolute_url(), {"page": "2"})
    assert list(second.context["reviews"]) == reviews[12:]
    assert client.get(author.get_absolute_url(), {"page": "3"}).status_code == 404


@pytest.mark.parametrize("size", [1, 12])
def test_author_page_query_count_does_not_grow_with_reviews(
    client, author, django_assert_num_queries, size
):
    ReviewFactory.create_batch(size, author=author.user)
    client.get(author.get_absolute_url())  # Django's content-type cache: read once per process
    # The profile, the count of the first pages (bounded), a page of cards, and the facts
    # of their films (genres, countries, credits).
    with django_assert_num_queries(4):
        response = client.get(author.get_absolute_url())
    assert len(response.context["reviews"]) == size


def test_unknown_author_is_a_404(client):
    assert client.get(reverse("reviews:author-detail", args=["nobody"])).status_code == 404
    assert client.get(reverse("reviews:author-feed", args=["nobody"])).status_code == 404


def test_a_profile_without_published_reviews_has_no_public_page(client, author):
    """An editor's or a writer's account name is not published before their work is."""
    draft = ReviewFactory(author=author.user, draft=True)
    for name in ["reviews:author-detail", "reviews:author-feed"]:
        assert client.get(reverse(name, args=[author.slug])).status_code == 404
    assert author.get_absolute_url() not in client.get("/sitemap-authors.xml").text
    draft.status, draft.published_at = Review.Status.PUBLISHED, draft.created_at
    draft.save()
    assert client.get(author.get_absolute_url()).status_code == 200


def test_review_byline_links_the_author_page(client, author):
    review = ReviewFactory(author=author.user)
    html = client.get(review.get_absolute_url()).content.decode()
    assert (
        '<a class="fw-semibold" href="/authors/mira-okafor/" rel="author">Mira Okafor</a>' in html
    )


def test_a_byline_without_a_profile_links_nowhere(client):
    review = ReviewFactory(author=UserFactory(first_name="Ann", last_name="Lee"))
    html = client.get(review.get_absolute_url()).content.decode()
    assert '<span class="fw-semibold">Ann Lee</span>' in html
    assert 'rel="author"' not in html


def test_two_authors_with_one_name_get_different_slugs():
    first = AuthorProfile.objects.create(user=UserFactory(), display_name="Sam Park")
    second = AuthorProfile.objects.create(user=UserFactory(), display_name="Sam Park")
    assert (first.slug, second.slug) == ("sam-park", "sam-park-2")


def test_author_feed_lists_only_their_published_reviews(client, author):
    ReviewFactory(author=author.user, headline="Their review")
    ReviewFactory(author=author.user, draft=True, headline="Their draft")
    ReviewFactory(headline="Someone else's review")
    response = client.get(reverse("reviews:author-feed", args=[author.slug]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "<title>reviewsite: reviews by Mira Okafor</title>" in body
    assert body.count("<item>") == 1 and "Their review" in body


# Sitemap.


def test_sitemap_lists_franchise_and_author_pages(client, wick, author):
    ReviewFactory(author=author.user)
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-franchises.xml" in index and "sitemap-authors.xml" in index
    assert "/franchises/john-wick/" in client.get("/sitemap-franchises.xml").content.decode()
    assert "/authors/mira-okafor/" in client.get("/sitemap-authors.xml").content.decode()


# Portraits: person pages and author pages show what the catalogue has.


def with_portrait(instance, field, name):
    """`instance` with an uploaded portrait in `field` and its renditions made."""
    file = stored(name, image_bytes((400, 400)))
    setattr(instance, field, file.name)
    setattr(instance, f"{field}_renditions", renditions_make(file))
    instance.save()
    return instance


def test_person_page_shows_the_photo_and_bio_it_has(client):
    person = with_portrait(
        PersonFactory(bio="Dancer turned <i>actor</i>."), "photo", "people/a.jpg"
    )
    html = client.get(person.get_absolute_url()).content.decode()
    assert "Dancer turned &lt;i&gt;actor&lt;/i&gt;." in html
    assert f'alt="{person.name}"' in html and "renditions/people/a-" in html


def test_person_page_without_photo_or_bio_shows_neither(client):
    person = PersonFactory(bio="")
    html = client.get(person.get_absolute_url()).content.decode()
    assert "<picture" not in html and "renditions/people" not in html


def test_author_page_shows_the_avatar(client, author):
    ReviewFactory(author=author.user)
    with_portrait(author, "avatar", "authors/mira.jpg")
    html = client.get(author.get_absolute_url()).content.decode()
    assert 'alt="Mira Okafor"' in html and "renditions/authors/mira-" in html
