# ruff: noqa: RUF001  (the documents use typographic dashes, glyphs and quotes)
"""Ratings and scores in every form posts use, converted to 0-10 with the conversion said."""

from decimal import Decimal

import pytest

from imports.documents import extract
from imports.values import runtime


def read(line):
    return extract(f"Some Film\n\nA paragraph of text about it.\n\n{line}\n")


@pytest.mark.parametrize(
    ("line", "rating", "conversion"),
    [
        ("Rating: ★★★☆☆", Decimal(6), "★★★☆☆ is 3 of 5"),
        ("★★★½", Decimal(7), "★★★½ is 3.5 of 5"),
        ("⭐⭐⭐", Decimal(6), "⭐⭐⭐ is 3 of 5"),
        ("Rating: ***½", Decimal(7), "***½ is 3.5 of 5 stars"),
        ("♥♥♥♡♡", Decimal(6), "♥♥♥♡♡ is 3 of 5"),
        ("Rating: 4 out of 5", Decimal(8), "4 of 5 is 8/10"),
        ("Rating: 3 popcorns out of 4", Decimal("7.5"), "3 popcorns of 4 is 7.5/10"),
        ("Stars: 3.5/5", Decimal(7), "3.5 of 5 is 7/10"),
        ("Grade: B+", Decimal("8.5"), "grade B+ is 8.5/10"),
        ("Rating: A-", Decimal(9), "grade A- is 9/10"),
        ("Rating: C", Decimal("6.5"), "grade C is 6.5/10"),
        ("[4/5]", Decimal(8), "4 of 5 is 8/10"),
    ],
)
def test_rating_forms_are_converted_and_the_conversion_reported(line, rating, conversion):
    review = read(line)
    assert review.rating == rating
    assert any(conversion in warning for warning in review.warnings)
    assert review.body_html == "<p>A paragraph of text about it.</p>"


@pytest.mark.parametrize("line", ["Rating: 8.5/10", "(8.5/10)", "Score: 8.5 out of 10"])
def test_a_rating_out_of_ten_needs_no_conversion(line):
    review = read(line)
    assert review.rating == Decimal("8.5") and review.warnings == []


@pytest.mark.parametrize(
    "line", ["Rating: 8", "Rating: 🍅🍅🍅", "Rating: 4 popcorns", "Rating: 15"]
)
def test_a_rating_whose_scale_is_not_stated_is_reported_not_guessed(line):
    review = read(line)
    assert review.rating is None
    assert any("out of how many is not said" in warning for warning in review.warnings)


@pytest.mark.parametrize(("line", "certificate"), [("Rating: PG-13", "PG-13"), ("Rated: R", "R")])
def test_certificates_are_not_review_ratings(line, certificate):
    review = read(line)
    assert review.rating is None and review.film.certificate == certificate


def test_letter_a_starting_a_verdict_is_not_a_grade():
    review = read("Rating: A solid evening out")
    assert review.rating is None


def test_a_verdict_line_with_a_rating_gives_both():
    review = read("Our verdict: 8.5/10 – a fine film")
    assert (review.rating, review.verdict) == (Decimal("8.5"), "a fine film")


def test_score_lines_keep_their_comment():
    review = extract(
        "Some Film\n\nText.\n\nScores\n\nDirection: 9/10 – tight and confident\n"
        "- Acting: 8/10 (warm)\nStory – 7/10\n| Sound | 3/5 |\n"
    )
    assert review.scores == [
        ("Direction", Decimal(9)),
        ("Acting", Decimal(8)),
        ("Story", Decimal(7)),
        ("Sound", Decimal(6)),
    ]
    assert review.score_comments == {"Direction": "tight and confident", "Acting": "warm"}
    assert review.body_html == "<p>Text.</p>"  # the scores' section was all scores
    assert "Score for Sound: 3/5 converted to 6/10." in review.warnings


@pytest.mark.parametrize(
    ("written", "minutes"),
    [
        ("2h 10min", 130),
        ("2 hrs 10 mins", 130),
        ("1 hour and 50 minutes", 110),
        ("one hundred and ten minutes", 110),
        ("two hours", 120),
        ("approx. 110 min", 110),
        ("110'", 110),
        ("1:50", 110),
        ("125 min (2h 5m)", 125),
    ],
)
def test_runtimes_as_written(written, minutes):
    assert runtime(written) == minutes
    assert read(f"Runtime: {written}").film.runtime_minutes == minutes


@pytest.mark.parametrize(
    ("line", "year"),
    [("Release Date: October 4, 2024", 2024), ("Released: 2019", 2019), ("Year: 2001", 2001)],
)
def test_years_from_release_lines(line, year):
    assert read(line).film.year == year


@pytest.mark.parametrize(
    ("line", "rating"), [("8/10", Decimal(8)), ("4.5/5 stars", Decimal(9)), ("(7/10)", Decimal(7))]
)
def test_a_rating_alone_on_its_line(line, rating):
    review = extract(f"Some Film\n\nA paragraph.\n\n{line}\n\nMore text.\n")
    assert review.rating == rating
    assert review.body_html == "<p>A paragraph.</p><p>More text.</p>"


def test_criteria_scored_in_glyphs_and_a_rating_in_percent():
    review = extract("Some Film\n\nText.\n\nScores\n\nActing: ★★★★☆\nStory – ★★★½\nRating: 85%\n")
    assert review.scores == [("Acting", Decimal(8)), ("Story", Decimal(7))]
    assert review.rating == Decimal("8.5")
    assert "Score for Acting: ★★★★☆ is 4 of 5, 8/10." in review.warnings
    assert "Rating “Rating: 85%” read as 8.5/10 (85% is 8.5/10)." in review.warnings
