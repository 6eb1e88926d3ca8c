"""An actor who "plays him" or "plays her": the part is taken from the sentence only when
no one else could be meant."""

import pytest

from imports.documents import extract


def cast_of(text, *, title="Night Ferry", markdown=False):
    film = extract(f"{title}\n\n{text}\n", markdown=markdown).film
    return [(member.name, member.character) for member in film.cast]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        (
            "That father is Keller Dover, and Hugh Jackman plays him as a survivalist.",
            [("Hugh Jackman", "Keller Dover")],
        ),
        (
            "Our guide is Robert Graysmith, a cartoonist at the San Francisco Chronicle who"
            " gets hooked on the puzzle, and Jake Gyllenhaal plays him as a boy scout.",
            [("Jake Gyllenhaal", "Robert Graysmith")],
        ),
        (
            "Charlie is a theatre director in New York. Adam Driver plays him with a warmth"
            " that never quite hides the ego.",
            [("Adam Driver", "Charlie")],
        ),
    ],
)
def test_the_part_a_sentence_names_before_plays_him(text, cast):
    assert cast_of(text) == cast


@pytest.mark.parametrize(
    "text",
    [
        # someone else is named beside the part: "him" could be either
        "Our guide is Robert Graysmith, a cartoonist who idolises Dave Toschi, and Mark"
        " Ruffalo plays him as a boy scout.",
        "Nicole is a young actress married to Charlie. Adam Driver plays him with warmth.",
        # a surname of someone the paragraph names in full is no character
        "Noah Baumbach made it in New York. Baumbach is a generous director. Adam Driver plays"
        " him with warmth.",
        # a sentence opener is nobody
        "It is a long film about a marriage. Adam Driver plays him with warmth.",
    ],
)
def test_plays_him_without_one_part_it_can_mean(text):
    assert all(character == "" for _, character in cast_of(text))


def test_a_wrapped_paragraphs_short_first_line_is_no_heading():
    text = (
        "Our guide is Robert Graysmith, a cartoonist at the Chronicle who gets\n"
        "hooked on the puzzle, and Jake Gyllenhaal plays him as a boy scout.\n"
    )
    review = extract(f"# Night Ferry\n\n{text}", markdown=True)
    assert "<h2>" not in review.body_html
    assert [(m.name, m.character) for m in review.film.cast] == [
        ("Jake Gyllenhaal", "Robert Graysmith")
    ]
