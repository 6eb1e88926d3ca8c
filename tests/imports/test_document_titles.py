# ruff: noqa: RUF001  (headlines use typographic quotes and arrows; so must the examples)
"""The film's title and year are read from the top of a post as people write it: past
kickers, diary bylines, breadcrumbs and facts headings, weighed by what the text shows."""

from decimal import Decimal

import pytest

from imports.documents import extract
from imports.html_pages import page_extract
from imports.title_evidence import opening_film

TEXT = (
    "Salt Road takes its time, and the sea does most of the talking in a film that "
    "trusts its audience to sit still for two hours."
)


def test_a_kicker_in_capitals_above_the_headline_is_dropped():
    review = extract(f"FILMS | OUT FRIDAY\n\nSALT ROAD ★★★\nPG. 97 minutes.\n\n{TEXT}\n")
    assert review.film.title == "Salt Road"
    assert review.rating == Decimal(6)
    assert review.dropped[0] == "FILMS | OUT FRIDAY"


def test_a_kicker_with_a_number_above_the_headline_is_dropped():
    review = extract(f"Berlinale 2024 · Report #2 · Panorama\n\nSalt Road\n\n{TEXT}\n")
    assert review.film.title == "Salt Road"
    assert review.dropped == ["Berlinale 2024 · Report #2 · Panorama"]


def test_a_kicker_straight_under_the_headline_is_dropped_not_the_text():
    review = extract(f"Salt Road\n\nBerlinale 2024 · Report #2 · Panorama\n\n{TEXT}\n")
    assert review.film.title == "Salt Road"
    assert review.dropped == ["Berlinale 2024 · Report #2 · Panorama"]
    assert review.body_html == f"<p>{TEXT}</p>"


def test_a_facts_strip_under_the_headline_is_read_not_dropped_as_a_kicker():
    review = extract(f"Salt Road\n\nNorway · 2019 · 97 min\n\n{TEXT}\n")
    assert (review.film.year, review.film.runtime_minutes) == (2019, 97)
    assert review.dropped == []


def test_labelled_facts_between_bars_under_the_headline_are_no_kicker():
    review = extract(f"Salt Road\n\nDirector: Ines Varga | Year: 2019 | Music: Bo Ek\n\n{TEXT}\n")
    assert (review.film.directors, review.film.year) == (["Ines Varga"], 2019)
    assert review.dropped == []


@pytest.mark.parametrize(
    ("top", "film"),
    [
        ("Salt Road | Ines Varga\n\nA Quiet Drama Of The Sea", "Salt Road"),  # no kicker
        ("SALT ROAD | FIRST LOOK", "Salt Road"),  # the text follows: the headline itself
        ("Salt Road (2019) | Review\n\nA Quiet Drama Of The Sea", "Salt Road"),
    ],
)
def test_a_line_that_is_not_a_kicker_stays_the_headline(top, film):
    review = extract(f"{top}\n\n{TEXT}\n")
    assert review.film.title == film
    assert review.title == top.split("\n")[0]


def test_a_film_diary_log_gives_url_byline_rating_date_and_bare_year():
    review = extract(
        "filmlog.example/someone/film/salt-road/\n\nReview by someone ★★★½\n\n"
        f"Watched 12 Jan 2024 · Rewatch\n\nSalt Road 2019\n\n{TEXT}\n"
    )
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)
    assert review.title == "Salt Road 2019"
    assert review.rating == Decimal(7)
    assert review.dropped == [
        "filmlog.example/someone/film/salt-road/",
        "Review by someone ★★★½",
        "Watched 12 Jan 2024 · Rewatch",
    ]


@pytest.mark.parametrize(
    ("headline", "body", "film"),
    [
        ("Harbour 2049", "Nothing in Harbour 2049 is what it seems.", "Harbour 2049"),
        ("Harbour 2999", "A port town and its ghosts.", "Harbour 2999"),  # not a year yet
        ("The best of 2019", "Ten films, ranked.", "The best of 2019"),
    ],
)
def test_a_number_that_belongs_to_the_headline_is_not_a_year(headline, body, film):
    review = extract(f"{headline}\n\n{body}\n")
    assert (review.film.title, review.film.year) == (film, None)


def test_a_facts_heading_under_the_headline_is_never_the_title():
    review = extract(
        "THE NIGHTLY REEL — films, lists and quarrels\n"
        "Home > Reviews > Drama > Salt Road\n\n"
        "SALT ROAD (2019): A SLOW BURN BY THE SEA\n"
        "posted by Ann Lee | March 3, 2024 | 2 comments\n\n"
        "KEY POINTS\nDirector ........ Ines Varga\nMusic .. Bo Ek\n"
        "Studio ........ Tide Films / Harbour Pictures\n\n"
        f"{TEXT}\n"
    )
    film = review.film
    assert (film.title, film.year) == ("Salt Road", 2019)
    assert review.title == "SALT ROAD (2019): A SLOW BURN BY THE SEA"
    assert (film.directors, film.composers) == (["Ines Varga"], ["Bo Ek"])
    assert film.studios == ["Tide Films", "Harbour Pictures"]


def test_a_short_title_over_label_lines_is_the_title_when_the_text_names_it():
    review = extract(f"Salt Road\nDirector: Ines Varga\nMusic: Bo Ek\n\n{TEXT}\n")
    assert review.film.title == "Salt Road"
    assert review.film.directors == ["Ines Varga"]


def test_a_short_heading_over_label_lines_the_text_never_names_is_no_title():
    review = extract(f"Quick Facts\nDirector: Ines Varga\nMusic: Bo Ek\n\n{TEXT}\n")
    assert review.film.title != "Quick Facts"
    assert review.film.directors == ["Ines Varga"]


def test_a_markdown_breadcrumb_of_slashes_with_a_bold_last_crumb_is_dropped():
    review = extract(
        f"Films / Nordic cinema / **Salt Road**\n\n# Salt Road (2019)\n\n{TEXT}\n", markdown=True
    )
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)
    assert review.dropped == ["Films / Nordic cinema / Salt Road"]


def test_a_breadcrumb_whose_first_crumb_has_several_words_is_dropped():
    review = extract(
        "**Night Owl Notes** › Reviews › Norway\n\n"
        f"# Salt Road review: a long walk along a cold coast\n\n{TEXT}\n",
        markdown=True,
    )
    assert review.film.title == "Salt Road"
    assert review.dropped == ["Night Owl Notes › Reviews › Norway"]


def test_a_slash_line_in_the_text_is_not_dropped_as_a_breadcrumb():
    review = extract(f"Salt Road\n\n{TEXT}\n\nDrama / Mystery / Romance\n\nMore text.\n")
    assert review.dropped == []


def test_front_matter_title_names_the_film_when_the_post_starts_with_its_text():
    review = extract(
        "---\nlayout: post\n"
        'title: "Salt Road review: 4 reasons to see Ines Varga\'s debut"\n'
        "author: Ann Lee\n---\n\n"
        "*Salt Road* (2019) follows a fisherman who walks the coast road every night "
        "looking for the boat his brother never brought back.\n\n"
        "## 1. The sea\n\nThe sea is the star.\n",
        markdown=True,
    )
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)
    assert review.title == "Salt Road review: 4 reasons to see Ines Varga's debut"
    assert any("front matter" in warning for warning in review.warnings)


def test_a_section_heading_first_is_not_the_headline_of_a_post_with_front_matter():
    review = extract(
        '---\ntitle: "Salt Road review"\n---\n\n## What happens\n\n'
        f"{TEXT} Salt Road never hurries.\n",
        markdown=True,
    )
    assert (review.title, review.film.title) == ("Salt Road review", "Salt Road")
    assert "<h2>What happens</h2>" in review.body_html


def test_a_headline_the_text_names_wins_over_the_front_matter_title():
    review = extract(
        f'---\ntitle: "Weekly picks"\n---\n\n# Salt Road review\n\n{TEXT}\n', markdown=True
    )
    assert (review.title, review.film.title) == ("Salt Road review", "Salt Road")


def test_the_opening_paragraph_names_the_film_and_its_year_when_nothing_else_does():
    review = extract(
        "*Salt Road* (2019) follows a fisherman who walks the coast road every night "
        "looking for the boat his brother never brought back. The Sea and the Harbour "
        "matter more than the Sea ever did.\n",
        markdown=True,
    )
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)


@pytest.mark.parametrize(
    ("line", "html", "found"),
    [
        ("Salt Road (2019) is a slow film.", "", ("Salt Road", 2019)),
        (
            "In the Mood (2000) is long.",
            "<em>In the Mood</em> (2000) is long.",
            ("In the Mood", 2000),
        ),
        ("In Harbour Town (2019) a man walks.", "", None),  # a preposition: a sentence
        ("As a young critic (2019) I loved it.", "", None),
        ("It (2017) scared me.", "", None),
        ("Salt Road is a slow film (2019).", "", None),  # the year is not beside the film
    ],
)
def test_the_opening_names_a_film_only_in_the_title_and_year_form(line, html, found):
    assert opening_film(line, html) == found


def test_the_phrase_in_italics_in_a_sentence_headline_is_the_film():
    review = extract(
        "# Oslo, night two: Ines Varga's *The Salt Road* wins the room\n\n"
        "The queue went round the block twice.\n",
        markdown=True,
    )
    assert review.film.title == "The Salt Road"
    assert review.title == "Oslo, night two: Ines Varga's The Salt Road wins the room"


def test_a_saved_page_headline_in_italics_names_the_film():
    review = page_extract(
        "<html><body><article><h1>Day 3: Varga's <em>The Salt Road</em> is the one to beat"
        "</h1><p>The queue went round the block twice, and it was worth the wait.</p>"
        "</article></body></html>"
    )
    assert review.film.title == "The Salt Road"


@pytest.mark.parametrize(
    "headline",
    [
        "# Salt Road review: Varga's *magnum opus*",  # not a title
        "# Salt Road review: a portrait of *The Old Harbour*",  # the text names Salt Road
    ],
)
def test_italics_that_are_not_the_film_leave_the_headline_reading(headline):
    review = extract(f"{headline}\n\n{TEXT}\n", markdown=True)
    assert review.film.title == "Salt Road"


def test_the_phrase_the_text_sets_in_bold_names_the_film_of_a_feature_headline():
    review = extract(
        "# Twenty years of Night Ferry: why it still works\n\n"
        "When **Night Ferry** opened, nobody went. Night Ferry found its audience later.\n",
        markdown=True,
    )
    assert review.film.title == "Night Ferry"


def test_the_phrase_the_text_writes_with_its_year_names_the_film():
    review = extract(
        "Podcast 40 notes: Night Ferry\n\nThis week we talk about Night Ferry.\n\n"
        "NIGHT FERRY (2011)\nDirector: Sara Lind\n"
    )
    assert (review.film.title, review.film.year) == ("Night Ferry", 2011)


def test_a_person_in_bold_does_not_replace_a_title_the_text_names():
    review = extract(
        "# Salt Road review | Ines Varga's quiet triumph\n\n"
        "**Ines Varga** made Salt Road on a tiny budget. Ines Varga wrote it too.\n",
        markdown=True,
    )
    assert review.film.title == "Salt Road"


@pytest.mark.parametrize(
    "line",
    [
        "reviews.example.net/film/salt-road/",
        "Watched on 3 March 2024",
        "Seen 12 Jan 2024 · Rewatch",
        "Night Owl Notes › Reviews › Norway",
        "By Ann Lee · 6 min read · Filed under: Drama",
        "By Ann Lee | Filed under Nordic cinema",
    ],
)
def test_more_furniture_is_dropped_and_listed(line):
    review = extract(f"Salt Road\n\n{line}\n\n{TEXT}\n")
    assert review.dropped == [line]
