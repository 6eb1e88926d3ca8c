# ruff: noqa: RUF001, RUF002  (en dashes as posts write them)
"""A co-production's nations joined by a hyphen or dash when one of them has a compass word,
"a West German–French co-production", "a South Korean-French co-production": each nation is
a country of the film; capitalised words that are no nation give none."""

import pytest

from imports.catalogue import country_code
from tests.imports.fact_forms import text

HEAD = "Lanterns (1987) review"


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        (
            "Vaz shot it late: a West German–French co-production, about a walled city.",
            ["DE", "FR"],
        ),
        ("It was a South Korean-French co-production, shot in Busan.", ["FR", "KR"]),
        ("It was a French/East German co-production, shot in Leipzig.", ["DD", "FR"]),
        ("It was a French-Italian co-production shot in Paris.", ["FR", "IT"]),
    ],
)
def test_joined_nations_with_a_compass_word(sentence, codes):
    film = text(HEAD, sentence, markdown=True)
    assert sorted(country_code(country) for country in film.countries) == codes


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a North Star-French co-production, whatever that means.",
        "Back then, West Berlin-French co-productions were rare.",
        "She later wrote for a South Korean-French magazine.",
    ],
)
def test_no_nations_no_countries(sentence):
    assert text(HEAD, sentence, markdown=True).countries == []
