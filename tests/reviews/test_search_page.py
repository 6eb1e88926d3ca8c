"""The search page on any database: visibility, bad input, paging, query counts, escaping,
the fallback."""

import pytest
from django.utils.html import escape

from reviews import search
from reviews.models import Review
from reviews.search import search_index_refresh
from reviews.views_search import SEARCH_SIDEBAR_SIZE
from tests.factories import CreditFactory, FilmFactory, PersonFactory, ReviewFactory
from tests.reviews.searching import SEARCH_URL, found, get_search, indexed

pytestmark = pytest.mark.django_db


def test_drafts_and_scheduled_reviews_are_never_found(client):
    live, *_ = indexed(
        ReviewFactory(headline="Vengeance, live"),
        ReviewFactory(headline="Vengeance, draft", draft=True),
        ReviewFactory(headline="Vengeance, scheduled", scheduled=True),
    )
    response = get_search(client, "vengeance")
    assert list(response.context["reviews"]) == [live]
    assert response.context["paginator"].count == 1
    html = response.content.decode()
    assert "1 review for" in html
    assert "Vengeance, draft" not in html and "Vengeance, scheduled" not in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Type a word to search for."),
        ("   ", "Type a word to search for."),
        ("x" * 1000, "too long"),
        ("ballerina " * 21, "too long"),
        ("?!… — ***", "Punctuation alone"),
        ('"" -', "Punctuation alone"),
    ],
)
def test_bad_queries_get_a_message_and_keep_the_query(client, query, message):
    response = get_search(client, query)
    assert response.status_code == 200
    assert message in response.context["problem"]
    html = response.content.decode()
    assert message in html
    assert f'id="search-q" name="q" value="{escape(query)}"' in html


@pytest.mark.parametrize(
    "query",
    ["'", "\\", "a:*", "a & b | !c", "<script>", "(((", "or or", "- -", 'the "', "a<->b", "%_%"],
)
def test_odd_queries_never_fail(client, query):
    indexed(ReviewFactory(headline="A plain review"))
    assert get_search(client, query).status_code == 200


def test_search_page_without_a_query_asks_for_one(client):
    response = client.get(SEARCH_URL)
    assert response.status_code == 200
    assert "Type a word to search for." in response.content.decode()


def test_query_with_a_nul_character_is_searched_without_it(client):
    (review,) = indexed(ReviewFactory(headline="Vengeance"))
    assert found(client, "venge\x00ance") == [review]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5"])
def test_bad_page_numbers_are_a_404(client, page):
    indexed(*ReviewFactory.create_batch(2, headline="Vengeance"))
    assert get_search(client, "vengeance", page=page).status_code == 404


def test_results_are_paginated_keeping_the_query(client):
    indexed(*ReviewFactory.create_batch(11, headline="Vengeance"))
    first = get_search(client, "vengeance")
    assert len(first.context["reviews"]) == 10
    assert "?q=vengeance&amp;page=2" in first.content.decode()
    assert len(get_search(client, "vengeance", page="2").context["reviews"]) == 1


@pytest.mark.parametrize("size", [2, 12])
def test_search_page_query_count_does_not_grow_with_results(
    client, django_assert_num_queries, size
):
    for review in ReviewFactory.create_batch(size, headline="Vengeance"):
        CreditFactory(film=review.film, person=PersonFactory(name="Vengeance Smith"))
    indexed(*Review.objects.all())
    # Films, the reviews ranked (PostgreSQL: found through indexes first), their count and
    # page, people; the suggestion only runs when none match.
    with django_assert_num_queries(5 if search.is_postgres() else 4):
        response = get_search(client, "vengeance")
    assert response.context["paginator"].count == size
    assert len(response.context["people"]) == min(size, SEARCH_SIDEBAR_SIZE)


def test_snippet_escapes_the_review_body(client):
    indexed(
        ReviewFactory(
            headline="Vengeance <em>served</em>",
            body='<p>Vengeance: she typed &lt;script&gt;alert("x")&lt;/script&gt;.</p>'
            "<script>alert('raw')</script>",
        )
    )
    html = get_search(client, "vengeance").content.decode()
    assert "<script>alert" not in html
    assert "<em>served</em>" not in html and "&lt;em&gt;served&lt;/em&gt;" in html


@pytest.mark.postgres
def test_snippet_shows_the_body_as_escaped_text_with_only_marks_as_tags(client):
    body = '<p>Vengeance: 3 &lt; 4 &amp; "never again" &lt;script&gt;alert(1)&lt;/script&gt;</p>'
    indexed(ReviewFactory(standfirst="", body=body))
    html = get_search(client, "vengeance").content.decode()
    assert "<mark>Vengeance</mark>: 3 &lt; 4 &amp; &quot;never again" in html
    assert "<script>" not in html


def test_highlight_escapes_everything_but_the_marks():
    snippet = f"<b>bold</b> & {search.MARK_START}word{search.MARK_STOP}"
    assert search.highlight(snippet) == "&lt;b&gt;bold&lt;/b&gt; &amp; <mark>word</mark>"


def test_fallback_finds_every_word_in_some_field():
    match = ReviewFactory(headline="Vengeance in ballet shoes", film=FilmFactory(title="Ballerina"))
    ReviewFactory(headline="Vengeance elsewhere")
    fields = ["headline", "film__title", "standfirst", "body"]
    condition = search.fallback_filter("ballerina -x VENGEANCE or", fields)
    assert list(Review.objects.filter(condition)) == [match]
    assert not Review.objects.filter(search.fallback_filter("?!", fields)).exists()


def test_search_finds_a_headline_word_on_any_database(client):
    review, _ = indexed(
        ReviewFactory(headline="Vengeance in ballet shoes"), ReviewFactory(headline="Other")
    )
    response = get_search(client, "ballet")
    assert list(response.context["reviews"]) == [review]
    assert "Vengeance in ballet shoes" in response.content.decode()


def test_films_and_people_are_found_by_name(client):
    film = FilmFactory(title="Ballerina")
    person = PersonFactory(name="Ana de Armas")
    search_index_refresh(film_ids=[film.pk])
    assert get_search(client, "ballerina").context["films"] == [film]
    assert get_search(client, "armas").context["people"] == [person]
