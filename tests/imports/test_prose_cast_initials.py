"""Actors and characters whose names open with initials, as reviews write them: "J.K. Lind
as Fletcher", "Ines Vaz plays R.J. Salt", "T. K. Berg as Nauls" (together or apart)."""

import pytest

from imports.documents import extract

STORY = "The station is cut off by snow, and the crew turn on one another as the weeks pass.\n\n"


def cast_of(text, *, title="Night Ferry"):
    film = extract(f"{title}\n\n{STORY}{text}\n").film
    return [(member.name, member.character) for member in film.cast]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Lind plays R.J. Salt, the pilot who ends up in charge.",
            ("Tomas Lind", "R.J. Salt"),
        ),
        ("Tomas Lind plays J. D. Salt, the pilot.", ("Tomas Lind", "J. D. Salt")),
        ("The crew is fine: J.K. Berg as Nauls, and more.", ("J.K. Berg", "Nauls")),
        ("The crew is fine: T. K. Berg as Nauls, and more.", ("T. K. Berg", "Nauls")),
        ("A.J. Lind plays Nora with a dry wit.", ("A.J. Lind", "Nora")),
        ("F. Tomas Lind plays Bo with a dry wit.", ("F. Tomas Lind", "Bo")),
    ],
)
def test_initials_open_an_actor_or_a_character(text, expected):
    assert expected in cast_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "He served in the U.S. Army as a cook before he wrote it.",
        "She joined D.C. Comics as an artist in the eighties.",
        "The film moved to L.A. as the money ran out.",
    ],
)
def test_initials_of_a_place_or_company_are_no_actor(text):
    assert cast_of(text) == []
