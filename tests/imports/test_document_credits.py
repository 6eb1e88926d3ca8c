# ruff: noqa: RUF001  (the documents use typographic dashes and quotes)
"""Credits as posts write them: every role, in labels, bullets, strips, tables and sentences."""

from pathlib import Path

import pytest
from django.conf import settings

from imports.documents import extract

FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "document_forms"


def facts_of(lines):
    return extract(f"Some Film\n\n{lines}\n\nA paragraph of text about the film.\n").film


def cast_of(film):
    return [(member.name, member.character) for member in film.cast]


ROLE_SPELLINGS = [
    ("Director", "directors"),
    ("Directed by", "directors"),
    ("Screenplay by", "writers"),
    ("Story", "writers"),
    ("Written by", "writers"),
    ("Cinematography", "cinematographers"),
    ("Director of Photography", "cinematographers"),
    ("DP", "cinematographers"),
    ("DoP", "cinematographers"),
    ("Music", "composers"),
    ("Music by", "composers"),
    ("Composer", "composers"),
    ("Original Score", "composers"),
    ("Editor", "editors"),
    ("Edited by", "editors"),
    ("Producers", "producers"),
    ("Produced by", "producers"),
]


@pytest.mark.parametrize(
    "layout",
    [
        "{label}: Ada Lind and Bo Ek",
        "- {label}: Ada Lind, Bo Ek",
        "Genre: Drama | {label}: Ada Lind & Bo Ek | Country: France",
        "| {label} | Ada Lind, Bo Ek |",
        "{label}\tAda Lind, Bo Ek",
    ],
)
@pytest.mark.parametrize(("label", "fact"), ROLE_SPELLINGS)
def test_every_role_in_every_layout(label, fact, layout):
    film = facts_of(layout.format(label=label))
    assert getattr(film, fact) == ["Ada Lind", "Bo Ek"]


@pytest.mark.parametrize(
    "line",
    ["Directed by Ada Lind", "• Directed by Ada Lind", "Directed by Ada Lind | Starring Bo Ek"],
)
def test_a_by_label_needs_no_colon_when_names_follow(line):
    film = facts_of(line)
    assert film.directors == ["Ada Lind"]


def test_a_sentence_starting_directed_by_stays_in_the_body():
    review = extract("Some Film\n\nDirected by Ada Lind, the film takes its time and earns it.\n")
    assert "Directed by Ada Lind, the film" in review.body_html
    assert review.film.directors == ["Ada Lind"]  # read from the sentence, and said so
    assert review.read_from_text[0].startswith("director Ada Lind (“Directed by Ada Lind")


@pytest.mark.parametrize(
    ("line", "cast"),
    [
        (
            "Starring: Ana Ruiz as June, Ben Holt (The Keeper)",
            [("Ana Ruiz", "June"), ("Ben Holt", "The Keeper")],
        ),
        ("Main cast: Ana Ruiz, Ben Holt", [("Ana Ruiz", ""), ("Ben Holt", "")]),
        ("Cast: Ana Ruiz, Ben Holt, and more", [("Ana Ruiz", ""), ("Ben Holt", "")]),
        ("Cast: Ana Ruiz, Ben Holt, etc.", [("Ana Ruiz", ""), ("Ben Holt", "")]),
        ("Cast: Ana Ruiz, others", [("Ana Ruiz", "")]),
        ("Cast: Ana Ruiz and many others", [("Ana Ruiz", "")]),
        ("Cast:Ana Ruiz", [("Ana Ruiz", "")]),
        ("Cast: Ensemble, Ana Ruiz, N/A", [("Ana Ruiz", "")]),
    ],
)  # fmt: skip
def test_cast_forms_and_list_endings_that_are_nobody(line, cast):
    assert cast_of(facts_of(line)) == cast


def test_bullets_under_a_cast_heading_in_any_order():
    review = extract(
        "Some Film\n\nCast\n\n- June: Ana Ruiz\n- Ben Holt as The Keeper\n- Cy Moor (Ola)\n"
        "- Di Park\n\nA paragraph of text about the film.\n"
    )
    assert cast_of(review.film) == [
        ("Ana Ruiz", "June"),
        ("Ben Holt", "The Keeper"),
        ("Cy Moor", "Ola"),
        ("Di Park", ""),
    ]
    assert review.sections == []  # the heading's section was all cast
    assert review.body_html == "<p>A paragraph of text about the film.</p>"


def test_writers_from_a_source_novel_and_studios_of_every_kind():
    film = facts_of(
        "Written by: Tom Baird (based on the novel by Ruth Okonjo)\n"
        "Production Company: Greywater Films\nDistributed by: Northlight Pictures\n"
        "Studio: A lighthouse keeper's long and lonely winter at the edge of the map"
    )
    assert film.writers == ["Tom Baird", "Ruth Okonjo"]
    assert film.studios == ["Greywater Films", "Northlight Pictures"]


def test_a_tagline_is_never_a_genre():
    review = extract(
        "Some Film\n\nGenre: A story of the sea that will break your heart\n\nSome text.\n"
    )
    assert review.film.genres == []
    assert any("A story of the sea" in warning for warning in review.warnings)


def test_the_crew_fixture_reads_every_role_and_keeps_the_teaser_out():
    review = extract((FIXTURES / "crew_and_furniture.txt").read_text(encoding="utf-8"))
    film = review.film
    assert review.title == "Quiet Harbour (2024) Review – Salt, Fog and Old Debts"
    assert (film.title, film.year, film.runtime_minutes) == ("Quiet Harbour", 2024, 130)
    assert str(film.release_date) == "2024-10-04" and film.certificate == "PG-13"
    assert film.directors == ["Marta Ellison"]
    assert film.writers == ["Tom Baird", "Ines Collado", "Ruth Okonjo"]
    assert film.cinematographers == ["Kenji Aoki"] and film.composers == ["Lena Fischer"]
    assert film.editors == ["Omar Salim"]
    assert film.producers == ["Rita Moreno-Hale", "Sam Ortiz"]
    assert film.studios == ["Greywater Films", "Northlight Pictures"]
    assert cast_of(film) == [
        ("Paul Vance", "Hanna Brix"),
        ("Ada Mills", "Rosa"),
        ("Jon Keel", "Father Ames"),
    ]
    assert "Someone Else" not in film.directors  # the teaser's director
    assert review.rating is not None and review.rating == 8  # ♥♥♥♥♡, not a certificate


@pytest.mark.parametrize(
    ("sentence", "fact", "expected"),
    [
        ("The film was directed by Ada Lind and shot in winter.", "directors", ["Ada Lind"]),
        ("It was written by Cy Moor and Di Park over a decade.", "writers", ["Cy Moor", "Di Park"]),
        ("Music by Pia Storm gives the fog a voice.", "composers", ["Pia Storm"]),
        ("It was shot by Kenji Aoki on sixteen millimetre.", "cinematographers", ["Kenji Aoki"]),
        ("The film runs 1 hour and 50 minutes.", "runtime_minutes", 110),
        ("It was released in 2019 to little fanfare.", "year", 2019),
        ("Night Ferry is a 2023 horror film set at sea.", "genres", ["Horror"]),
        ("It clocks in at two hours and 21 minutes.", "runtime_minutes", 141),
        ("The film runs a brisk 94 minutes and never drags.", "runtime_minutes", 94),
        ("The film runs two and a half hours and earns them.", "runtime_minutes", 150),
        ("Released theatrically on June 21, 2023, the film sank.", "year", 2023),
    ],
)
def test_facts_stated_in_a_sentence_are_read_and_marked(sentence, fact, expected):
    review = extract(f"Night Ferry\n\n{sentence}\n")
    assert getattr(review.film, fact) == expected
    assert review.read_from_text  # each fact with the sentence it came from
    assert all(f"(“{sentence}”)" in entry for entry in review.read_from_text)
    assert any(
        warning.startswith("Read from the review's sentences") for warning in review.warnings
    )


@pytest.mark.parametrize(
    ("sentence", "cast"),
    [
        ("Ana de Armas plays Eve, a dancer with a debt.", [("Ana de Armas", "Eve")]),
        ("We meet Mo Berg as Anton on the night crossing.", [("Mo Berg", "Anton")]),
    ],
)
def test_cast_and_character_from_a_sentence(sentence, cast):
    assert cast_of(extract(f"Night Ferry\n\n{sentence}\n").film) == cast


@pytest.mark.parametrize(
    "sentence",
    [
        "It is directed by the numbers, and it shows.",
        "The film was directed by someone who loves trains.",
        "Such films as Ballerina rarely land.",
        "The score is composed by committee, it seems.",
    ],
)
def test_a_sentence_fragment_is_never_a_person(sentence):
    film = extract(f"Night Ferry\n\n{sentence}\n").film
    assert (film.directors, film.cast, film.composers) == ([], [], [])


def test_labels_alone_with_their_values_on_the_lines_below():
    review = extract(
        "Night Ferry\n\nDirected by\nSara Lind\nWritten by\nCy Moor\nDi Park\nStarring\n"
        "Mo Berg as Anton\nIlse Raan\nRunning time\n110 minutes\nRelease date\n4 October 2024\n\n"
        "Music\n\nThe harbour scenes carry the film, fog and all.\n"
    )
    film = review.film
    assert (film.directors, film.writers) == (["Sara Lind"], ["Cy Moor", "Di Park"])
    assert cast_of(film) == [("Mo Berg", "Anton"), ("Ilse Raan", "")]
    assert (film.runtime_minutes, str(film.release_date)) == (110, "2024-10-04")
    assert review.sections == ["Music"]  # a heading over prose stays a heading


@pytest.mark.parametrize(
    ("line", "fact", "expected"),
    [
        ("Rated R for strong violence and language.", "certificate", "R"),
        ("118 minutes", "runtime_minutes", 118),
        ("2h 5m", "runtime_minutes", 125),
    ],
)
def test_facts_on_a_line_without_a_label(line, fact, expected):
    review = extract(f"Some Film\n\nA paragraph.\n\n{line}\n\nMore text.\n")
    assert getattr(review.film, fact) == expected
    assert review.body_html == "<p>A paragraph.</p><p>More text.</p>"


def test_a_strip_led_by_a_certificate_with_the_text_run_into_it():
    review = extract(
        "Movie Review: NIGHT FERRY\n\nRating: R Stars: Mo Berg, Ilse Raan "
        "Writers: Cy Moor & Di Park, based on the novel by Ruth Okonjo Director: Sara Lind "
        "Distributor: Neon Release Date: December 1, 2023 (theatrical) NIGHT FERRY is a slow "
        "film about a crossing that goes wrong in the fog, and it is worth it.\n"
    )
    film = review.film
    assert (film.title, film.year, film.certificate) == ("Night Ferry", 2023, "R")
    assert review.rating is None  # "Rating: R" is a certificate
    assert [m.name for m in film.cast] == ["Mo Berg", "Ilse Raan"]
    assert film.writers == ["Cy Moor", "Di Park", "Ruth Okonjo"]
    assert (film.directors, film.studios) == (["Sara Lind"], ["Neon"])
    assert review.body_html.startswith("<p>NIGHT FERRY is a slow film about a crossing")


def test_credits_with_by_and_without_colons_and_a_quoted_title():
    review = extract(
        "“Night Ferry” by Sara Lind (Norway, 2016)\n\nA paragraph of text.\n\n"
        "Writer Cy Moor, Di Park\nMusic by Pia Storm, Ola Lund\nCinematography by Kenji Aoki\n"
        "Film Editing by Omar Salim\n\nCast Performances & Characterization\n\nMore text.\n"
    )
    film = review.film
    assert (film.title, film.year) == ("Night Ferry", 2016)
    assert film.writers == ["Cy Moor", "Di Park"]
    assert film.composers == ["Pia Storm", "Ola Lund"]
    assert (film.cinematographers, film.editors) == (["Kenji Aoki"], ["Omar Salim"])
    assert film.cast == []  # a heading that starts with "Cast" is not a cast list
    assert review.sections == ["Cast Performances & Characterization"]


def test_a_sentence_about_another_film_gives_this_film_no_director_or_year():
    review = extract(
        "Night Ferry\n\nOld Harbour, directed by Olaf Brenner and released in 2004, did this "
        "better. Meanwhile Ana de Armas plays Eve with a quiet menace.\n"
    )
    film = review.film
    assert (film.directors, film.year) == ([], None)
    assert review.directors_in_text == ["Olaf Brenner"]  # said, for the editor
    assert cast_of(film) == [("Ana de Armas", "Eve")]


def test_the_cast_a_sentence_lists():
    review = extract(
        "Night Ferry\n\nFrom the direction of Sara Lind, the movie stars Mo Berg, Ilse Raan, "
        "and Olaf Brenner. It is slow.\n"
    )
    assert cast_of(review.film) == [("Mo Berg", ""), ("Ilse Raan", ""), ("Olaf Brenner", "")]
    assert len(review.read_from_text) == 3


def test_characters_named_beside_a_credited_actor():
    review = extract(
        "Night Ferry\n\nCast: Julia Garner, Tom Hardy, Charlize Theron, Demi Moore, Josh Brolin, "
        "Guy Pearce\n\nThe teacher, Justine Gandy (Julia Garner), is left. Max, now played by "
        "Tom Hardy, is captured. Charlize Theron's Furiosa leads. Demi Moore, as Elisabeth "
        "Sparkle, is fearless. A grieving father (Josh Brolin) waits. Guy Pearce plays "
        "Shikishima's guilt.\n"
    )
    assert cast_of(review.film) == [
        ("Julia Garner", "Justine Gandy"),
        ("Tom Hardy", "Max"),
        ("Charlize Theron", "Furiosa"),
        ("Demi Moore", "Elisabeth Sparkle"),
        ("Josh Brolin", ""),
        ("Guy Pearce", ""),
    ]
    assert len(review.read_from_text) == 4


def test_a_cast_label_alone_with_bullets_under_it():
    review = extract(
        "Night Ferry\n\nCast:\n• Mo Berg as Anton / The Ferryman\n• Ilse Raan\n\nText here.\n"
    )
    assert cast_of(review.film) == [("Mo Berg", "Anton / The Ferryman"), ("Ilse Raan", "")]


def test_two_actors_and_their_two_characters():
    review = extract(
        "Night Ferry\n\nMo Berg and Ilse Raan, married in real life, play Anton and Mira.\n"
    )
    assert cast_of(review.film) == [("Mo Berg", "Anton"), ("Ilse Raan", "Mira")]
