"""Cast written as runs of short clauses, two leads in parts the sentence only describes,
a character introduced with a description before "is played by", and lists of other
works that only look like credits."""

import pytest

from imports.documents import extract


def cast_of(text, *, title="Night Ferry"):
    film = extract(f"{title}\n\n{text}\n").film
    return [(member.name, member.character) for member in film.cast]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        (
            "Marta Lindqvist is Greta Holm · Jonas Bergström is Old Henrik"
            " · Ada Roos is Sister Ines",
            [
                ("Marta Lindqvist", "Greta Holm"),
                ("Jonas Bergström", "Old Henrik"),
                ("Ada Roos", "Sister Ines"),
            ],
        ),
        (
            "The players: Ivo Sand is Pell; Rina Holt is Mother Ursula; Lars Obel is Tam.",
            [("Ivo Sand", "Pell"), ("Rina Holt", "Mother Ursula"), ("Lars Obel", "Tam")],
        ),
        (
            "Wen Rui, a ferry pilot, is played by Hao Ming-li, who barely speaks.",
            [("Hao Ming-li", "Wen Rui")],
        ),
        (
            "Pia Nordin and Erik Vass play an old married couple who no longer talk.",
            [("Pia Nordin", ""), ("Erik Vass", "")],
        ),
    ],
)
def test_cast_written_as_runs_and_described_parts(text, cast):
    assert cast_of(text) == cast


@pytest.mark.parametrize(
    "text",
    [
        # One "X is Y" alone is a claim about someone, not a cast list.
        "Tom Cole is Hollywood royalty now, and he knows it.",
        "Marta Lind is Greta; the rest of the film is filler.",
        # A clause that is not "name is name" breaks the run: no two in a row here.
        "Ivo Sand is Pell; Rina Holt is the Captain's worry; Lars Obel is Tam.",
        # Other works and their makers in a labelled run, however far along the run.
        "More reviews: Salt Roads (Ana Lind) · Paper Moon Harbour (Jon Nyland) · Dusk",
        # Two people who play something that is not a part.
        "Pia Nordin and Erik Vass play tennis between takes.",
        "The Hollow Men and Sister Ray play the club on Friday.",
    ],
)
def test_clauses_that_only_look_like_cast(text):
    assert cast_of(text) == []
