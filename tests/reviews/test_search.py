"""Search on PostgreSQL: ranking, stemming, web-search syntax, typos, bounded candidates."""

import datetime as dt

import pytest

from reviews import search
from tests.factories import CreditFactory, FilmFactory, PersonFactory, ReviewFactory
from tests.reviews.searching import found, get_search, indexed

pytestmark = pytest.mark.django_db


# Ranking, stemming and web-search syntax (PostgreSQL).


@pytest.mark.postgres
def test_headline_match_ranks_above_body_only_match(client):
    in_body, in_headline = indexed(
        ReviewFactory(body="<p>Vengeance, vengeance and more vengeance, all film long.</p>"),
        ReviewFactory(headline="A tale of vengeance"),
    )
    assert found(client, "vengeance") == [in_headline, in_body]


@pytest.mark.postgres
def test_film_title_weighs_like_the_headline(client):
    in_body, about_film = indexed(
        ReviewFactory(body="<p>Nothing like Nosferatu.</p>"),
        ReviewFactory(film=FilmFactory(title="Nosferatu")),
    )
    assert found(client, "nosferatu") == [about_film, in_body]


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("query", "text"), [("dancing", "A dance of knives"), ("dance", "Dancing with wolves")]
)
def test_english_stemming_matches_other_forms_of_a_word(client, query, text):
    (review,) = indexed(ReviewFactory(headline=text))
    assert found(client, query) == [review]


@pytest.mark.postgres
def test_quoted_phrase_matches_only_the_words_together(client):
    phrase, apart = indexed(
        ReviewFactory(body="<p>A red balloon floats over Paris.</p>"),
        ReviewFactory(body="<p>A red car and a blue balloon.</p>"),
    )
    assert found(client, '"red balloon"') == [phrase]
    assert set(found(client, "red balloon")) == {phrase, apart}


@pytest.mark.postgres
def test_minus_word_excludes_reviews_with_that_word(client):
    _comedy, drama = indexed(
        ReviewFactory(headline="A vampire comedy"), ReviewFactory(headline="A vampire drama")
    )
    assert found(client, "vampire -comedy") == [drama]


@pytest.mark.postgres
def test_or_matches_either_word(client):
    vampire, werewolf, _ = indexed(
        ReviewFactory(headline="Vampires at dawn"),
        ReviewFactory(headline="Werewolf in London"),
        ReviewFactory(headline="Zombies in Lisbon"),
    )
    assert set(found(client, "vampire or werewolf")) == {vampire, werewolf}


@pytest.mark.postgres
def test_people_and_keywords_are_searchable(client):
    credit = CreditFactory(person=PersonFactory(name="Ana de Armas"))
    review = ReviewFactory(film=credit.film)
    review.keywords.set(["assassins"])
    indexed(review)
    assert found(client, "armas") == [review]
    assert found(client, "assassin") == [review]


@pytest.mark.postgres
def test_snippet_marks_the_matching_words(client):
    indexed(ReviewFactory(body="<p>The <em>stunt work</em> in the finale is breathtaking.</p>"))
    html = get_search(client, "stunts").content.decode()
    assert "<mark>stunt</mark>" in html


# Typos: corrected results and "did you mean" (pg_trgm on PostgreSQL, reviews.spelling on
# SQLite).


def test_misspelt_title_shows_the_results_for_the_correction(client):
    film = FilmFactory(title="From the World of John Wick: Ballerina")
    (review,) = indexed(ReviewFactory(film=film, headline="Grace under fire"))
    ReviewFactory(headline="Something else")
    response = get_search(client, "balerina")
    assert response.context["corrected"] == "Ballerina"
    assert list(response.context["reviews"]) == [review]
    assert response.context["films"] == [film]
    html = response.content.decode()
    assert "Showing results for" in html and 'href="/search/?q=Ballerina"' in html
    assert 'href="/search/?q=balerina&amp;exact=1"' in html
    assert "1 review for “Ballerina”" in html


def test_the_query_as_typed_can_still_be_searched_for(client):
    indexed(ReviewFactory(film=FilmFactory(title="Ballerina")))
    response = get_search(client, "balerina", exact="1")
    assert list(response.context["reviews"]) == []
    assert "corrected" not in response.context
    assert response.context["suggestion"] == "Ballerina"
    assert "Did you mean" in response.content.decode()


def test_corrected_results_are_paginated_keeping_the_query(client):
    film = FilmFactory(title="Ballerina")
    indexed(*ReviewFactory.create_batch(11, film=film))
    first = get_search(client, "balerina")
    assert len(first.context["reviews"]) == 10
    assert "?q=balerina&amp;page=2" in first.content.decode()
    second = get_search(client, "balerina", page="2")
    assert second.context["corrected"] == "Ballerina" and len(second.context["reviews"]) == 1
    assert get_search(client, "balerina", page="3").status_code == 404


def test_a_correction_that_finds_nothing_either_is_only_suggested(client):
    FilmFactory(title="Ballerina")  # no review of it
    response = get_search(client, "balerina")
    assert "corrected" not in response.context
    assert response.context["suggestion"] == "Ballerina"
    assert list(response.context["reviews"]) == []


def test_nothing_is_corrected_when_no_name_is_close(client):
    FilmFactory(title="Ballerina")
    response = get_search(client, "zzyzx")
    assert "suggestion" not in response.context and "corrected" not in response.context


def test_misspelt_name_finds_the_person_and_suggests_the_name(client):
    wiseman = PersonFactory(name="Len Wiseman")
    PersonFactory(name="Keanu Reeves")
    response = get_search(client, "Len Wisemen")
    assert response.context["people"] == [wiseman]
    assert response.context["suggestion"] == "Len Wiseman"
    assert "Did you mean" in response.content.decode()


def test_a_hyphenated_name_typed_without_its_hyphen_finds_the_person(client):
    lee = PersonFactory(name="Lee Chung-hyun")
    PersonFactory(name="Lee Isaac Chung")
    response = get_search(client, "lee chunghyun")
    assert response.context["suggestion"] == "Lee Chung-hyun"
    assert response.context["people"] == [lee]


def test_a_name_typed_in_lower_case_is_no_correction(client):
    PersonFactory(name="Chad Stahelski")
    response = get_search(client, "chad stahelski")
    assert "suggestion" not in response.context and "corrected" not in response.context


def test_no_suggestion_when_reviews_match(client):
    FilmFactory(title="Dancer in the Dark")
    indexed(ReviewFactory(headline="The dance of death"))
    response = get_search(client, "dance")
    assert "suggestion" not in response.context


# A bounded set of candidates (PostgreSQL).


@pytest.mark.postgres
def test_a_common_word_ranks_the_newest_matches_and_the_best_titled_films(client, monkeypatch):
    monkeypatch.setattr(search, "NEWEST_CANDIDATES", 3)
    old = dt.datetime(2001, 1, 1, tzinfo=dt.UTC)
    titled = ReviewFactory(film=FilmFactory(title="Ocean Eleven"), published_at=old)
    newest = [ReviewFactory(body=f"<p>An ocean of feeling, part {n}.</p>") for n in range(5)]
    indexed(titled, *newest)
    response = get_search(client, "ocean")
    shown = list(response.context["reviews"])
    assert shown[0] == titled  # far older than the rest, but its film's title matches
    assert len(shown) == 4  # the three newest matches and the titled one
    assert response.context["capped"] is True
    assert "4+ reviews for “ocean”" in response.text
