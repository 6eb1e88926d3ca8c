"""A disc review's score box: rows of the film and its disc ("Movie", "Video", "Audio",
"Extras") with bare numbers, their scale said by one row of the box ("Overall: 4.5 / 5");
and the film's own score ("Movie: 4.5/5") as the rating when the box gives no overall one.

Negatives: bare numbers with no row stating their scale, rows of people rather than
criteria, a number above the stated scale, a "Movie" score with no disc scores beside it."""

from decimal import Decimal

import pytest

from tests.imports.rating_grid import CLOSING, INFO, PARAGRAPH, TITLE, page, read


def txt(rows):
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n" + "\n".join(rows)


def html_table(rows):
    cells = "".join(
        f"<tr><th>{name}</th><td>{value}</td></tr>"
        for name, _, value in (row.partition(": ") for row in rows)
    )
    return "review.html", page(f'<table class="score-box">{cells}</table>')


def html_lines(rows):
    return "review.html", page("<p>" + "<br>".join(rows) + "</p>")


PLACES = [txt, html_table, html_lines]

#: Boxes, the scores read from each and the rating.
BOXES = [
    (
        ["Movie: 4.5", "Video: 4", "Audio: 4.5", "Extras: 5", "Overall: 4.5 / 5"],
        {"Movie": 9, "Video": 8, "Audio": 9, "Extras": 10},
        Decimal(9),
    ),
    (
        ["Movie: 3", "Picture: 4", "Sound: 3.5", "Overall: 3.5/5"],
        {"Movie": 6, "Picture": 8, "Sound": 7},
        Decimal(7),
    ),
    (
        ["Overall: 8 out of 10", "Story: 8", "Acting: 9", "Music: 6"],
        {"Story": 8, "Acting": 9, "Music": 6},
        Decimal(8),
    ),
    (  # no disc scores overall: the film's own score is the rating
        ["Movie: 4.5/5", "Video: 4/5", "Audio: 5/5", "Extras: 2/5"],
        {"Movie": 9, "Video": 8, "Audio": 10, "Extras": 4},
        Decimal(9),
    ),
]


@pytest.mark.parametrize(("rows", "scores", "rating"), BOXES)
@pytest.mark.parametrize("place", PLACES)
def test_a_disc_score_box_is_read_on_its_stated_scale(rows, scores, rating, place):
    review = read(*place(rows))
    assert dict(review.scores) == scores
    assert review.rating == rating


#: Boxes whose bare numbers must not be read (no scale said, people, above the scale),
#: with the scores and rating that are.
NOT_SCALED = [
    (["Movie: 4.5", "Video: 4", "Audio: 4.5", "Extras: 5"], {}, None),
    (["Ines Vaz: 4", "Tomas Lind: 3", "Sara Holm: 4", "Overall: 3.5/5"], {}, Decimal(7)),
    (["Movie: 9", "Video: 8", "Audio: 7", "Overall: 4/5"], {}, Decimal(8)),
    (  # a film's score with no disc scores beside it is a criterion, not the rating
        ["Movie: 4/5", "Story: 3/5", "Acting: 4/5"],
        {"Movie": 8, "Story": 6, "Acting": 8},
        None,
    ),
]


@pytest.mark.parametrize(("rows", "scores", "rating"), NOT_SCALED)
@pytest.mark.parametrize("place", [txt, html_table])
def test_bare_numbers_with_no_scale_of_their_own_are_not_scores(rows, scores, rating, place):
    review = read(*place(rows))
    assert dict(review.scores) == scores
    assert review.rating == rating
