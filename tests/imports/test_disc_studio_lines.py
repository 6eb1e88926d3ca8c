"""A disc review's line under its headline, "Studio // Certificate // Street date": the
studio and the certificate are the film's, the date is the disc's and never its year."""

import pytest

from imports.documents import extract
from imports.strip_companies import disc_studio_line

BODY = "The harbour is grey and wet all winter, and the ferry is always late."


@pytest.mark.parametrize(
    ("line", "studio", "certificate"),
    [
        ("Miramax // PG-13 // May 11, 2009", "Miramax", "PG-13"),
        ("Harbour Entertainment // Unrated // June 14, 2011", "Harbour Entertainment", ""),
        ("Harbour Pictures // R // 2009", "Harbour Pictures", "R"),
        ("Greywater Films // Not Rated // March 2010", "Greywater Films", ""),
    ],
)
def test_a_disc_reviews_studio_line(line, studio, certificate):
    text = f"# Lanterns (Blu-ray)\n\n{line}\n\nDirector: Ana Berg\n\n{BODY}\n"
    film = extract(text, markdown=True).film
    assert film.studios == [studio]
    assert (film.certificate or "") == certificate
    assert film.year is None and film.release_date is None


@pytest.mark.parametrize(
    "line",
    [
        "Ana Berg // PG-13 // May 11, 2009",  # a person, not a studio
        "Harbour Pictures // Drama // 2009",  # no certificate
        "Harbour Pictures // PG-13 // coming soon",  # no date
        "Harbour Pictures // PG-13",
    ],
)
def test_lines_like_it_are_not_a_disc_studio_line(line):
    assert disc_studio_line(line) is None
