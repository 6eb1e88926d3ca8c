"""Facts the importer must refuse when a page leaves them doubtful: a dot leader is no part
of a name, and two full names in "X (Y)" do not say which one is the actor."""

import pytest

from imports.documents import extract
from imports.names import cast_member, is_name


def cast_of(text, *, title="Harbour Lights"):
    film = extract(f"{title}\n\n{text}\n").film
    return [(member.name, member.character) for member in film.cast]


@pytest.mark.parametrize(
    ("entry", "name", "character"),
    [
        ("Odile Marchetti ........ Nurse Pia", "Odile Marchetti", "Nurse Pia"),
        ("Tom Radley .. Gus", "Tom Radley", "Gus"),
        ("Hanne Brook … The Widow", "Hanne Brook", "The Widow"),
        ("Tom Radley as Gus", "Tom Radley", "Gus"),
    ],
)
def test_a_dot_leader_parts_actor_and_character(entry, name, character):
    member = cast_member(entry)
    assert (member.name, member.character) == (name, character)


@pytest.mark.parametrize(
    "text", ["Odile Marchetti ........ Nurse Pia", "Tom Radley..", "Hanne … Brook"]
)
def test_dots_inside_a_value_are_never_a_name(text):
    assert not is_name(text)
    assert not is_name(text, strict=True)


def test_a_typed_cast_sheet_with_leaders_credits_each_actor():
    sheet = "CAST\n  Odile Marchetti ...... Nurse Pia\n  Tom Radley ........... Gus\n"
    assert cast_of(sheet) == [("Odile Marchetti", "Nurse Pia"), ("Tom Radley", "Gus")]


@pytest.mark.parametrize(
    "text",
    [
        "Selma Rask (Ines Varga) runs the bakery with a frown that could curdle milk.",
        "The trial drags on, and Hugo Petrov (Bram Ostrander) is the one who suffers.",
        "Even alongside Hugo Petrov (Bram Ostrander) the ferry sequence sags badly.",
    ],
)
def test_two_full_names_in_brackets_credit_nobody(text):
    assert cast_of(text) == []


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        (
            "The town is ruled by the harbour master, Ines Varga (Selma Rask), who lies.",
            [("Selma Rask", "Ines Varga")],
        ),
        (
            "One night he falls for Ines Varga (Selma Rask), a singer with debts.",
            [("Selma Rask", "Ines Varga")],
        ),
        ("Wulf (Bram Ostrander) keeps the lighthouse.", [("Bram Ostrander", "Wulf")]),
    ],
)
def test_the_story_s_words_put_the_part_first(text, cast):
    assert cast_of(text) == cast


def test_two_full_names_give_the_credited_actor_a_character():
    text = (
        "Cast: Selma Rask, Bram Ostrander\n\n"
        "Selma Rask (Ines Varga) runs the bakery with a frown that could curdle milk."
    )
    assert ("Selma Rask", "Ines Varga") in cast_of(text)


def verdict_of(text):
    return extract(f"Harbour Lights\n\n{text}\n").verdict


def test_a_wrapped_verdict_stops_at_the_paragraph_end():
    text = "Bottom line: worth the trip\n\nThe cinema was half empty, sadly."
    assert verdict_of(text) == "worth the trip"


def test_a_long_paragraph_after_a_grade_is_text_not_its_verdict():
    text = (
        "Grade: B\n\n"
        "In the first scene a pilot loses her licence, and in the second she\n"
        "takes a job on the night ferry that nobody else wants, which is where\n"
        "she meets the smuggler who will change her mind about everything she\n"
        "has believed since childhood.\n"
    )
    assert verdict_of(text) == ""
