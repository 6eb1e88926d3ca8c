"""The film's name when the line at the top names something else: a site's menu above a
film diary's "Title YEAR", a mail's header under a newsletter's masthead, a newsletter's
name over its tagline, "Title, or: …", a user review's summary heading a database page,
and a headline that is a sentence holding the film's name in italics in the text."""

import json

from imports.documents import extract
from imports.html_extract import html_extract
from imports.html_pages import page_extract
from imports.title_candidates import entry_film, is_publication_name, is_tagline
from imports.title_evidence import headline_film

BODY = (
    "A ferryman on a frozen lake carries a doctor, a thief and a widow across the ice in "
    "one long night, and the film watches their bargaining turn into confession while the "
    "ice groans under the sledge; it is slow, cold and quietly devastating."
)


def test_a_diarys_title_and_year_beat_a_menu_line_above_it():
    review = extract(
        "Home   Diary   Lists   Friends   Settings   Help\n\n"
        "Thin Ice Crossing 1987\n"
        "Directed by Oda Brekke\n\n"
        f"watched it again tonight. {BODY}\n"
    )
    assert (review.film.title, review.film.year) == ("Thin Ice Crossing", 1987)


def test_a_mails_header_under_a_mastheads_issue_line_is_not_the_headline():
    review = extract(
        "THE NORTHERN SCREEN -- Tromso 2019, letter no. 4\n"
        "From: Oda Brekke <oda@northernscreen.example>\n"
        "Subject: A cold night on the lake, and a warm one at the bar\n\n"
        "Friends,\n\n"
        "Today the competition brought us the one everyone had been waiting for.\n\n"
        "THIN ICE CROSSING (Isens ferjemann)\n"
        "Grade: A-\n\n"
        f"{BODY}\n"
    )
    assert review.film.title == "Thin Ice Crossing"
    assert "From: Oda Brekke <oda@northernscreen.example>" in review.dropped


def test_a_short_line_over_its_grade_heads_the_films_entry():
    lines = ["Notes from the week", "", "LAKE HOUSE (Sjohuset)", "Rating: 7/10", BODY]
    assert entry_film(lines) == ("Lake House", None)
    assert entry_film(["Notes", "The Lake House (2001)", "My grade: B"]) == (
        "The Lake House (2001)",
        None,
    )


def test_a_newsletters_name_over_its_tagline_gives_way_to_the_issues_headline():
    review = extract(
        "COLD OPEN\n"
        "A weekly letter about films set in winter. Issue #38.\n\n"
        "Thin Ice Crossing, or: the longest night on the lake\n\n"
        f"Thin Ice Crossing is the film I kept thinking about this week. {BODY}\n\n"
        "You are receiving this because you subscribed to Cold Open.\n"
    )
    assert review.film.title == "Thin Ice Crossing"
    assert "COLD OPEN" in review.dropped


def test_a_name_the_footer_calls_the_newsletter_is_not_the_film():
    review = extract(
        "Frost Letters\n\n"
        "Thin Ice Crossing (1987)\n\n"
        f"{BODY}\n\n"
        "Thanks for reading Frost Letters. Forward it to a friend who likes snow.\n"
        "You subscribed to Frost Letters at frostletters.example.\n"
    )
    assert (review.film.title, review.film.year) == ("Thin Ice Crossing", 1987)


def test_what_names_a_publication_and_what_does_not():
    assert is_tagline("A newsletter about slow cinema. Issue #12.")
    assert is_tagline("The podcast where two friends argue about sequels")
    assert not is_tagline("A keeper, a radio and a boat that never comes")
    assert is_publication_name("Cold Open", "you subscribed to Cold Open. Unsubscribe.")
    assert is_publication_name("Cold Open", "Cold Open is a newsletter by Oda.")
    assert not is_publication_name("Thin Ice", "Thin Ice is a film about subscribers.")


def test_a_headlines_alternative_name_after_or_is_not_the_films():
    assert headline_film("Thin Ice, or: the longest night on the lake") == ("Thin Ice", None)
    assert headline_film("Thin Ice; or, How the Lake Froze (1987)") == ("Thin Ice", 1987)
    assert headline_film("Dr. Nobody or: How I Stopped Worrying (1964)")[0] == (
        "Dr. Nobody or: How I Stopped Worrying"
    )  # no comma: "or" is part of the name


def test_a_user_reviews_summary_heading_a_page_gives_way_to_the_schema_films_name():
    data = {
        "@context": "https://schema.org",
        "@type": "Review",
        "itemReviewed": {"@type": "Movie", "name": "Thin Ice Crossing"},
        "name": "Best night at the movies this winter",
        "reviewRating": {"@type": "Rating", "bestRating": "10", "ratingValue": "8"},
    }
    page = (
        '<html><head><title>"Best night at the movies this winter" - Thin Ice Crossing '
        "(1987) user review - FilmIndex</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        '<div class="review"><a class="title">Best night at the movies this winter</a>'
        f"<div class='text'><p>{BODY}</p><p>The ending earns every minute of it.</p></div>"
        "</div></body></html>"
    )
    review = page_extract(page)
    assert review.film.title == "Thin Ice Crossing"


def test_a_page_with_no_h1_keeps_its_title_when_its_data_names_no_film():
    page = (
        "<html><head><title>Thin Ice Crossing (1987) review - Frost Letters</title></head>"
        f"<body><div class='post'><p>{BODY}</p><p>Thin Ice Crossing is slow.</p></div>"
        "</body></html>"
    )
    assert page_extract(page).film.title == "Thin Ice Crossing"


def test_a_sentence_headline_names_the_film_the_posts_html_sets_in_italics():
    review = html_extract(
        f"<p>Nobody hurries in <em>Lantern</em>. {BODY}</p>"
        "<p>Oda Brekke wrote and directed <em>Lantern</em> in 1987.</p>",
        title="Oda Brekke's Lantern is the coldest ghost story ever filmed",
    )
    assert review.film.title == "Lantern"


def test_a_sentence_headline_names_the_film_after_a_possessive_the_text_repeats():
    review = extract(
        "Oda Brekke's Lantern is the coldest ghost story ever filmed\n\n"
        f"Nobody hurries in Lantern. {BODY}\n\n"
        "Brekke wrote and directed Lantern in 1987.\n"
    )
    assert review.film.title == "Lantern"


def test_a_possessive_the_text_names_once_is_no_evidence_of_a_title():
    review = extract(
        "Oda Brekke's Lantern is the coldest ghost story ever filmed\n\n"
        f"{BODY} Brekke lit it by one lantern.\n"
    )
    assert review.film.title != "Lantern"
