"""Keeping the search index current: admin saves, the reindex command, the demo."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from demo.services import demo_load
from reviews.models import Credit, Film, Review
from reviews.search import search_index_refresh
from tests.demo.helpers import renditions_skipped
from tests.factories import CreditFactory, FilmFactory, PersonFactory, ReviewFactory
from tests.reviews.searching import found, get_search, indexed
from tests.reviews.test_admin import review_form_data

pytestmark = pytest.mark.django_db


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


def test_demo_content_is_indexed_and_forgives_typos(client, django_capture_on_commit_callbacks):
    # The indexing task runs on commit; search reads no pictures.
    with django_capture_on_commit_callbacks(execute=True), renditions_skipped():
        demo_load()
    response = get_search(client, "balerina")
    # No review says "balerina": the page shows those for the correction.
    assert response.context["corrected"] == "Ballerina"
    assert list(response.context["reviews"]) == found(client, "Ballerina")
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
