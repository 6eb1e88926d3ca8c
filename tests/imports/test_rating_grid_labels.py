"""The grid's labels in every letter case, with and without their colon: "RATING: …",
"our rating …", "Grade B+" (`rating_grid` writes the documents).

Crossed pairwise (`tests.pairwise`) to keep the suite fast: each label meets every case,
with and without its colon, every place and every value (the letter grades under "Stars"
and "STARS" too, which are no rating), in 170 documents rather than the 1,020 of every
label, case and colon with every value.
"""

import pytest

from tests.imports.rating_grid import LABELS, VALUES, cell_misread
from tests.pairwise import pairwise

CASES = {"as written": str, "lower": str.lower, "upper": str.upper}
COLONS = {"colon": True, "no colon": False}
PLACES_OF_LABELS = ("txt-end", "md-bold", "html-strong")


@pytest.mark.parametrize(
    ("place", "label", "case", "colon", "value"),
    pairwise(PLACES_OF_LABELS, [label for label in LABELS if label], CASES, COLONS, VALUES),
)
def test_a_label_is_read_in_any_case_with_or_without_its_colon(place, label, case, colon, value):
    assert cell_misread(place, CASES[case](label), value, colon=COLONS[colon]) == ""
