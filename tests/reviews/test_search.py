import datetime as dt

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape

from demo.services import demo_load
from reviews import search
from reviews.models import Credit, Film, Review
from reviews.search import search_index_refresh
from reviews.views import SEARCH_SIDEBAR_SIZE
from tests.factories import CreditFactory, FilmFactory, PersonFactory, ReviewFactory
from tests.reviews.test_admin import review_form_data

pytestmark = pytest.mark.django_db

SEARCH_URL = reverse("reviews:search")


def get_search(client, query, **params):
    return client.get(SEARCH_URL, {"q": query, **params})


def found(client, query):
    """The reviews the search page lists for `query`, in order."""
    response = get_search(client, query)
    assert response.status_code == 200
    return list(response.context["reviews"])


def indexed(*reviews):
    """Refresh the index of `reviews` (a no-op on SQLite) and return them."""
    search_index_refresh(review_ids=[review.pk for review in reviews])
    return reviews


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


# Typos and "did you mean" (PostgreSQL, pg_trgm).


@pytest.mark.postgres
def test_misspelt_title_finds_the_film_and_suggests_it(client):
    film = FilmFactory(title="From the World of John Wick: Ballerina")
    indexed(ReviewFactory(film=film))
    response = get_search(client, "balerina")
    assert response.context["films"] == [film]
    assert response.context["suggestion"] == "Ballerina"
    assert 'href="/search/?q=Ballerina"' in response.content.decode()
    assert found(client, "Ballerina") == list(film.reviews.all())


@pytest.mark.postgres
def test_misspelt_name_finds_the_person_and_suggests_the_name(client):
    wiseman = PersonFactory(name="Len Wiseman")
    PersonFactory(name="Keanu Reeves")
    response = get_search(client, "Len Wisemen")
    assert response.context["people"] == [wiseman]
    assert response.context["suggestion"] == "Len Wiseman"
    assert "Did you mean" in response.content.decode()


@pytest.mark.postgres
def test_no_suggestion_when_reviews_match(client):
    FilmFactory(title="Dancer in the Dark")
    indexed(ReviewFactory(headline="The dance of death"))
    response = get_search(client, "dance")
    assert "suggestion" not in response.context


# Keeping the index current (PostgreSQL).


def film_form_data(film, **overrides):
    return {
        "title": film.title,
        "original_title": film.original_title,
        "slug": film.slug,
        "release_year": film.release_year or "",
        "synopsis": film.synopsis,
        "keywords": "",
        "poster_alt": "",
        "credits-TOTAL_FORMS": "0",
        "credits-INITIAL_FORMS": "0",
        **overrides,
    }


def person_form_data(person, credits, **overrides):
    data = {
        "name": person.name,
        "slug": person.slug,
        "bio": "",
        "credits-TOTAL_FORMS": str(len(credits)),
        "credits-INITIAL_FORMS": str(len(credits)),
    }
    for index, credit in enumerate(credits):
        data |= {
            f"credits-{index}-id": credit.pk,
            f"credits-{index}-person": person.pk,
            f"credits-{index}-film": credit.film_id,
            f"credits-{index}-role": credit.role,
            f"credits-{index}-character": credit.character,
            f"credits-{index}-billing_order": credit.billing_order,
        }
    return data | overrides


@pytest.mark.postgres
def test_renaming_a_film_in_the_admin_refreshes_its_reviews(
    editor_client, client, django_capture_on_commit_callbacks
):
    review = ReviewFactory(film=FilmFactory(title="Untitled Wick Project"))
    indexed(review)
    url = reverse("admin:reviews_film_change", args=[review.film.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, film_form_data(review.film, title="Ballerina"))
    assert response.status_code == 302, response.context["errors"]
    assert found(client, "ballerina") == [review]
    assert found(client, "untitled") == []
    assert get_search(client, "ballerina").context["films"] == [review.film]


def test_an_admin_save_leaves_reindexing_to_the_worker(
    editor_client, task_queue, django_capture_on_commit_callbacks
):
    film = FilmFactory(title="Untitled Wick Project")
    url = reverse("admin:reviews_film_change", args=[film.pk])
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url, film_form_data(film, title="Ballerina"))
    assert [(r.task.name, r.kwargs) for r in task_queue.results] == [
        ("refresh_indexes", {"review_ids": [], "film_ids": [film.pk]})
    ]


@pytest.mark.postgres
def test_renaming_a_person_in_the_admin_refreshes_their_films(
    editor_client, client, django_capture_on_commit_callbacks
):
    credit = CreditFactory(person=PersonFactory(name="Len Wiseman"))
    review = ReviewFactory(film=credit.film)
    indexed(review)
    assert found(client, "wiseman") == [review]
    url = reverse("admin:reviews_person_change", args=[credit.person.pk])
    data = person_form_data(credit.person, [credit], name="Leonard Wiseman")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    assert found(client, "leonard") == [review]


@pytest.mark.postgres
def test_removing_a_credit_in_the_admin_refreshes_the_film_left(
    editor_client, client, django_capture_on_commit_callbacks
):
    credit = CreditFactory(person=PersonFactory(name="Len Wiseman"))
    review = ReviewFactory(film=credit.film)
    indexed(review)
    url = reverse("admin:reviews_person_change", args=[credit.person.pk])
    data = person_form_data(credit.person, [credit], **{"credits-0-DELETE": "on"})
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, data).status_code == 302
    assert not Credit.objects.exists()
    assert found(client, "wiseman") == []


@pytest.mark.postgres
def test_crediting_a_person_in_the_admin_refreshes_the_film_joined(
    editor_client, client, django_capture_on_commit_callbacks
):
    person = PersonFactory(name="Len Wiseman")
    review = ReviewFactory()
    indexed(review)
    url = reverse("admin:reviews_person_change", args=[person.pk])
    new_credit = {
        "credits-TOTAL_FORMS": "1",
        "credits-0-film": review.film_id,
        "credits-0-role": "director",
        "credits-0-billing_order": "1",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, person_form_data(person, [], **new_credit))
    assert response.status_code == 302, response.context["errors"]
    assert found(client, "wiseman") == [review]


@pytest.mark.postgres
def test_adding_a_review_in_the_admin_indexes_it(
    editor_client, editor, client, django_capture_on_commit_callbacks
):
    film = FilmFactory()
    data = review_form_data(film, editor, status="published")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("admin:reviews_review_add"), data)
    assert response.status_code == 302, response.context["errors"]
    assert found(client, "vengeance") == [Review.objects.get(slug="a-dance-of-vengeance")]
    assert found(client, "ballet") == found(client, "vengeance")  # its keywords


@pytest.mark.postgres
def test_search_reindex_rebuilds_every_vector(client, capsys):
    reviews = ReviewFactory.create_batch(3, headline="Nocturnal animals")
    assert found(client, "nocturnal") == []
    call_command("search_reindex")
    assert "Reindexed 3 films and 3 reviews." in capsys.readouterr().out
    assert set(found(client, "nocturnal")) == set(reviews)
    assert not Film.objects.filter(search_vector__isnull=True).exists()


@pytest.mark.postgres
def test_refresh_takes_a_fixed_number_of_queries(django_assert_num_queries):
    films = [CreditFactory().film for _ in range(5)]
    for film in films:
        ReviewFactory.create_batch(2, film=film)
    with django_assert_num_queries(4):  # two UPDATEs, in a savepoint inside the test's transaction
        assert search_index_refresh(film_ids=[film.pk for film in films]) == (5, 10)


@pytest.mark.postgres
def test_demo_content_is_indexed_and_forgives_typos(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the indexing task runs on commit
        demo_load()
    response = get_search(client, "balerina")
    assert response.context["suggestion"] == "Ballerina"
    assert {film.title for film in response.context["films"]} == {
        "Ballerina",
        "From the World of John Wick: Ballerina",
    }
    assert len(found(client, "ballerina")) >= 2
    people = get_search(client, "Len Wisemen").context["people"]
    assert [person.name for person in people] == ["Len Wiseman"]
    assert found(client, "captivity") == []  # the draft
    assert found(client, '"golden bear"') == []  # the scheduled feature


def test_refresh_does_nothing_without_ids(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert search_index_refresh() == (0, 0)


# Any database: visibility, bad input, paging, query counts, escaping, the fallback.


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
