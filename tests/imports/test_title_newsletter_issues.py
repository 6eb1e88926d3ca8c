# ruff: noqa: RUF001  (mastheads use typographic dashes and dots)
"""A newsletter's top: its name, its issue's line with a date ("Issue 112 · Spring 2025",
"DIGEST -- No. 118 -- March 2000"), a link to its archive, its contents ("IN THIS ISSUE"
over numbered sections), then a section's heading and the film's entry over its credits
("THE FILM" over "Dir: Someone · 1922 · …"). None of the top is the film."""

import pytest

from imports.documents import extract
from imports.names import is_name

BODY = (
    "A ferryman on a frozen lake carries a doctor, a thief and a widow across the ice in "
    "one long night, and the film watches their bargaining turn into confession while the "
    "ice groans under the sledge; it is slow, cold and quietly devastating."
)
ENTRY = (
    "THIN ICE CROSSING\n"
    "Dir: Oda Brekke · 1931 · Norway · 78m\n\n"
    f"I had only seen THIN ICE CROSSING once before. {BODY}\n"
)
CONTENTS = (
    "IN THIS ISSUE\n"
    "  1. From the chair\n"
    "  2. Festival notes: a weekend by the lake\n"
    "  3. Letters\n\n"
    "---------------------------------\n"
    "2. FESTIVAL NOTES: A WEEKEND BY THE LAKE\n"
    "by Tomas Lind\n"
    "---------------------------------\n\n"
)
MASTHEADS = [
    "THE LANTERN — Newsletter of the Lakeside Film Society\nIssue 112 · Spring 2025\n=====\n\n",
    "LANTERN DIGEST -- No. 118 -- March 2000\nArchived at: lantern.example/archive/118.txt\n"
    "-----\n\n",
    "The Lantern\nVol. 3, No. 2 | Winter 2019\n\n",
    "THE LANTERN, Issue 41 – June 2024\n\n",
]


@pytest.mark.parametrize("masthead", MASTHEADS)
@pytest.mark.parametrize("contents", [CONTENTS, ""])
def test_the_film_is_the_entry_over_its_credits_not_the_masthead(masthead, contents):
    review = extract(masthead + contents + ENTRY)
    assert review.film.title == "Thin Ice Crossing"
    assert review.film.year == 1931


def test_the_contents_are_dropped_as_the_newsletters():
    review = extract(MASTHEADS[0] + CONTENTS + ENTRY)
    assert "IN THIS ISSUE" in review.dropped
    assert "  3. Letters" in review.dropped or "3. Letters" in review.dropped
    assert "From the chair" not in review.text


@pytest.mark.parametrize("heading", ["THIN ICE CROSSING", "Why the ferryman matters"])
def test_a_numbered_list_under_another_heading_is_not_passed_over(heading):
    review = extract(f"{heading}\n  1. The doctor\n  2. The thief\n\n{BODY}\n")
    assert "  1. The doctor" not in review.dropped
    assert review.title == heading


@pytest.mark.parametrize(
    "credits",
    [
        "Dir: Oda Brekke · 1931 · Norway",
        "Dir. Oda Brekke, 1931",
        "Directed by Oda Brekke",
        "Director: Oda Brekke",
    ],
)
def test_the_line_over_a_credits_line_names_the_film(credits):
    review = extract(
        "Postcards from the lake, part two\n\nThis week, one film only.\n\n"
        f"THIN ICE CROSSING\n{credits}\n\n{BODY}\n"
    )
    assert review.film.title == "Thin Ice Crossing"


@pytest.mark.parametrize("genre", ["Documentary", "Drama", "Horror", "Western"])
def test_a_strips_genre_after_the_director_is_no_director(genre):
    review = extract(
        f"THIN ICE CROSSING\nDir: Oda Brekke · 1931 · Norway · 78m · {genre}\n\n{BODY}\n"
    )
    assert review.film.directors == ["Oda Brekke"]


@pytest.mark.parametrize("name", ["Oda Brekke", "Ines Vaz", "Madonna"])
def test_a_name_is_still_a_name(name):
    assert is_name(name)
