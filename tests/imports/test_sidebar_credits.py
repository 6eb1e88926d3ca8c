"""Credits a saved page keeps beside its review (a sidebar's box, headings over lists) and
in its schema.org Movie: read as the film's; a related-films box beside them is not."""

import json

import pytest
from bs4 import BeautifulSoup

from imports.factboxes import box_lines, outside_factboxes
from imports.html_pages import page_extract
from imports.structured import page_facts

REVIEW = " ".join(["The ferry scenes are the best thing in it, patient and cold."] * 12)


def page(sidebar, *, head=""):
    return f"""<html><head><title>Saltwind review | Quay Notes</title>{head}</head><body>
    <div class="wrap"><div class="col-main"><h1>Saltwind</h1><p>{REVIEW}</p><p>{REVIEW}</p>
    </div><div class="col-side">{sidebar}
    <div class="related"><h3>You may also like</h3><ul>
    <li>Director: Pello Arrieta</li><li>Harbour Lights, Ruth Amsel, 2019</li></ul></div>
    </div></div></body></html>"""


HEADED_LISTS = """<div class="film-credits"><h3>Film Credits</h3>
    <p class="meta">Saltwind (2023)</p>
    <h4>Director</h4><ul><li>Maren Holt</li></ul>
    <h4>Writers</h4><ul><li>Maren Holt</li><li>Jonas Ekberg</li></ul>
    <h4>Editor</h4><ul><li>Sofie Lund</li></ul>
    <h4>Released by</h4><ul><li>Nordwind Pictures</li></ul>
    <h4>Genres</h4><ul><li>Drama</li><li>Mystery</li></ul></div>"""


def test_a_sidebar_box_of_headings_over_lists_gives_the_films_credits():
    review = page_extract(page(HEADED_LISTS))
    film = review.film
    assert film.directors == ["Maren Holt"]
    assert film.writers == ["Maren Holt", "Jonas Ekberg"]
    assert film.editors == ["Sofie Lund"]
    assert film.studios == ["Nordwind Pictures"]
    assert film.genres == ["Drama", "Mystery"]
    assert film.year == 2023
    assert "Pello Arrieta" not in film.directors  # the related box beside it stays out
    assert "Maren Holt" not in review.body_html


def test_a_box_headed_details_with_label_rows_of_their_own_is_read():
    rows = """<div class="overview"><h4>Details</h4>
    <div class="row"><span>Director:</span> <a>Maren Holt</a></div>
    <div class="row"><span>Country of origin:</span> Norway</div>
    <div class="row"><span>Production company:</span> Nordwind Pictures</div></div>"""
    film = page_extract(page(rows)).film
    assert (film.directors, film.countries, film.studios) == (
        ["Maren Holt"], ["Norway"], ["Nordwind Pictures"]
    )  # fmt: skip


CREW_ROWS = "<dl><dt>Director</dt><dd>Maren Holt</dd><dt>Editor</dt><dd>Sofie Lund</dd></dl>"
LABELLED_ITEMS = (
    '<ul class="credits-summary"><li><span class="lbl">Director</span> <a>Maren Holt</a></li>'
    '<li><span class="lbl">Editor</span> <a>Sofie Lund</a></li></ul>'
)


@pytest.mark.parametrize(
    "box",
    [
        f'<section class="credits-panel"><h3>Cast &amp; crew</h3>{CREW_ROWS}</section>',
        f'<div id="tab-crew"><h3>Crew</h3>{CREW_ROWS}</div>',
        f'<div class="tab"><h3>Cast and crew</h3>{CREW_ROWS}</div>',
        f'<section class="title-summary">{LABELLED_ITEMS}</section>',
        f'<aside class="film-details sidebar"><div id="tab-crew"><h3>Crew</h3>{CREW_ROWS}</div>'
        "</aside>",
    ],
    ids=["credits panel", "crew tab", "cast and crew heading", "credits list", "in a sidebar"],
)
def test_a_box_of_crew_or_credits_beside_the_review_gives_its_credits(box):
    film = page_extract(page(box)).film
    assert (film.directors, film.editors) == (["Maren Holt"], ["Sofie Lund"])


def test_a_crew_box_of_another_page_part_stays_out():
    box = '<div class="crew"><h3>Our crew</h3><p>Ana Lind writes; Bo Ek edits the site.</p></div>'
    film = page_extract(page(box)).film
    assert (film.directors, film.editors) == ([], [])


def test_a_bold_label_over_a_list_is_one_labelled_line():
    box = BeautifulSoup(
        "<aside><p><strong>Cast</strong></p><ul><li>Ida Berg as Signe</li></ul>"
        "<p>Some <b>Director</b> words</p><ul><li>Not a value</li></ul></aside>",
        "html.parser",
    ).aside
    assert box_lines(box) == ["Cast: Ida Berg as Signe", "Some Director words", "Not a value"]


def test_a_sidebar_without_a_facts_box_gives_nothing_and_a_box_holding_main_is_never_one():
    soup = BeautifulSoup(page("<div class='promo'><h3>Film Credits</h3></div>"), "html.parser")
    main = soup.find(class_="col-main")
    assert outside_factboxes(soup, main) == []
    review = page_extract(page("<p>Follow us for more reviews.</p>"))
    assert review.film.directors == []


def test_a_movies_writers_editors_contributors_and_characters_come_from_its_json_ld():
    person, role = {"@type": "Person", "name": "Per Dahl"}, "Cinematographer"
    movie = {
        "@type": "Movie",
        "name": "Saltwind",
        "author": [
            {"@type": "Person", "name": "Maren Holt"},
            {"@type": "Organization", "name": "Nordwind"},
        ],
        "creator": {"@type": "Person", "name": "Jonas Ekberg"},
        "actor": [{"@type": "Person", "name": "Ida Berg", "characterName": "Signe"}],
        "contributor": [
            {"@type": "Role", "roleName": role, "contributor": person},
            {"@type": "Person", "name": "Sofie Lund", "jobTitle": "Editor"},
            {"@type": "Person", "name": "Ane Moe", "jobTitle": "Caterer"},
        ],
    }  # fmt: skip
    script = f'<script type="application/ld+json">{json.dumps(movie)}</script>'
    film = page_facts(BeautifulSoup(script, "html.parser")).film
    assert film.writers == ["Maren Holt", "Jonas Ekberg"]
    assert (film.cinematographers, film.editors) == (["Per Dahl"], ["Sofie Lund"])
    assert [(m.name, m.character) for m in film.cast] == [("Ida Berg", "Signe")]
    review = page_extract(page("", head=script))
    assert review.film.writers == ["Maren Holt", "Jonas Ekberg"]
    assert any("writer Maren Holt" in taken for taken in review.read_from_page_data)
