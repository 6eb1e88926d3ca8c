"""A plain-text dispatch wraps its paragraphs by hand: a short line stopped inside its
sentence ("… and blown up to" / "35mm, the film …") is the paragraph's, never a heading,
so the credit it gives is read; a real heading over its paragraph stays one."""

import pytest

from imports.documents import extract
from imports.values import continues

TAIL = (
    "35mm, the film looks grainy in the dark, and the camera swings from face to\n"
    "face like another guest at the table, which is the point of it all.\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "Shot on a consumer video camera by Ines Vaz and blown up to",
        "Shot by Ines Vaz on a consumer camera, then printed on the",
        "Shot by Ines Vaz on a camera the size of a paperback and",
        "Shot by Ines Vaz, who printed the whole thing on the",
    ],
)
def test_a_line_stopped_inside_its_sentence_is_the_paragraphs(first):
    text = f"Lanterns\n\nThe harbour is grey all winter, and the ferry is late.\n\n{first}\n{TAIL}"
    review = extract(text)
    assert review.film.cinematographers == ["Ines Vaz"]
    assert not any(tag == "h2" and "Ines Vaz" in block for tag, block, _ in review_blocks(text))


def review_blocks(text):
    from imports.documents import Extractor

    extractor = Extractor(text)
    extractor.run()
    return extractor.blocks


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Blown up to", "35mm, the film"], True),
        (["A film of", "Grey harbours"], True),
        (["The Verdict", "35mm prints are rare."], False),  # a heading over its paragraph
        (["Ending Of The Year", "Grey harbours"], False),
        (["blown up to", ""], False),  # the paragraph ends there
        (["blown up to"], False),
    ],
)
def test_continues(lines, expected):
    assert continues(lines, 0) is expected
