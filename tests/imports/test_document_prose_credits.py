"""Credits as reviews name them in passing, compact strips, bare labels and credits tables."""

import pytest

from imports.documents import extract
from imports.html_extract import html_extract


def film_of(text):
    return extract(f"Night Ferry\n\n{text}\n").film


def cast_of(film):
    return [(member.name, member.character) for member in film.cast]


@pytest.mark.parametrize(
    ("sentence", "fact", "expected"),
    [
        ("Kenji Aoki's cold, clean images suit the harbour.", "cinematographers", ["Kenji Aoki"]),
        ("Kenji Aoki's camera loves the fog.", "cinematographers", ["Kenji Aoki"]),
        ("Pia Storm's score hums rather than swells.", "composers", ["Pia Storm"]),
        ("Pia Storm composed the original music for it.", "composers", ["Pia Storm"]),
        (
            "The editing by Omar Salim and Lea Holm never rushes.",
            "editors",
            ["Omar Salim", "Lea Holm"],
        ),
        ("Omar Salim edited it with care.", "editors", ["Omar Salim"]),
        ("It is an A24 release, and it shows.", "studios", ["A24"]),
        ("A Harbour Lane Pictures release, it opens in May.", "studios", ["Harbour Lane Pictures"]),
        ("Harbour Features is distributing it in spring.", "studios", ["Harbour Features"]),
        ("Night Ferry, the Sara Lind-directed drama, is slow.", "directors", ["Sara Lind"]),
    ],
)
def test_crew_studios_and_directors_a_sentence_names_in_passing(sentence, fact, expected):
    review = extract(f"Night Ferry\n\n{sentence}\n")
    assert getattr(review.film, fact) == expected
    assert any(sentence in entry for entry in review.read_from_text)  # for the editor


def test_a_company_produced_by_is_a_studio_not_a_producer():
    film = film_of("It was produced by Plan B Entertainment in a hurry.")
    assert (film.studios, film.producers) == (["Plan B Entertainment"], [])


def test_other_films_directors_in_passing_stay_out():
    film = film_of("Like the Ana Lind-directed Old Harbour, it sails slowly.")
    assert film.directors == []  # the sentence is not about this film


@pytest.mark.parametrize(
    ("sentence", "cast"),
    [
        ("Mo Berg voices Anton with a rasp.", [("Mo Berg", "Anton")]),
        ("Ilse Raan is quietly devastating as Mira Holt.", [("Ilse Raan", "Mira Holt")]),
        ("Di Park turns up as Eliot Kaplan, a fan.", [("Di Park", "Eliot Kaplan")]),
        ("Lea Holm brings warmth as Pam, his wife.", [("Lea Holm", "Pam")]),
        (
            "Olaf Brenner, as the leather-coated hitman Jopling, glowers.",
            [("Olaf Brenner", "Jopling")],
        ),
        (
            "Ruth Okonjo, as the TSA agent Rod Williams, saves the day.",
            [("Ruth Okonjo", "Rod Williams")],
        ),
        ("Ruth Okonjo, as their mother Doris, prays.", [("Ruth Okonjo", "Doris")]),
        ("Ruth Okonjo plays the Countess.", [("Ruth Okonjo", "Countess")]),
        ("Mo Berg, who plays Anton, glowers.", [("Mo Berg", "Anton")]),
        ("Mo Berg, who had never acted before, is natural as Anton.", [("Mo Berg", "Anton")]),
        ("Mo Berg, as her old friend and lawyer Vincent, helps.", [("Mo Berg", "Vincent")]),
        ("Mo Berg turns up late as Dr. Kelson, bearing iodine.", [("Mo Berg", "Dr. Kelson")]),
    ],
)
def test_characters_in_the_ways_sentences_give_them(sentence, cast):
    assert cast_of(film_of(sentence)) == cast


@pytest.mark.parametrize(
    "sentence",
    [
        "Mo Berg is as good as Ilse Raan here.",
        "Mo Berg as well as Ilse Raan shine.",
        "Mo Berg is Anton.",  # a bare "X is Y" only for an actor the cast lists
        "Mo Berg is British, a ferryman's son.",  # a nationality is no character
    ],
)
def test_comparisons_and_unlisted_actors_give_no_character(sentence):
    assert cast_of(film_of(sentence)) == []


def test_a_clause_naming_another_actor_is_no_aside():
    film = film_of("The parents are Ana and Dean Lind, and Mo Berg, as the pilot Rod, lands it.")
    assert cast_of(film) == [("Mo Berg", "Rod")]


@pytest.mark.parametrize(
    ("sentence", "character"),
    [
        (
            "Mo Berg, bald and chalk-white, is a terrifying Feyd-Rautha, introduced late.",
            "Feyd-Rautha",
        ),
        ("Mo Berg, moustached and sullen, is a convincing Rooster.", "Rooster"),
        ("Mo Berg is a gleefully awful warlord named Dementus, and loud.", "Dementus"),
        ("Around him: Mo Berg's liberal Bellini, Ilse Raan's Mira.", "Bellini"),
        ("Mo Berg is a Hollywood veteran who knows it.", ""),
    ],
)
def test_a_listed_actor_described_as_his_character(sentence, character):
    film = film_of(f"Cast: Mo Berg, Ilse Raan\n\n{sentence}")
    assert cast_of(film)[0] == ("Mo Berg", character)


def test_an_actor_the_cast_lists_is_the_character_a_sentence_says_he_is():
    film = film_of("Cast: Mo Berg, Ilse Raan\n\nMo Berg is Anton, a ferryman. Ilse Raan is tired.")
    assert cast_of(film) == [("Mo Berg", "Anton"), ("Ilse Raan", "")]


@pytest.mark.parametrize(
    ("line", "facts"),
    [
        (
            "Sara Lind · 2016 · A24 / 111 minutes · USA",
            {"studios": ["A24"], "runtime_minutes": 111, "year": 2016, "countries": ["USA"]},
        ),
        (
            "2023 | 140 mins | Animation, Action | PG | Harbour Lane Animation",
            {"studios": ["Harbour Lane Animation"], "runtime_minutes": 140, "certificate": "PG"},
        ),
        ("90 mins | TV | PG | 2020", {"studios": [], "runtime_minutes": 90, "year": 2020}),
    ],
)
def test_studios_named_bare_in_a_compact_strip(line, facts):
    film = film_of(f"{line}\n\nA paragraph of text about the film.")
    assert {name: getattr(film, name) for name in facts} == facts


def test_a_strip_under_the_headline_that_repeats_the_title_and_year():
    review = extract("Night Ferry\n\nNight Ferry (2014) · Drama, Music · 106 min\n\nText.\n")
    film = review.film
    assert (film.year, film.genres, film.runtime_minutes) == (2014, ["Drama", "Music"], 106)
    assert review.standfirst == ""
    assert review.left_out_values == []


@pytest.mark.parametrize(
    ("line", "fact", "expected"),
    [
        ("Cinematography Kenji Aoki", "cinematographers", ["Kenji Aoki"]),
        ("Runtime 1 hr. 44 min.", "runtime_minutes", 104),
        ("Distributor Harbour Features", "studios", ["Harbour Features"]),
        ("Genre Horror", "genres", ["Horror"]),
    ],
)
def test_labels_without_a_colon(line, fact, expected):
    assert getattr(film_of(f"{line}\n\nA paragraph of text about the film."), fact) == expected


def test_character_first_lines_under_a_cast_label_and_a_credit_is_no_character():
    film = film_of(
        "CAST\nLouise Banks: Amy Adams\nColonel Weber: Forest Whitaker\n"
        "Cinematography: Kenji Aoki\n\nA paragraph of text about the film."
    )
    assert cast_of(film) == [("Amy Adams", "Louise Banks"), ("Forest Whitaker", "Colonel Weber")]
    assert film.cinematographers == ["Kenji Aoki"]


def test_a_country_before_a_label_is_not_a_studio():
    film = film_of("Production company: Sputnik · UK distributor: MUBI\n\nA paragraph of text.")
    assert film.studios == ["Sputnik", "MUBI"]


def test_a_credits_table_with_characters_beside_the_crew():
    review = html_extract(
        "<p>A paragraph of text about the film.</p><h2>Credits</h2><table>"
        "<tr><th>Role</th><th>Name</th></tr>"
        "<tr><td>Writer and director</td><td>Sara Lind</td></tr>"
        "<tr><td>Anton Berg</td><td>Mo Berg</td></tr>"
        "<tr><td>Editor</td><td>Omar Salim</td></tr></table>",
        title="Night Ferry",
    )
    film = review.film
    assert cast_of(film) == [("Mo Berg", "Anton Berg")]
    assert (film.directors, film.editors) == (["Sara Lind"], ["Omar Salim"])
    assert "Credits" not in review.body_html


def test_a_breadcrumb_naming_the_headline_keeps_it_the_title():
    review = extract(
        "ARRIVAL\nReviewed by Ana Lind | November 14, 2016\n\nHome > Reviews > Arrival\n\n"
        "THE DETAILS\nDirector: Sara Lind\n\nA paragraph of text about the film.\n"
    )
    assert (review.film.title, review.film.directors) == ("Arrival", ["Sara Lind"])
    assert "Home > Reviews > Arrival" in review.dropped


def test_a_rating_opening_its_line_with_the_verdict_after_a_dash():
    review = extract("Night Ferry\n\nA slow film.\n\n3/5 — fun, gross, a bit timid.\n")
    assert (review.rating, review.verdict) == (6.0, "fun, gross, a bit timid.")
    assert review.body_html == "<p>A slow film.</p>"


def test_a_score_in_a_sentence_is_not_a_rating_line():
    review = extract("Night Ferry\n\nThe critics gave it 3/5 — fair enough.\n")
    assert review.rating is None


def test_directed_by_in_a_sentence_whose_subject_is_the_film():
    film = film_of("Written and directed by Sara Lind, a newcomer, it runs a brisk 102 minutes.")
    assert (film.directors, film.writers, film.runtime_minutes) == (
        ["Sara Lind"],
        ["Sara Lind"],
        102,
    )
