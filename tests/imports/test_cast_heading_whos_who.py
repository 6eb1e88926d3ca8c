# ruff: noqa: RUF001  (headings with typographic quotes)
"""A "Who's who" heading over a list of "Actor as Character" items, as programme notes and
blogs head their cast: the items are the cast; other lines under it are not."""

import pytest

from tests.imports.fact_forms import page, text

HEAD = "Lanterns (1926) review"


@pytest.mark.parametrize("heading", ["Who's who", "Who’s Who", "Who's who:"])
def test_whos_who_heads_the_cast(heading):
    film = page(
        HEAD,
        f"<h3>{heading}</h3><ul><li>Ines Vaz as Nora Salt</li><li>Bo Ek as Captain Holm</li></ul>",
    )
    assert [(m.name, m.character) for m in film.cast] == [
        ("Ines Vaz", "Nora Salt"),
        ("Bo Ek", "Captain Holm"),
    ]
    film = text(
        HEAD, f"## {heading}", "- Ines Vaz as Nora Salt\n- Bo Ek as Captain Holm", markdown=True
    )
    assert [(m.name, m.character) for m in film.cast] == [
        ("Ines Vaz", "Nora Salt"),
        ("Bo Ek", "Captain Holm"),
    ]


@pytest.mark.parametrize(
    "items",
    [
        "<li>Ines Vaz, the director, was born in Lisbon</li><li>Bo Ek writes the music</li>",
        "<li>Who is the killer?</li><li>Who survives the night?</li>",
    ],
)
def test_whos_who_over_other_lines_gives_no_cast(items):
    assert page(HEAD, f"<h3>Who's who</h3><ul>{items}</ul>").cast == []
