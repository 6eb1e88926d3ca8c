"""Crew credits as role-then-name segments between dots, with no colon ("Production Designer
Ines Vaz · Editor Tomas Lind"): each is a crew credit, read when the catalogue keeps the role
(editor, cinematographer, composer…) and left alone otherwise; never a studio."""

import pytest

from imports.crew_titles import crew_credit
from imports.documents import extract

BODY = (
    "The harbour is grey and wet all winter, and the ferry is always late. The film "
    "follows a family through one long night, and it never once looks away."
)
PEOPLE = ("directors", "writers", "cinematographers", "editors", "composers", "producers")


def read(line):
    film = extract(f"Lanterns\n{line}\n\nBy Ana Berg\n\n{BODY}\n").film
    return film, {role: getattr(film, role) for role in PEOPLE if getattr(film, role)}


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Production Designer Ines Vaz · Editor Tomas Lind", {"editors": ["Tomas Lind"]}),
        ("Editor Tomas Lind | Production Designer Ines Vaz", {"editors": ["Tomas Lind"]}),
        (
            "Director of Photography Hana Berg · Editor Tomas Lind",
            {"cinematographers": ["Hana Berg"], "editors": ["Tomas Lind"]},
        ),
        (
            "Production Designer Ines Vaz · Editor Tomas Lind · Cinematographer Hana Berg",
            {"editors": ["Tomas Lind"], "cinematographers": ["Hana Berg"]},
        ),
        (
            "Japan · 2001 · Composer Hana Berg · Costume Designer Ines Vaz",
            {"composers": ["Hana Berg"]},
        ),
        ("Costume Designer Ines Vaz · Art Director Tomas Lind", {}),
    ],
)
def test_role_name_segments_are_crew_credits(line, credits):
    film, people = read(line)
    assert people == credits
    assert film.studios == []


@pytest.mark.parametrize(
    "line",
    [
        "Production Designer Ines Vaz",
        "Production Design Ines Vaz, Tomas Lind",
        "Production Notes · Editor Tomas Lind",
        "Music Supervisor Hana Berg",
    ],
)
def test_crew_titles_and_headings_are_never_studios(line):
    film, people = read(line)
    assert film.studios == [] and "composers" not in people


@pytest.mark.parametrize(
    ("segment", "credit"),
    [
        ("Editor Tomas Lind", ("editors", "Tomas Lind")),
        ("Film Editor Tomas Lind", ("editors", "Tomas Lind")),
        ("Director of Photography Hana Berg", ("cinematographers", "Hana Berg")),
        ("Composer Hana Berg", ("composers", "Hana Berg")),
        ("Screenwriter Ines Vaz", ("writers", "Ines Vaz")),
        ("Production Designer Ines Vaz", ("crew", "Ines Vaz")),
        ("Costume Designers Ines Vaz, Tomas Lind", ("crew", "Ines Vaz, Tomas Lind")),
    ],
)
def test_a_crew_title_then_a_name_is_that_credit(segment, credit):
    assert crew_credit(segment) == credit


@pytest.mark.parametrize(
    "segment",
    [
        "Editor's Choice",  # a badge
        "Editor Notes",  # a heading
        "Production Designer",  # a title, no name
        "Composer Music Box Films",  # a company
        "Editor Tomas Lind, Composer Hana Berg",  # two credits run together
        "editor tomas lind",  # not written as a name
    ],
)
def test_segments_that_are_no_crew_credit(segment):
    assert crew_credit(segment) is None
