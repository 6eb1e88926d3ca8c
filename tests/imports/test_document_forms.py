# ruff: noqa: RUF001  (posts use typographic dashes)
"""Layouts and prose forms reviews commonly use: joined labels, "Producer: X for Studio",
cast notes in brackets, "Character (Surname)", "voiced by", comma-separated strips, score
tables that state no scale, "who wrote it as well as directed it", hyphenated
co-productions."""

import pytest

from imports.documents import extract


def cast_of(film):
    return [(member.name, member.character) for member in film.cast]


def test_bullets_with_initials_a_producer_for_his_company_and_cast_notes():
    review = extract(
        "Harbour Lights (2021)\n\n"
        "* **Editing:** A. Kumar Rao\n"
        "* **Producer:** B. N. Reddy for Lakeside Entertainment\n"
        "* **Story:** Ravi Teja (yes, the director's brother, as usual)\n\n"
        "**Cast**\n\n"
        "* Mira Sen – Asha (extended cameo)\n"
        "* Dev Anand Rao – Vikram\n\n"
        "The ferry scenes are the best part of the film.\n",
        markdown=True,
    )
    film = review.film
    assert (film.editors, film.producers, film.studios) == (
        ["A. Kumar Rao"],
        ["B. N. Reddy"],
        ["Lakeside Entertainment"],
    )
    assert film.writers == ["Ravi Teja"]  # a remark in brackets names nobody
    assert cast_of(film) == [("Mira Sen", "Asha"), ("Dev Anand Rao", "Vikram")]


@pytest.mark.parametrize("line", ["**Overall: 7/10.** Not perfect.", "Overall: 7/10."])
def test_overall_with_a_full_stop_or_a_sentence_after_it_is_the_rating(line):
    review = extract(f"# Harbour Lights (2021)\n\nGood fun.\n\n{line}\n", markdown=True)
    assert review.rating == 7


def test_the_last_minutes_of_a_film_are_not_its_runtime():
    review = extract("Harbour Lights (2021)\n\nThe last forty minutes drag badly.\n")
    assert review.film.runtime_minutes is None


def test_joined_labels_a_code_span_strip_and_a_score_table_without_a_scale():
    review = extract(
        "# Harbour Lights Review\n\n"
        "`2019 | 98 min | Drama, Romance | Lantern Films | US release by Neon`\n\n"
        "- **Director & screenplay:** Aiko Mori (adapting her own novel)\n"
        "- **Music and songs:** Kaito Ueda\n\n"
        "The harbour looks lovely in the film.\n\n"
        "| Category | Score |\n|---|---|\n| Story | 6.5 |\n| Visuals | 9 |\n| Music | 8 |\n",
        markdown=True,
    )
    film = review.film
    assert film.directors == film.writers == ["Aiko Mori"]  # one label, two roles
    assert film.composers == ["Kaito Ueda"]
    assert film.studios == ["Lantern Films", "Neon"]
    assert review.scores == [("Story", 6.5), ("Visuals", 9), ("Music", 8)]


def test_a_score_table_of_small_numbers_states_no_scale_and_is_not_guessed():
    review = extract(
        "# Harbour Lights Review\n\nThe harbour looks lovely.\n\n"
        "| Category | Score |\n|---|---|\n| Story | 4 |\n| Visuals | 3 |\n| Music | 5 |\n",
        markdown=True,
    )
    assert review.scores == []


def test_a_qualified_studio_label_and_helmed_by():
    review = extract(
        "Harbour Lights (2021)\n\nAnimation studio: Kite Works\nHelmed by: Aiko Mori\n\n"
        "The harbour looks lovely in the film.\n"
    )
    assert review.film.studios == ["Kite Works"]
    assert review.film.directors == ["Aiko Mori"]


def test_a_sales_company_is_not_the_film_s_studio():
    review = extract(
        "Harbour Lights (2021)\n\nSales company: Kite Works\n\nThe harbour looks lovely.\n"
    )
    assert review.film.studios == []


def test_characters_beside_surnames_of_the_credited_cast_and_voiced_by():
    review = extract(
        "Harbour Lights (2021)\n\n"
        "Starring: Nanami Oda, Kenta Hara, Ruri Sato\n\n"
        "Asami Kudo (Oda), a nurse, takes the night ferry. Her brother Jun (Hara) follows. "
        "A stranger (Tokyo) is no one. Mina Aoki, voiced by Ruri Sato, waits at the pier.\n"
    )
    assert cast_of(review.film) == [
        ("Nanami Oda", "Asami Kudo"),
        ("Kenta Hara", "Jun"),
        ("Ruri Sato", "Mina Aoki"),
    ]


def test_a_surname_in_brackets_names_no_one_the_credits_do_not_list():
    review = extract("Harbour Lights (2021)\n\nAsami Kudo (Oda), a nurse, takes the night ferry.\n")
    assert review.film.cast == []


@pytest.mark.parametrize(
    ("sentence", "fact", "expected"),
    [
        (
            "Before this, Julia Marsh made shorts. Marsh, who wrote it as well as directed it, "
            "was thirty.",
            "directors",
            ["Julia Marsh"],
        ),
        (
            "Before this, Julia Marsh made shorts. Marsh, who wrote it as well as directed it, "
            "was thirty.",
            "writers",
            ["Julia Marsh"],
        ),
        ("It is a French-Belgian co-production.", "countries", ["France", "Belgium"]),
        ("Ruben Dahl shoots the school like an abattoir.", "cinematographers", ["Ruben Dahl"]),
        (
            "Guillermo Rios, who came aboard as executive producer, shaped it.",
            "producers",
            ["Guillermo Rios"],
        ),
    ],
)
def test_crew_and_countries_in_prose(sentence, fact, expected):
    review = extract(f"Harbour Lights (2021)\n\n{sentence}\n")
    assert getattr(review.film, fact) == expected


def test_cast_in_prose_described_parts():
    review = extract(
        "Harbour Lights (2021)\n\n"
        "Tomas Berg is his friend Sakari, a doctor trying to help. "
        "Lena Holt, as the colleague with a secret, is very good.\n"
    )
    assert sorted(cast_of(review.film)) == [("Lena Holt", ""), ("Tomas Berg", "Sakari")]


def test_a_late_credit_in_a_long_sentence_is_still_about_the_film():
    review = extract(
        "Harbour Lights (2021)\n\n"
        "Night Ferry (the original title, which means something closer to a small boat that "
        "crosses at night, is a better joke than it first seems) came out in the spring, and "
        "Julia Marsh, who wrote and directed it in 2021, was thirty.\n"
    )
    assert review.film.directors == ["Julia Marsh"]


def test_a_strip_of_facts_between_commas():
    review = extract(
        "Harbour Lights\n\nThe harbour looks lovely.\n\nCredits:\n"
        "  Directed by Aiko Mori\n  Iran/France, 2016, 125 min, Farsi\n"
    )
    film = review.film
    assert (film.year, film.runtime_minutes) == (2016, 125)
    assert film.countries == ["Iran", "France"]


def test_a_long_sentence_keeps_its_opening_that_names_the_film():
    review = extract(
        "Harbour Lights\n\n"
        "Harbour Lights (the original title means something closer to a small boat that "
        "crosses the bay at night, a better joke than it first seems) premiered at Cannes in "
        "2016, and Julia Marsh, who wrote it as well as directed it, was thirty.\n"
    )
    assert review.film.year == 2016
    assert any(entry.startswith("year 2016 (“Harbour Lights") for entry in review.read_from_text)
