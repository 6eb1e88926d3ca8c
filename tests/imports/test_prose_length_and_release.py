"""A feature's length as its adjective ("this 170-minute documentary", "it was a 138-minute
film") and a closing line's distributor and year ("Produced by X and released by Y in
1994"). A stretch of the film, a wish, another version or another film is no runtime."""

import pytest

from imports.documents import extract

FILLER = "The harbour is grey and wet all winter, and the ferry is always late."


def film_of(sentence):
    text = f"# Lanterns\n\nDirector: Ana Berg\n\n{FILLER} {sentence} {FILLER}\n"
    return extract(text, markdown=True).film


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("What they ended up with was a 170-minute film that follows two boys.", 170),
        ("Nobody warned me that this 138-minute documentary flies by.", 138),
        ("It's a 95-minute thriller with no fat on it.", 95),
        ("Lind is in every scene of this 104-minute drama.", 104),
    ],
)
def test_a_features_length_as_its_adjective(sentence, minutes):
    assert film_of(sentence).runtime_minutes == minutes


@pytest.mark.parametrize(
    "sentence",
    [
        "There is a 20-minute sequence on the ferry that is astonishing.",
        "It was never going to be a 90-minute film, and it is not one.",
        "If it had been a 90-minute film, it would sing.",
        "Lind's director's cut is a 190-minute film of real patience.",
        "Her last short was a 40-minute film shot in a week.",
        "This 90-minute film would have worked better as a short.",
    ],
)
def test_a_stretch_a_wish_or_another_version_is_no_runtime(sentence):
    assert film_of(sentence).runtime_minutes is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Produced by Greywater Films and released by Harbour Pictures in 1994.",
        "The film was released by Harbour Pictures in 1994.",
    ],
)
def test_a_closing_lines_distributor_and_year(sentence):
    assert film_of(sentence).year == 1994


@pytest.mark.parametrize(
    "sentence",
    [
        "Her debut was released by Harbour Pictures in 1994.",
        "Lind's novel was released by a small press in 1994, long before.",
    ],
)
def test_another_works_release_year_is_not_the_films(sentence):
    assert film_of(sentence).year is None
