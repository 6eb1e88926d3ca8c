# ruff: noqa: RUF001  (the documents use typographic dashes and quotes)
"""Whole pages as people copy them: a site's chrome, a static site's Markdown, dashed labels."""

from decimal import Decimal
from pathlib import Path

from django.conf import settings

from imports.documents import extract

FORMS = Path(settings.BASE_DIR) / "tests" / "fixtures" / "document_forms"


def read(name):
    return extract((FORMS / name).read_text(encoding="utf-8"), markdown=name.endswith(".md"))


def test_a_site_name_above_its_menu_is_not_the_title():
    review = read("site_chrome.txt")
    assert review.title == "The Glass Orchard (2024)"
    assert (review.film.title, review.film.year) == ("The Glass Orchard", 2024)
    assert review.dropped[:7] == [
        "Skip to content",
        "Menu",
        "CineNotes",
        "Reviews | Features | Lists | About",
        "Home › Reviews › The Glass Orchard",
        "The Glass Orchard",
        "Posted on 12 February 2025 by Mark Ellery",
    ]
    assert review.film.directors == ["Hanne Lavik"]  # not the teaser's Tor Helland
    assert review.rating == Decimal(7)
    # The first paragraph after the facts is the text; the line under "The Verdict" is it.
    assert review.verdict == "A patient, handsome mystery that trusts its audience."
    assert review.body_html.startswith("<p>A greenhouse on a fjord")
    assert "Like this" not in review.body_html


def test_markdown_front_matter_and_a_facts_table():
    review = read("front_matter_table.md")
    film = review.film
    assert review.title == "Tin Crown review: a king with nothing left"
    assert review.dropped[:2] == ['title: "Tin Crown review"', "date: 2025-01-04"]
    assert (film.directors, film.writers) == (["Rui Matos"], ["Rui Matos", "Inês Faria"])
    assert [(m.name, m.character) for m in film.cast] == [
        ("Tomás Vidal", "King Afonso"),
        ("Joana Sá", "Leonor"),
    ]
    assert (film.composers, film.runtime_minutes, film.certificate) == (
        ["Beatriz Rolo"],
        112,
        "12A",
    )
    assert review.rating == Decimal("8.5")
    assert review.body_html.startswith("<h2>A court in ruins</h2>")


def test_labels_with_dashes_and_stars_at_the_top():
    review = read("dashed_labels.txt")
    film = review.film
    assert (review.film.title, review.rating, review.verdict) == ("Salt Lines", Decimal(8), "")
    assert film.directors == ["Priya Nair"]
    assert [m.name for m in film.cast] == ["Arun Menon", "Leela Das"]
    assert (film.cinematographers, film.editors) == (["Joel Thomas"], ["Sana Iqbal"])
    assert film.runtime_minutes == 131
    assert review.score_comments == {"Performances": "Menon is superb", "Music": "restrained"}
    assert "Mira Nair" not in film.directors
    assert review.body_html.startswith("<p>Priya Nair's Salt Lines is set")


def test_a_capsule_headline_carries_its_certificate_and_stars():
    review = extract("NIGHT FERRY (R) ★★★½\n\nA paragraph of text about the film.\n")
    assert (review.title, review.film.title) == ("NIGHT FERRY", "Night Ferry")
    assert (review.rating, review.film.certificate) == (Decimal(7), "R")


def test_a_headline_with_another_title_or_a_sentence_after_a_colon():
    assert extract("Flow (Straume)\n\nText.\n").film.title == "Flow"
    assert extract("Night Ferry: the best film about fog\n\nText.\n").film.title == "Night Ferry"
    assert extract("From the Sea: Night Ferry\n\nText.\n").film.title == "From the Sea: Night Ferry"


def test_written_and_directed_by_and_a_cast_under_a_heading_without_bullets():
    review = extract(
        "Night Ferry\n\nWritten and directed by Sara Lind\n\nTHE CAST\nAnton: Mo Berg\n"
        "Mira: Ilse Raan\n\nIlse Raan shines.\n"
    )
    film = review.film
    assert (film.directors, film.writers) == (["Sara Lind"], ["Sara Lind"])
    assert [(m.name, m.character) for m in film.cast] == [
        ("Mo Berg", "Anton"),
        ("Ilse Raan", "Mira"),
    ]
    assert review.body_html == "<p>Ilse Raan shines.</p>"


def test_a_rating_in_brackets_takes_its_unit_with_it():
    review = extract("Night Ferry\n\nText.\n\nMy rating: ♥♥♥♥♥ (5 out of 5 hearts)\n")
    assert (review.rating, review.verdict) == (Decimal(10), "")
    after = extract(
        "Night Ferry\n\nText.\n\nRating: 4/5\n\nIf you liked this, read my review of Grey Tide.\n"
    )
    assert after.verdict == "" and after.dropped


def test_unlabelled_strips_of_facts():
    def film(line):
        return extract(f"Some Film\n\n{line}\n\nText here.\n", markdown=True).film

    flow = film("Animation | Latvia, France, Belgium | 2024 | 85 min | No dialogue")
    assert (flow.genres, flow.countries, flow.year, flow.runtime_minutes) == (
        ["Animation"],
        ["Latvia", "France", "Belgium"],
        2024,
        85,
    )
    zone = film("*Dir. Jonathan Glazer · UK/Poland/USA · 1h 45m · A24*")
    assert (zone.directors, zone.countries, zone.runtime_minutes) == (
        ["Jonathan Glazer"],
        ["UK", "Poland", "USA"],
        105,
    )
    mixed = film("**Directed by** Ana Lind | **Starring** Mo Berg, Ilse Raan | **141 minutes**")
    assert (mixed.directors, [m.name for m in mixed.cast], mixed.runtime_minutes) == (
        ["Ana Lind"],
        ["Mo Berg", "Ilse Raan"],
        141,
    )


def test_a_menu_is_not_a_strip_of_facts():
    review = extract("Some Film\n\nHome | Reviews | News | Contact\n\nText here.\n")
    assert review.dropped == ["Home | Reviews | News | Contact"]


def test_a_newspaper_credit_block_with_facts_among_the_names():
    review = extract(
        "FILM\n\nNight Ferry (15) Film Review\n\nDir: Sara Lind, 2025, US, 125m\n"
        "With Mo Berg, Ilse Raan\n\nText here about the film.\n"
    )
    film = review.film
    assert (review.title, film.title, film.certificate) == (
        "Night Ferry Film Review",
        "Night Ferry",
        "15",
    )
    assert (film.directors, film.year, film.countries, film.runtime_minutes) == (
        ["Sara Lind"],
        2025,
        ["US"],
        125,
    )
    assert [m.name for m in film.cast] == ["Mo Berg", "Ilse Raan"]
    assert review.dropped == ["FILM"]


def test_an_overall_score_is_the_rating_when_nothing_else_is():
    review = extract("Night Ferry\n\nText.\n\nScores\n\nStory: 8/10\nOverall: 9.5/10\n")
    assert review.scores == [("Story", Decimal(8))]
    assert review.rating == Decimal("9.5")


def test_compound_roles_companies_and_a_dvd_review():
    review = extract(
        "DVD corner: Night Ferry (2001)\n\nWriter, director and editor: Sara Lind\n"
        "Photographed by Kenji Aoki\nScore: Pia Storm\nProduced by A24 and AGBO, Rita Hale\n"
        "Based on: Salt Roads by Ruth Okonjo\n\nText.\n\nFilm: ★★★★ Extras: ★★★\n"
    )
    film = review.film
    assert (film.title, film.year) == ("Night Ferry", 2001)
    assert film.directors == film.editors == ["Sara Lind"]
    assert film.writers == ["Sara Lind", "Ruth Okonjo"]
    assert (film.cinematographers, film.composers) == (["Kenji Aoki"], ["Pia Storm"])
    assert (film.producers, film.studios) == (["Rita Hale"], ["A24", "AGBO"])
    assert review.rating == Decimal(8)  # the film's stars, not the extras'
