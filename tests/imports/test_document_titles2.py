# ruff: noqa: RUF001  (headlines use typographic quotes and stars; so must the examples)
"""The film of a post whose headline is not its name: a newsletter's, a round-up's, a
video's, a forum's; found by what the text shows, never by a section's label."""

import pytest

from imports.documents import extract
from imports.markdown import markdown_lines
from imports.title_candidates import (
    capitals_runs,
    entry_film,
    is_section_label,
    issue_headline,
    label_film,
)

TEXT = (
    "Salt Road takes its time, and the sea does most of the talking in a film that "
    "trusts its audience to sit still for two hours."
)
UNNAMED = (
    "It takes its time, and the sea does most of the talking in a picture that trusts "
    "its audience to sit still for two hours."
)


def test_a_section_label_over_a_standfirst_is_dropped_and_the_credits_name_the_film():
    review = extract(
        "CINEMA REVIEW\n\nA widow, a ferry and one very long crossing\n\n"
        f"By Tom Reyes, Staff Writer\n\n★★★★\n\n{UNNAMED}\n\n"
        "Ferryman\nRated PG-13 for peril. Directed by Anna Holt. With Jo Park.\n"
    )
    assert review.film.title == "Ferryman"
    assert review.title == "A widow, a ferry and one very long crossing"
    assert "CINEMA REVIEW" in review.dropped


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("MOVIE REVIEW", True),
        ("Critic's Pick", True),
        ("FILM | REVIEWS", True),
        ("HER", False),  # a film's name in capitals
        ("HER (2013)", False),
        ("Issue", False),
        ("The Review Club 2024", False),
        ("NEW THIS WEEK", False),  # no film or review word: left to the kicker rule
    ],
)
def test_a_section_label_is_only_the_sites_words(line, label):
    assert is_section_label(line) is label


@pytest.mark.parametrize(
    ("headline", "film"),
    [("HER (2013)", "Her"), ("Issue (2019)", "Issue"), ("FILM REVIEW\n\nHER (2013)", "Her")],
)
def test_short_or_capital_titles_in_a_headline_are_kept(headline, film):
    body = f"{film} is a small film about a voice, and {film} never raises its own."
    review = extract(f"{headline}\n\n{body}\n")
    assert (review.film.title, review.film.year) == (film, 2013 if "Her" in film else 2019)


def test_a_forum_header_and_a_bracketed_tag_are_not_the_film():
    review = extract(
        f"r/criterion · Posted by u/tide_watcher · 2y\n\n"
        f"# [Review] Salt Road (2019) - quiet, huge and very wet\n\n{TEXT}\n",
        markdown=True,
    )
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)
    assert review.dropped[0] == "r/criterion · Posted by u/tide_watcher · 2y"


def test_a_newsletters_name_gives_way_to_the_film_label_in_its_text():
    review = extract(
        "# Harbour Notes\n\n### Issue #7: on waiting\n\nHello readers,\n\n"
        "- **Film:** Salt Road (2019)\n- **Director:** Ines Varga\n\n"
        f"{TEXT}\n\nSee you next week, Harbour Notes\n",
        markdown=True,
    )
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)


def test_a_headline_the_text_names_is_kept_over_a_credits_heading():
    review = extract(f"Salt Road\n\n{TEXT}\n\nTidewater\nDirected by Bo Ek. With Jo Park.\n")
    assert review.film.title == "Salt Road"


def test_a_headline_marked_as_a_review_keeps_its_film_over_the_credits_heading():
    review = extract(
        f"Salt Road review – a quiet sea\n\nCast and crew\nDirected by Ines Varga\n\n{UNNAMED}\n"
    )
    assert review.film.title == "Salt Road"


def test_a_round_up_headline_gives_way_to_the_numbered_entry_over_its_stars():
    review = extract(
        "THE FRIDAY LIST: new films worth a ticket\nBy the Courier arts desk · 3 May 2019\n\n"
        f"2. SALT ROAD\n★★★★☆\nDir. Ines Varga · Norway · 2019 · 97 min\n\n{UNNAMED}\n"
    )
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)


def test_an_entry_heading_is_never_a_byline_or_a_date():
    lines = ["By Tom Reyes, Staff Writer", "★★★", "Written on a ferry", "Rated R. Directed by X."]
    assert entry_film(lines, is_site=lambda line: line.startswith("By ")) == (
        "Written on a ferry",
        None,
    )
    assert entry_film(["The sea was calm today.", "★★★"]) is None  # a sentence


def test_the_words_in_capitals_of_a_video_headline_are_the_film():
    review = extract(
        "Why SALT ROAD Feels Like Drowning Slowly | Video Essay\n\n"
        "In this video I look at Salt Road (2019), the quiet Norwegian sea drama.\n"
    )
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)


@pytest.mark.parametrize(
    ("headline", "runs"),
    [
        ("Why SALT ROAD Works", ["Salt Road"]),
        ("HER (2013)", []),  # all in capitals: the headline itself
        ("A Night at the Pier", []),  # single capitals are no run
    ],
)
def test_capitals_runs(headline, runs):
    assert capitals_runs(headline) == runs


def test_the_phrase_with_its_year_after_a_lead_in_is_the_film():
    review = extract(f"Tonight's double bill opener: Salt Road (2019)\n\n{TEXT}\n")
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)


def test_toml_front_matter_is_front_matter_and_gives_title_and_year():
    text = (
        '+++\ntitle = "Salt Road: a slow boat to nowhere and back"\ndraft = false\n'
        f'[params]\n  year = 2019\n+++\n\n{{{{< figure src="/img/boat.jpg" >}}}}\n\n{TEXT}\n'
    )
    assert markdown_lines(text).front_matter[0].startswith("title = ")
    review = extract(text, markdown=True)
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)
    assert "+++" not in review.body_html and "figure" not in review.body_html


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["> - Film: Salt Road (2019)"], ("Salt Road", 2019)),
        (["Movie: Salt Road"], ("Salt Road", None)),
        (["Film: the one I saw on Tuesday, which was long."], None),
        (["Filming: Norway"], None),
    ],
)
def test_film_label(lines, found):
    assert label_film(lines) == found


def test_a_newsletters_name_over_an_issue_headline_is_dropped_for_the_issues():
    review = extract(
        f"# Harbour Notes\n\n## Episode 12 – The long way home\n\n{UNNAMED}\n\n"
        "Film: Salt Road (2019)\n",
        markdown=True,
    )
    assert review.title == "The long way home"
    assert review.dropped[0] == "Harbour Notes"
    assert (review.film.title, review.film.year) == ("Salt Road", 2019)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Issue #41: On waiting", "On waiting"),
        ("Episode 12 – The long way home", "The long way home"),
        ("Issue #41 · 3 May 2019", ""),  # the number and a date: no headline
        ("Issues of trust: a review", ""),
        ("Issue (2019)", ""),  # a film called "Issue"
    ],
)
def test_issue_headline(line, headline):
    assert issue_headline(line) == headline


def test_a_short_headline_over_a_line_that_is_no_issue_stays_the_headline():
    review = extract(f"Salt Road\n\nIssue of the week: the sea\n\n{TEXT}\n")
    assert review.film.title == "Salt Road"
    assert review.dropped == []


def test_the_film_after_a_possessive_that_the_text_quotes_is_the_film():
    review = extract(
        "Rain, rope and regret: why Varga's Tidewater still lingers\n\n"
        "Nothing in “Tidewater” hurries. Tidewater is about a harbour in winter, and "
        "Tidewater lets its actors wait.\n"
    )
    assert review.film.title == "Tidewater"


def test_a_possessive_phrase_the_text_never_sets_apart_is_not_taken():
    review = extract(
        "Why Varga's Harbour still lingers, years on\n\n"
        "The harbour is cold. Harbour workers wait in the rain for a boat that never comes.\n"
    )
    assert review.film.title != "Harbour"


def test_a_nickname_in_quotes_is_not_the_film():
    review = extract(
        'DEEP WATER: ACE\n\nCaptain Jo "Ace" Lund dives again. Ace is older now, and Ace '
        "knows the sea better than the men who send her down.\n"
    )
    assert review.film.title != "Ace"


@pytest.mark.parametrize(
    "header", ["Posted by u/tide_watcher · 6 hours ago", "u/tide_watcher", "r/films • 2y"]
)
def test_forum_header_lines_are_dropped(header):
    review = extract(f"{header}\n\nSalt Road (2019)\n\n{TEXT}\n")
    assert (review.film.title, review.dropped) == ("Salt Road", [header])


def test_a_line_about_r_and_u_in_the_text_is_kept():
    line = "r/films and u/tide_watcher both recommended it to me, which is why I went."
    review = extract(f"Salt Road (2019)\n\n{TEXT}\n\n{line}\n")
    assert line in review.body_html


def test_a_standfirst_headline_gives_way_to_the_title_the_text_quotes_and_repeats():
    review = extract(
        "FILM REVIEW\n\nA ferry, a widow and one very long crossing\n\n"
        "Everything in “Tidewater” moves at the speed of the tide. Tidewater asks for "
        'patience and, as her son says, "Wait for the boat," it pays it back.\n'
    )
    assert review.film.title == "Tidewater"


@pytest.mark.parametrize(
    "body",
    [
        "Everything in “Tidewater” moves slowly, and the boat never comes.",  # named once
        'As her son says, "Wait for the boat." Wait for the boat, he says again.',  # speech
        'Captain Jo "Ace" Lund dives again; Ace is older now and Ace is tired.',  # a nickname
    ],
)
def test_a_quoted_phrase_is_no_film_without_the_text_naming_it_as_one(body):
    review = extract(f"A ferry, a widow and one very long crossing\n\n{body}\n")
    assert review.film.title == "A ferry, a widow and one very long crossing"
