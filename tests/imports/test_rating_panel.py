# ruff: noqa: RUF001  (the documents use typographic dashes and quotes)
"""A panel's scores: the people's rows are neither criteria nor the rating; the panel's
own row ("Club average: 8/10") is the rating and its quoted words the verdict."""

from decimal import Decimal

import pytest

from imports.documents import extract

HOSTS = "Hosts: Priya Nand & Callum Reed · Guest: Hattie Moss\n\n"
TEXT = (
    "We talked about the film for an hour, and agreed on more than we expected: the lead "
    "is superb, the ending splits us, and the model work holds up.\n\n"
)
PEOPLE = {
    "colons": "Priya: 9/10\nCallum: 7/10\nHattie: 8/10",
    "dashes": "- Priya – 9/10\n- Callum – 7/10\n- Hattie – 8/10",
    "full names": "Priya Nand: 9/10\nCallum Reed: 7/10\nHattie Moss: 8/10",
}
SUMMED = (
    "Club average",
    "Our average",
    "Panel average",
    "Average",
    "Team score",
    "Hosts' average",
)
VERDICT = "A lonely, humane little gem."


def read(scores):
    return extract(f"Moon (2009)\n\n{HOSTS}{TEXT}{TEXT}SCORES\n{scores}\n\nNEXT WEEK: more.\n")


@pytest.mark.parametrize("people", PEOPLE)
@pytest.mark.parametrize("label", SUMMED)
def test_the_panels_row_is_the_rating_and_the_peoples_rows_no_scores(people, label):
    review = read(f"{PEOPLE[people]}\n{label}: 8/10 — “{VERDICT}”")
    assert review.rating == Decimal(8)
    assert review.scores == []
    assert review.verdict == VERDICT


@pytest.mark.parametrize("people", PEOPLE)
def test_peoples_rows_without_the_panels_row_are_no_scores_and_no_rating(people):
    review = read(PEOPLE[people])
    assert review.rating is None
    assert review.scores == []


@pytest.mark.parametrize(
    "rows",
    [
        "Story: 9/10\nSound: 7/10\nOverall: 8/10",  # criteria, their overall the rating
        "Story: 9/10\nVisuals: 7/10\nPacing: 8/10",
    ],
)
def test_criteria_are_no_panel(rows):
    review = read(rows)
    assert "Story" in [name for name, _ in review.scores]


def test_one_persons_row_is_no_panel_and_others_averages_are_not_the_rating():
    review = read("Priya: 9/10\nReaders' average: 6/10")
    assert review.rating != Decimal(6)
    review = read("Priya: 9/10\nCallum: 7/10\nReaders' average: 6/10")
    assert review.rating is None


def test_a_first_name_the_post_never_gives_in_full_is_a_criterion_label():
    review = extract(f"Moon (2009)\n\n{TEXT}{TEXT}Rocket: 9/10\nCrater: 7/10\nAverage: 8/10\n")
    assert review.scores  # "Rocket" and "Crater" are labels of the site's own, kept
