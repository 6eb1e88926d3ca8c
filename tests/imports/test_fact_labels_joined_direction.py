"""A facts table's label that joins "Direction" with other roles, as world-cinema posts credit
one person with several ("Direction, screenplay & music: X"): every role gets the name. Alone,
"Direction: 9/10" is a scorecard's line, never a credit."""

import pytest

from tests.imports.fact_forms import text

HEAD = "Lanterns (1964) review"
TABLE = "| | |\n|---|---|\n| **{label}** | {value} |"


@pytest.mark.parametrize(
    ("label", "roles"),
    [
        ("Direction, screenplay & music", ("directors", "writers", "composers")),
        ("Direction and screenplay", ("directors", "writers")),
        ("Direction & writing", ("directors", "writers")),
        ("Screenplay and direction", ("directors", "writers")),
    ],
)
@pytest.mark.parametrize("form", ["line", "table"])
def test_direction_joined_with_other_roles_credits_each(label, roles, form):
    block = f"{label}: Ines Vaz" if form == "line" else TABLE.format(label=label, value="Ines Vaz")
    film = text(HEAD, block, markdown=True)
    for role in ("directors", "writers", "composers"):
        assert getattr(film, role) == (["Ines Vaz"] if role in roles else []), role


@pytest.mark.parametrize(
    "block",
    [
        "Direction: 10/10",
        "Direction and performances: 9/10",
        "- **Direction:** 10/10",
        "Direction & design: Studio Ono",
    ],
)
def test_direction_alone_or_beside_no_role_is_no_credit(block):
    film = text(HEAD, block, markdown=True)
    assert film.directors == []
    assert film.writers == []
