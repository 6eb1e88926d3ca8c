"""No junk person and no wrong credit: a label's list ends where a sentence begins, a clause,
a possessive or a page's tab labels is nobody, two names run together are split only on
the document's own evidence, and "Character (Actor)" with a one-word actor is read only for
an actor the credits name."""

import pytest

from imports.documents import extract
from imports.names import genres, is_name

PROSE = (
    "The harbour has never looked lonelier than in this patient film about the people who "
    "wait for the boats, and the film knows it."
)


def film_of(text, *, markdown=False):
    return extract(f"Harbour Lights (2021)\n\n{text}\n", markdown=markdown)


@pytest.mark.parametrize(
    "text",
    [
        "Ten years after they graduated",
        "Kessler's dad",
        "Mara Quint's",
        "Crew Details Genres Releases",
        "Cast Crew",
        "same as always",
        "Two weeks later",
    ],
)
def test_a_clause_a_possessive_or_tab_labels_are_nobody(text):
    assert not is_name(text)


@pytest.mark.parametrize(
    "text", ["Artus de Penguern", "R. Madhavan", "Len wisemen", "Rufus", "N. T. Rama Rao Jr."]
)
def test_names_stay_names(text):
    assert is_name(text)


def test_a_story_label_opening_a_synopsis_is_the_text_not_a_writer():
    review = film_of(
        "Screenplay: Ana Lind, Bo Ek\n\n"
        "STORY: Five summers after the wreck, Mina (Okafor) and Tove (Sara Holm) go back to "
        "the island where it happened, and nobody there wants to talk.\n\n" + PROSE
    )
    assert review.film.writers == ["Ana Lind", "Bo Ek"]
    assert "Five summers after the wreck" in review.body_html


def test_an_aside_in_brackets_after_a_writer_credits_no_one_else():
    review = film_of(
        f"- Story: Pavel Kessler (yes, the director's father, Kessler's dad)\n\n{PROSE}"
    )
    assert review.film.writers == ["Pavel Kessler"]


def test_a_label_list_ends_where_a_sentence_begins():
    review = film_of(f"Written by: Ana Lind, Bo Ek, who met at film school in Malmo\n\n{PROSE}")
    assert review.film.writers == ["Ana Lind", "Bo Ek"]


def test_two_names_run_together_split_when_the_text_writes_each_apart():
    review = film_of(
        "Directed by Jean-Luc Bodin\n\nWriters Mara Quint Jean-Luc Bodin\n\n"
        f"{PROSE} Mara Quint wrote the script with him."
    )
    assert review.film.writers == ["Mara Quint", "Jean-Luc Bodin"]


def test_two_names_run_together_are_refused_without_the_texts_evidence():
    review = film_of(f"Writers Mara Quint Jean-Luc Bodin\n\n{PROSE}")
    assert review.film.writers == []
    assert any("two names run together" in warning for warning in review.warnings)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Comedy Romance"], ["Comedy", "Romance"]),
        (["Action Adventure"], ["Action", "Adventure"]),
        (["Black comedy"], ["Black comedy"]),
        (["Crime Drama"], ["Crime Drama"]),
        (["Science Fiction"], ["Science Fiction"]),
        (["Body horror"], ["Body horror"]),
    ],
)
def test_genres_run_together_split_on_known_genres(values, expected):
    assert genres(values) == expected


def test_the_critics_rating_is_the_reviews_and_the_readers_the_sites():
    review = film_of(
        f"Critic's Rating: 4/5\nReaders' Rating: 3.5/5 (2,310 votes) [Rate this movie]\n\n{PROSE}"
    )
    assert review.rating == 8
    assert review.scores == []
    assert "Readers" not in review.body_html


def test_words_after_glyphs_give_their_scale_and_are_no_verdict():
    review = film_of(
        f"{PROSE}\n\n🍿🍿🍿 — **three buckets out of five.** Lost two for the ending.\n\n"
        "**Gore:** 1/5 **Dread:** 4/5",
        markdown=True,
    )
    assert review.rating == 6
    assert review.verdict == ""
    assert [name for name, _ in review.scores] == ["Gore", "Dread"]


def test_a_stretch_of_the_film_is_no_runtime():
    review = film_of(f"{PROSE} His look in the last forty minutes is a calendar painting.")
    assert review.film.runtime_minutes is None
    review = film_of(f"{PROSE} It lasts 96 minutes and you feel each one.")
    assert review.film.runtime_minutes == 96


def cast_of(review):
    return [(member.name, member.character) for member in review.film.cast]


def test_a_one_word_actor_in_brackets_is_read_from_the_credits():
    review = film_of(
        "Cast: Dayo Okafor, Sara Holm, Rufus, Ivo Brandt\n\n"
        f"{PROSE} Mina (Okafor) and Tove (Sara) go back; the ferryman Old Per (Rufus) waits, "
        "and Magnus Wide aka The Captain (Ivo Brandt) drinks."
    )
    assert cast_of(review) == [
        ("Dayo Okafor", "Mina"),
        ("Sara Holm", "Tove"),
        ("Rufus", "Old Per"),
        ("Ivo Brandt", "Magnus Wide"),
    ]


def test_a_one_word_name_in_brackets_no_credit_explains_is_refused():
    review = film_of(
        "Cast: Dayo Okafor, Dayo Lind\n\n"
        f"{PROSE} Mina (Dayo) goes back, and Tove (Holm) follows her to the island."
    )
    assert cast_of(review) == [("Dayo Okafor", ""), ("Dayo Lind", "")]


def test_an_initial_is_no_article_and_a_producer_for_a_company_credits_both():
    review = film_of(
        "- Editing: A. Sreekar Prasad\n- Producer: D. V. V. Danayya for Harbour Entertainment\n\n"
        + PROSE
    )
    assert review.film.editors == ["A. Sreekar Prasad"]
    assert review.film.producers == ["D. V. V. Danayya"]
    assert review.film.studios == ["Harbour Entertainment"]
    assert not is_name("A Beautiful Mind")


def test_countries_run_together_split_only_on_known_countries():
    review = film_of(f"Countries: France  Germany, United Kingdom South Korea\n\n{PROSE}")
    assert review.film.countries == ["France", "Germany", "United Kingdom", "South Korea"]
    review = film_of(f"Country: France Middle Earth\n\n{PROSE}")
    assert review.film.countries == ["France Middle Earth"]


def test_a_source_and_its_author_is_a_credit_not_a_sentence():
    review = film_of(f'Based on: "The Long Tide of Every Harbour" by Ines Varga\n\n{PROSE}')
    assert review.film.writers == ["Ines Varga"]
