"""Typo correction without pg_trgm: the cached vocabulary of titles and names."""

import pytest
from django.core.cache import cache

from reviews import spelling
from reviews.search import is_postgres, search_index_refresh
from tests.factories import FilmFactory, PersonFactory, ReviewFactory
from tests.reviews.searching import get_search

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "correction"),
    [
        ("balerina", "Ballerina"),
        ("BALERINA", "Ballerina"),
        ("Len Wisemen", "Len Wiseman"),
        ("len wisemen", "Len Wiseman"),  # one casing for the whole suggestion
        ("balerina -wick", "Ballerina -wick"),
        ("ballerina", None),  # known: nothing to correct
        ("xyzzyq", None),  # nothing close
        ("bal", None),  # too short to correct
    ],
)
def test_unknown_words_are_corrected_to_the_closest_title_or_name_word(query, correction):
    FilmFactory(title="From the World of John Wick: Ballerina")
    PersonFactory(name="Len Wiseman")
    assert spelling.corrected(query) == correction


def test_the_vocabulary_is_read_once_then_from_the_cache(django_assert_num_queries):
    FilmFactory(title="Ballerina")
    with django_assert_num_queries(1):
        assert spelling.corrected("balerina") == "Ballerina"
    with django_assert_num_queries(0):
        assert spelling.corrected("balerina") == "Ballerina"


def test_a_new_film_or_person_is_known_once_its_transaction_commits(
    django_capture_on_commit_callbacks,
):
    FilmFactory(title="Ballerina")
    assert spelling.corrected("nosferatoo") is None
    with django_capture_on_commit_callbacks(execute=True):
        FilmFactory(title="Nosferatu")
    assert spelling.corrected("nosferatoo") == "Nosferatu"
    with django_capture_on_commit_callbacks(execute=True):
        PersonFactory(name="Max Schreck")
    assert cache.get(spelling.KEY) is None
    assert spelling.corrected("schrek") == "Schreck"


def test_a_deleted_film_is_forgotten(django_capture_on_commit_callbacks):
    film = FilmFactory(title="Nosferatu")
    assert spelling.corrected("nosferatoo") == "Nosferatu"
    with django_capture_on_commit_callbacks(execute=True):
        film.delete()
    assert spelling.corrected("nosferatoo") is None


@pytest.mark.parametrize("size", [1, 11])
def test_a_corrected_search_makes_a_fixed_number_of_queries(
    client, django_assert_num_queries, size
):
    film = FilmFactory(title="Ballerina")
    reviews = ReviewFactory.create_batch(size, film=film)
    search_index_refresh(review_ids=[review.pk for review in reviews])
    get_search(client, "ballerina")  # Django's content-type cache: read once per process
    cache.clear()  # the vocabulary is read (SQLite), as after a change
    # The query's films and review count (PostgreSQL: its candidates, none, so no count);
    # the correction (SQLite: the vocabulary); the correction's films, candidates (PostgreSQL),
    # count and page; people.
    with django_assert_num_queries(8 if is_postgres() else 7):
        response = get_search(client, "balerina")
    assert response.context["corrected"] == "Ballerina"
    assert len(response.context["reviews"]) == min(size, 10)
