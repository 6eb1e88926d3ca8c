# ruff: noqa: RUF001  (posts use typographic dashes)
"""A cast written as bold names, one a line, in Markdown: read by evidence, never guessed."""

from imports.documents import extract

OPENING = "# Cold Days\n\nWe begin in 1949, when Zula meets Wiktor in the ensemble.\n\n"


def cast(text):
    review = extract(OPENING + text, markdown=True)
    return [(member.name, member.character) for member in review.film.cast], review


def test_character_in_bold_then_actor_under_a_loose_heading():
    found, review = cast(
        "### The people\n\n**Zula** Joanna Kulig\n**Wiktor** — Tomasz Kot\n"
        "**Irena** Agata Kulesza\n\nKulig is wonderful.\n"
    )
    assert found == [
        ("Joanna Kulig", "Zula"),
        ("Tomasz Kot", "Wiktor"),
        ("Agata Kulesza", "Irena"),
    ]
    assert "<strong>Zula</strong>" not in review.body_html  # the lines are the cast, not headings


def test_actor_in_bold_with_as_or_brackets():
    found, _ = cast("**Joanna Kulig** as Zula\n\n**Tomasz Kot** (Wiktor)\n")
    assert found == [("Joanna Kulig", "Zula"), ("Tomasz Kot", "Wiktor")]


def test_bullets_of_bold_actors():
    found, _ = cast("- **Joanna Kulig** as Zula\n- **Tomasz Kot** as Wiktor\n")
    assert found == [("Joanna Kulig", "Zula"), ("Tomasz Kot", "Wiktor")]


def test_a_heading_says_the_order_when_both_sides_are_full_names():
    text = "## Cast (character – actor)\n\n**Mae Holm** Ines Vargas\n**Wiktor Lind** Tomasz Kot\n"
    found, _ = cast(text)
    assert found == [("Ines Vargas", "Mae Holm"), ("Tomasz Kot", "Wiktor Lind")]


def test_full_names_on_both_sides_without_evidence_are_refused():
    found, _ = cast("**Mae Holm** Ines Vargas\n**Zula Lind** Tomasz Kot\n")
    assert found == []


def test_evidence_both_ways_is_refused():
    found, _ = cast("**Zula** Joanna Kulig\n**Tomasz Kot** Wiktor\n")
    assert found == []


def test_one_bold_line_alone_is_a_heading_not_a_cast():
    found, review = cast("**Zula** Joanna Kulig\n\nShe sings in a Paris club.\n")
    assert found == []
    assert "Joanna Kulig" in review.body_html


def test_a_run_the_post_never_bears_out_is_not_its_cast():
    """Two bold lines naming nobody the post mentions: a list of other films, say."""
    found, _ = cast("**Tár** Todd Field\n**Aftersun** Charlotte Wells\n")
    assert found == []


def test_labels_in_bold_are_facts_not_cast():
    found, review = cast("**Director:** Pawel Pawlikowski\n**Writer:** Janusz Glowacki\n")
    assert found == []
    assert review.film.directors == ["Pawel Pawlikowski"]
