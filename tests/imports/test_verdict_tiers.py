"""A recommendation tier closing a review ("Highly Recommended.", "Rent It.", "Skip It."),
alone or as its paragraph's last sentence, as disc and review sites write it: the verdict
when no line is labelled or announced as one.

Negatives: a labelled verdict wins; the tier's words inside a sentence, after a rating
key's label, or as a heading over other posts' teasers are no verdict."""

import pytest

from tests.imports.rating_grid import CLOSING, INFO, PARAGRAPH, TITLE, page, read

LAST = "For anyone who still owns the old disc, the picture alone justifies the upgrade."


def txt_alone(tier):
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{LAST}\n\n{tier}\n"


def txt_closing(tier):
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{LAST} {tier}\n"


def html_bold_closing(tier):
    return "review.html", page(f"<h3>Final Thoughts</h3><p>{LAST} <b>{tier}</b></p>")


def md_bold_alone(tier):
    return "review.md", f"# {TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{LAST}\n\n**{tier}**\n"


TIERS = [
    "Highly Recommended.",
    "Recommended.",
    "Rent It.",
    "Skip It!",
    "Must-see.",
    "Not recommended.",
]


@pytest.mark.parametrize("tier", TIERS)
@pytest.mark.parametrize("place", [txt_alone, txt_closing, html_bold_closing, md_bold_alone])
def test_a_recommendation_tier_closing_the_review_is_its_verdict(tier, place):
    assert read(*place(tier)).verdict == tier


def test_a_labelled_verdict_wins_over_a_tier():
    name, text = txt_alone("Highly Recommended.")
    text = text.replace(f"{LAST}\n", f"{LAST}\n\nBottom line: A lovely, patient restoration.\n")
    assert read(name, text).verdict == "A lovely, patient restoration."


@pytest.mark.parametrize(
    "line",
    [
        "It is highly recommended that you see it on the biggest screen you can.",
        "Recommended for fans of slow, patient cinema and little else.",
        "4 stars: Highly recommended.",
        "Not for everyone, but recommended",
    ],
)
def test_a_tiers_words_in_a_sentence_or_after_a_label_are_no_verdict(line):
    assert (
        read("review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING} {line}\n").verdict == ""
    )


def test_a_recommended_heading_over_teasers_is_no_verdict():
    text = f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\nRecommended\n\nGrey Tide (2019)\n"
    assert read("review.txt", text).verdict == ""


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
