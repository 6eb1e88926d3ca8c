"""The line near the top that names the film when the line read as the headline is the
site's (a forum's flair, a one-line menu, a rating line), a series' numbered prefix and a
listing's certificate kept out of the film's name."""

import pytest

from imports.documents import extract
from imports.markdown import markdown_lines
from imports.title_candidates import entry_film
from imports.title_evidence import headline_film
from imports.title_rank import best_headline, is_candidate

BODY = (
    "The harbour town empties out in October, and the film follows the last ferry "
    "pilot through one long, grey week of fog, gulls and unpaid bills; nobody in it "
    "raises their voice, and the sea does most of the talking for a hundred minutes."
)


def test_a_forums_flair_gives_way_to_the_review_tagged_line_with_its_year():
    review = extract(
        "forum.example.org/t/8812/\n"
        "Movies Board  •  Started by mossy_keel  •  2 yr. ago\n"
        "Tag: General Chat\n\n"
        "[Review] Grey Harbour (2011) - a quiet film about fog that I loved\n\n"
        f"{BODY} Grey Harbour is worth the trip.\n"
    )
    assert review.film.title == "Grey Harbour"
    assert review.film.year == 2011


def test_a_one_line_menu_over_a_markdown_heading_is_not_the_headline():
    review = extract(
        "[Night Ferry](/) · a journal of Nordic cinema · [Past posts](/past) · [Who I am](/me)\n\n"
        "# Grey Harbour (2011) — a town that waits for spring\n\n"
        f"{BODY}\n",
        markdown=True,
    )
    assert review.film.title == "Grey Harbour"
    assert review.film.year == 2011
    assert "Night Ferry · a journal of Nordic cinema · Past posts · Who I am" in review.dropped


def test_the_hash_heading_beats_a_rating_line_under_a_menu():
    review = extract(
        "**SLOW LIGHT** — writing about films from the north\n"
        "[Reviews](/r) | [Essays](/e) | [About](/a)\n\n"
        "# Grey Harbour\n\n"
        "## Grå hamn · 2011 · colour · widescreen\n\n"
        "Score: ★★★★\n\n"
        f"{BODY}\n",
        markdown=True,
    )
    assert review.film.title == "Grey Harbour"


def test_a_headline_the_text_names_is_kept_over_a_line_with_a_year():
    lines = ["Grey Harbour", "", "Seen at the Lido (2019)", "", f"{BODY} Grey Harbour is slow."]
    assert best_headline(lines, 0, ("Grey Harbour", None)) is None


def test_no_line_replaces_the_headline_without_a_year_a_heading_or_repeated_naming():
    lines = ["Tag: General Chat", "", "Some Thoughts", "", "Weekend Notes", "", BODY]
    assert best_headline(lines, 0, ("Tag: General Chat", None)) is None


def test_a_markdown_document_records_its_hash_headings_only():
    document = markdown_lines("# Grey Harbour\n\n## The cast\n\ntext\n")
    assert document.titles == ["Grey Harbour"]


@pytest.mark.parametrize(
    ("line", "title", "named"),
    [
        ("Grey Harbour", "Grey Harbour", True),
        ("Home · Reviews · Essays · About", "Home · Reviews · Essays · About", False),
        ("Score: ★★★★", "Score: ★★★★", False),
        ("★★★★", "★★★★", False),
        ("Grå hamn · 2011 · colour · widescreen", "Grå hamn", False),
    ],
)
def test_only_a_line_that_could_name_a_film_is_a_candidate(line, title, named):
    assert is_candidate(line, title) is named


@pytest.mark.parametrize(
    ("headline", "film"),
    [
        ("Midnight Matinee #7: Grey Harbour (2011)", ("Grey Harbour", 2011)),
        ("Episode 12 - Grey Harbour", ("Grey Harbour", None)),
        ("Day 3: Grey Harbour (2011)", ("Grey Harbour", 2011)),
        ("Apollo 13 (1995)", ("Apollo 13", 1995)),  # a number in the name itself
        ("No. 1 Ladies' Choir (2009)", ("No. 1 Ladies' Choir", 2009)),
        ("Day of the Dead (1985)", ("Day of the Dead", 1985)),
    ],
)
def test_a_series_numbered_prefix_is_no_part_of_the_film(headline, film):
    assert headline_film(headline) == film


def test_a_listings_certificate_is_no_part_of_the_entrys_film():
    lines = ["GREY HARBOUR (PG-13)", "Director: Ana Holm. With Per Lund. (100 min.)"]
    assert entry_film(lines) == ("Grey Harbour", None)


def test_an_entry_in_brackets_that_is_no_certificate_is_kept():
    lines = ["GREY HARBOUR (REDUX)", "Director: Ana Holm. With Per Lund. (100 min.)"]
    assert entry_film(lines)[0] == "Grey Harbour (redux)"


def test_a_strip_under_the_headline_gives_the_films_year_as_one_of_its_parts():
    review = extract(f"# Grey Harbour\n\n## Grå hamn · 2011 · colour\n\n{BODY}\n", markdown=True)
    assert review.film.year == 2011


def test_a_year_inside_a_kickers_part_is_no_films_year():
    review = extract(f"Grey Harbour\n\nFESTIVAL 2024 · DISPATCH 3\n\n{BODY}\n")
    assert review.film.year is None


def test_the_headlines_own_year_is_not_replaced_by_the_strips():
    review = extract(
        f"# Grey Harbour (2011)\n\n## Grå hamn · 2009 · colour\n\n{BODY}\n", markdown=True
    )
    assert review.film.year == 2011


def test_a_short_sentence_of_the_text_naming_a_film_and_year_is_no_headline():
    lines = ["Tag: General Chat", "", "We watched Salt Road (1999) again.", "", BODY]
    assert best_headline(lines, 0, ("Tag: General Chat", None)) is None


def test_a_line_far_below_the_headline_is_not_weighed():
    lines = ["Tag: General Chat", "", "One", "", "Two", "", "Three", "", "Salt Road (1999)"]
    assert best_headline(lines, 0, ("Tag: General Chat", None)) is None
    assert best_headline(lines[:2] + lines[-1:], 0, ("Tag: General Chat", None)) == 2
