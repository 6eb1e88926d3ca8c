"""Catalogue slugs in the admin: a second film or person with a name in use gets the year."""

import pytest
from django.urls import reverse

from reviews.models import Film, Person
from tests.factories import FilmFactory, PersonFactory

pytestmark = pytest.mark.django_db


def film_data(**fields):
    return {
        "title": "Ballerina",
        "original_title": "",
        "release_year": "2025",
        "synopsis": "",
        "keywords": "",
        "poster_alt": "",
        "credits-TOTAL_FORMS": "0",
        "credits-INITIAL_FORMS": "0",
        **fields,
    }


def test_second_film_with_a_title_in_use_gets_the_year_in_its_slug(editor_client):
    FilmFactory(title="Ballerina", slug="ballerina", release_year=2023)
    # The admin's JavaScript prepopulated the slug from the title.
    response = editor_client.post(
        reverse("admin:reviews_film_add"), film_data(slug="ballerina", release_year="2025")
    )
    assert response.status_code == 302
    assert Film.objects.get(release_year=2025).slug == "ballerina-2025"


def test_a_third_film_of_the_same_title_and_year_gets_a_counter(editor_client):
    FilmFactory(title="Ballerina", slug="ballerina", release_year=2023)
    FilmFactory(title="Ballerina", slug="ballerina-2025", release_year=2025)
    response = editor_client.post(reverse("admin:reviews_film_add"), film_data(slug="ballerina"))
    assert response.status_code == 302
    assert Film.objects.filter(slug="ballerina-2025-2").exists()


def test_a_slug_the_editor_typed_that_is_taken_is_still_an_error(editor_client):
    FilmFactory(title="Other", slug="my-slug")
    response = editor_client.post(reverse("admin:reviews_film_add"), film_data(slug="my-slug"))
    assert response.status_code == 200
    assert "Film with this Slug already exists." in response.content.decode()
    assert not Film.objects.filter(title="Ballerina").exists()


def test_editing_a_film_keeps_its_own_slug(editor_client):
    film = FilmFactory(title="Ballerina", slug="ballerina", release_year=2025)
    url = reverse("admin:reviews_film_change", args=[film.pk])
    response = editor_client.post(url, film_data(slug="ballerina", synopsis="A dancer."))
    assert response.status_code == 302
    film.refresh_from_db()
    assert (film.slug, film.synopsis) == ("ballerina", "A dancer.")


def test_second_person_with_a_name_in_use_gets_the_birth_year(editor_client):
    PersonFactory(name="Ana de Armas", slug="ana-de-armas")
    data = {
        "name": "Ana de Armas",
        "slug": "ana-de-armas",
        "birth_year": "1988",
        "bio": "",
        "credits-TOTAL_FORMS": "0",
        "credits-INITIAL_FORMS": "0",
    }
    response = editor_client.post(reverse("admin:reviews_person_add"), data)
    assert response.status_code == 302
    assert Person.objects.get(birth_year=1988).slug == "ana-de-armas-1988"
