# ruff: noqa: RUF001  (reviews use typographic apostrophes)
"""A part named with how it is played: "Mara, played with a grinning menace by Ines
Vaz", "Ines Vaz has a quiet dignity as Mara". A quality "as" a job, or "played with" a
thing, names no part."""

import pytest

from imports.extracted import CastMember
from imports.prose import prose_facts


def members(text):
    return {
        (fact.value.name, fact.value.character)
        for fact in prose_facts(text)
        if isinstance(fact.value, CastMember)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the story of Mara Holm, played with a grinning menace by Ines Vaz, who steals it.",
        "The film belongs to Li’l Mara, played with a terrifying, grinning blankness by Ines Vaz.",
        "Mara Holm, played with an easy charm by Ines Vaz, runs the ferry.",
        "Ines Vaz has a slow-burning dignity as Mara Holm, the ferry's captain.",
        "The singer Ines Vaz has a quiet authority as Mara Holm.",
        "Ines Vaz brings a sly menace as Mara Holm to every scene.",
    ],
)
def test_a_part_named_with_how_it_is_played(sentence):
    expected = "Li’l Mara" if "Li’l" in sentence else "Mara Holm"
    assert ("Ines Vaz", expected) in members(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Vaz has a quiet dignity as a director that the film lacks.",
        "The harbour, played with a wide lens by the camera, is grey.",
        "Ines Vaz has a reputation as a difficult star.",
    ],
)
def test_a_quality_as_a_job_names_no_part(sentence):
    assert members(sentence) == set()
