"""Two facts in one label or one segment: "Country / year: France, 1998" gives the
country and the year; a strip's "Pixar-like Studios for Big Studio Pictures" credits both
companies. Values that are not plainly those facts are left as they were."""

import pytest

from imports.country_year_labels import country_year_written_out
from imports.documents import extract
from imports.facts import COUNTRY_NAMES

BODY = "The harbour is grey and wet all winter, and the ferry is always late."


def film_of(line):
    return extract(f"Lanterns\n\nDirector: Ana Berg\n{line}\n\n{BODY}\n").film


@pytest.mark.parametrize(
    ("line", "countries", "year"),
    [
        ("Country / year: Portugal, 2004", ["Portugal"], 2004),
        ("Country/Year: Portugal, 2004", ["Portugal"], 2004),
        ("Country, year: Portugal / Spain, 2004", ["Portugal", "Spain"], 2004),
        ("Country & Year: Portugal · 2004", ["Portugal"], 2004),
        ("Year / Country: 2004, Portugal", ["Portugal"], 2004),
    ],
)
def test_a_country_and_year_label_gives_both(line, countries, year):
    film = film_of(line)
    assert (film.countries, film.year) == (countries, year)


@pytest.mark.parametrize(
    "line",
    [
        "Country / year: a film from 2004",
        "Country / year: Portugal, 2004, 2005",
        "Country / year: Lisbon, 2004",
        "Country: Portugal",
    ],
)
def test_other_values_are_left_as_they_were(line):
    assert country_year_written_out(line, COUNTRY_NAMES) == line


@pytest.mark.parametrize(
    ("strip", "studios"),
    [
        (
            "Greywater Animation Studios for Harbour Pictures · 2004 · 81 min",
            ["Greywater Animation Studios", "Harbour Pictures"],
        ),
        (
            "Saltmarsh Films for Northlight Pictures · 2004 · 97 min",
            ["Saltmarsh Films", "Northlight Pictures"],
        ),
    ],
)
def test_a_strip_credits_a_studio_and_the_one_it_made_the_film_for(strip, studios):
    film = film_of(strip)
    assert film.studios == studios
    assert (film.year, film.runtime_minutes) == (2004, int(strip.split()[-2]))


@pytest.mark.parametrize(
    "strip",
    [
        "Ana Lind for Harbour Pictures · 2004 · 97 min",
        "Saltmarsh Films for Ines Vaz · 2004 · 97 min",
    ],
)
def test_a_person_for_a_company_is_no_studio_credit(strip):
    assert film_of(strip).studios == []
