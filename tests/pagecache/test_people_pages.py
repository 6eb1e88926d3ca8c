"""Franchise and author pages are kept by the page cache and made fresh by a change."""

import pytest

from reviews.models import AuthorProfile, Franchise
from tests.factories import FilmFactory, ReviewFactory, UserFactory
from tests.pagecache.test_invalidation import fresh, kept

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_a_film_joining_or_a_renamed_franchise_shows_on_its_page(
    client, django_capture_on_commit_callbacks
):
    wick = Franchise.objects.create(name="John Wick")
    FilmFactory(title="John Wick", franchise=wick)
    url = wick.get_absolute_url()
    kept(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        FilmFactory(title="Ballerina", franchise=wick)
    assert "Ballerina" in fresh(client, url)
    kept(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        wick.description = "The whole High Table saga."
        wick.save()
    assert "The whole High Table saga." in fresh(client, url)


def test_an_edited_bio_or_a_new_review_shows_on_the_author_page(
    client, django_capture_on_commit_callbacks
):
    author = AuthorProfile.objects.create(user=UserFactory(), display_name="Mira Okafor")
    ReviewFactory(author=author.user, headline="First light")
    url = author.get_absolute_url()
    kept(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        author.bio = "Twenty years of action cinema."
        author.save()
    assert "Twenty years of action cinema." in fresh(client, url)
    kept(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        ReviewFactory(author=author.user, headline="Grace under fire")
    assert "Grace under fire" in fresh(client, url)
