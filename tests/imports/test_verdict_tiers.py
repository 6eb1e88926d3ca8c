"""A tier of a word or two opening the verdict after a rating ("9/10 - Essential. A landmark
that still looks like the future."): it goes with the sentence that sums the film up.

Negatives: two sentences without a tier, three sentences (the text going on)."""

import pytest

from tests.imports.rating_grid import page, read

#: What follows a rating, and whether it is the verdict: a tier of a word or two may open
#: the sentence that sums the film up.
AFTER_RATING = {
    "Essential. A landmark that still looks like the future.": True,
    "Highly recommended. A patient, kind film that earns its ending.": True,
    "Must-see. The best ferry drama in years.": True,
    "Lovely. A patient, kind film that earns its ending.": False,  # not a tier: two sentences
    "Essential. A landmark. And a long one.": False,  # three sentences: the text goes on
}


@pytest.mark.parametrize("after", AFTER_RATING)
@pytest.mark.parametrize("label", ["Rating", "Overall"])
def test_a_tier_opening_the_line_after_a_rating_goes_with_its_verdict(after, label):
    html = page(f"<p><strong>{label}: 9/10</strong> &ndash; <em>{after}</em></p>")
    review = read("review.html", html)
    assert review.rating == 9
    assert review.verdict == (after if AFTER_RATING[after] else "")
