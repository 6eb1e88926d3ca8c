# ruff: noqa: RUF001, RUF002  (page titles use typographic dashes)
"""A category's review label beside the film's name in a headline or a page's title ("The
Film – Anime Movie Review", "The Film Blu-ray Review", "Documentary Review: The Film"): the
category is the site's, the film the name beside it; never the category alone."""

import pytest

from imports.structured import PageFacts, known_title
from imports.title_evidence import headline_film
from imports.title_shapes import without_category


def page_facts(*titles):
    facts = PageFacts()
    facts.titles = list(titles)
    return facts


@pytest.mark.parametrize(
    "title,where",
    [
        ("Lanterns – Anime Movie Review", "og:title"),
        ("Lanterns – Anime Movie Review – Kumo Corner", "<title>"),
        ("Lanterns | Documentary Review", "og:title"),
        ("Lanterns (2019) Blu-ray Review | Disc Site", "<title>"),
        ("Lanterns 4K UHD Review - Disc Site", "<title>"),
        ("Blu-ray Review: Lanterns", "og:title"),
        ("Classic Movie Review: Lanterns", "og:title"),
        ("Lanterns review | Site", "<title>"),
    ],
)
def test_a_category_review_label_marks_the_name_beside_it(title, where):
    assert known_title(page_facts((title, where))) == ("Lanterns", where)


@pytest.mark.parametrize(
    "title",
    ["Anime Movie Review – Kumo Corner", "Blu-ray Reviews | Disc Site", "Docs in Review | Site"],
)
def test_a_category_alone_gives_no_films_name(title):
    assert known_title(page_facts((title, "<title>"))) is None


@pytest.mark.parametrize(
    "headline,film",
    [
        ("Lanterns – Anime Movie Review", "Lanterns"),
        ("Lanterns Blu-ray Review", "Lanterns"),
        ("Lanterns 4K UHD Review", "Lanterns"),
        ("Anime Review: Lanterns", "Lanterns"),
        ("Documentary Review: Lanterns", "Lanterns"),
        ("Lanterns (2019) DVD Review", "Lanterns"),
    ],
)
def test_a_headlines_category_label_is_not_the_films(headline, film):
    assert headline_film(headline)[0] == film


@pytest.mark.parametrize(
    "title",
    [
        "The Silent Film Review",  # nothing but small words would be left
        "Heat Review",  # no category
        "Silent Lanterns",
        "Classic Lanterns Review",  # the category opens the name: no label after it
    ],
)
def test_a_name_with_a_category_word_in_it_is_kept(title):
    assert without_category(title) == title
