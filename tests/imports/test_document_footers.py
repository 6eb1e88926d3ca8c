# ruff: noqa: RUF001  (the documents use typographic quotes and primes)
"""Facts in the lines that close a review (footer strips, a closing "Credits" line), studios
in their usual labels and lines, and a label's value with a sentence of the text after it."""

import pytest

from imports.documents import extract

TEXT = "A paragraph about the film, long enough to be the text of the review."


def read(closing, *, title="Lanterns", markdown=False):
    return extract(f"{title}\n\n{TEXT}\n\n{closing}\n", markdown=markdown)


def facts(film):
    return (film.year, film.runtime_minutes, film.countries, film.studios, film.certificate)


def test_a_closing_strip_of_facts_gives_year_runtime_and_country():
    review = read("Runtime 94 min, USA, 2012.")
    assert facts(review.film) == (2012, 94, ["USA"], [], "")
    assert "Runtime 94 min" not in review.body_html  # read as facts, not left in the text


def test_a_closing_strip_after_the_verdict_is_read_without_losing_the_verdict():
    review = read("Verdict: a kind film that earns its end.\n\nCountry Norway, year 2019")
    assert (review.film.countries, review.film.year) == (["Norway"], 2019)
    assert "kind film" in review.verdict


def test_the_films_title_beside_its_facts_and_a_certificate_that_is_not_a_rating():
    review = read("Lanterns (2012), 94 minutes, Focal Features. Rated PG-13.")
    assert facts(review.film) == (2012, 94, [], ["Focal Features"], "PG-13")
    assert review.rating is None


@pytest.mark.parametrize("strip", ["USA | 2012 | 94'", "USA | 2012 | 94′"])
def test_a_strip_with_a_runtime_in_primes(strip):
    film = read(strip).film
    assert (film.countries, film.year, film.runtime_minutes) == (["USA"], 2012, 94)


def test_a_closing_credits_line_with_the_original_title_and_language():
    film = read("CREDITS\n  Lanterns (Latarnie), Poland, 2011, 123 min, in Polish").film
    assert (film.year, film.runtime_minutes, film.countries) == (2011, 123, ["Poland"])


def test_a_credits_label_before_the_facts():
    film = read("Credits: Lanterns, Poland, 2011, 123 min.").film
    assert (film.year, film.runtime_minutes, film.countries) == (2011, 123, ["Poland"])


def test_facts_after_a_filed_under_line_at_the_end():
    review = read(
        "*Filed under: 2010s, rewatches. Runtime 94 min, USA, 2012.*\n\n### Related posts\n\n"
        "- Rewatching another film twenty years on",
        markdown=True,
        title="# Lanterns",
    )
    assert facts(review.film)[:3] == (2012, 94, ["USA"])


def test_a_facts_line_the_text_goes_on_after_is_not_read_as_the_films():
    review = read(f"USA, 1999, 136 min.\n\n{TEXT}")
    assert facts(review.film) == (None, None, [], [], "")
    assert "USA, 1999" in review.body_html  # still the text's


def test_a_closing_line_fills_only_what_the_facts_above_left_empty():
    film = read("Runtime: 101 minutes\nCountry: France\n\nRuntime 94 min, USA, 2012.").film
    assert (film.runtime_minutes, film.countries, film.year) == (101, ["France"], 2012)


def test_the_films_title_and_year_beside_its_facts_are_read_wherever_the_line_is():
    film = read(f"Lanterns (2012), 94 minutes.\n\n{TEXT}").film
    assert (film.year, film.runtime_minutes) == (2012, 94)


def test_another_films_title_makes_no_closing_facts():
    film = read("Drive (2011), USA, 100 min.\n\nMore text to come.").film
    assert (film.year, film.runtime_minutes) == (None, None)


@pytest.mark.parametrize(
    ("line", "studios"),
    [
        ("Made by: Focal Features", ["Focal Features"]),
        ("Made by: Greta Gerwig", []),  # a person, not a studio
        ("Production: Focal Features", ["Focal Features"]),
        ("Produced by Focal Features", ["Focal Features"]),
        ("Distributed in the US by Focal Features", ["Focal Features"]),
        ("UK distributor: Curzon", ["Curzon"]),
        ("UK distributor Curzon", ["Curzon"]),
        ("Distributor (UK): Curzon", ["Curzon"]),
        ("Distribution: Curzon", ["Curzon"]),
        ("A Neon release.", ["Neon"]),
        ("In cinemas from Curzon", ["Curzon"]),
        ("In UK cinemas from Friday", []),  # a date, not a company
        ("A Christmas release.", []),
        (
            "Made by: DNA Films (released in the US by Fox Searchlight Pictures)",
            ["DNA Films", "Fox Searchlight Pictures"],
        ),
        # the trade papers' credit: who releases the film, whose production it is
        (
            "Production: A Focal Features release of a Film4, Nordwind Pictures production.",
            ["Focal Features", "Film4", "Nordwind Pictures"],
        ),
        (
            "Production: A Curzon release, in association with BFI, of an El Deseo production",
            ["Curzon", "BFI", "El Deseo"],
        ),
        ("Production: A Tequila Gang production", ["Tequila Gang"]),
        (
            "Production: A Neon presentation of a Greywater Films and Tequila Gang co-production.",
            ["Neon", "Greywater Films", "Tequila Gang"],
        ),
        ("Production: a modest production with lovely sets", []),  # no company named
        ("Production: the production was troubled from the start.", []),
    ],
)
def test_studios_in_their_usual_labels_and_lines(line, studios):
    film = read(line).film
    assert (film.studios, film.producers, film.directors) == (studios, [], [])


def test_a_producer_company_is_not_reported_as_a_name_left_out():
    review = read("Produced by Focal Features")
    assert review.left_out_values == []


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        (
            "Director: Greta Gerwig. She shot it in Sacramento, where she grew up.",
            "directors",
            ["Greta Gerwig"],
        ),
        ("Music: Jon Brion. His score is warm and never loud.", "composers", ["Jon Brion"]),
        ("Directed by Greta Gerwig. She shot it in Sacramento.", "directors", ["Greta Gerwig"]),
        ("Director: J. C. Chandor. He keeps it tight.", "directors", ["J. C. Chandor"]),
    ],
)
def test_a_labels_value_ends_where_a_sentence_of_the_text_starts(line, role, names):
    review = read(line)
    assert getattr(review.film, role) == names
    assert line.rstrip(".").split()[-1] in review.text  # the sentence stays the text's
    assert review.left_out_values == []


def test_a_relative_clause_after_a_labels_value_is_not_a_name():
    review = read("Edited by William Chang, who also designed the sets and those dresses")
    assert review.film.editors == ["William Chang"]
    assert review.left_out_values == ["editors: who also designed the sets and those dresses"]


@pytest.mark.parametrize(
    ("line", "countries"),
    [("Country UK", ["UK"]), ("Country Joe and the Fish played on.", [])],
)
def test_a_country_label_without_a_colon_takes_only_countries(line, countries):
    assert read(line).film.countries == countries


def test_a_wrapped_sentence_going_on_with_a_label_word_is_not_a_credit():
    review = read(
        "The score shares the soundtrack\nwith Benjamin Britten, which suits a film about "
        "a children's opera."
    )
    assert review.film.cast == []


@pytest.mark.parametrize(
    ("line", "producers", "studios"),
    [
        ("Producers: Ines Vaz (El Deseo)", ["Ines Vaz"], ["El Deseo"]),
        (
            "Producers: Ines Vaz (El Deseo), Tomas Lind (Tequila Gang)",
            ["Ines Vaz", "Tomas Lind"],
            ["El Deseo", "Tequila Gang"],
        ),
        ("Producers: Ines Vaz (PGA), Tomas Lind", ["Ines Vaz", "Tomas Lind"], []),
        ("Producers: Ines Vaz (executive), Tomas Lind", ["Ines Vaz", "Tomas Lind"], []),
        ("Producer: Ines Vaz (Norway)", ["Ines Vaz"], []),  # a country is no company
    ],
)
def test_a_company_in_brackets_after_a_producer_is_a_studio_never_a_name(line, producers, studios):
    film = read(line).film
    assert (film.producers, film.studios) == (producers, studios)
