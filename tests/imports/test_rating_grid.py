# ruff: noqa: RUF001  (the documents rate with glyphs and typographic dashes)
"""The grid of ratings: every label, every value form and every place a document puts a
rating, each read to 0-10 with its conversion reported (`rating_grid` writes the
documents); certificates, years, runtimes, criterion scores and other people's scores
are never the review's rating.

The grid of labels, values and places is crossed pairwise (`tests.pairwise`) to keep the
suite fast: every value meets every label (the letter grades that are no rating alone on
a line or after "Stars" too) and every place, and every label every place it can stand in,
in 187 documents rather than the 1,088 of the full cross."""

from decimal import Decimal

import pytest

from tests.imports.rating_grid import (
    FRONT_MATTER_KEYS,
    INFO,
    LABELLED_PLACES,
    LABELS,
    LETTERS,
    PARAGRAPH,
    PLACES,
    TITLE,
    VALUES,
    cell_misread,
    front_matter,
    misread,
    read,
    title_rating,
    txt_end,
)
from tests.pairwise import pairwise


def can_stand(place, label, value):
    """A <dl> or a table row has its label: no value stands there alone."""
    return bool(label) or place not in LABELLED_PLACES


@pytest.mark.parametrize(
    ("place", "label", "value"), pairwise(PLACES, LABELS, VALUES, allowed=can_stand)
)
def test_every_value_under_every_label_in_every_place_is_the_rating(place, label, value):
    assert cell_misread(place, label, value) == ""


@pytest.mark.parametrize("key", FRONT_MATTER_KEYS)
def test_a_rating_in_front_matter_is_read_when_the_text_gives_none(key):
    wrong = {}
    for value in VALUES:
        if problem := misread(*front_matter(key, value), value):
            wrong[value] = problem
    assert wrong == {}


@pytest.mark.parametrize("value", [value for value in VALUES if value not in LETTERS])
def test_a_rating_in_brackets_closing_the_title_is_read_and_taken_off_it(value):
    assert misread(*title_rating("", value), value, year=None) == ""
    review = read(*title_rating("", value))
    assert review.film.title == "Night Train"


@pytest.mark.parametrize(
    ("name", "text", "rating"),
    [
        ("review.txt", f"{TITLE}\n\n{PARAGRAPH}\n\nRATING: four stars out of five\n", Decimal(8)),
        ("review.md", f'---\ntitle: {TITLE}\nstars: "4.5/5"\n---\n\n{PARAGRAPH}\n', Decimal(9)),
        ("review.md", f"---\ntitle: {TITLE}\nstars: 4.5\n---\n\n{PARAGRAPH}\n", Decimal(9)),
        (
            "review.html",
            f"<article><h1>{TITLE}</h1><p>{PARAGRAPH}</p><dl><dt>Director</dt><dd>Jane Doe</dd>"
            "<dt>Our rating</dt><dd>4½ stars (out of 5)</dd></dl></article>",
            Decimal(9),
        ),
        (
            "review.txt",
            f"{TITLE}\n\n{PARAGRAPH}\n\nMy rating: 3 stars (out of 4)\n",
            Decimal("7.5"),
        ),
        ("review.txt", f"{TITLE}\n\n{PARAGRAPH}\n\nVerdict: B+ – a fine film.\n", Decimal("8.5")),
    ],
)
def test_the_forms_of_issue_12(name, text, rating):
    assert read(name, text).rating == rating


@pytest.mark.parametrize(
    ("key", "value", "note", "rating"),
    [
        ("rating", "5", "*Ratings on this blog are out of 5.*", Decimal(10)),
        ("rating", "3", "All our ratings are out of four.", Decimal("7.5")),
        ("score", "4", "We rate films out of 5 stars.", Decimal(8)),
        ("grade", "3.5", "*Ratings on this blog are out of 5.*", Decimal(7)),
        ("rating", "7", "(All my ratings are out of ten.)", Decimal(7)),
        ("rating", "5", "", None),  # no scale said anywhere: reported, not guessed
        ("rating", "8", "*Ratings on this blog are out of 5.*", None),  # off the scale said
        ("rating", "4", "She was rated 4 out of 5 by the jury.", None),  # no note of the blog's
    ],
)
def test_a_bare_front_matter_rating_is_read_on_the_scale_the_post_states(key, value, note, rating):
    text = f"---\ntitle: {TITLE}\n{key}: {value}\n---\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{note}\n"
    assert read("review.md", text).rating == rating


def test_a_front_matter_rating_gives_way_to_the_one_in_the_text():
    text = f'---\ntitle: {TITLE}\nrating: "3/5"\n---\n\n{PARAGRAPH}\n\nRating: 4/5\n'
    assert read("review.md", text).rating == Decimal(8)


@pytest.mark.parametrize(
    "line",
    [
        "Rating: 8",  # the scale is not said
        "rating: 8",
        "Stars: 7 stars",  # more stars than five, and no scale
    ],
)
def test_a_rating_whose_scale_is_not_said_is_reported(line):
    review = read(*txt_end("", line))
    assert review.rating is None
    assert any("out of how many is not said" in warning for warning in review.warnings)


@pytest.mark.parametrize(
    ("line", "certificate"),
    [
        ("Rated: 15", "15"),
        ("RATED: PG-13", "PG-13"),
        ("Rating: R", "R"),
        ("Rated: R for violence", "R"),
        ("Rated: A", "A"),
    ],
)
def test_certificates_are_never_the_rating(line, certificate):
    name, text = txt_end("", line)
    review = read(name, text.replace(INFO, "Director: Jane Doe"))
    assert review.rating is None and review.film.certificate == certificate


@pytest.mark.parametrize(
    "line",
    [
        "Year: 2021",
        "(2021)",
        "Released: 2021",
        "Runtime: 112 minutes",
        "2h 10min",
        "Overall 2h 10min",
        "Running time: 1 hour 52 minutes",
        "Stars: Ana Lind, Tom Berg",
        "Stars: B. J. Novak",
        "Overall, the film is a triumph for me, 9 times in 10.",
        "Overall: a triumph",
        "Verdict: 3 hours of joy",
        "Verdict: D. W. Griffith would approve.",
        "Score: Son Lux",
    ],
)
def test_years_runtimes_names_and_sentences_are_never_the_rating(line):
    assert misread(*txt_end("", line), "9/10", read_it=False) == ""


@pytest.mark.parametrize(
    "lines",
    [
        "Direction: 9/10\nActing: 8/10\nScript: 7/10",
        "Direction: 9/10 – tight and confident",
        "Story: ★★★★☆\nActing: ★★★☆☆",
    ],
)
def test_criterion_scores_are_scores_not_the_rating(lines):
    review = read(*txt_end("", lines))
    assert review.rating is None and len(review.scores) == lines.count("\n") + 1


@pytest.mark.parametrize(
    "line",
    [
        "Audience score: 85%",
        "Readers' rating: 7.5/10",
        "Readers rating: ★★★★☆",
        "User score: 8/10",
        "IMDb rating: 7.9/10",
        "Audience rating: 4.5/5",
        "Metascore: 78/100",
        "Reader score: 4/5",
    ],
)
def test_other_peoples_scores_are_neither_the_rating_nor_a_criterion(line):
    name, text = txt_end("", f"Rating: 3/5\n\n{line}")
    review = read(name, text)
    assert review.rating == Decimal(6) and review.scores == []
    assert line not in review.body_html


def test_a_criterion_named_for_fans_is_still_a_criterion():
    review = read(*txt_end("", "Fan service: 8/10\nStory: 7/10"))
    assert [name for name, _ in review.scores] == ["Fan service", "Story"]


@pytest.mark.parametrize(
    ("line", "rating"),
    [("Rating: 3 stars", Decimal("7.5")), ("Our rating: ★★★", Decimal("7.5")), ("3½ stars", 9)],
)
def test_a_count_of_stars_is_read_on_the_scale_the_post_states(line, rating):
    name, text = txt_end("", line)
    review = read(name, text.replace(PARAGRAPH, f"{PARAGRAPH} (Ratings are out of four stars.)"))
    assert review.rating == rating
    assert any("read on the post's own scale" in warning for warning in review.warnings)
