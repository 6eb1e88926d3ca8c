"""A writing credit that names its source work before saying what it is: "Based on: Lanterns,
a novel by X", "*Lanterns* (The Lamp), a novella by X", "Lanterns (novel) by X". The
author is a writer; the work's title (and its translation) never is."""

import pytest

from tests.imports.fact_forms import text

HEAD = "Night Ferry (2019) review"


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("Based on: Lanterns, a novel by Tomas Lind", ["Tomas Lind"]),
        ("Based on: *Lanterns* (The Lamp), a novella by Tomas Lind", ["Tomas Lind"]),
        ("Based on: Lanterns, a short story by Tomas Lind", ["Tomas Lind"]),
        ("Based on: Lanterns, the memoir by Tomas Lind", ["Tomas Lind"]),
        ("Based on: Lanterns (novel) by Tomas Lind", ["Tomas Lind"]),
        ("Based on: Lanterns by Tomas Lind", ["Tomas Lind"]),
        ("Based on: the novel Lanterns by Tomas Lind", ["Tomas Lind"]),
        (
            "Screenplay: Ines Vaz, adapted from Lanterns, a 1954 novel by Tomas Lind",
            ["Ines Vaz", "Tomas Lind"],
        ),
        ("Screenplay: Ines Vaz, from the novel by Tomas Lind", ["Ines Vaz", "Tomas Lind"]),
        ("Screenplay: Ines Vaz (based on the novel by Tomas Lind)", ["Ines Vaz", "Tomas Lind"]),
        ("Writers: Ines Vaz, Tomas Lind (novel “Lanterns”)", ["Ines Vaz", "Tomas Lind"]),
        ("Writers: Ines Vaz, Bo Ek", ["Ines Vaz", "Bo Ek"]),
    ],
)
def test_the_source_works_author_is_a_writer_and_its_title_is_not(line, writers):
    film = text(HEAD, line, markdown=True)
    assert film.writers == writers
    assert film.certificate == ""


def test_a_source_in_a_facts_table_row():
    table = "| | |\n|---|---|\n| **Based on** | *Lanterns* (The Lamp), a novella by Tomas Lind |"
    assert text(HEAD, table, markdown=True).writers == ["Tomas Lind"]


def test_a_crew_label_after_an_article_stays_a_label():
    film = text(HEAD, "Director: Ines Vaz. The music by Bo Ek is loud.", markdown=True)
    assert film.writers == []
