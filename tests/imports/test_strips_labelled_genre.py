"""A newsletter's one-line facts led by a director's label, "Dir: X · 1922 · US · 78m ·
Documentary": the year, country, runtime and genre after the name are facts of their own,
never more directors."""

import pytest

from tests.imports.fact_forms import text

HEAD = "LANTERNS"


@pytest.mark.parametrize(
    ("line", "genres"),
    [
        ("Dir: Tomas Lind · 1922 · US · 78m · Documentary", ["Documentary"]),
        ("Dir. Tomas Lind · France · 1931 · 80 min · Horror", ["Horror"]),
        ("Director: Tomas Lind, 2019, Drama", ["Drama"]),
        ("Dir: Tomas Lind · 1931 · 80m · Horror, Comedy", ["Horror", "Comedy"]),
    ],
)
def test_a_genre_after_the_director_is_the_films(line, genres):
    film = text(HEAD, line)
    assert film.directors == ["Tomas Lind"]
    assert film.genres == genres


@pytest.mark.parametrize(
    "line",
    [
        "Dir: Tomas Lind · 1922 · US · 78m · Silver Lake",  # a place, not a genre
        "Dir: Tomas Lind, Ines Vaz",
    ],
)
def test_names_after_the_director_are_no_genre(line):
    film = text(HEAD, line)
    assert film.genres == []
    assert "Tomas Lind" in film.directors
