# ruff: noqa: RUF001, RUF002  (headlines use typographic quotes and dashes)
"""Headlines that wrap the film's name in a site's labels: a capsule's stars and a bracket
opening on the year with the stars' names ("The Film **** (1975, Star One, Star Two) –
Classic Movie Review 4127"), and a column's label before a title in quotes ("Rewind &
Re-Rate: ‘The Film’ Still Has …"). The film is the name; the series' number, the column's
words and a grade's label in the text ("Re-rate (2016): A") are not."""

import pytest

from imports.documents import extract
from imports.extracted import ExtractedReview, FilmFacts, TitleSource
from imports.title_evidence import headline_film
from imports.title_strength import is_marked, title_strength

BODY = (
    "A ferryman on a frozen lake carries a doctor, a thief and a widow across the ice in "
    "one long night, and the film watches their bargaining turn into confession."
)


@pytest.mark.parametrize(
    "headline,reading",
    [
        (
            "Lanterns **** (1975, Ines Vaz, Tomas Lind) – Classic Movie Review 4127",
            ("Lanterns", 1975),
        ),
        ("Lanterns ★★★½ (2001, Ines Vaz)", ("Lanterns", 2001)),
        ("Lanterns *** 1/2 (1988, Ines Vaz, Tomas Lind)", ("Lanterns", 1988)),
        ("Lanterns (1996, dir. Ines Vaz)", ("Lanterns", 1996)),
        ("Lanterns (1996)", ("Lanterns", 1996)),
        ("Lanterns (Norway, 1996)", ("Lanterns", 1996)),
    ],
)
def test_a_bracket_opening_on_the_year_follows_the_films_name(headline, reading):
    assert headline_film(headline) == reading


def test_a_series_label_with_its_number_is_never_the_film():
    review = extract(
        "Lanterns **** (1975, Ines Vaz, Tomas Lind) – Classic Movie Review 4127\n\n"
        f"{BODY} Ines Vaz is superb.\n\n© Tomas Lind 2023. Classic Movie Review 4127\n"
    )
    assert (review.film.title, review.film.year) == ("Lanterns", 1975)


@pytest.mark.parametrize(
    "headline",
    [
        "Rewind & Re-Rate: ‘Lanterns’ Still Has the Best Manners on Ice",
        "Festival Review: “Lanterns” Is a Cold Marvel",
        "Cannes 2024: ‘Lanterns’ Brings the Ice",
        "‘Lanterns’ Still Has the Best Manners on Ice",
    ],
)
def test_a_title_in_quotes_after_a_columns_label_is_the_film(headline):
    review = extract(
        f"{headline}\n\n1996 | R | 1h 38m | Drama\n\n{BODY}\n\n"
        "Original grade (1996): B\nRe-rate (2016): A\n"
    )
    assert review.film.title == "Lanterns"
    assert is_marked(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Lanterns: “It was cold”",  # someone's words after the film's name
        "Interview: “I never wanted this,” says Ines Vaz",
        "“Stay with me”",  # a quote alone
    ],
)
def test_a_quote_of_words_is_no_quoted_title(headline):
    assert not is_marked(headline)


def test_a_quoted_title_the_text_never_names_stands_with_its_facts():
    review = ExtractedReview(
        title="Rewind: ‘Lanterns’ Still Has the Best Manners on Ice",
        film=FilmFacts(title="Lanterns"),
        body_html=f"<p>{BODY}</p>",
        text=BODY,
        title_source=TitleSource.HEADLINE,
    )
    assert not title_strength(review).is_weak
