"""Similar reviews and related films: kept lists, mended when what they score on changes."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from reviews import services
from reviews.models import Film, Franchise, RelatedFilm, Review, SimilarReview
from reviews.relations import SIMILAR, relations_refresh, similar_reviews_refresh
from tests.factories import CreditFactory, FilmFactory, GenreFactory, PersonFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def kept(review):
    """The review's kept list, best first, as (headline, score)."""
    links = SimilarReview.objects.filter(review=review).select_related("similar")
    ranked = sorted(
        links, key=lambda link: (link.score, link.similar.published_at, link.similar_id)
    )
    return [(link.similar.headline, link.score) for link in reversed(ranked)]


def days_ago(days):
    return timezone.now() - dt.timedelta(days=days)


@pytest.fixture
def star():
    return PersonFactory(name="Ana de Armas")


def review_with(headline, *, people=(), genres=(), keywords=(), days=1, **fields):
    fields.setdefault("published_at", days_ago(days))
    review = ReviewFactory(headline=headline, **fields)
    for person in people:
        CreditFactory(film=review.film, person=person)
    review.film.genres.add(*genres)
    review.keywords.add(*keywords)
    return review


def test_scores_count_shared_people_and_keywords_twice_and_genres_once(star):
    action = GenreFactory(name="Action")
    ballerina = review_with("Ballerina", people=[star], genres=[action], keywords=["revenge"])
    review_with("Knives Out", people=[star], days=2)
    review_with("John Wick", genres=[action], keywords=["revenge"], days=3)
    review_with("Heat", genres=[action], days=4)
    review_with("Paddington", days=5)  # shares nothing: never kept
    similar_reviews_refresh(ballerina)
    assert kept(ballerina) == [("John Wick", 3), ("Knives Out", 2), ("Heat", 1)]


def test_a_list_keeps_the_best_few_newest_first_on_equal_scores():
    drama = GenreFactory()
    subject = review_with("Subject", genres=[drama])
    for n in range(SIMILAR.kept + 2):
        review_with(f"Drama {n}", genres=[drama], days=n + 2)
    similar_reviews_refresh(subject)
    assert [headline for headline, _ in kept(subject)] == [
        f"Drama {n}" for n in range(SIMILAR.kept)
    ]


def test_a_new_review_enters_the_lists_of_the_reviews_it_shares_with(star):
    older = review_with("Older", people=[star], days=5)
    similar_reviews_refresh(older)
    assert kept(older) == []
    newer = review_with("Newer", people=[star])
    similar_reviews_refresh(newer)
    assert kept(newer) == [("Older", 2)]
    assert kept(older) == [("Newer", 2)]


def test_an_unpublished_review_leaves_every_list_and_short_lists_are_scored_again(star):
    first = review_with("First", people=[star], days=3)
    second = review_with("Second", people=[star], days=2)
    third = review_with("Third", people=[star], days=1)
    relations_refresh(review_ids=[first.pk, second.pk, third.pk])
    assert kept(first) == [("Third", 2), ("Second", 2)]
    services.review_unpublish(review=third)
    similar_reviews_refresh(third)
    assert kept(third) == []
    assert kept(first) == [("Second", 2)]
    assert kept(second) == [("First", 2)]


def test_changes_through_the_site_refresh_the_lists_once_committed(
    star, django_capture_on_commit_callbacks
):
    heat = review_with("Heat", days=3)
    with django_capture_on_commit_callbacks(execute=True):
        collateral = review_with("Collateral", days=2)
    assert kept(heat) == []
    # A credit, a genre and a keyword: each is enough, through its own signal.
    with django_capture_on_commit_callbacks(execute=True):
        CreditFactory(film=heat.film, person=star)
        CreditFactory(film=collateral.film, person=star)
    assert kept(heat) == [("Collateral", 2)]
    genre = GenreFactory()
    with django_capture_on_commit_callbacks(execute=True):
        genre.films.add(heat.film, collateral.film)
    assert kept(heat) == [("Collateral", 3)]
    with django_capture_on_commit_callbacks(execute=True):
        heat.keywords.add("Los Angeles")
        collateral.keywords.add("Los Angeles")
    assert kept(collateral) == [("Heat", 5)]
    with django_capture_on_commit_callbacks(execute=True):
        genre.films.clear()
    assert kept(collateral) == [("Heat", 4)]


def test_the_page_reads_the_kept_list_then_the_newest_reviews(star, django_assert_num_queries):
    subject = review_with("Subject", people=[star], days=10)
    match = review_with("Match", people=[star], days=9)
    newest = review_with("Newest", days=1)
    review_with("Older", days=8)
    review_with("Draft", draft=True, published_at=None)
    relations_refresh(review_ids=Review.objects.values_list("pk", flat=True))
    with django_assert_num_queries(1):
        shown = list(Review.objects.published().similar_to(subject)[:3])
    assert shown[0] == match
    assert [review.headline for review in shown] == ["Match", "Newest", "Older"]
    assert newest in shown


def test_related_films_keep_the_franchise_first_then_shared_genres():
    wick = Franchise.objects.create(name="John Wick")
    drama = GenreFactory()
    ballerina = FilmFactory(title="Ballerina", franchise=wick, release_year=2025)
    ballerina.genres.add(drama)
    chapter_4 = FilmFactory(title="John Wick: Chapter 4", franchise=wick, release_year=2023)
    cousin = FilmFactory(title="Cousin", release_year=2030)
    cousin.genres.add(drama)
    FilmFactory(title="Stranger")
    relations_refresh(film_ids=Film.objects.values_list("pk", flat=True))
    assert list(Film.objects.related_to(ballerina)) == [chapter_4, cousin]
    assert RelatedFilm.objects.get(film=cousin, related=ballerina).score == 1


def test_rebuilding_works_every_list_out_from_scratch(star):
    first = review_with("First", people=[star], days=2)
    second = review_with("Second", people=[star], days=1)
    draft = review_with("Draft", people=[star], draft=True)
    SimilarReview.objects.create(review=first, similar=draft, score=99)  # stale
    call_command("relations_rebuild", stdout=io.StringIO())
    assert kept(first) == [("Second", 2)]
    assert kept(second) == [("First", 2)]
    assert not SimilarReview.objects.filter(similar=draft).exists()
