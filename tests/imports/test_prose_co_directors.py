"""A co-director the review names in passing joins the director its facts credit; a
sentence about another film's co-director, or a plain "directed by" that contradicts the
facts, adds no one."""

import pytest

from imports.documents import extract

FACTS = "Director: Tomas Lind\nCountry: Portugal\n\n"
FILLER = "The harbour is grey and wet all winter, and the ferry is always late."


@pytest.mark.parametrize(
    "sentence",
    [
        "Co-directed by Ines Vaz, the film is built like a set of short stories.",
        "The film was co-directed by Ines Vaz, who cast it from the street.",
        "Lind made the film with co-director Ines Vaz, who found the cast.",
        "Lind co-directed the film with Ines Vaz over four years.",
        "The film, co-directed with Ines Vaz, never hurries.",
    ],
)
def test_a_co_director_in_a_sentence_joins_the_credited_director(sentence):
    review = extract(f"# Lanterns\n\n{FACTS}{FILLER} {sentence} {FILLER}\n", markdown=True)
    assert review.film.directors == ["Tomas Lind", "Ines Vaz"]
    assert not any("Directed by Ines Vaz" in warning for warning in review.warnings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Her last one, Salt Roads, was co-directed by Ines Vaz.",  # another film's
        "Vaz later co-directed a series with Ana Berg.",  # another work's
        "Ines Vaz co-directed a short in 1999 that nobody saw.",
    ],
)
def test_another_works_co_director_is_not_added(sentence):
    review = extract(f"# Lanterns\n\n{FACTS}{FILLER} {sentence} {FILLER}\n", markdown=True)
    assert review.film.directors == ["Tomas Lind"]


def test_a_plain_directed_by_that_contradicts_the_facts_is_no_co_director():
    sentence = "The film is directed by Ines Vaz with a light touch."
    review = extract(f"# Lanterns\n\n{FACTS}{FILLER} {sentence} Lind is absent.\n", markdown=True)
    assert review.film.directors == ["Tomas Lind"]
