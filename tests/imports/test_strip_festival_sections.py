# ruff: noqa: RUF001  (dispatches use typographic apostrophes)
"""A festival dispatch's line under the title gives the film's country and year beside the
section it was shown in ("Denmark, 1998 | In Competition"): the section is where it was
shown, no fact of the film, and never stops the line being read."""

import pytest

from imports.documents import extract
from imports.strips import segment_fact

BODY = (
    "The harbour is grey and wet all winter, and the ferry is always late. The film "
    "follows a family through one long night, and it never once looks away."
)


@pytest.mark.parametrize(
    ("line", "countries", "year"),
    [
        ("Portugal, 2004 | In Competition", ["Portugal"], 2004),
        ("Portugal, 2004 · Un Certain Regard", ["Portugal"], 2004),
        ("Portugal / Spain, 2004 | Directors' Fortnight", ["Portugal", "Spain"], 2004),
        ("Portugal | 2004 | Out of Competition", ["Portugal"], 2004),
        ("Portugal, 2004 | Special Presentations", ["Portugal"], 2004),
        ("Portugal, 2004, Critics’ Week", ["Portugal"], 2004),
        ("Portugal | 2004 | World Cinema Dramatic Competition", ["Portugal"], 2004),
    ],
)
def test_a_dispatch_line_gives_country_and_year_beside_its_section(line, countries, year):
    review = extract(f"Lanterns\n{line}\n\nBy Ana Berg\n\n{BODY}\n")
    assert review.film.countries == countries
    assert review.film.year == year
    assert not review.film.genres and not review.film.studios


@pytest.mark.parametrize(
    "line",
    [
        "Portugal, 2004 | In cinemas from Friday",  # not a section
        "Competition is fierce this year in Portugal.",  # a sentence
        "In Competition | Ana Berg",  # a section and a byline: no facts
    ],
)
def test_lines_that_are_not_a_dispatch_strip_give_no_country(line):
    review = extract(f"Lanterns\n{line}\n\nBy Ana Berg\n\n{BODY}\n")
    assert review.film.countries == []


@pytest.mark.parametrize("segment", ["Competition", "in competition", "Midnight Madness"])
def test_a_section_is_no_fact_of_the_film(segment):
    assert segment_fact(segment) == ("festival section", segment)


@pytest.mark.parametrize("segment", ["Competitions", "Panorama Films", "The Competition"])
def test_words_near_a_section_are_not_one(segment):
    assert segment_fact(segment) is None or segment_fact(segment)[0] != "festival section"
