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


AGATE = (
    "Rated PG-13 for peril and mild language. Directed by Ilse Varga. Written by Tomas "
    "Brandt, based on the memoir by Lena Kovacs. With Mara Ostrova, Peter Hale and F. Joseph "
    "Marr. Director of photography, Anders Holm. Running time: 2 hours 4 minutes. A Meridian "
    "Pictures release. In Hungarian, with English subtitles. Hungarian-Canadian production."
)


def test_a_newspapers_credits_paragraph_is_read_sentence_by_sentence():
    review = read(AGATE)
    film = review.film
    assert (film.certificate, film.directors, film.runtime_minutes) == (
        "PG-13",
        ["Ilse Varga"],
        124,
    )
    assert film.writers == ["Tomas Brandt", "Lena Kovacs"]
    assert [member.name for member in film.cast] == ["Mara Ostrova", "Peter Hale", "F. Joseph Marr"]
    assert (film.cinematographers, film.studios) == (["Anders Holm"], ["Meridian Pictures"])
    assert (film.countries, review.rating) == (["Hungary", "Canada"], None)
    assert "Directed by" not in review.text  # facts, not the review's text


def test_credits_separated_by_semicolons():
    film = read("Directed by Ilse Varga; written by Tomas Brandt; running time: 97 minutes.").film
    assert (film.directors, film.writers, film.runtime_minutes) == (
        ["Ilse Varga"],
        ["Tomas Brandt"],
        97,
    )


def test_a_body_paragraph_that_opens_with_a_credit_is_the_text():
    paragraph = (
        "Directed by Ilse Varga with a patience few would risk. The story wanders. "
        "It takes its time over a wedding and a funeral. Nobody hurries anyone."
    )
    review = read(paragraph)
    assert "patience few would risk" in review.text
    assert review.film.runtime_minutes is None


def test_a_release_line_after_the_credits_names_the_studio_and_runtime():
    film = read(
        "Directed by Ilse Varga\nEdited by Tomas Brandt\nA Meridian Pictures release, 99 minutes"
    ).film
    assert (film.studios, film.runtime_minutes) == (["Meridian Pictures"], 99)


def test_a_release_sentence_in_the_text_is_not_a_studio():
    review = read("The film got a wide release.\n\nA limited release.")
    assert review.film.studios == []


def test_from_among_the_credits_is_the_distributor():
    film = read("Director: Ilse Varga\nFrom: Northlight Releasing\nLength: 1 hr 40 mins").film
    assert (film.studios, film.runtime_minutes) == (["Northlight Releasing"], 100)


def test_from_naming_a_person_or_away_from_the_credits_is_not_a_studio():
    assert read("Director: Ilse Varga\nFrom: Tomas Brandt").film.studios == []
    assert read("From: Meridian").film.studios == []  # an e-mail's sender, not a credit


def test_a_release_sentence_alone_after_the_credits():
    film = read("Directed by Ilse Varga\nA Meridian Pictures release.").film
    assert film.studios == ["Meridian Pictures"]


def test_a_runtime_said_as_a_sentence_of_a_paragraph():
    review = read("The score is all harps. Runtime is 97 minutes. The ending lands.")
    assert review.film.runtime_minutes == 97
    assert "Runtime is" not in review.text and "all harps" in review.text


def test_a_moment_of_the_film_is_not_its_runtime():
    film = read("The running time is twenty minutes too long. I dozed off.").film
    assert film.runtime_minutes is None
    assert read("Its runtime is 12 minutes of chases. Then it stops.").film.runtime_minutes is None


def test_a_labels_line_of_fact_sentences_is_read_a_sentence_at_a_time():
    film = read("Director: Ilse Varga. With Tomas Ek, Mae Lind, Per Sand. (97 min.)").film
    assert film.directors == ["Ilse Varga"]  # the cast is not taken for more directors
    assert [member.name for member in film.cast] == ["Tomas Ek", "Mae Lind", "Per Sand"]
    assert film.runtime_minutes == 97


def test_a_labels_line_with_a_sentence_of_prose_is_not_read_as_credits():
    film = read("Director: Ilse Varga. With Tomas Ek she shot it in nine days.").film
    assert not any("Tomas" in name or "She" in name for name in film.directors)
    assert film.cast == []
