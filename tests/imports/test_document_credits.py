"""Credits as round-ups, newsletters and newspapers print them: a quoted facts box, a
one-line strip with a certificate and the picture's format, and the closing credits
paragraph of a newspaper review."""

from imports.documents import extract

TEXT = "A paragraph about the film, long enough to be the text of the review."


def read(facts, *, markdown=False):
    title = "# Lanterns" if markdown else "Lanterns"
    return extract(f"{title}\n\n{TEXT}\n\n{facts}\n\n{TEXT}\n", markdown=markdown)


def test_a_quoted_facts_box_is_read_as_facts():
    facts = "> **At a glance**\n>\n> - **Director:** Ilse Varga\n> - **Runtime:** 1h 52m"
    film = read(facts, markdown=True).film
    assert (film.directors, film.runtime_minutes) == (["Ilse Varga"], 112)


def test_a_quoted_sentence_is_not_a_fact():
    film = read("> Directed by moonlight, the crew worked for weeks.", markdown=True).film
    assert film.directors == []


def test_a_round_up_strip_with_a_certificate_and_a_format():
    film = read("Dir. Ilse Varga · Hungary · 2019 · 97 min · Colour · Cert 12A").film
    assert (film.directors, film.countries, film.year) == (["Ilse Varga"], ["Hungary"], 2019)
    assert (film.runtime_minutes, film.certificate) == (97, "12A")


def test_a_strips_certificate_is_never_the_rating():
    review = read("Dir. Ilse Varga · France · 2021 · 104 min · Rated 15")
    assert (review.rating, review.film.certificate) == (None, "15")


def test_a_line_of_formats_alone_is_not_a_strip():
    film = read("Black and white · Silent · Widescreen").film
    assert (film.certificate, film.countries, film.runtime_minutes) == ("", [], None)
