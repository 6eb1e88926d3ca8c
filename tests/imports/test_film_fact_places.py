"""Film facts where pages and newsletters put them beside the review: a facts line
classed as the page's metadata, a sidebar named as the film's details, a facts box set
as a quotation, a strip in another language; and what in those places is not the film's
(a post's metadata, a plain sidebar's other films, a pull quote)."""

import pytest

from imports.html_pages import page_extract
from tests.imports.fact_forms import MORE, TEXT, codes, page, text


def test_a_facts_line_classed_as_the_pages_metadata():
    film = page(
        "Lanterns", '<p class="movie-meta">Drama, Romance · 2 hr 35 min · Italy, France</p>'
    )
    assert (film.runtime_minutes, film.genres, codes(film)) == (
        155,
        ["Drama", "Romance"],
        ["FR", "IT"],
    )


def test_a_strip_in_german_with_a_certificate():
    film = text("Lanterns", "Deutschland 2019 | Drama, Thriller | 137 Min. | FSK 12")
    facts = (film.year, film.runtime_minutes, codes(film), film.genres, film.certificate)
    assert facts == (2019, 137, ["DE"], ["Drama", "Thriller"], "12")


def sidebar_page(sidebar):
    """A page whose film details sit in a sidebar beside the review's article."""
    return page_extract(
        f"<html><body><article><h1>Lanterns</h1><p>{TEXT}</p><p>{MORE}</p></article>"
        f"{sidebar}</body></html>"
    ).film


def test_a_sidebar_named_as_the_films_details():
    film = sidebar_page(
        '<aside class="film-details sidebar"><h2>Film details</h2><div><h3>Genres</h3>'
        "<p><a>Action</a> <a>Horror</a> <a>Thriller</a></p></div><dl><dt>Countries</dt>"
        "<dd>Norway</dd></dl><p>122&nbsp;mins &nbsp; More at IMDb TMDb</p></aside>"
    )
    assert (film.runtime_minutes, film.genres, codes(film)) == (
        122, ["Action", "Horror", "Thriller"], ["NO"],
    )  # fmt: skip


def test_a_plain_sidebar_gives_no_facts():
    film = sidebar_page(
        '<aside class="sidebar"><h3>Popular</h3><p>Action · Norway · 2019 · 122 min</p>'
        "<p>Horror · Denmark · 2015 · 98 min</p></aside>"
    )
    assert (film.year, film.runtime_minutes, film.genres, film.countries) == (None, None, [], [])


def test_a_quoted_facts_box():
    film = text(
        "Lanterns",
        "> **Quick look**\n> **Length:** 85 minutes\n> **Made by:** Aardman Animations with"
        " DreamWorks Animation\n> 2019 · Norway · Drama",
        markdown=True,
    )
    facts = (film.year, film.runtime_minutes, film.studios, codes(film), film.genres)
    assert facts == (2019, 85, ["Aardman Animations", "DreamWorks Animation"], ["NO"], ["Drama"])


@pytest.mark.parametrize(
    "quote",
    [
        "> Starring in her own life is the hardest role, she told me.",
        "> Country: a state of mind, as she put it.",
    ],
)
def test_a_pull_quote_gives_no_facts(quote):
    film = text("Lanterns", TEXT, quote, markdown=True)
    assert (film.cast, film.countries) == ([], [])
