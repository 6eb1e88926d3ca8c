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


def hero_page(hero):
    """A streaming service's page: the film's title and its strip in a hero section above
    the editors' article, which names the film but has no heading of its own for it."""
    return page_extract(
        f'<html><body><section class="hero"><h1>Lanterns</h1>{hero}</section>'
        f"<article><h2>A lamp in the dark</h2><p>Lanterns is the pick. {TEXT}</p>"
        f"<p>{MORE}</p></article></body></html>"
    ).film


def test_a_strip_under_the_heros_title():
    film = hero_page(
        "<p>Ines Vaz · Norway, Denmark · 2019 · 121 min · Drama, War · Norwegian, Danish</p>"
    )
    facts = (film.year, film.runtime_minutes, codes(film), film.genres)
    assert facts == (2019, 121, ["DK", "NO"], ["Drama", "War"])


@pytest.mark.parametrize(
    "hero",
    [
        "<p>Available until 30 June · Subtitles: English, Español · HD</p>",
        "<p>Watch now · 2019 · Start your free trial</p>",
    ],
)
def test_a_heros_other_lines_give_no_facts(hero):
    film = hero_page(hero)
    assert (film.year, film.runtime_minutes, film.countries) == (None, None, [])


def test_the_year_beside_the_title_heading_a_facts_panel():
    film = page_extract(
        "<html><body><article><h1>The Zither and the Sewer</h1>"
        f"<p>Seventy years on, Lanterns returns. {TEXT}</p><p>{MORE}</p>"
        "<section><h3>The facts</h3><ul><li><strong>Lanterns</strong> (1949)</li>"
        "<li>Director: Ines Vaz</li><li>Running time: 104 minutes</li></ul></section>"
        "</article></body></html>"
    ).film
    assert (film.title, film.year, film.runtime_minutes) == ("Lanterns", 1949, 104)
