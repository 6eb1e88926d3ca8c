"""A film's facts for cards, in one query: the same as its relations say, in billing order."""

import pytest

from reviews.facts import CAST_KEPT, facts_of, load_film_facts
from reviews.models import Country, Film
from tests.factories import CreditFactory, FilmFactory, GenreFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_facts_come_in_one_query_for_any_number_of_films(django_assert_num_queries):
    films = []
    for n in range(5):
        film = FilmFactory()
        film.genres.add(GenreFactory(name=f"Genre {n}"))
        CreditFactory(film=film, role="director", character="")
        films.append(film)
    loaded = list(Film.objects.filter(pk__in=[f.pk for f in films]))
    with django_assert_num_queries(1):
        load_film_facts(loaded)
    assert [film.facts.genres[0].name for film in sorted(loaded, key=lambda f: f.pk)] == [
        f"Genre {n}" for n in range(5)
    ]


def test_facts_read_as_the_films_relations_do():
    film = FilmFactory()
    film.genres.add(GenreFactory(name="Thriller"), GenreFactory(name="Action"))
    film.countries.add(Country.objects.get(code="US"), Country.objects.get(code="GB"))
    director = PersonFactory(name="Len Wiseman")
    CreditFactory(film=film, person=director, role="director", character="")
    for n in reversed(range(CAST_KEPT + 2)):
        CreditFactory(film=film, person=PersonFactory(name=f"Actor {n}"), billing_order=n)
    CreditFactory(film=film, role="writer", character="")
    loaded = Film.objects.get(pk=film.pk)
    load_film_facts([loaded])
    from_relations = facts_of(Film.objects.get(pk=film.pk))
    assert loaded.facts == from_relations
    facts = loaded.facts
    assert [g.name for g in facts.genres] == ["Action", "Thriller"]
    assert [c.name for c in facts.countries] == ["United Kingdom", "United States of America"]
    assert [c.url for c in facts.countries] == ["/countries/gb/", "/countries/us/"]
    assert [(d.name, d.url) for d in facts.directors] == [("Len Wiseman", "/people/len-wiseman/")]
    assert [p.name for p in facts.cast] == [f"Actor {n}" for n in range(CAST_KEPT)]
    assert facts.cast[0].character
