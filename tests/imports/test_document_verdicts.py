# ruff: noqa: RUF001  (the documents use typographic dashes and quotes)
"""The verdict as reviews label it or head it, and what is never a verdict."""

from decimal import Decimal

import pytest

from imports.documents import extract
from imports.verdicts import is_author_bio

TEXT = "# The Salt Road\n\nTwo sisters drive a dead uncle's van across Portugal.\n\n"


def read(ending, *, markdown=True):
    return extract(TEXT + ending, markdown=markdown)


@pytest.mark.parametrize(
    "line",
    [
        "Bottom line: Dry, warm and quietly funny.",
        "The bottom line – Dry, warm and quietly funny.",
        "**Our takeaway:** Dry, warm and quietly funny.",
        "My takeaway: Dry, warm and quietly funny.",
        "> **In one line:** Dry, warm and quietly funny.",
        "In a nutshell: Dry, warm and quietly funny.",
        "TL;DR: Dry, warm and quietly funny.",
        "The final word: Dry, warm and quietly funny.",
        "ONE-LINE VERDICT: Dry, warm and quietly funny.",
        "Short verdict: Dry, warm and quietly funny.",
        "Our quick verdict – Dry, warm and quietly funny.",
        "Capsule verdict: Dry, warm and quietly funny.",
    ],
)
def test_labelled_verdicts(line):
    review = read(f"{line}\n")
    assert review.verdict == "Dry, warm and quietly funny."
    assert "quietly funny" not in review.body_html  # taken out of the body as the verdict


def test_the_verdict_in_an_answer_of_a_question_and_answer_review():
    review = read("**Q: And in short?**\n\nA: **Verdict:** Slight, but it lingers.\n")
    assert review.verdict == "Slight, but it lingers."


def test_a_labelled_verdict_with_a_bracketed_rating_gives_both():
    review = read("Bottom line: a road movie with no wrong turns [8/10]\n")
    assert (review.verdict, review.rating) == ("a road movie with no wrong turns", Decimal(8))


@pytest.mark.parametrize(
    "heading",
    [
        "## The bottom line",
        "## Verdict",
        "### In one line",
        "THE TAKEAWAY",
        "## The verdict in a sentence",
        "## The last word",
        "### Our verdict in one line",
    ],
)
def test_the_sentence_under_a_verdict_heading(heading):
    review = read(f"{heading}\n\n> A small film that knows exactly what it is.\n")
    assert review.verdict == "A small film that knows exactly what it is."


def test_a_question_answered_in_a_sentence_is_the_verdict_when_nothing_is_labelled():
    review = read("### Is it worth your time?\n\nOnly if you like long silences and vans.\n")
    assert review.verdict == "Only if you like long silences and vans."


@pytest.mark.parametrize(
    "question", ["## Should you go?", "### Should you see it?", "## So, should you watch it?"]
)
@pytest.mark.parametrize("answer", ["Yes: ", "Yes — ", "Absolutely. ", ""])
def test_the_answer_to_should_you_go_is_the_verdict_without_its_yes(question, answer):
    review = read(f"{question}\n\n{answer}a warm, sly film about a family held together.\n")
    assert review.verdict == "a warm, sly film about a family held together."


@pytest.mark.parametrize(
    "heading", ["## Should you go to Portugal?", "## The last word on vans", "## Summary"]
)
def test_other_questions_and_headings_announce_no_verdict(heading):
    assert read(f"{heading}\n\nOnly if you like long silences and vans.\n").verdict == ""


def test_a_labelled_verdict_wins_over_the_answer_to_a_question():
    review = read(
        "### Should I see it?\n\nYes, and take your sister.\n\n"
        "**Verdict:** The best road movie of the spring.\n"
    )
    assert review.verdict == "The best road movie of the spring."


def test_a_long_section_under_a_verdict_heading_is_not_shortened_into_a_verdict():
    paragraph = "The film is patient. " * 15
    review = read(f"## Verdict\n\n{paragraph}\n")
    assert review.verdict == ""


def test_an_author_bio_after_the_rating_is_not_the_verdict():
    review = read(
        "**Rating: 7/10**\n\n*Tomasz Brandt writes about cinema and cycling. "
        "Follow him on Mastodon.*\n"
    )
    assert (review.rating, review.verdict) == (Decimal(7), "")


def test_a_line_after_the_sites_furniture_is_not_the_verdict_the_rating_announced():
    review = read(
        "Rating: 3/5\n\nShare this: Facebook | Twitter\n\n*Thanks for reading, see you soon.*\n"
    )
    assert (review.rating, review.verdict) == (Decimal(6), "")


def test_the_line_right_after_a_rating_is_still_its_verdict():
    review = read("Rating: 3/5\n\nGentle, sunburnt and a touch too long.\n")
    assert review.verdict == "Gentle, sunburnt and a touch too long."


@pytest.mark.parametrize(
    "line",
    [
        "Mara Lindqvist is a film critic based in Gothenburg.",
        "Ade Okoro writes about film for the Evening Post.",
        "Follow me on Letterboxd for more.",
        "Sam Reyes has reviewed films since 2009.",
    ],
)
def test_author_bios(line):
    assert is_author_bio(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mara Lindqvist is a revelation as the older sister.",
        "A warm film that follows its heroines on the road.",
        "Ade Okoro writes the best dialogue of the year.",
    ],
)
def test_sentences_that_are_not_author_bios(line):
    assert not is_author_bio(line)


def test_other_posts_run_into_a_line_after_the_rating_are_not_the_verdict():
    review = read("**Rating:** 4/5\n\n*You may also like: [Dry Season](/dry-season/), a drama.*\n")
    assert (review.rating, review.verdict) == (Decimal(8), "")


@pytest.mark.parametrize(
    "note",
    [
        "*Seen at the Berlinale press screening.*",
        "*Now streaming on Mubi.*",
        "_Disclosure: the distributor provided a screener._",
        "*This review was first published in our spring issue.*",
    ],
)
def test_a_closing_note_in_italics_after_the_rating_is_not_the_verdict(note):
    review = read(f"Rating: 4/5\n\n{note}\n")
    assert (review.rating, review.verdict) == (Decimal(8), "")


def test_a_closing_line_in_italics_with_no_rating_before_it_is_not_a_verdict():
    assert read("*Two sisters, one van, no regrets.*\n").verdict == ""


def test_a_question_after_the_rating_is_not_the_verdict_its_answer_is():
    review = read("Rating: 4/5\n\nShould you watch it?\n\nYes, with someone you love.\n")
    assert review.verdict == "Yes, with someone you love."


def test_a_long_paragraph_after_the_rating_is_the_text_not_a_shortened_verdict():
    paragraph = "Two sisters argue about the route for most of a week, and it is lovely. " * 4
    review = read(f"Rating: 3/5\n\n{paragraph}\n")
    assert review.verdict == "" and "Two sisters argue" in review.body_html


def test_a_comment_in_brackets_under_the_rating_is_not_the_verdict():
    review = read("Rating: 3/5\n\n(Lovely leads, a slack middle hour. Go anyway.)\n")
    assert (review.rating, review.verdict) == (Decimal(6), "")


def test_a_one_sentence_summary_is_the_verdict():
    text = "Lanterns\n\nA paragraph about the film, long enough to be its text.\n\n"
    review = extract(text + "Summary: A quiet, tender film that trusts its actors.\n")
    assert review.verdict == "A quiet, tender film that trusts its actors."


def test_a_longer_summary_is_not_the_verdict():
    text = "Lanterns\n\nA paragraph about the film, long enough to be its text.\n\n"
    review = extract(text + "Summary: Ana moves to Lisbon. She meets a ferryman. He lies.\n")
    assert review.verdict == ""


def test_a_labelled_verdict_wins_over_a_summary():
    text = "Lanterns\n\nA paragraph about the film, long enough to be its text.\n\n"
    lines = "Summary: A quiet, tender film.\n\nVerdict: Worth the trip.\n"
    assert extract(text + lines).verdict == "Worth the trip."


@pytest.mark.parametrize("markdown", [True, False])
def test_a_labelled_verdict_wrapped_after_a_short_first_line(markdown):
    """ "Bottom line: A storybook romance that remembers how serious" goes on in lower case
    on the next line: the verdict, whole, and no heading."""
    label = "**Bottom line:**" if markdown else "VERDICT:"
    review = extract(
        "# Night Ferry\n\nA slow crossing, and a fine one for those who wait.\n\n"
        f"{label} A storybook romance that remembers how serious childhood feels from\n"
        "the inside.\n",
        markdown=markdown,
    )
    assert review.verdict == (
        "A storybook romance that remembers how serious childhood feels from the inside."
    )
