"""The grid's labels in every letter case, with and without their colon: "RATING: …",
"our rating …", "Grade B+" (`rating_grid` writes the documents)."""

import pytest

from tests.imports.rating_grid import LABELS, PLACES, misreads

CASES = {"as written": str, "lower": str.lower, "upper": str.upper}


@pytest.mark.parametrize("colon", [True, False], ids=["colon", "no colon"])
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("label", [label for label in LABELS if label])
@pytest.mark.parametrize("place", ["txt-end", "md-bold", "html-strong"])
def test_a_label_is_read_in_any_case_with_or_without_its_colon(place, label, case, colon):
    assert misreads(PLACES[place], CASES[case](label), colon=colon) == {}
