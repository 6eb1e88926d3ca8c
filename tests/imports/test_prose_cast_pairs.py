"""Actors with their parts in brackets, "Laura Dern (Nora Fanshaw)", in prose with no
credits list: read as the cast only when the post shows which side is the actor."""

import pytest

from imports.documents import extract

STORY = (
    "Charlie reads out everything he loves about Nicole, and Nicole reads out everything"
    " she loves about Charlie.\n\n"
)


def cast_of(text, *, title="Night Ferry"):
    film = extract(f"{title}\n\n{text}\n").film
    return [(member.name, member.character) for member in film.cast]


def test_pairs_with_a_part_the_post_names_alone_give_the_order():
    text = STORY + (
        "Scarlett Johansson (Nicole) is an actress who wants her own life back. Adam Driver"
        " (Charlie) is the director of her company.\n\n"
        "Laura Dern (Nora Fanshaw) is a Los Angeles operator who hugs her clients. Alan Alda"
        " (Bert Spitz) is a gentle old lawyer, and Ray Liotta (Jay Marotta) is the shark."
    )
    assert cast_of(text) == [
        ("Scarlett Johansson", "Nicole"),
        ("Adam Driver", "Charlie"),
        ("Laura Dern", "Nora Fanshaw"),
        ("Alan Alda", "Bert Spitz"),
        ("Ray Liotta", "Jay Marotta"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one pair alone: the bracket could be anything
        STORY + "Adam Driver (Charlie) is the director of the company.",
        # full names both sides, nothing shows the order
        "Laura Dern (Nora Fanshaw) is an operator. Alan Alda (Bert Spitz) is a lawyer.",
        # the one-word part is never named outside the brackets: a film, a nickname
        "Greta Gerwig (Barbie) and Celine Song (Materialists) both made hits that year.",
        # descriptions and capitals in brackets are no parts
        STORY + "Adam Driver (Charlie) is good. Scarlett Johansson (The Wife) is better.",
        STORY + "Adam Driver (Charlie) is good. Scarlett Johansson (USA) is better.",
        # a label's list, "Also out: Tár (Todd Field)", is works and their makers
        STORY + "Also out: Adam Driver (Charlie) · Scarlett Johansson (Nicole).",
    ],
)
def test_pairs_that_do_not_show_which_side_is_the_actor(text):
    assert cast_of(text) == []


def test_the_directors_other_films_are_not_parts():
    text = (
        "Directed by Noah Baumbach\n\n" + STORY + "Noah Baumbach (Charlie) made it."
        " Greta Gerwig (Nicole) wrote another."
    )
    assert cast_of(text) == []


def test_pairs_written_both_ways_leave_only_the_part_first_credit():
    """The post writes the other order too, "Charlie (Adam Driver)": the "Actor (Part)"
    pairs show nothing, but a one-word part before a full name is a sentence's own credit,
    and a doubtful pair before it ("Laura Dern (Nora Fanshaw)") does not take it away."""
    text = (
        STORY + "Scarlett Johansson (Nicole) is superb. Laura Dern (Nora Fanshaw) is funny."
        " Charlie (Adam Driver) is baffled."
    )
    assert cast_of(text) == [("Adam Driver", "Charlie")]
