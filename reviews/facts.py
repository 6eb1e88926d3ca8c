"""A film's facts as cards and info lines show them: genres, countries, directors, cast.

A page of twelve cards needs the facts of twelve films. Through prefetch_related that was
three queries and a few hundred model instances, a quarter of a listing page's time; here
it is one query that returns each film's facts as JSON, read into plain objects.
"""

import json
from dataclasses import dataclass, field

from django.db import connections

from reviews.models import Credit, page_path

#: Cast members kept per film: more than any card or info line shows.
CAST_KEPT = 8


@dataclass(frozen=True)
class Link:
    """A genre, country or person as a page links it."""

    name: str
    url: str
    character: str = ""

    def get_absolute_url(self):
        return self.url

    def __str__(self):
        return self.name


@dataclass
class FilmFacts:
    genres: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    directors: list = field(default_factory=list)
    cast: list = field(default_factory=list)

    def top_cast(self, limit=4):
        return self.cast[:limit]


def load_film_facts(films):
    """Give each of `films` its `facts` (a FilmFacts), in one query whatever their number."""
    films = [film for film in films if film is not None and film.pk is not None]
    if not films:
        return
    rows = _fetch({film.pk for film in films}, using=films[0]._state.db or "default")
    for film in films:
        film.facts = rows.get(film.pk) or FilmFacts()


def _fetch(film_ids, *, using):
    connection = connections[using]
    if connection.vendor == "postgresql":  # one statement for any number of films: prepared
        sql, params = POSTGRES_SQL, [CAST_KEPT, sorted(film_ids)]
    else:
        sql = SQLITE_SQL.format(ids=", ".join(["%s"] * len(film_ids)))
        params = [CAST_KEPT, *film_ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = {}
        for film_id, genres, countries, credits in cursor.fetchall():
            found[film_id] = _facts(*(_decoded(value) for value in (genres, countries, credits)))
    return found


def _decoded(value):
    if value is None:
        return []
    return json.loads(value) if isinstance(value, str) else value


def _facts(genres, countries, credits):
    people = {Credit.Role.DIRECTOR: [], Credit.Role.CAST: []}
    for role, name, slug, character in credits:
        url = page_path("reviews:person-detail", slug=slug)
        people[role].append(Link(name, url, character))
    return FilmFacts(
        genres=[Link(name, page_path("reviews:genre-detail", slug=slug)) for name, slug in genres],
        countries=[
            Link(name, page_path("reviews:country-detail", code=code.lower()))
            for code, name in countries
        ],
        directors=people[Credit.Role.DIRECTOR],
        cast=people[Credit.Role.CAST][:CAST_KEPT],
    )


# Each film's genres and countries by name, and its directors then cast in billing order,
# as JSON arrays: the same rows prefetch_related read, without a model instance per row.
POSTGRES_SQL = """
SELECT film.id,
  (SELECT json_agg(json_build_array(g.name, g.slug) ORDER BY g.name)
     FROM reviews_film_genres fg JOIN reviews_genre g ON g.id = fg.genre_id
    WHERE fg.film_id = film.id),
  (SELECT json_agg(json_build_array(c.code, c.name) ORDER BY c.name)
     FROM reviews_film_countries fc JOIN reviews_country c ON c.code = fc.country_id
    WHERE fc.film_id = film.id),
  (SELECT json_agg(json_build_array(k.role, k.name, k.slug, k.character))
     FROM (SELECT cr.role, p.name, p.slug, cr.character
             FROM reviews_credit cr JOIN reviews_person p ON p.id = cr.person_id
            WHERE cr.film_id = film.id AND cr.role IN ('director', 'cast')
            ORDER BY cr.role DESC, cr.billing_order, cr.id
            LIMIT 50 + %s) AS k)
FROM reviews_film AS film
WHERE film.id = ANY(%s)
"""
SQLITE_SQL = """
SELECT film.id,
  (SELECT json_group_array(json_array(name, slug)) FROM (
     SELECT g.name, g.slug FROM reviews_film_genres fg
       JOIN reviews_genre g ON g.id = fg.genre_id
      WHERE fg.film_id = film.id ORDER BY g.name)),
  (SELECT json_group_array(json_array(code, name)) FROM (
     SELECT c.code, c.name FROM reviews_film_countries fc
       JOIN reviews_country c ON c.code = fc.country_id
      WHERE fc.film_id = film.id ORDER BY c.name)),
  (SELECT json_group_array(json_array(role, name, slug, character)) FROM (
     SELECT cr.role, p.name, p.slug, cr.character FROM reviews_credit cr
       JOIN reviews_person p ON p.id = cr.person_id
      WHERE cr.film_id = film.id AND cr.role IN ('director', 'cast')
      ORDER BY cr.role DESC, cr.billing_order, cr.id
      LIMIT 50 + %s))
FROM reviews_film AS film
WHERE film.id IN ({ids})
"""


def facts_of(film):
    """The film's facts: loaded by load_film_facts, else read from its (prefetched) relations."""
    facts = getattr(film, "facts", None)
    if facts is None:
        credits = list(film.credits.all())
        facts = film.facts = FilmFacts(
            genres=[Link(g.name, g.get_absolute_url()) for g in film.genres.all()],
            countries=[Link(c.name, c.get_absolute_url()) for c in film.countries.all()],
            directors=[_person(c) for c in credits if c.role == Credit.Role.DIRECTOR],
            cast=[_person(c) for c in credits if c.role == Credit.Role.CAST][:CAST_KEPT],
        )
    return facts


def _person(credit):
    return Link(credit.person.name, credit.person.get_absolute_url(), credit.character)
