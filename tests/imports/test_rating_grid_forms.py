# ruff: noqa: RUF001  (the documents rate with glyphs and typographic dashes)
"""The forms of rating and verdict that sites of their own write: a rating under the site's
own label and unit ("Monster rating: 9 Graboids out of 10"), in a byline's strip, before a
diary's viewing, in another language's words ("9 von 10 Punkten"); verdicts under their
many labels ("TL;DR:", "In a line", "Fazit / In short:", "Nadia's verdict:"), in quotes
under a score, in a quotation over a grade; a card that scores films, not criteria.

Each form is crossed with the places of `rating_grid` pairwise: every label meets every
value, the place rotating. The negatives are what must never be read as these.
"""

from decimal import Decimal

import pytest

from tests.imports.rating_grid import CLOSING, INFO, PARAGRAPH, TITLE, page, read

#: Labels a site gives its own rating, and values in its own units, each with its 0-10.
OWN_LABELS = ("Monster rating", "Kinoko rating", "Our family score", "Nadia's score")
OWN_VALUES = {
    "9 Graboids out of 10": Decimal(9),
    "🥕🥕🥕🥕🥕 (5 carrots out of 5)": Decimal(10),
    "★★★★½": Decimal(9),
    "88/100": Decimal(9),  # 8.8, to the half step
    "9 von 10 Punkten (9 out of 10 points)": Decimal(9),
    "8 sur 10": Decimal(8),
    "4 out of 5": Decimal(8),
    "four out of five": Decimal(8),
    "seven out of ten": Decimal(7),
}


def txt_end(line):
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n{line}\n"


def txt_body(line):
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{line}\n\n{CLOSING}\n"


def md_bold(line):
    label, colon, value = line.partition(": ")
    text = f"**{label}:** {value}" if colon else f"**{line}**"
    return "review.md", f"# {TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n{text}\n"


def md_quoted(line):
    label, colon, value = line.partition(": ")
    text = f"> **{label}:** {value}" if colon else f"> {line}"
    return "review.md", f"# {TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n{text}\n"


def html_strong(line):
    label, colon, value = line.partition(": ")
    text = f"<strong>{label}:</strong> {value}" if colon else line
    return "review.html", page(f"<p>{text}</p>")


PLACES = (txt_end, txt_body, md_bold, md_quoted, html_strong)


def pairwise(labels, values, places=PLACES):
    """Every label with every value, the place rotating so each meets every value."""
    return [
        pytest.param(label, value, places[(n + k) % len(places)], id=f"{label}-{value}-{n + k}")
        for n, label in enumerate(labels)
        for k, value in enumerate(values)
    ]


@pytest.mark.parametrize(("label", "value", "place"), pairwise(OWN_LABELS, OWN_VALUES))
def test_a_rating_under_the_sites_own_label_and_unit_is_the_rating(label, value, place):
    review = read(*place(f"{label}: {value}"))
    assert (review.rating, review.scores) == (OWN_VALUES[value], [])
    assert value not in review.body_html + review.verdict  # the unit is no verdict


@pytest.mark.parametrize(
    "line",
    [
        "Audience score: 85%",
        "Average score: 71/100",
        "Average rating: 3.5/5",
        "Consensus: 90/100",
        "Consensus score: 90/100",
        "User score: 8.9/10",
        "Age rating: 12",
        "MPAA rating: PG-13",
        "Monster rating: enormous",
        "Kinoko rating: 9",  # out of how many is not said
    ],
)
@pytest.mark.parametrize("place", [txt_end, md_bold, html_strong])
def test_others_scores_certificates_and_words_are_never_the_own_rating(line, place):
    review = read(*place(line))
    assert (review.rating, review.scores) == (None, [])


def test_rows_of_own_labels_are_criteria_not_the_rating():
    review = read(*txt_end("Violence rating: 2/5\nLanguage rating: 1/5"))
    assert review.rating is None and len(review.scores) == 2


def test_a_criterion_under_a_score_label_stays_a_criterion():
    review = read(*txt_end("Story score: 8/10\nActing score: 7/10"))
    assert review.rating is None and [name for name, _ in review.scores] == [
        "Story score",
        "Acting score",
    ]


#: Verdict labels as people write them, in English, German and both.
VERDICT_LABELS = (
    "TL;DR", "Bottom line", "In one line", "In a line", "IN A LINE", "In short", "In brief",
    "Fazit", "Fazit / In short", "Verdict", "Nadia's verdict", "UNSER URTEIL / OUR VERDICT",
)  # fmt: skip
VERDICT = "A quiet thriller about listening, and the best film of its year."


def after_rating(line):
    return txt_end(f"Rating: 4/5\n{line}")


def heading_above(line):
    label, _, value = line.partition(": ")
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{label}\n{value}\n"


VERDICT_PLACES = (*PLACES, after_rating, heading_above)


@pytest.mark.parametrize(
    ("label", "value", "place"), pairwise(VERDICT_LABELS, (VERDICT,), VERDICT_PLACES)
)
def test_a_verdict_under_any_of_its_labels_in_any_place_is_the_verdict(label, value, place):
    review = read(*place(f"{label}: {value}"))
    assert review.verdict == value
    assert place is heading_above or value not in review.body_html  # a heading's stays


@pytest.mark.parametrize("place", [txt_end, md_bold, md_quoted, html_strong])
@pytest.mark.parametrize(
    "line",
    [
        "Best for: ages 7 and up; some scenes of peril and a frightening finale.",
        "Certificate: U",
        "Parents' guide: mild peril and one rude word.",
        "Next week: something Japanese, with a very large moth.",
        "Audience verdict: a crowd-pleaser from start to finish.",
    ],
)
def test_other_labelled_lines_after_a_rating_are_never_its_verdict(place, line):
    if place is html_strong:
        document = ("review.html", page(f"<p>Rating: 4/5</p><p>{line}</p>"))
    else:
        document = place(f"Rating: 4/5\n\n{line}" if place is not md_bold else line)
    review = read(*document)
    assert review.verdict == ""


def test_in_short_opening_a_sentence_is_no_verdict():
    review = read(*txt_body("In short, the film works better than it should have."))
    assert review.verdict == ""


@pytest.mark.parametrize("place", [txt_end, md_bold, md_quoted, html_strong])
@pytest.mark.parametrize(
    ("spoken", "rating"),
    [("four out of five", Decimal(8)), ("three and a half out of five", Decimal(7))],
)
def test_a_rating_said_in_words_closing_a_verdict_is_the_rating(place, spoken, rating):
    verdict = f"the rare spoof that outdoes what it spoofs – {spoken}."
    review = read(*place(f"Nadia's verdict: {verdict}"))
    assert (review.rating, review.verdict) == (rating, verdict)


QUOTED = "A love letter to the projection booth that knows exactly what love costs."


@pytest.mark.parametrize("rating", ["88/100", "8.8/10", "(4/5)"])
@pytest.mark.parametrize("quotes", ['"{}"', "“{}”"])
@pytest.mark.parametrize("place", [txt_end, txt_body])
def test_a_line_in_quotes_under_a_rating_alone_is_the_verdict(rating, quotes, place):
    review = read(*place(f"{rating}\n\n{quotes.format(QUOTED)}"))
    assert review.verdict == QUOTED and review.rating is not None


@pytest.mark.parametrize(
    "after",
    [
        f'"{QUOTED} It goes on. And on."',  # several sentences: the text
        '"Is it worth three hours of anyone\'s time?"',
        "A love letter to the projection booth, not in quotes.",
    ],
)
def test_other_lines_under_a_rating_alone_are_no_verdict(after):
    assert read(*txt_end(f"88/100\n\n{after}")).verdict == ""


BEFORE = "still the best comedy ever made about wasting your life and then deciding not to."


@pytest.mark.parametrize("label", ["**Thirty years on:** ", "*In the end:* ", ""])
@pytest.mark.parametrize("grade", ["**Our grade: A**", "**Rating: 9/10**", "Score: 4.5/5"])
def test_a_one_line_quotation_just_before_a_rating_alone_is_the_verdict(label, grade):
    text = f"# {TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n> {label}{BEFORE}\n\n{grade}\n"
    review = read("review.md", text)
    assert review.verdict == BEFORE and BEFORE not in review.body_html


@pytest.mark.parametrize(
    ("quote", "between"),
    [
        (f"> {BEFORE}\n> And a second line of the quotation.", ""),  # two lines: the text's
        (f"> {BEFORE}", f"{PARAGRAPH}\n\n"),  # a paragraph between it and the rating
        (f"> “{BEFORE}”", ""),  # someone quoted
        (f"> {BEFORE[:-1]} – Ana Lind", ""),  # someone signed
    ],
)
def test_a_quotation_away_from_the_rating_or_of_someone_else_is_no_verdict(quote, between):
    text = f"# {TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{quote}\n\n{between}Rating: 9/10\n"
    assert read("review.md", text).verdict == ""


@pytest.mark.parametrize("place", [txt_end, txt_body])
@pytest.mark.parametrize("separator", [": ", " – "])
def test_a_card_that_scores_films_rates_the_reviewed_one_and_scores_no_criteria(place, separator):
    card = f"Some Film{separator}4.5 out of 5\nThe Other Film{separator}4 out of 5"
    review = read(*place(card))
    assert (review.rating, review.scores) == (Decimal(9), [])


@pytest.mark.parametrize("bullet", ["", "- "])
def test_a_card_of_films_the_post_names_with_their_years_scores_no_criteria(bullet):
    card = f"{bullet}First Film: 4.5 out of 5\n{bullet}The Other Film: 4 out of 5"
    name, text = txt_end(card)
    text = text.replace(PARAGRAPH, f"First Film (2002) and The Other Film (2006). {PARAGRAPH}")
    assert read(name, text).scores == []


def test_a_card_of_criteria_stays_scores():
    review = read(*txt_end("Story: 4.5 out of 5\nActing: 4 out of 5"))
    assert review.rating is None and len(review.scores) == 2


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("Reviewed by: Ana Lind · Score: 9/10", Decimal(9)),
        ("By Ana Lind | Rating: 4/5", Decimal(8)),
        ("Posted by Ana Lind • Our rating: ★★★★☆", Decimal(8)),
        ("Rating: R · Runtime: 112 minutes", None),  # a certificate among facts
        ("Reviewed by: Ana Lind · Grade: B", None),  # a letter: perhaps a certificate
    ],
)
@pytest.mark.parametrize("place", [txt_body, md_bold, html_strong])
def test_a_rating_in_a_bylines_strip_is_the_rating(line, rating, place):
    assert read(*place(line)).rating == rating


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("★★★★½ ↻ Rewatched 02 Nov 2025", Decimal(9)),
        ("★★★½ Watched 3 Jan 2024", Decimal(7)),
        ("★★★★ · Seen 12 March", Decimal(8)),
        ("♥ Like review · 412 likes", None),
        ("♥♥♥ Watched 3 Jan 2024", None),  # hearts: out of how many is not said
        # the stars one part of the viewing's strip
        ("Watched by ines_v on Sunday 9 March 2025 · rewatch · ★★★★½ · ♥", Decimal(9)),
        ("Logged by ines_v on 02 Nov 2025 | ★★★½", Decimal(7)),
        ("Rewatched by tomas.l on 3 Jan 2024 • ★★★☆☆", Decimal(6)),
        ("Watched 09 Mar 2025 · ♥", None),  # a like, no stars
        ("Lanterns ★★★★ · Grey Tide ★★★½", None),  # other films' stars
    ],
)
@pytest.mark.parametrize("place", [txt_body, html_strong])
def test_a_diarys_stars_before_the_viewing_are_the_rating(line, rating, place):
    assert read(*place(line)).rating == rating


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("Four out of five.", Decimal(8)),
        ("Seven out of ten!", Decimal(7)),
        ("Three and a half skulls out of five", Decimal(7)),
        ("Rating: four out of five", Decimal(8)),
        ("My score: seven out of ten", Decimal(7)),
        ("Four out of five dentists would not recommend the popcorn.", None),
        ("Rating: six out of five", None),
        ("Nadia: Four out of five. Loses one for the runtime.", None),  # said in a dialogue
    ],
)
@pytest.mark.parametrize("place", [txt_end, md_bold, html_strong])
def test_a_rating_said_in_words_is_the_rating(line, rating, place):
    assert read(*place(line)).rating == rating
