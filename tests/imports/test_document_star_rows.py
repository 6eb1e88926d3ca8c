"""Criteria scored in rows of star glyphs in plain text: "Plot ★★★★☆" beside its
siblings, never a critic's row in a panel, and "Overall" as the rating."""

from decimal import Decimal

from imports.criteria import is_criterion
from imports.documents import extract

TEXT = "A paragraph about the film, long enough to be the text of the review."


def read(rows, *, markdown=False):
    return extract(f"Lanterns\n\n{TEXT}\n\n{rows}\n\n{TEXT}\n", markdown=markdown)


def test_rows_of_glyphs_without_a_colon_are_scores_beside_each_other():
    review = read("Plot ★★★☆☆\nLighting ★★★★½\nSound Design ★★★★★")
    assert review.scores == [
        ("Plot", Decimal("6.0")),
        ("Lighting", Decimal("9.0")),
        ("Sound Design", Decimal("10.0")),
    ]


def test_a_row_of_glyphs_alone_without_a_colon_is_not_a_score():
    assert read("Plot ★★★☆☆").scores == []


def test_a_critics_row_is_not_a_criterion():
    review = read("Pacing: ★★★☆☆\nCostumes: ★★★★☆\nMira Solberg: ★★☆☆☆", markdown=True)
    assert [name for name, _ in review.scores] == ["Pacing", "Costumes"]


def test_an_overall_row_is_the_rating_not_a_criterion():
    review = read("Pacing: ★★★☆☆\nCostumes: ★★★★☆\nOverall: ★★★★★", markdown=True)
    assert (review.rating, [name for name, _ in review.scores]) == (
        Decimal("10.0"),
        ["Pacing", "Costumes"],
    )


def test_criteria_and_names_told_apart():
    assert is_criterion("Production Design") and is_criterion("Story")
    assert not is_criterion("Mira Solberg")


def test_stars_with_their_scale_beside_them():
    review = extract(f"Lanterns\n\n★★★ (out of 4)\n\n{TEXT}\n")
    assert review.rating == Decimal("7.5")


def test_a_four_star_scale_said_in_the_footer_applies_to_bare_stars():
    review = extract(
        f"Lanterns\n\n★★\n\n{TEXT}\n\nEvery film here is graded on a four-star scale.\n"
    )
    assert review.rating == Decimal("5.0")
    assert any("own scale" in warning for warning in review.warnings)


def test_bare_stars_without_a_stated_scale_are_out_of_five():
    review = extract(f"Lanterns\n\n★★\n\n{TEXT}\n\nA four-part series follows next week.\n")
    assert review.rating == Decimal("4.0")


def test_a_rating_in_the_sites_own_unit_is_never_the_verdict():
    review = extract(f"Lanterns\n\nRating: 3/5 slices of cake 🍰🍰🍰\n\n{TEXT}\n")
    assert (review.rating, review.verdict) == (Decimal("6.0"), "")


def test_a_rating_in_units_alone_on_its_line():
    assert extract(f"Lanterns\n\n{TEXT}\n\n7 out of 10 paper lanterns\n").rating == Decimal("7.0")


def test_the_verdict_after_a_rating_in_units_loses_the_unit():
    review = extract(f"Lanterns\n\nRating: 4/5 golden tickets — a warm, odd delight\n\n{TEXT}\n")
    assert (review.rating, review.verdict) == (Decimal("8.0"), "a warm, odd delight")


def test_a_count_of_people_is_not_a_rating():
    review = extract(f"Lanterns\n\n{TEXT}\n\n3/5 friends walked out. The others stayed on.\n")
    assert review.rating is None
