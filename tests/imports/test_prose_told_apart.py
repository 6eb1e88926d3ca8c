"""A pair of names in a sentence, "Theo Faron (Clive Owen)", is a part and its actor when
the rest of the post tells the sides apart: a character called by its first name, an
actor by the surname; never when the post says nothing or says it both ways."""

import pytest

from tests.imports.test_cast_grid import cast_of
from tests.imports.test_fact_grid import TEXT, film_of

PAIRS = {
    "first name later": (
        "Mae Holm (Ines Vargas) runs the ferry. Years later Mae sells it.",
        [("Ines Vargas", "Mae Holm")],
    ),
    "surname later": (
        "Mae Holm (Ines Vargas) runs the ferry. Vargas has never been better.",
        [("Ines Vargas", "Mae Holm")],
    ),
    "one-word part again": (
        "She guards a girl called Kee (Clare-Hope Ashitey). Kee turns out to be pregnant.",
        [("Clare-Hope Ashitey", "Kee")],
    ),
    "said nothing": ("Mae Holm (Ines Vargas) runs the ferry.", []),
    "told the other way": (
        "Mae Holm (Ines Vargas) runs the ferry. Holm is tired, and Ines will not wait.",
        [],
    ),
    "another pair actor first": (
        "Mae Holm (Ines Vargas) runs the ferry. Mae sells it to Tomas Lind (Kessler).",
        [],
    ),
    "said both ways": (
        "Mae Holm (Ines Vargas) runs the ferry. Mae is tired, and Ines will not wait.",
        [],
    ),
    "a first name inside another name": (
        "Mae Holm (Ines Vargas) runs the ferry. Mae West would have loved it.",
        [],
    ),
}


@pytest.mark.parametrize("form", PAIRS)
@pytest.mark.parametrize("kind", ["text", "html"])
def test_a_pair_told_apart_by_the_rest_of_the_post(form, kind):
    prose, cast = PAIRS[form]
    block = f"<p>{prose}</p>" if kind == "html" else prose
    assert cast_of(film_of(f"{block}\n\n{TEXT}" if kind == "text" else block, kind)) == cast


@pytest.mark.parametrize(
    ("listed", "cast"),
    [
        (["Tony Leung Chiu-wai", "Andy Lau"], [("Tony Leung Chiu-wai", "Chan"), ("Andy Lau", "")]),
        (["Tony Leung Chiu-wai", "Tony Leung Ka-fai"],
         [("Tony Leung Chiu-wai", ""), ("Tony Leung Ka-fai", "")]),
    ],
)  # fmt: skip
def test_a_sentence_names_a_listed_actor_by_the_start_of_the_name(listed, cast):
    text = f"With {', '.join(listed)}.\n\nTony Leung plays Chan, the undercover cop.\n\n{TEXT}"
    assert cast_of(film_of(text, "text", "top")) == cast
