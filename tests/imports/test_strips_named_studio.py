"""An animation studio's name opening a one-line strip, as anime sites write it ("Studio
Ono · Japan · 1988 · 124 min"): a studio named "Studio X", never a director (a person)."""

import pytest

from imports.documents import extract
from imports.strips import segment_fact

BODY = (
    "The harbour is grey and wet all winter, and the ferry is always late. The film "
    "follows a family through one long night, and it never once looks away."
)


@pytest.mark.parametrize(
    ("line", "studio", "year"),
    [
        ("Studio Ono · Japan · 1988 · 124 min", "Studio Ono", 1988),
        ("Studio Kiri | Japan | 2001 | 95 min", "Studio Kiri", 2001),
        ("Studio Moth Lantern · Japan · 2019 · 1h 48m", "Studio Moth Lantern", 2019),
        ("Studio KORO · South Korea · 2015 · 90 min", "Studio KORO", 2015),
        ("Studio Ono / Japan / 1988 / 124 min", "Studio Ono", 1988),
    ],
)
def test_a_studio_opening_a_strip_is_the_films_studio(line, studio, year):
    film = extract(f"Lanterns\n{line}\n\nBy Ana Berg\n\n{BODY}\n").film
    assert film.studios == [studio]
    assert film.directors == []
    assert film.year == year


@pytest.mark.parametrize(
    "line",
    [
        "Studio notes · Japan · 2001 · 95 min",  # a heading, not a name
        "Studio 54 · USA · 1998 · 100 min",  # a title with a number
        "Studio · Japan · 2001 · 95 min",  # the word alone
    ],
)
def test_lines_near_a_named_studio_make_no_studio_nor_director(line):
    film = extract(f"Lanterns\n{line}\n\nBy Ana Berg\n\n{BODY}\n").film
    assert film.studios == [] and film.directors == []


def test_a_name_opening_such_a_strip_is_still_the_director():
    film = extract(f"Lanterns\nInes Vaz · Japan · 1988 · 124 min\n\nBy Ana Berg\n\n{BODY}\n").film
    assert film.directors == ["Ines Vaz"] and film.studios == []


@pytest.mark.parametrize("segment", ["Studio Ono", "Studio Kiri Lantern", "Studio KORO"])
def test_a_named_studio_segment_is_a_studio(segment):
    assert segment_fact(segment) == ("studios", segment)


@pytest.mark.parametrize(
    "segment", ["Studio notes", "Studio", "Studio 54", "Studio Ono Kiri Lantern Moth", "Studios"]
)
def test_segments_near_a_named_studio_are_not_one(segment):
    assert segment_fact(segment) is None or segment_fact(segment)[0] != "studios"
