"""Glyphs or asterisks after a rating label with their scale said right after them:
"RATING: ★★★★ (out of 4)", "Rating: ***½ (out of four)", "Stars: *** (of five)". The scale
said wins over the five that stars are out of when none is said; words after it that are
not the scale leave the stars out of five."""

from decimal import Decimal

import pytest

from tests.imports.rating_grid import CLOSING, INFO, PARAGRAPH, TITLE, page, read

#: Ratings with their scale after them, and their value on 0-10 (to the half step).
RATINGS = {
    "RATING: ★★★★ (out of 4)": Decimal(10),
    "Rating: ★★★ (out of four)": Decimal("7.5"),
    "Rating: ***½ (out of four)": Decimal(9),  # 8.75
    "Our rating: ** (out of 4)": Decimal(5),
    "Stars: *** (of five)": Decimal(6),
    "Rating: ★★½ out of 4 stars": Decimal("6.5"),
    "Rating: ★★★ [of 4]": Decimal("7.5"),
    # negatives: no scale said after the glyphs (stars are out of five), or empty glyphs
    # that show it
    "Rating: ★★★": Decimal(6),
    "Rating: ★★★☆ (out of 5)": Decimal("7.5"),
    "Rating: ***": Decimal(6),
}


def txt(line):
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n{line}\n"


def md(line):
    label, _, value = line.partition(": ")
    return "review.md", f"# {TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n**{label}:** {value}\n"


def html(line):
    label, _, value = line.partition(": ")
    return "review.html", page(f"<p><strong>{label}:</strong> {value}</p>")


@pytest.mark.parametrize("line", RATINGS)
@pytest.mark.parametrize("place", [txt, md, html])
def test_the_scale_said_after_glyphs_is_theirs(line, place):
    review = read(*place(line))
    assert review.rating == RATINGS[line]
    assert review.verdict == ""  # the scale is no verdict


@pytest.mark.parametrize(
    "line",
    [
        "Rating: ★★★★★ (out of 4)",  # more stars than the scale: off it
        "Rating: ***** (out of four)",
    ],
)
def test_more_stars_than_the_scale_said_is_no_rating(line):
    review = read(*txt(line))
    assert review.rating is None
    assert any("off the scale" in warning for warning in review.warnings)


def test_words_after_the_stars_that_are_not_their_scale_leave_them_out_of_five():
    review = read(*txt("Rating: ★★★★ of five films this month, the best"))
    assert review.rating == 8
