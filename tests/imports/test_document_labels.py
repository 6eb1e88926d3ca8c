# ruff: noqa: RUF001  (the documents use typographic dashes, primes and quotes)
"""Labelled film facts in the forms reviews give them: several roles in one label, dotted
leaders, companies among producers, regions after a distributor, facts the film does not
keep, one-line strips with languages, and ranks before a listed character."""

import pytest

from imports.documents import extract

TEXT = "A paragraph about the film, long enough to be the text of the review."


def read(facts, *, markdown=False):
    title = "# Lanterns" if markdown else "Lanterns"
    return extract(f"{title}\n\n{facts}\n\n{TEXT}\n", markdown=markdown)


def table(*rows):
    return "| | |\n|---|---|\n" + "\n".join(f"| **{label}** | {value} |" for label, value in rows)


def test_a_distributors_regions_in_brackets_are_not_companies():
    film = read("Distributor: Curzon (UK, Ireland)").film
    assert film.studios == ["Curzon"]


def test_companies_under_a_producers_label_are_studios():
    film = read(table(("Produced by", "Nordfilm Produktion, Blue Heron Media")), markdown=True).film
    assert (film.studios, film.producers) == (["Nordfilm Produktion", "Blue Heron Media"], [])


def test_people_and_companies_under_a_producers_label_are_told_apart():
    film = read("Produced by: Hana Berg, Ostwind Pictures").film
    assert (film.producers, film.studios) == (["Hana Berg"], ["Ostwind Pictures"])


def test_a_company_beside_another_in_a_credit_line_and_the_facts_after_it():
    film = read(
        "Produced by Kestrel and Dune 9 Productions; distributed by Vale Releasing. "
        "Country: Canada."
    ).film
    assert film.studios == ["Kestrel", "Dune 9 Productions", "Vale Releasing"]
    assert (film.producers, film.countries) == ([], ["Canada"])


def test_a_list_of_producing_companies_is_all_companies():
    """Mostly companies, so the partners without a company word are companies too, and the
    "with" before the partners is no part of a name."""
    film = read(
        "Produced by Tidewell Animation, with Marrow Productions, Big Kettle, "
        "Lumen Productions and Skelda"
    ).film
    assert film.producers == []
    assert film.studios == [
        "Tidewell Animation", "Marrow Productions", "Big Kettle", "Lumen Productions", "Skelda"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "producers"),
    [  # a person beside two or three companies is still a person
        ("Produced by: Hana Berg, A24, Ostwind Pictures", ["Hana Berg"]),
        (
            "Produced by: Hana Berg, Tomas Lind, A24, Kestrel Films, Ostwind Pictures",
            ["Hana Berg", "Tomas Lind"],
        ),
        ("Produced by Hana Berg, with Ostwind Pictures", ["Hana Berg"]),
    ],
)  # fmt: skip
def test_people_beside_companies_under_a_producers_label(line, producers):
    assert read(line).film.producers == producers


def test_producers_who_are_people_stay_producers():
    film = read("Produced by: Hana Berg and Tomas Lind").film
    assert (film.producers, film.studios) == (["Hana Berg", "Tomas Lind"], [])


@pytest.mark.parametrize(
    "facts",
    [
        table(("Written, directed, shot by", "Ines Vaz")),
        "Written, directed & shot by Ines Vaz",
        "Writer, director and cinematographer: Ines Vaz",
    ],
)
def test_several_roles_in_one_label(facts):
    film = read(facts, markdown=True).film
    assert film.writers == film.directors == film.cinematographers == ["Ines Vaz"]


def test_a_sentence_that_starts_like_several_roles_is_not_a_credit():
    film = read("Written and shot by a crew of three in ten days, it shows.").film
    assert (film.writers, film.cinematographers) == ([], [])


def test_edited_by_and_a_runtime_in_prime_minutes():
    film = read(table(("Edited by", "Ines Vaz, Jo Park"), ("Runtime", "98′")), markdown=True).film
    assert (film.editors, film.runtime_minutes) == (["Ines Vaz", "Jo Park"], 98)


def test_dotted_leaders_between_labels_and_values():
    review = read(
        "Director ....... Ines Vaz\nRunning time .... 1 hr 44 min\nStudio .. Ostwind Pictures"
    )
    film = review.film
    assert (film.directors, film.runtime_minutes, film.studios) == (
        ["Ines Vaz"],
        104,
        ["Ostwind Pictures"],
    )


def test_dots_in_a_sentence_are_not_a_leader():
    review = read("Wait... what did I just watch?")
    assert "Wait... what did I just watch?" in review.body_html


def test_an_at_a_glance_strip_with_country_year_languages_and_dir():
    film = read(
        "**At a glance:** France, 2019 · 104 min · French, Arabic · Dir. Céline Moreau",
        markdown=True,
    ).film
    assert (film.countries, film.year, film.runtime_minutes) == (["France"], 2019, 104)
    assert film.directors == ["Céline Moreau"]


@pytest.mark.parametrize(
    "line",
    [
        "Language: English, Welsh",
        "Where to watch: Mubi",
        "Sales: Visit Films",
        "Section: Un Certain Regard",
        "Original title: Lanternas",
        "Original title: 헤어질 결심 (Heojil Kyolshim)",
    ],
)
def test_facts_the_film_does_not_keep_are_neither_facts_nor_text(line):
    review = read(line)
    film = review.film
    assert (film.studios, film.countries, film.title) == ([], [], "Lanterns")
    assert line.split(":")[0] not in review.body_html
    assert line in review.dropped  # listed as left out of the body


def test_a_label_the_film_does_not_keep_starting_a_sentence_is_the_text():
    line = "Language: the way these two talk is the best thing in a film full of good things."
    assert "the way these two talk" in read(line).body_html


def test_a_certificate_label_is_not_a_rating():
    review = read("Cert 12A")
    assert (review.film.certificate, review.rating) == ("12A", None)


@pytest.mark.parametrize(
    ("line", "member"),
    [
        ("Inspector Morrow (Dana Kell)", ("Dana Kell", "Inspector Morrow")),
        ("Dana Kell as Sgt. Ruth Ames", ("Dana Kell", "Sgt. Ruth Ames")),
        ("Dana Kell (Detective Ruth Ames)", ("Dana Kell", "Detective Ruth Ames")),
        ("Dana Kell — Detective Ruth Ames", ("Dana Kell", "Detective Ruth Ames")),
        ("Lena Vos (Captain Hook)", ("Lena Vos", "Captain Hook")),
        ("Lena Vos as the Sheriff", ("Lena Vos", "the Sheriff")),
        ("Di Maria (Ana Lind)", ("Di Maria", "Ana Lind")),
    ],
)
def test_a_police_rank_before_a_listed_character_is_part_of_the_part(line, member):
    film = read(f"Cast:\n- {line}\n- Tomas Lind as Ivo").film
    assert (film.cast[0].name, film.cast[0].character) == member


def test_a_capsules_facts_as_short_sentences():
    review = read("PG-13. 1 hr 52 min. A Kestrel Pictures release.")
    assert (review.film.certificate, review.film.runtime_minutes) == ("PG-13", 112)
    assert "<p>A Kestrel Pictures release.</p>" in review.body_html  # the text's, kept
    assert review.film.studios == ["Kestrel Pictures"]  # read from the text, to confirm


@pytest.mark.parametrize(
    "line", ["I saw it in 2019. It runs 120 minutes. Never again.", "Dir. Ana Lind made it."]
)
def test_sentences_with_a_fact_or_two_are_not_a_capsule(line):
    review = read(line)  # (a sentence's runtime is read from the text, to be confirmed)
    assert review.film.directors == [] and line in review.body_html


@pytest.mark.parametrize(
    ("ending", "runtime", "countries"),
    [
        ("Running time: 1 hour 40 minutes.", 100, []),
        ("Countries: France, Belgium.", None, ["France", "Belgium"]),
    ],
)
def test_a_labelled_value_closing_a_paragraph(ending, runtime, countries):
    review = read(f"It opens in May at two cinemas. {ending}")
    assert (review.film.runtime_minutes, review.film.countries) == (runtime, countries)
    assert "<p>It opens in May at two cinemas.</p>" in review.body_html


@pytest.mark.parametrize(
    "ending", ["Runtime: far too long.", "Country: where the heart is.", "Director: Ana Lind."]
)
def test_a_closing_sentence_that_is_not_a_plain_value_stays_in_the_text(ending):
    review = read(f"It opens in May. {ending}")
    assert ending in review.body_html
    assert (review.film.runtime_minutes, review.film.countries) == (None, [])


@pytest.mark.parametrize(
    "line",
    ["Format: the film is told in twelve chapters.", "Budget: It was clearly very low."],
)
def test_a_sentence_after_a_label_the_film_does_not_keep_stays_in_the_text(line):
    review = read(line)
    assert line in review.body_html and review.dropped == []


@pytest.mark.parametrize("line", ["Dir. Ana Lind", "Dir. Ana Lind. 104 mins. France."])
def test_dir_abbreviated_before_a_name(line):
    assert read(line).film.directors == ["Ana Lind"]


def test_dir_abbreviated_in_a_sentence_is_not_a_credit():
    review = read("Dir. is how the posters shorten it, and nobody minds.")
    assert review.film.directors == []


def test_a_content_company_among_producers_is_a_studio():
    film = read("Produced by: Mara Holt, Topaz Content").film
    assert (film.producers, film.studios) == (["Mara Holt"], ["Topaz Content"])
