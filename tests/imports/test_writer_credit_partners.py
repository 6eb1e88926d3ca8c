"""Writing credits as Indian film pages and infoboxes give them: a "Dialogues" credit is a
writer's, and a writer credited beside the first ("X; screenplay with Y and Z") is one
too. A "Dialogue" score or a sentence about the dialogue credits no one."""

import pytest

from imports.documents import extract

BODY = "The harbour is grey and wet all winter, and the ferry is always late."


def writers_of(facts, *, markdown=False):
    head = "# Lanterns\n\n" if markdown else "Lanterns\n\n"
    return extract(f"{head}{facts}\n\n{BODY}\n", markdown=markdown).film.writers


@pytest.mark.parametrize(
    ("facts", "writers"),
    [
        (
            "Screenplay: Ana Berg; screenplay with Tomas Lind and Bo Ek",
            ["Ana Berg", "Tomas Lind", "Bo Ek"],
        ),
        ("Writers: Ana Berg, with Tomas Lind", ["Ana Berg", "Tomas Lind"]),
        ("Story: Ana Berg; script with Tomas Lind", ["Ana Berg", "Tomas Lind"]),
        ("Written by: Ana Berg; co-written with Tomas Lind", ["Ana Berg", "Tomas Lind"]),
        ("Dialogues: Ines Vaz", ["Ines Vaz"]),
        ("Dialogue: Ines Vaz", ["Ines Vaz"]),
        ("Dialogues by: Ines Vaz", ["Ines Vaz"]),
    ],
)
def test_writers_credited_beside_the_first_and_for_the_dialogue(facts, writers):
    assert writers_of(f"Director: Ana Berg\n{facts}\nCountry: India") == writers


def test_a_markdown_table_row_of_dialogues_is_a_writer():
    table = "| | |\n|---|---|\n| **Director** | Ana Berg |\n| **Dialogues** | K. P. Vaz |"
    assert writers_of(table, markdown=True) == ["K. P. Vaz"]


@pytest.mark.parametrize(
    "facts",
    [
        "Dialogue: 8/10",
        "Dialogue: sharp and funny, the best thing in the film by a distance.",
        "Writer: Ana Berg, with help from her sister",
    ],
)
def test_a_dialogue_score_or_remark_credits_no_one_new(facts):
    assert set(writers_of(f"Director: Ana Berg\n{facts}\nCountry: India")) <= {"Ana Berg"}
