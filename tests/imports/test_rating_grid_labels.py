"""The grid's labels in every letter case, with and without their colon: "RATING: …",
"our rating …", "Grade B+" (`rating_grid` writes the documents).

Crossed pairwise to keep the suite fast: each label meets every case with and without its
colon, the place rotating so that each also meets every place (a third of the full cross).
"""

import pytest

from tests.imports.rating_grid import LABELS, PLACES, misreads

CASES = {"as written": str, "lower": str.lower, "upper": str.upper}


PLACES_OF_LABELS = ("txt-end", "md-bold", "html-strong")


def pairwise():
    """(place, label, case, colon) cells: every label with every case and colon, the place
    rotating over the labels."""
    combos = [(case, colon) for case in CASES for colon in (True, False)]
    return [
        pytest.param(
            PLACES_OF_LABELS[(n + k) % len(PLACES_OF_LABELS)],
            label,
            case,
            colon,
            id=f"{label}-{case}-{'colon' if colon else 'no colon'}",
        )
        for n, label in enumerate(label for label in LABELS if label)
        for k, (case, colon) in enumerate(combos)
    ]


@pytest.mark.parametrize(("place", "label", "case", "colon"), pairwise())
def test_a_label_is_read_in_any_case_with_or_without_its_colon(place, label, case, colon):
    assert misreads(PLACES[place], CASES[case](label), colon=colon) == {}
