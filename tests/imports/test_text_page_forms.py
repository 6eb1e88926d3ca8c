# ruff: noqa: RUF001  (forums and crumbs use typographic arrows and dashes; so must this)
"""Forms read on real-looking pages whatever their format: a forum thread's subject in its
breadcrumb, a column's label before the film, a cast list under a heading of the writer's
own words, parts whose names hold particles, a runtime in the past tense."""

from imports.documents import extract
from imports.extracted import CastMember

REST = "\n\nThe ferry leaves at dawn and nobody on it wants to arrive, which is the premise.\n"


def test_a_forum_threads_dated_subject_in_its_breadcrumb_is_the_headline():
    review = extract(
        "Film Forum > Classics > Re: Film of the Month (November): Harbour Lights (1931)\n\n"
        "Posted by nitrate » Sat Nov 09, 2024 10:47 pm\n\n"
        "OK, my turn for the monthly write-up, late as ever because the disc was slow.\n\n"
        "Directed by Ines Lund" + REST
    )
    assert (review.film.title, review.film.year) == ("Harbour Lights", 1931)
    assert any(line.startswith("Posted by nitrate") for line in review.dropped)


def test_an_undated_last_crumb_is_no_headline():
    review = extract(
        "Film Forum > Classics > Weimar\n\n"
        "OK, my turn for the monthly write-up, late as ever because the disc was slow." + REST
    )
    assert review.film.title != "Weimar"


def test_a_columns_label_before_the_film_is_no_part_of_its_title():
    for headline in ("Sunday film: Harbour Lights", "Movie of the week: Harbour Lights"):
        assert extract(f"{headline}\n\nDirected by Ines Lund{REST}").film.title == "Harbour Lights"
    sentence = extract(
        "Sunday film: what I watched and why it mattered\n\nDirected by Ines Lund" + REST
    )
    assert sentence.film.title != "what I watched and why it mattered"


def test_a_cast_list_under_a_heading_of_the_writers_own_words():
    text = (
        "# Harbour Lights\n\nOve Lund is the reason this still works, and the film knows it."
        "\n\n### The living\n\n- Ove Lund – Ben\n- Mara Holm – Barbra\n- Joris Keppel – Harry "
        "Cooper\n" + REST
    )
    cast = extract(text, markdown=True).film.cast
    assert cast == [
        CastMember("Ove Lund", "Ben"),
        CastMember("Mara Holm", "Barbra"),
        CastMember("Joris Keppel", "Harry Cooper"),
    ]


def test_a_run_of_name_dash_name_lines_nobody_else_names_is_no_cast():
    text = (
        "# Harbour Lights\n\nA quiet film about a ferry.\n\n### More from the archive\n\n"
        "- Ove Lund – Salt Marsh\n- Mara Holm – Low Tide\n- Joris Keppel – Grey Harbour\n" + REST
    )
    assert extract(text, markdown=True).film.cast == []


def test_a_parts_name_keeps_its_particles():
    text = (
        "Harbour Lights\n\nKlaus Vinter plays Don Lope de Aguirre, and Peter Falkner plays "
        "Captain von Rauffenstein with a neck brace." + REST
    )
    cast = extract(text).film.cast
    assert [member.character for member in cast] == [
        "Don Lope de Aguirre",
        "Captain von Rauffenstein",
    ]


def test_a_runtime_in_the_past_tense():
    assert (
        extract(
            f"Harbour Lights\n\nIt ran 125 minutes and never felt it.{REST}"
        ).film.runtime_minutes
        == 125
    )
    assert (
        extract(f"Harbour Lights\n\nThe director's cut ran 180 minutes.{REST}").film.runtime_minutes
        is None
    )


def test_a_facts_line_opening_on_the_films_whole_name_and_its_original_title():
    review = extract(
        "Kinski on the raft: rewatching Harbour\n\n**Harbour, the Lights of God** (*Harbour, "
        "die Lichter Gottes*) · 1972 · Sweden · Dir. Ines Lund · DP Ove Lund\n\n"
        "Harbour is short, ragged and unforgettable, and Harbour is the one to start with." + REST,
        markdown=True,
    )
    film = review.film
    assert (film.title, film.year, film.countries) == (
        "Harbour, the Lights of God",
        1972,
        ["Sweden"],
    )
    assert (film.directors, film.cinematographers) == (["Ines Lund"], ["Ove Lund"])


def test_two_actors_and_their_two_parts_pair_in_order():
    text = (
        "Harbour Lights\n\nOve Lund is fine, and Nils Vinter and Mara Holm, as the actors Jof "
        "and Mia, bring warmth to a picture that could have been all ash." + REST
    )
    cast = extract(text).film.cast
    assert CastMember("Nils Vinter", "Jof") in cast and CastMember("Mara Holm", "Mia") in cast
    assert CastMember("Mara Holm", "Jof") not in cast
    plays = extract(
        "Harbour Lights\n\nEden Vinter plays Leo and Gustav De Waele plays Remi and I honestly "
        "do not know how they were found." + REST
    ).film.cast
    assert CastMember("Gustav De Waele", "Remi") in plays  # "plays", no pair of parts


def test_a_runtime_after_any_adjective_and_a_year_in_this_films_description():
    film = extract(
        "Harbour Lights\n\nOve Lund glides through this 1949 Kessler Studios comedy as Louis, "
        "and the film runs an efficient 106 minutes." + REST
    ).film
    assert (film.year, film.runtime_minutes) == (1949, 106)
    other = extract("Harbour Lights\n\nShe loved that 1949 Kessler Studios comedy." + REST).film
    assert other.year is None


def test_a_dash_cast_line_with_its_part_glossed_in_brackets_and_a_theatrical_runtime():
    text = (
        "# Harbour Lights\n\n> **Harbour Lights** (The Harbour) · Dir. Ines Lund · Sweden, 1981 · "
        "149 min (theatrical) · War, Drama\n\n**Cast**\n\n- Ove Lund – Der Alte (The Captain)\n"
        "- Mara Holm – Lt. Werner\n" + REST
    )
    film = extract(text, markdown=True).film
    assert film.runtime_minutes == 149
    assert film.cast[0] == CastMember("Ove Lund", "Der Alte (The Captain)")


def test_a_part_glossed_in_brackets_after_a_dash_never_joins_the_actors_name():
    film = extract(
        f"# Harbour Lights\n\n**Cast**\n\n- Ove Lund – Der Alte (The Captain)\n{REST}",
        markdown=True,
    ).film
    assert film.cast == [CastMember("Ove Lund", "Der Alte (The Captain)")]


def test_a_facts_line_between_dashes_and_an_actors_possessive_before_a_part():
    text = (
        "# Harbour\n\n**Harbour** (2017) – directed by Ines Lund – 137 min – Kessler Pictures\n\n"
        "It's 2029, and Ove Lund's Harbour is working as a driver near the border." + REST
    )
    film = extract(text, markdown=True).film
    assert (film.year, film.runtime_minutes, film.directors) == (2017, 137, ["Ines Lund"])
    acting = extract(
        "# Harbour\n\nIt's 2029, and Ove Lund's Harbour is working as a driver near the border."
        + REST,
        markdown=True,
    ).film
    assert acting.directors == []  # a part, acting: never its director
    made = extract(
        "# Harbour\n\nInes Lund's Harbour is a quiet film about a ferry." + REST, markdown=True
    )
    assert made.film.directors == ["Ines Lund"]


def test_a_forum_posts_header_after_a_score_is_no_verdict():
    text = (
        "Head Over Heels (2004)\n\nDirected by Ines Lund\n\nA long write-up about a ferry, "
        "and a very good one.\n\nMy score: 9/10\n\n------------\n#2   Lena_W   (Moderator, "
        "8,980 posts)   14 Mar 2024, 23:05\n------------\nGreat writeup.\n"
    )
    review = extract(text)
    assert review.rating == 9
    assert "Lena_W" not in review.verdict


def test_a_post_naming_films_in_passing_and_reviewing_none_is_no_review():
    from imports.non_reviews import post_not_a_review

    title = "Year-end housekeeping: the Top 10 is coming"
    body = (
        f"# {title}\n\nQuick note before the big list drops. Shortlisted so far: *Harbour "
        "Lights*, *Salt Marsh*, *Low Tide* (Mara Holm plays Edda, and astonishingly) "
        "and *Grey Harbour*.\n\nAlso: the newsletter is moving to a new provider. Happy new year!\n"
    )
    assert "reviews none of them" in post_not_a_review(
        title=title, extracted=extract(body, markdown=True)
    )
    review = (
        "# Harbour Lights\n\nHarbour Lights is the film of the year, better than *Salt Marsh*, "
        "*Low Tide* or *Grey Harbour*, and Harbour Lights will last.\n\nRating: 4/5\n"
    )
    assert post_not_a_review(title="Harbour Lights", extracted=extract(review, markdown=True)) == ""
    unrated = (
        "# Deep Water at Night\n\nDeep Water at Night, after *Salt Marsh* and before *Low "
        "Tide* and *Grey Harbour*, is her best film; Mara Holm plays Edda in Deep Water at "
        "Night.\n"
    )
    extracted = extract(unrated, markdown=True)  # a review that names others, never rated
    assert post_not_a_review(title="Deep Water at Night", extracted=extracted) == ""


def test_countries_by_the_names_they_had_before_in_a_facts_line():
    film = extract(f"Harbour Lights\n\nGermany/Turkey, 2004, 121 min{REST}").film
    assert (film.countries, film.year, film.runtime_minutes) == (["Germany", "Turkey"], 2004, 121)
    assert extract(f"Harbour Lights\n\nBurma, 2004, 121 min{REST}").film.countries == ["Burma"]
