# ruff: noqa: RUF001  (page titles use typographic dashes)
"""A page's machine-readable data (imports.structured), star widgets (imports.star_widgets)
and facts boxes (imports.factboxes), read from pages written for these tests."""

import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from imports.extracted import CastMember, ExtractedReview, FilmFacts
from imports.factboxes import mark_factboxes
from imports.star_widgets import widget_rating
from imports.structured import known_title, minutes, page_facts
from imports.structured_merge import merge_page_facts


def soup_with(*blocks, head=""):
    scripts = "".join(
        f'<script type="application/ld+json">{b if isinstance(b, str) else json.dumps(b)}</script>'
        for b in blocks
    )
    return BeautifulSoup(f"<html><head>{head}{scripts}</head><body></body></html>", "html.parser")


MOVIE = {
    "@type": "Movie",
    "name": "Harbour Ghosts",
    "dateCreated": "2019-05-02",
    "director": [{"@type": "Person", "name": "Mira Olsen"}, {"@type": "Person", "name": "Tor Vik"}],
    "actor": [
        {"@type": "PerformanceRole", "actor": {"@type": "Person", "name": "Ida Berg"},
         "characterName": "Signe"},
        {"@type": "Person", "name": "Leo Haas"},
    ],
    "duration": "PT1H52M",
    "genre": ["Thriller", "Drama"],
    "countryOfOrigin": {"@type": "Country", "name": "Denmark"},
    "productionCompany": [{"@type": "Organization", "name": "Nordlys Film"}],
    "musicBy": {"@type": "Organization", "name": "Some Orchestra"},
}  # fmt: skip


def test_a_review_in_a_graph_gives_the_films_facts_never_the_critic():
    review = {
        "@type": "Review",
        "author": {"@type": "Person", "name": "Karl Critic"},
        "datePublished": "2024-01-09",
        "itemReviewed": MOVIE,
        "reviewRating": {"@type": "Rating", "ratingValue": 7, "bestRating": 10, "worstRating": 1},
    }
    facts = page_facts(soup_with({"@context": "https://schema.org", "@graph": [review]}))
    film = facts.film
    assert (film.title, film.year, film.runtime_minutes) == ("Harbour Ghosts", 2019, 112)
    assert film.directors == ["Mira Olsen", "Tor Vik"]
    assert film.cast == [CastMember("Ida Berg", "Signe"), CastMember("Leo Haas")]
    assert (film.genres, film.countries, film.studios) == (
        ["Thriller", "Drama"],
        ["Denmark"],
        ["Nordlys Film"],
    )
    assert film.composers == []  # an organisation is no composer
    assert "Karl Critic" not in str(film)  # the Review's author is the critic
    assert facts.rating == 7 and "7 of 10" in facts.rating_conversion


def test_malformed_json_ld_is_ignored_with_a_note_and_the_good_block_still_read():
    facts = page_facts(soup_with('{"@type": "Movie", "name": ', [MOVIE]))
    assert facts.film.title == "Harbour Ghosts"
    assert len(facts.notes) == 1 and "not valid JSON" in facts.notes[0]


def test_a_review_of_a_book_or_several_films_unreviewed_give_nothing():
    book = {"@type": "Review", "itemReviewed": {"@type": "Book", "name": "Tides"}}
    assert page_facts(soup_with(book)).film == FilmFacts()
    other = {**MOVIE, "name": "Another Film"}
    facts = page_facts(soup_with([MOVIE, other]))
    assert facts.film == FilmFacts() and "describes 2 films" in facts.notes[0]


@pytest.mark.parametrize(
    ("rating", "value", "said"),
    [
        ({"ratingValue": "3.5", "bestRating": "5"}, Decimal(7), "3.5 of 5 is 7/10"),
        ({"ratingValue": "4"}, Decimal(8), "schema.org's default of 5"),
        ({"ratingValue": "8"}, None, "the scale is unknown"),  # 8 cannot be on a scale of 5
        ({"ratingValue": "12", "bestRating": "10"}, None, "off its scale"),
        ({"ratingValue": "soon"}, None, ""),
    ],
)
def test_the_review_rating_is_converted_to_ten_or_its_scale_reported(rating, value, said):
    review = {"@type": "Review", "itemReviewed": MOVIE, "reviewRating": rating}
    facts = page_facts(soup_with(review))
    assert facts.rating == value
    assert said in facts.rating_conversion


def test_iso_durations_are_minutes_and_anything_else_none():
    assert [minutes(text) for text in ("PT2H10M", "PT95M", "P0DT1H", "2h 10m", "PT", "")] == [
        130, 95, 60, None, None, None,
    ]  # fmt: skip


def test_titles_offer_the_films_name_only_when_marked_or_emphasised():
    head = (
        "<title>Harbour Ghosts (2019) – Film review | The Quay</title>"
        '<meta property="og:title" content="Harbour Ghosts review: the sea gives back">'
    )
    facts = page_facts(soup_with(head=head))
    assert known_title(facts) == ("Harbour Ghosts", "og:title")
    # A festival page names the day and the film; only the headline's <em> says which.
    day = page_facts(soup_with(head="<title>Venice, day 2: Salt Marsh | Lido Notes</title>"))
    assert known_title(day) is None
    assert known_title(day, ["Salt Marsh"]) == ("Salt Marsh", "<title>")
    assert known_title(page_facts(soup_with(MOVIE, head=head)))[0] == "Harbour Ghosts"
    review_first = page_facts(soup_with(head="<title>Review: Salt Marsh (2018) | The Quay</title>"))
    assert known_title(review_first) == ("Salt Marsh", "<title>")


def test_a_star_widget_gives_the_rating_with_its_scale():
    main = BeautifulSoup(
        '<div><p class="meta">By A. Critic · <span aria-label="3 out of 5 stars">★★★☆☆</span></p>'
        '<p>Her <span title="2 of 4">second</span> film.</p></div>',  # not drawn: no rating
        "html.parser",
    ).div
    widget, notes = widget_rating(main)
    assert (widget.value, widget.as_written, notes) == (6, "3 out of 5 stars", [])
    assert "aria-label" in widget.conversion
    icons = BeautifulSoup('<div><i class="stars rating-4" data-max="5"></i></div>', "html.parser")
    assert widget_rating(icons.div)[0].value == 8


def test_star_widgets_that_disagree_or_state_no_scale_give_no_rating():
    disagreeing = BeautifulSoup(
        '<div><span title="2/5">★★</span><span class="rating" data-rating="4" data-max="5">'
        "</span></div>",
        "html.parser",
    ).div
    assert widget_rating(disagreeing)[0] is None
    unscaled = BeautifulSoup('<div><span class="rating-7"></span></div>', "html.parser").div
    widget, notes = widget_rating(unscaled)
    assert widget is None and "out of how many is not said" in notes[0]
    glyphs = BeautifulSoup('<div><span class="rating-3">★★★☆</span></div>', "html.parser").div
    assert widget_rating(glyphs)[0].value == Decimal("7.5")  # three of four glyphs


def test_a_widget_in_a_related_posts_box_rates_another_film():
    main = BeautifulSoup(
        '<article><p>Text.</p><aside class="more"><h3>Popular</h3><ul><li>'
        '<span aria-label="5 out of 5 stars">★★★★★</span> Other Film</li></ul></aside>'
        '<div class="related"><span data-rating="2" data-max="5"></span></div></article>',
        "html.parser",
    ).article
    assert widget_rating(main) == (None, [])
    readers = BeautifulSoup(
        '<div><span title="Readers: 3.9 out of 5">★★★★☆</span></div>', "html.parser"
    )
    assert widget_rating(readers.div) == (None, [])


def test_a_facts_box_is_found_and_a_most_read_box_is_not():
    main = BeautifulSoup(
        "<article><p>Text.</p>"
        '<aside class="box"><h2>At a glance</h2><ul><li>Country: Chile</li>'
        "<li>Runtime: 99 min</li><li>Section: Forum</li></ul></aside>"
        '<div class="film-info"><dl><dt>Director</dt><dd>Rosa Paz</dd><dt>Year</dt><dd>2020</dd>'
        "</dl></div>"
        "<aside><h3>Most read</h3><ol><li>Director: Someone Else on her new film</li>"
        "<li>Ten films to see this week</li><li>An interview</li></ol></aside>"
        '<aside class="newsletter"><p>Director: sign up</p><p>Country: any</p></aside>'
        '<aside class="related"><p>Director: Paul Roe</p><p>Runtime: 80 min</p></aside>'
        "</article>",
        "html.parser",
    ).article
    found = mark_factboxes(main)
    assert [tag.get("class") for tag in found] == [["box"], ["film-info"]]


def merged(film=None, **given):
    review = ExtractedReview(title="Harbour Ghosts", film=film or FilmFacts())
    facts = page_facts(soup_with(given.pop("data", MOVIE)))
    merge_page_facts(review, facts, None)
    return review


def test_structured_facts_fill_blanks_and_are_listed_for_the_editor():
    review = merged(FilmFacts(title="Harbour Ghosts", cast=[CastMember("Ida Berg")]))
    film = review.film
    assert (film.year, film.runtime_minutes, film.directors) == (
        2019,
        112,
        ["Mira Olsen", "Tor Vik"],
    )
    assert film.cast == [CastMember("Ida Berg", "Signe"), CastMember("Leo Haas")]
    assert "year 2019" in review.read_from_page_data
    assert "character Signe for Ida Berg" in review.read_from_page_data
    assert any(w.startswith("Read from the page's structured data") for w in review.warnings)


def test_where_the_text_disagrees_the_text_wins_and_both_are_named():
    text_film = FilmFacts(title="Harbour Ghosts", year=2020, directors=["Ana Lund"])
    review = merged(text_film)
    assert (review.film.year, review.film.directors) == (2020, ["Ana Lund"])
    said = " ".join(review.warnings)
    assert "The text gives year 2020; the page's structured data says 2019" in said
    assert "director Ana Lund" in said and "Mira Olsen, Tor Vik" in said
    assert "year 2019" not in review.read_from_page_data


def test_wrapped_json_ld_is_read_and_an_audiences_rating_is_not_the_reviews():
    movie = {
        **MOVIE,
        "releasedEvent": {"@type": "PublicationEvent", "startDate": "2017-02-01"},
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.4", "bestRating": "5"},
    }
    del movie["dateCreated"]
    facts = page_facts(soup_with(f"//<![CDATA[\n{json.dumps(movie)}\n//]]>"))
    assert (facts.film.title, facts.film.year, facts.rating, facts.notes) == (
        "Harbour Ghosts",
        2017,
        None,
        [],
    )


def test_a_box_of_another_films_facts_is_not_this_films():
    box = (
        '<article><aside class="infobox"><p>Film: Deep Water</p><p>Director: Kim Sol</p>'
        "<p>Country: Korea</p></aside></article>"
    )
    main = BeautifulSoup(box, "html.parser").article
    assert mark_factboxes(main, "Salt Marsh review: a widow's lighthouse") == []
    main = BeautifulSoup(box, "html.parser").article
    assert len(mark_factboxes(main, "Deep Water review")) == 1


def test_an_article_wrapped_with_its_facts_is_not_a_facts_box():
    prose = "A widow keeps the lighthouse her husband left, and the town wants it back. " * 3
    main = BeautifulSoup(
        f'<article><div class="info"><p>Director: Oda Brekke</p><p>Country: Norway</p>'
        f"<p>{prose}</p></div></article>",
        "html.parser",
    ).article
    assert mark_factboxes(main) == []


def test_a_review_pointing_at_its_movie_by_id_and_a_movies_own_review_are_read():
    movie = {**MOVIE, "@id": "#film"}
    review = {"@type": "CriticReview", "itemReviewed": {"@id": "#film"},
              "reviewRating": {"ratingValue": "9", "bestRating": "10"}}  # fmt: skip
    facts = page_facts(soup_with({"@graph": [review, movie]}))
    assert (facts.film.title, facts.rating) == ("Harbour Ghosts", 9)
    rated = {"@type": "Review", "reviewRating": {"ratingValue": "2", "bestRating": "5"}}
    assert page_facts(soup_with({**MOVIE, "review": rated})).rating == 4
    readers = {**MOVIE, "review": [rated, {**rated, "reviewRating": {"ratingValue": "5"}}]}
    assert page_facts(soup_with(readers)).rating is None


@pytest.mark.parametrize(
    ("widget", "value"),
    [
        ('<span class="rating rated-9">★★★★½</span>', Decimal(9)),  # 9 of 10 half-stars
        ('<span class="stars rating-4.5">★★★★½</span>', Decimal(9)),  # 4.5 of 5
        ('<span class="rating">★★★★</span>', Decimal(8)),  # filled stars alone: of five
        ('<div class="grade">A−</div>', Decimal(9)),  # a letter in a grade's box
        ('<span class="review-grade">B+</span>', Decimal("8.5")),
        ('<span class="rating rated-6">★★★★½</span>', None),  # the class disagrees
        ('<span class="rating">🍿🍿🍿</span>', None),  # glyphs of no stated scale
        ('<div class="grade">Gold</div>', None),  # no letter grade
        ('<div class="grade">PG</div>', None),
    ],
)
def test_a_widget_that_draws_its_rating_is_read_when_nothing_else_says_it(widget, value):
    main = BeautifulSoup(f"<div><p>Text.</p>{widget}</div>", "html.parser").div
    found = widget_rating(main)[0]
    assert (found.value if found else None) == value


def test_the_widget_in_the_reviews_header_before_its_text_is_the_rating():
    page = BeautifulSoup(
        '<section><header class="review-header"><h2>Close</h2><p class="view-date">'
        '<span class="rating rated-9">★★★★½</span> Liked · Watched 14 Feb</p></header>'
        '<div class="review body-text"><p>Text.</p></div>'
        '<section class="popular-reviews"><span class="rating rated-6">★★★</span></section>'
        '<aside><span class="rating rated-10">★★★★★</span></aside></section>',
        "html.parser",
    )
    widget, _ = widget_rating(page.find("div", class_="review"))
    assert widget.value == 9
    other = BeautifulSoup(  # a header after the text, or none: nothing outside is read
        '<section><div class="review"><p>Text.</p></div><header class="review-header">'
        '<span class="rating rated-6">★★★</span></header></section>',
        "html.parser",
    )
    assert widget_rating(other.find("div", class_="review")) == (None, [])


@pytest.mark.parametrize(
    ("byline", "value"),
    [
        ("By Ana Lind, Contributing Critic · Editor's rating: <b>9/10</b>", Decimal(9)),
        ("By Ana Lind | Rating: 4 out of 5", Decimal(8)),
        ("Ana Lind · 12 May 2024 · Our rating: 3.5/5", Decimal(7)),
        ("By Ana Lind · Readers' rating: 7.4/10", None),  # other people's
        ("By Ana Lind · Rating: 7.4/10 (12,304 votes)", None),
        ("By Ana Lind · 9/10 people liked this", None),  # no rating's label
        ("By Ana Lind · Rated R", None),
    ],
)
def test_the_critics_rating_in_the_bylines_strip_is_the_rating(byline, value):
    main = BeautifulSoup(
        f'<div><p class="rev-byline">{byline}</p><p>Text.</p></div>', "html.parser"
    ).div
    found = widget_rating(main)[0]
    assert (found.value if found else None) == value
