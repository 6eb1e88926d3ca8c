"""The part of a headline the text names as the film, and what never is: a person's name,
a country, a word the text also writes small, the tail of a longer name, a column's label
that is a film's own name ("Fight Club: …")."""

import pytest

from imports.documents import extract
from imports.title_parts import as_the_text_writes, text_named_part

TEXT = (
    "The film opens on a kitchen at dawn and never quite leaves it. The camera stays low "
    "and patient, and it earns every silence it asks of us."
)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("In Raw, Mira Sol turns a family dinner into a siege", "Mira Sol keeps it tight."),
        ("In Raw, Mira Sol turns a dinner into a siege", "Mira Sol is good. Sol is kind."),
        ("How Sweden learned to love slow cinema", "Sweden has many cinemas."),
        ("Why Varga's Harbour still lingers", "Harbour workers wait; the harbour is cold."),
        ("Why Sun Valley still matters", "Sun Valley is dull, and Sun Valley's staff agree."),
        ("Why Story still matters", "It is no Tokyo Story."),
    ],
    ids=[
        "person",
        "person by surname",
        "country",
        "written small",
        "someone's",
        "a longer name's tail",
    ],
)
def test_a_phrase_the_text_names_but_not_as_a_films_name_is_not_taken(headline, body):
    review = extract(f"{headline}\n\n{TEXT} {body}\n")
    assert review.film.title == headline


def test_a_film_named_like_a_column_keeps_its_name():
    review = extract(
        f"Fight Club: 25 years on\n\n{TEXT} Fight Club still bites, and Fight Club is loud.\n"
    )
    assert review.film.title == "Fight Club"


def test_a_columns_label_before_the_film_is_taken_off():
    review = extract(f"Film Club: Raw\n\n{TEXT} Raw still bites.\n")
    assert review.film.title == "Raw"


def test_the_part_the_text_names_wins_over_the_first():
    assert text_named_part("The Reel Report | Raw", "The Reel Report", "Raw bites.") == "Raw"
    assert text_named_part("The Reel Report | Raw", "The Reel Report", "It bites.") == ""


def test_a_headline_that_is_a_name_is_never_cut_to_a_part_of_it():
    assert text_named_part("Deep Water: Ace", "Deep Water: Ace", "Ace dives; Ace is old.") == ""


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("THE FAREWELL", "The Farewell is kind.", "The Farewell"),
        ("Rrr", "RRR is loud, and RRR is long.", "RRR"),
        ("Salt Road", "SALT ROAD is slow.", "Salt Road"),  # capitals for emphasis
        ("The Farewell", "the farewell was long.", "The Farewell"),  # written small
    ],
)
def test_the_title_is_spelled_as_the_text_spells_it(title, body, expected):
    assert as_the_text_writes(title, body) == expected
