"""Saved pages as sites really publish them: microdata, credits lists and tables, e-mail
layouts and review-box star rows, on pages written for these tests."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from imports.extracted import CastMember
from imports.html_pages import page_extract
from imports.microdata import microdata_items
from imports.structured import page_facts
from imports.values import runtime

PROSE = (
    "<p>The ferry leaves at dawn and nobody on it wants to arrive, which is the whole of the "
    "premise and more than enough for a film this patient with its people.</p>"
    "<p>It is slow, it is kind, and its last ten minutes are the best thing I saw all "
    "spring, a long quiet scene on a deck that I will not spoil here.</p>"
)


def page(body, head=""):
    return f"<html><head>{head}</head><body>{body}</body></html>"


MICRODATA_REVIEW = (
    '<div class="crumbs"><a href="/">Home</a> &gt; <a href="/films">Films</a></div>'
    '<div class="post" itemscope itemtype="http://schema.org/Review">'
    '<div itemprop="itemReviewed" itemscope itemtype="http://schema.org/Movie">'
    '<h1><span itemprop="name">Low Tide Crossing</span></h1>'
    '<p>A film by <span itemprop="director" itemscope itemtype="http://schema.org/Person">'
    '<span itemprop="name">Edda Walraven</span></span> · '
    '<time itemprop="duration" datetime="PT1H38M">98 minutes</time> · '
    '<time itemprop="dateCreated" datetime="2021-09-03">2021</time></p>'
    '<meta itemprop="actor" content="Joris Keppel"></div>'
    '<p>Reviewed by <span itemprop="author" itemscope itemtype="http://schema.org/Person">'
    '<span itemprop="name">Nadia Quist</span></span></p>'
    '<div itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating">'
    '<meta itemprop="ratingValue" content="3.5"><meta itemprop="bestRating" content="5"></div>'
    f'<div class="text" itemprop="reviewBody">{PROSE}</div></div>'
)


def test_microdata_is_read_as_the_films_schema_org_data_never_the_critic():
    facts = page_facts(BeautifulSoup(page(MICRODATA_REVIEW), "html.parser"))
    film = facts.film
    assert (film.title, film.year, film.runtime_minutes) == ("Low Tide Crossing", 2021, 98)
    assert (film.directors, film.cast) == (["Edda Walraven"], [CastMember("Joris Keppel")])
    assert facts.rating == 7
    assert "Nadia Quist" not in str(film)


def test_a_microdata_review_is_the_pages_main_content_and_its_facts_fill_blanks():
    review = page_extract(page(MICRODATA_REVIEW))
    assert review.film.title == "Low Tide Crossing"
    assert (review.film.year, review.film.runtime_minutes, review.rating) == (2021, 98, 7)
    assert review.dropped[0].startswith("everything outside the page's schema.org Review")
    assert any("structured data, please confirm" in warning for warning in review.warnings)


def test_the_text_wins_over_microdata_that_disagrees():
    body = MICRODATA_REVIEW.replace("<p>Reviewed by", "<p>Year: 2020</p><p>Reviewed by")
    review = page_extract(page(body))
    assert review.film.year == 2020
    assert any("the text's is kept" in warning for warning in review.warnings)


def test_rdfa_lite_is_read_and_open_graph_properties_are_not_items():
    soup = BeautifulSoup(
        page(
            '<div vocab="https://schema.org/" typeof="Movie"><h1 property="name">Saltgrass</h1>'
            '<span property="director" typeof="Person"><span property="name">Ove Lund</span>'
            "</span></div>",
            head='<meta property="og:title" content="Saltgrass review">',
        ),
        "html.parser",
    )
    assert microdata_items(soup) == [
        {
            "@type": "Movie",
            "name": "Saltgrass",
            "director": {"@type": "Person", "name": "Ove Lund"},
        }
    ]
    assert page_facts(soup).film.directors == ["Ove Lund"]


def test_the_facts_above_the_largest_block_of_text_are_the_reviews():
    body = (
        "<div class='menu'><p>Home</p></div><div class='wrap'><h1>Gull Island</h1>"
        "<p class='facts'>Director: Runa Brekke</p>"
        f"<div class='text'>{PROSE}</div></div><div class='foot'><p>Contact us</p></div>"
    )
    review = page_extract(page(body))
    assert (review.film.title, review.film.directors) == ("Gull Island", ["Runa Brekke"])
    assert "Contact us" not in review.body_html


CREDITS_LIST = (
    "<h1>Winter Orchard</h1>" + PROSE + "<dl>"
    "<dt>Directed by</dt><dd>Petra Haldane</dd>"
    "<dt>Starring</dt><dd>Lio Marsh (Tobias), Ines Corva (the aunt)</dd>"
    "<dt>Running time</dt><dd>1 h 47</dd></dl>"
)


def test_a_credits_list_is_read_as_label_lines_with_its_cast_and_characters():
    review = page_extract(page(f"<article>{CREDITS_LIST}</article>"))
    film = review.film
    assert (film.directors, film.runtime_minutes) == (["Petra Haldane"], 107)
    assert film.cast == [CastMember("Lio Marsh", "Tobias"), CastMember("Ines Corva", "the aunt")]
    assert "Petra Haldane" not in review.body_html  # taken out as facts


def test_a_glossary_in_an_essay_is_text_never_credits():
    glossary = (
        "<h1>Notes on the Long Take</h1>" + PROSE + "<dl>"
        "<dt>Long take</dt><dd>Martin Vell and Sara Oxley used them for whole reels.</dd>"
        "<dt>Jump cut</dt><dd>Hugo Brandt made it a signature.</dd>"
        "<dt>Cast</dt><dd>The people in front of the camera.</dd></dl>"
    )
    review = page_extract(page(f"<article>{glossary}</article>"))
    film = review.film
    assert not film.cast and not film.directors
    assert "Hugo Brandt made it a signature." in review.body_html


def test_a_cast_table_is_read_by_its_header_either_way_round():
    actor_first = "<tr><th>Actor</th><th>Role</th></tr><tr><td>Ada Frey</td><td>Karin</td></tr>"
    role_first = (
        "<tr><th>Character</th><th>Played by</th></tr><tr><td>Karin</td><td>Ada Frey</td></tr>"
    )
    for rows in (actor_first, role_first):
        body = f"<article><h1>Fjord Light</h1>{PROSE}<table>{rows}"
        body += "<tr><td>Tomas Wren</td><td>the pilot</td></tr></table></article>"
        if rows is role_first:
            body = body.replace(
                "<td>Tomas Wren</td><td>the pilot</td>", "<td>the pilot</td><td>Tomas Wren</td>"
            )
        cast = page_extract(page(body)).film.cast
        assert cast == [CastMember("Ada Frey", "Karin"), CastMember("Tomas Wren", "the pilot")]


def test_a_role_and_name_credits_table_keeps_its_crew_out_of_the_cast():
    rows = (
        "<tr><th>Role</th><th>Name</th></tr><tr><td>Director</td><td>Sven Aldor</td></tr>"
        "<tr><td>Editor</td><td>Maud Keller</td></tr>"
    )
    film = page_extract(
        page(f"<article><h1>Driftwood</h1>{PROSE}<table>{rows}</table></article>")
    ).film
    assert film.directors == ["Sven Aldor"]
    assert not any(member.name == "Maud Keller" for member in film.cast)


def newsletter(inner):
    return page(
        '<div style="display: none">Inside: a road, a quarry and a feud.</div>'
        '<table width="100%" cellpadding="0"><tr><td><table width="600">'
        "<tr><td>View it in your browser</td></tr>"
        f"<tr><td>{inner}</td></tr></table></td></tr></table>"
    )


def test_an_e_mail_layout_is_read_as_blocks_and_its_credits_table_as_facts():
    inner = (
        "<h1>Quarry Road</h1>" + PROSE + "<table cellpadding='6'>"
        "<tr><td>Director</td><td>Hal Ostrow</td></tr>"
        "<tr><td>Starring</td><td>Bea Lindqvist, Carl Amundsen</td></tr></table>"
    )
    review = page_extract(newsletter(inner))
    film = review.film
    assert (film.title, film.directors) == ("Quarry Road", ["Hal Ostrow"])
    assert [member.name for member in film.cast] == ["Bea Lindqvist", "Carl Amundsen"]
    assert "<p>The ferry leaves at dawn" in review.body_html
    assert "<table>" not in review.body_html
    # The cell holding the article is the main content: the masthead and preheader go.
    assert "View it in your browser" not in review.body_html
    assert "a road, a quarry" not in review.body_html
    assert review.dropped[0] == "hidden div (Inside: a road, a quarry and a feud.)"


def test_a_layout_table_holding_the_articles_paragraphs_is_never_a_facts_table():
    inner = "<h1>Quarry Road</h1>" + PROSE + "<p>Director Hal Ostrow grew up near the quarry.</p>"
    review = page_extract(newsletter(inner))
    assert "<table>" not in review.body_html
    assert "<p>It is slow, it is kind" in review.body_html


def review_box(rows, klass="review-box"):
    return page(f"<article><h1>Tin Harbour</h1>{PROSE}<ul class='{klass}'>{rows}</ul></article>")


def test_criterion_star_rows_are_scores_never_people():
    rows = (
        '<li><span>Story</span> <span class="stars" aria-label="3 out of 5 stars">★★★☆☆</span></li>'
        '<li><span>Sound design</span> <span class="stars" aria-label="4.5 out of 5">'
        "★★★★½</span></li>"
    )
    review = page_extract(review_box(rows))
    assert review.scores == [("Story", Decimal(6)), ("Sound design", Decimal(9))]
    assert not review.film.writers
    glyphs = "<li>Acting ★★★★☆</li><li>Pacing ★★☆☆☆</li>"
    assert page_extract(review_box(glyphs)).scores == [
        ("Acting", Decimal(8)),
        ("Pacing", Decimal(4)),
    ]


def test_star_rows_naming_people_or_other_films_are_not_criteria():
    people = "<li>Greta Olin ★★★★☆</li><li>Paul Varga ★★★☆☆</li>"
    review = page_extract(review_box(people))
    assert not review.scores
    teasers = "<li>Harbour Nights — a ghost story ★★★★☆</li><li>Grey Tide ★★★☆☆</li>"
    assert not page_extract(review_box(teasers, klass="related")).scores
    alone = "<li>Overall ★★★★☆</li><li>Seen at the Rex, Tuesday</li>"
    assert not page_extract(review_box(alone)).scores


POINT_ROWS = {
    "points": (
        "<li><span>Story</span> <span class='bar' style='width:70%'></span>"
        "<span class='review-point'>7/10</span></li>"
        "<li><span>Action &amp; Stunts</span> <span class='review-point'>10/10</span></li>"
        "<li><span>Music</span> <span class='review-point'>8/10</span></li>"
    ),
    "percent": (
        "<li><span>Story</span> <span class='review-point'>70%</span></li>"
        "<li><span>Action &amp; Stunts</span> <span class='review-point'>100%</span></li>"
        "<li><span>Music</span> <span class='review-point'>80%</span></li>"
    ),
    "out of five": (
        "<li>Story <b>3.5/5</b></li><li>Action &amp; Stunts <b>5/5</b></li>"
        "<li>Music <b>4/5</b></li>"
    ),
}
SUMMARY = (
    "<div class='review-desc'><p class='review-summary-title'><strong>{title}</strong></p>"
    "<p>A thin story carried by the best practical stunts of the decade.</p></div>"
    "<div class='review-total'><span>8.4</span><div>Total Score</div></div>"
    "<div class='user-review-area'><span>User Rating:</span> <span>9.1</span> "
    "<small>(37 votes)</small></div>"
)


@pytest.mark.parametrize("rows", POINT_ROWS)
@pytest.mark.parametrize("title", ["Summary", "Verdict", "Conclusion", "Bottom line"])
def test_a_review_boxs_point_rows_are_scores_and_its_summary_the_verdict(rows, title):
    summary = SUMMARY.format(title=title)
    box = f"<div class='review-wrapper'><ul>{POINT_ROWS[rows]}</ul>{summary}</div>"
    review = page_extract(page(f"<article><h1>Tin Harbour</h1>{PROSE}{box}</article>"))
    assert [name for name, _ in review.scores] == ["Story", "Action & Stunts", "Music"]
    assert review.scores[0][1] == 7 and review.scores[1][1] == 10
    assert review.verdict == "A thin story carried by the best practical stunts of the decade."
    assert review.rating != Decimal("9") and review.rating != Decimal("9.1")  # the visitors'


def test_rows_of_films_or_people_with_points_are_no_scores_and_a_summary_alone_no_verdict():
    films = "<li>Heat 9/10</li><li>Ronin 7/10</li><li>Collateral 8/10</li>"
    assert not page_extract(review_box(films)).scores
    people = "<li>Greta Olin 8/10</li><li>Paul Varga 6/10</li>"
    assert not page_extract(review_box(people)).scores
    plot = (  # a post's "Summary" section is its plot, not a verdict
        "<h2>Summary</h2><p>A thin story carried by the best practical stunts of the decade.</p>"
        "<p>Then a second paragraph of the plot goes on, about the harbour and its ghosts.</p>"
    )
    review = page_extract(page(f"<article><h1>Tin Harbour</h1>{PROSE}{plot}</article>"))
    assert review.verdict == ""


def test_hours_and_bare_minutes_are_a_runtime():
    assert [runtime(text) for text in ("1 h 12", "2h05", "1h 30, 2019", "2 h")] == [
        72,
        125,
        90,
        120,
    ]
    assert runtime("1h 2024") == 60  # a year is not minutes


def test_json_ld_describing_the_film_comes_before_the_markups_items():
    script = (
        '<script type="application/ld+json">{"@type": "Movie", "name": "Low Tide Crossing", '
        '"dateCreated": "2022"}</script>'
    )
    facts = page_facts(BeautifulSoup(page(MICRODATA_REVIEW, head=script), "html.parser"))
    assert (facts.film.title, facts.film.year, facts.film.directors) == (
        "Low Tide Crossing",
        2022,
        [],
    )
    assert not facts.notes  # never "describes 2 films"


def test_criterion_star_rows_in_a_table_are_scores_too():
    stars = "<span class='rating' data-rating='{}' data-max='4'>★★</span>"
    rows = "".join(
        f"<tr><td>{label}</td><td>{stars.format(value)}</td></tr>"
        for label, value in (("Script", 2), ("Score", 3), ("Camera", 4))
    )
    body = f"<article><h1>Tin Harbour</h1>{PROSE}<table>{rows}</table></article>"
    review = page_extract(page(body))
    # "Score" is the box's total word, so that row is not a criterion; the others are.
    assert review.scores == [("Script", Decimal(5)), ("Camera", Decimal(10))]


def test_a_posts_category_links_naming_a_genre_are_its_genres_never_the_menus():
    footer = (
        "<footer class='entry-footer'>Filed under <a href='/category/reviews/'>Reviews</a>, "
        "<a href='/category/horror/' rel='category tag'>Horror</a></footer>"
    )
    menu = "<nav><a href='/category/western/'>Western</a></nav>"
    body = f"<article>{menu}<h1>Tin Harbour</h1>{PROSE}{footer}</article>"
    assert page_extract(page(body)).film.genres == ["Horror"]
    stated = body.replace("<h1>Tin Harbour</h1>", "<h1>Tin Harbour</h1><p>Genre: Drama</p>")
    assert page_extract(page(stated)).film.genres == ["Drama"]  # the text's, never both


def test_a_sites_name_in_its_header_never_widens_the_main_content():
    body = (
        "<div id='page'><header><h1>The Harbour Reel</h1></header>"
        "<div class='side'><p>Popular: Grey Tide, Salt Wind, Long Pier</p></div>"
        f"<div class='text'><p>Director: Runa Brekke</p>{PROSE}</div></div>"
    )
    review = page_extract(page(body))
    assert "Popular" not in review.body_html
    assert review.film.directors == ["Runa Brekke"]


def test_a_cell_holding_paragraphs_of_bare_text_is_layout_and_a_long_cast_cell_is_not():
    text = PROSE.replace("<p>", "").replace("</p>", "<br><br>")
    layout = f"<table><tr><td>Issue 9</td></tr><tr><td>{text}</td></tr></table>"
    review = page_extract(page(layout, head="<title>Grey Tide</title>"))
    assert "<table>" not in review.body_html and "The ferry leaves at dawn" in review.body_html
    names = ", ".join(f"Actor{letter} Surname{letter}" for letter in "ABCDEFGHIJKL")
    credits = f"<table><tr><td>Cast</td><td>{names}</td></tr></table>"
    cast = page_extract(page(f"<article><h1>Grey Tide</h1>{PROSE}{credits}</article>")).film.cast
    assert len(cast) == 12
