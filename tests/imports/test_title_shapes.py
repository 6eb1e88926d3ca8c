# ruff: noqa: RUF001  (mastheads use typographic dashes and dots)
"""Readings of a title whose shape is the site's furniture: a score, a category or genre, a
series' label with its number, an issue's masthead. Never a film, even from a label or the
page's data; a bare whole number only when the text sets it apart as a film's name."""

import pytest

from imports.documents import extract
from imports.extracted import ExtractedReview, FilmFacts, TitleSource
from imports.title_shapes import furniture_shape, is_category, is_issue_line
from imports.title_strength import title_strength

PROSE = "It follows a father and a daughter who live in a park, and it never hurries them."


def review(title, text=PROSE, *, html=None, source=TitleSource.LABEL):
    return ExtractedReview(
        title=title,
        film=FilmFacts(title=title, directors=["Ines Vaz"], year=2018),
        body_html=html if html is not None else f"<p>{text}</p>",
        text=text,
        title_source=source,
    )


FURNITURE = [
    "4.5",
    "8/10",
    "4 / 5",
    "7,5",
    "3 out of 5",
    "March 3, 2024",
    "3 March 2024",
    "2024-03-03",
    "September 1999",
    "Classic Movie Review 4127",
    "Film Review #231",
    "Episode 12",
    "Issue 112 · Spring",
    "Issue #41 | May 2024",
    "SCREEN LETTER -- No. 118 -- March",
    "The Reel, No. 7, Winter 2019",
]
CATEGORIES = [
    "Anime",
    "Horror",
    "Documentary",
    "Blu-ray Review",
    "4K UHD",
    "Docs in Review",
    "Classic Movies",
    "New Releases",
    "Sci-Fi",
    "Spotlight",
]
FILMS = [
    "Lanterns",
    "The Film",
    "Kill Bill: Vol. 1",
    "The Number 23",
    "Apollo 13",
    "District 9",
    "Blade Runner 2049",
    "Film Club 12",
    "Harbour Town, USA",
    "Tomas and the Anime Club",
    "Heist",
    "May December",
    "Summer 1993",
    "May",
]


@pytest.mark.parametrize("title", FURNITURE)
@pytest.mark.parametrize("source", [TitleSource.LABEL, TitleSource.PAGE_DATA, TitleSource.HEADLINE])
def test_a_furniture_shape_is_never_a_film(title, source):
    strength = title_strength(review(title, f"{title} (2018). {PROSE} {title}.", source=source))
    assert strength.is_weak
    assert furniture_shape(title)


@pytest.mark.parametrize("title", CATEGORIES)
@pytest.mark.parametrize("source", [TitleSource.LABEL, TitleSource.PAGE_DATA, TitleSource.HEADLINE])
def test_a_category_the_text_never_sets_apart_is_never_a_film(title, source):
    text = f"{PROSE} Our {title.lower()} reviews: {title} is a fine section."
    strength = title_strength(review(title, text, source=source))
    assert strength.is_weak
    assert "category" in strength.why


@pytest.mark.parametrize("title", CATEGORIES)
@pytest.mark.parametrize(
    "text,html",
    [
        ("I saw {} (2015) twice.", None),
        ("The long takes of “{}” are the point.", None),
        ("The long takes of {} are the point.", "<p>The long takes of <em>{}</em>.</p>"),
    ],
)
def test_a_category_word_the_text_sets_apart_is_a_films_name(title, text, html):
    html = html.format(title) if html else None
    assert not title_strength(review(title, text.format(title), html=html)).is_weak


@pytest.mark.parametrize("title", FILMS)
def test_a_films_name_has_no_furniture_shape(title):
    assert furniture_shape(title) == ""
    assert not is_category(title)
    assert not title_strength(review(title)).is_weak


@pytest.mark.parametrize(
    "text,html",
    [
        ("I saw 1917 (2019) twice.", None),
        ("The long take in “1917” is the point.", None),
        ("The long take in 1917 is the point.", "<p>The long take in <em>1917</em> is.</p>"),
    ],
)
def test_a_whole_number_the_text_sets_apart_is_a_films_name(text, html):
    assert not title_strength(review("1917", text, html=html)).is_weak


@pytest.mark.parametrize("title", ["1917", "9", "300"])
def test_a_whole_number_the_text_never_sets_apart_is_in_doubt(title):
    strength = title_strength(review(title, f"{PROSE} It runs {title} minutes."))
    assert strength.is_weak
    assert "only a number" in strength.why


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Issue 112 · Spring 2025", True),
        ("FILM DIGEST -- No. 118 -- March 2000", True),
        ("Vol. 3, No. 2 | Winter", True),
        ("Issue 41 – June", True),
        ("Issue 112", False),  # no date: `title_candidates.is_issue_name`'s own form
        ("Kill Bill: Vol. 1", False),
        ("The Number 23 · 2007", False),
        ("Day 4 · Cannes", False),
    ],
)
def test_an_issue_line_gives_its_number_and_its_date(line, expected):
    assert is_issue_line(line) is expected


@pytest.mark.parametrize("score", ["4.5", "4", "8/10", "4.5 / 5"])
def test_a_discs_movie_score_row_is_not_the_films_name(score):
    review = extract(
        f"Lanterns Blu-ray Review\n\nMovie: {score}\nVideo: 4\nAudio: 4.5\nExtras: 5\n\n"
        f"{PROSE} Lanterns looks better than ever.\n"
    )
    assert review.film.title == "Lanterns"


def test_a_film_label_with_a_name_is_still_read():
    review = extract(f"A cold night out\n\nFilm: Lanterns (2018)\n\n{PROSE}\n")
    assert (review.film.title, review.film.year) == ("Lanterns", 2018)
