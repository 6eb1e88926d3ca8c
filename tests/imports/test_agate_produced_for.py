"""A credits paragraph's "Produced by X for Company." sentence, as film guides and programme
notes write it: X is the producer and the company a studio. Without a company after "for"
("for television", "for her mother") the sentence credits no studio."""

import pytest

from imports.documents import extract

STORY = "A widow and her son run a kiln by the lake, and the war comes closer every season."


def film_of(credits):
    return extract(f"Lanterns\n\n{STORY}\n\n{credits}\n\n{STORY} It ends in snow.\n").film


@pytest.mark.parametrize(
    ("sentence", "producers", "studios"),
    [
        ("Produced by Tomas Lind for Daiko.", ["Tomas Lind"], ["Daiko"]),
        ("Produced by Tomas Lind for NBX.", ["Tomas Lind"], ["NBX"]),
        (
            "Produced by Tomas Lind and Bo Ek for Greywater Films.",
            ["Tomas Lind", "Bo Ek"],
            ["Greywater Films"],
        ),
        (
            "Produced by Tomas Lind for the Harbour Film Company.",
            ["Tomas Lind"],
            ["Harbour Film Company"],
        ),
    ],
)
def test_produced_by_a_person_for_a_company(sentence, producers, studios):
    film = film_of(f"Directed by Ines Vaz. {sentence} Screenplay by Al Berg. Music by Al Lind.")
    assert film.producers == producers
    assert film.studios == studios
    assert film.directors == ["Ines Vaz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Produced by Tomas Lind for television.",
        "Produced by Tomas Lind for his mother.",
    ],
)
def test_produced_for_no_company_names_no_studio(sentence):
    film = film_of(f"Directed by Ines Vaz. {sentence} Screenplay by Al Berg. Music by Al Lind.")
    assert film.studios == []
