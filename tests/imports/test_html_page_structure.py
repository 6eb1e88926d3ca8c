# ruff: noqa: RUF001  (breadcrumbs use typographic arrows; the pages here must too)
"""Saved pages read by their structure: which heading is the post's, where a film page's
facts sit around a user's review, cells a page's style sets apart, a review box's rows,
and the page's <title>; on pages written for these tests."""

from decimal import Decimal

from imports.documents import extract
from imports.extracted import CastMember
from imports.html_pages import page_extract
from imports.names import is_name

PROSE = (
    "<p>The ferry leaves at dawn and nobody on it wants to arrive, which is the whole of the "
    "premise and more than enough for a film this patient with its people.</p>"
    "<p>It is slow, it is kind, and its last ten minutes are the best thing I saw all "
    "spring, a long quiet scene on a deck that I will not spoil here.</p>"
)


def page(body, title=""):
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_the_pages_title_gives_the_films_year_only_right_after_the_films_name():
    body = f"<article><h1>Low Tide Crossing</h1>{PROSE}</article>"
    dated = page_extract(page(body, "Low Tide Crossing (1987) — Silent Sundays — Site"))
    assert dated.film.year == 1987
    assert any("year 1987 (<title>)" in warning for warning in dated.warnings)
    other = page_extract(page(body, "Low Tide Crossing — Archive (1987) | Site"))
    assert other.film.year is None


SITE_HEADER = (
    '<header class="site"><h1 class="site-name"><a href="/">Notes from the Harbour</a></h1>'
    '<nav><a href="/">Posts</a> / <a href="/tags/">Tags</a></nav></header>'
)


def test_a_sites_name_in_its_header_is_never_the_headline_the_posts_h_entry_name_is():
    body = (
        f'{SITE_HEADER}<main><article class="h-entry"><h2 class="p-name">Low Tide Crossing'
        f'</h2><div class="e-content">{PROSE}</div></article></main>'
    )
    review = page_extract(page(body, "Low Tide Crossing · Notes from the Harbour"))
    assert review.film.title == "Low Tide Crossing"


def test_a_site_name_h1_gives_way_to_the_pages_title_when_the_post_has_no_heading():
    body = f"{SITE_HEADER}<main><div class='post'>{PROSE}{PROSE}</div></main>"
    review = page_extract(page(body, "Low Tide Crossing · Notes from the Harbour"))
    assert review.film.title != "Notes from the Harbour"


def test_a_headline_in_the_films_own_script_after_its_title_keeps_the_title_alone():
    body = f'<article><h1>Harbour Lights <span lang="ja">港の灯</span></h1>{PROSE}</article>'
    review = page_extract(page(body))
    assert review.film.title == "Harbour Lights"
    assert any("港の灯" in warning for warning in review.warnings)


def test_a_crumb_repeating_the_headline_lets_the_title_in_italics_name_the_film():
    text = (
        "[Home](/) › [Reviews](/reviews/) › As Told: The Ferry Queen Holds Up\n\n"
        "# As Told: The Ferry Queen Holds Up\n\n"
        "My niece watched *The Ferry Queen* twice in a row and asked for a third go.\n\n"
        "- **Director:** Edda Walraven\n- **Year:** 1987\n\n"
        "It is slow, it is kind, and *The Ferry Queen* still works on a rainy Sunday.\n"
    )
    review = extract(text, markdown=True)
    assert (review.film.title, review.film.year) == ("The Ferry Queen", 1987)


def test_a_headline_opening_on_a_verb_names_the_common_word_film_the_text_dates():
    body = (
        '<article><h1 class="post-title">Rewatching Her in the age of phones</h1>'
        "<p><strong>Her</strong> · 2013 · USA · 126 min · Written and directed by Edda "
        f"Walraven</p>{PROSE}</article>"
    )
    review = page_extract(page(body))
    assert (review.film.title, review.film.year) == ("Her", 2013)


def test_a_dated_name_inside_a_longer_name_is_not_a_film_of_its_own():
    body = (
        '<article><h1 class="post-title">Harbour Park at 30: still the best ride</h1>'
        f"<p><b>Harbour Park</b> (1993)</p>{PROSE}</article>"
    )
    review = page_extract(page(body))
    assert review.film.title == "Harbour Park"


FILM_PAGE = (
    '<header><a href="/" class="logo">Lantern</a><nav><a href="/anime">Anime</a></nav></header>'
    '<main><div class="title-card"><h1>Harbour Lights</h1><ul class="info-strip">'
    "<li>Movie</li><li>1989</li><li>102 min</li><li>Studio Kessler</li>"
    "<li>Fantasy · Slice of Life</li></ul></div>"
    '<section class="staff"><h2>Staff</h2><table>'
    "<tr><td>Director, Screenplay</td><td>Edda Walraven</td></tr>"
    "<tr><td>Original Novel</td><td>Joris Keppel</td></tr></table></section>"
    '<section class="voice-cast"><h2>Voice Cast</h2><div class="grid">'
    '<div class="row"><span class="char">Mara</span><span class="va-jp">Ines Vaz</span>'
    '<span class="va-en">Tomas Lind</span></div>'
    '<div class="row"><span class="char">Osk</span><span class="va-jp">Peter Kessler</span>'
    '<span class="va-en">Nadia Quist</span></div></div></section>'
    f'<article class="review-body"><h2>Review</h2>{PROSE}{PROSE}</article>'
    '<section class="recommendations"><h2>If you liked this</h2><ul>'
    "<li>Salt Marsh (1995) — dir. Ove Lund</li></ul></section></main>"
)


def test_a_film_pages_title_card_staff_and_cast_above_its_review_are_the_films():
    review = page_extract(page(FILM_PAGE))
    film = review.film
    assert (film.title, film.year, film.runtime_minutes) == ("Harbour Lights", 1989, 102)
    assert film.genres == ["Fantasy", "Slice of Life"]
    assert film.studios == ["Studio Kessler"]
    assert (film.directors, film.writers) == (["Edda Walraven"], ["Edda Walraven", "Joris Keppel"])
    assert film.cast == [
        CastMember("Ines Vaz", "Mara"),
        CastMember("Tomas Lind", "Mara"),
        CastMember("Peter Kessler", "Osk"),
        CastMember("Nadia Quist", "Osk"),
    ]
    assert "Ove Lund" not in str(film)  # the recommendations after the review stay out


def test_a_role_cell_outside_a_cast_block_is_no_cast_member():
    body = (
        f"<article><h1>Harbour Lights</h1>{PROSE}"
        '<div class="byline"><span class="role">Critic</span><span class="who">Nadia Quist'
        "</span></div></article>"
    )
    assert page_extract(page(body)).film.cast == []


def test_a_menu_list_is_no_facts_strip():
    body = (
        "<article><h1>Harbour Lights</h1><ul><li>Home</li><li>Reviews</li><li>2019</li>"
        f"<li>Archive</li></ul>{PROSE}</article>"
    )
    assert page_extract(page(body)).film.year is None


REVIEW_BOX = (
    '<div class="review-wrapper"><div class="review-desc"><p><strong>Summary</strong></p>'
    "<p>A patient, kind film that earns its last ten minutes.</p></div>"
    '<ul class="review-list">'
    '<li><span class="review-label">Visuals</span> <span>★★★★★</span> '
    '<span class="review-score">10/10</span></li>'
    '<li><span class="review-label">Story</span> <span>★★★☆☆</span> '
    '<span class="review-score">6.5/10</span></li></ul>'
    '<div class="overall"><span class="score-number">8.2</span>'
    '<span class="score-label">Overall</span></div></div>'
    '<div class="author-info"><h2 class="author-title">Nadia Quist</h2>'
    "<p>Nadia reviews anything set on water.</p></div>"
)


def test_a_review_boxs_rows_give_their_points_over_their_stars_and_its_summary():
    review = page_extract(page(f"<article><h1>Harbour Lights</h1>{PROSE}{REVIEW_BOX}</article>"))
    assert review.scores == [("Visuals", Decimal(10)), ("Story", Decimal("6.5"))]
    assert review.verdict == "A patient, kind film that earns its last ten minutes."
    assert "8.2 · Overall" in review.body_html  # cells set apart, never "8.2Overall"
    assert "Nadia reviews" not in review.body_html  # the author's box is furniture
    assert any(text.startswith("div.author-info") for text in review.dropped)


def test_a_strip_opening_on_the_films_kind_is_read_whole():
    text = (
        "Harbour Lights\n\nMovie · 1989 · 102 min · Studio Kessler · Fantasy · Slice of Life\n\n"
        "The ferry leaves at dawn and nobody on it wants to arrive, which is the premise.\n"
    )
    film = extract(text).film
    assert (film.year, film.runtime_minutes, film.studios) == (1989, 102, ["Studio Kessler"])
    assert film.genres == ["Fantasy", "Slice of Life"]


def test_a_name_with_its_epithet_is_a_cast_member_and_does_not_end_the_cast_table():
    text = (
        "# The Ferry Queen\n\n## Who's who\n\n| Character | Actor |\n|---|---|\n"
        "| Westley | Joris Keppel |\n"
        "| Fezzik | Andor the Giant |\n| Vizzini | Ove Lund |\n\n"
        "The ferry leaves at dawn and nobody on it wants to arrive, which is the premise.\n"
    )
    cast = extract(text, markdown=True).film.cast
    assert cast == [
        CastMember("Joris Keppel", "Westley"),
        CastMember("Andor the Giant", "Fezzik"),
        CastMember("Ove Lund", "Vizzini"),
    ]
    assert not is_name("the Giant of Andor") and not is_name("Andor and the Giant")


def test_a_team_credited_with_its_members_in_brackets_credits_the_members():
    body = (
        "<article><h1>Harbour Lights</h1><table class='infobox'>"
        "<tr><th>Directed by</th><td>The Lund Sisters<br>(Ines Lund<br>Mara Lund)</td></tr>"
        "<tr><th>Music by</th><td>Ove Lund (uncredited)</td></tr>"
        f"<tr><th>Produced by</th><td>Joris Keppel (Mara Holm)</td></tr></table>{PROSE}</article>"
    )
    film = page_extract(page(body)).film
    assert film.directors == ["Ines Lund", "Mara Lund"]
    assert film.composers == ["Ove Lund"]
    assert "Mara Holm" not in film.producers  # a person and a note, never two people


def test_a_wiki_infoboxs_label_headings_over_value_blocks_are_read_as_facts():
    rows = "".join(
        f'<div class="pi-item pi-data"><h3 class="pi-data-label">{label}</h3>'
        f'<div class="pi-data-value">{value}</div></div>'
        for label, value in [
            ("Directed by", "Ines Lund"),
            ("Written by", "Ines Lund<br>Ove Lund"),
            ("Running time", "102 minutes"),
            ("Country", "Sweden"),
            ("Preceded by", "Salt Marsh (1952)"),
        ]
    )
    body = (
        f'<main><h1>Harbour Lights</h1><aside class="portable-infobox">{rows}</aside>{PROSE}</main>'
    )
    film = page_extract(page(body)).film
    assert (film.directors, film.writers) == (["Ines Lund"], ["Ines Lund", "Ove Lund"])
    assert (film.runtime_minutes, film.countries, film.year) == (102, ["Sweden"], None)


def test_a_review_boxs_rows_with_their_stars_drawn_in_a_box_of_their_own():
    rows = "".join(
        f'<li><span>{label}</span><div class="review-star"><span class="review-result" '
        f'style="width:{width}%">{stars}</span></div><span class="review-point">{points}</span>'
        "</li>"
        for label, width, stars, points in [
            ("Script", 100, "★★★★★", "5/5"),
            ("Visuals", 80, "★★★★☆", "4/5"),
        ]
    )
    review = review_box(
        rows,
        '<div class="review-total-wrapper"><span class="review-total-box">4.5</span>'
        '<div class="review-total-star"><span class="review-result" style="width:90%">★★★★½'
        "</span></div></div>",
    )
    assert review.scores == [("Script", Decimal(10)), ("Visuals", Decimal(8))]
    assert review.rating == 9


def test_a_voice_cast_table_headed_in_japanese_is_a_cast_table():
    body = (
        "<article><h1>Harbour Lights</h1><h2>Voice cast</h2><table><tr><th>Character</th>"
        "<th>Seiyū</th></tr><tr><td>Mara</td><td>Ines Vaz</td></tr><tr><td>Osk</td>"
        f"<td>Tomas Lind</td></tr></table>{PROSE}</article>"
    )
    cast = page_extract(page(body)).film.cast
    assert cast == [CastMember("Ines Vaz", "Mara"), CastMember("Tomas Lind", "Osk")]


def test_a_group_heading_over_labelled_rows_is_no_label_of_its_own():
    body = (
        '<main><h1>Harbour Lights</h1><aside class="portable-infobox"><section><h2>Production'
        "</h2><table><tr><th>Directed by</th><td>Ines Lund</td></tr><tr><th>Screenplay</th>"
        "<td>Ines Lund<br>Ove Lund</td></tr><tr><th>Studio</th><td>Kessler</td></tr></table>"
        f"</section></aside>{PROSE}</main>"
    )
    film = page_extract(page(body)).film
    assert film.studios == ["Kessler"]
    assert (film.directors, film.writers) == (["Ines Lund"], ["Ines Lund", "Ove Lund"])


def test_a_review_boxs_bare_total_is_on_its_rows_scale_and_the_users_total_is_not_read():
    rows = "".join(
        f'<li><span>{label}</span><div class="review-star"><span class="review-value">{points}'
        "</span></div></li>"
        for label, points in [("Story", "4.5/5"), ("Effects", "3.5/5")]
    )
    review = review_box(
        rows,
        '<div class="review-total-wrapper"><span class="review-total-box">4</span></div>'
        '<div class="user-review-area">User Rating: <span class="review-total-box">2.1</span>'
        "</div>",
    )
    assert review.scores == [("Story", Decimal(9)), ("Effects", Decimal(7))]
    assert review.rating == 8


def review_box(rows, total):
    """The review a page holds whose review box has `rows` and `total` under the text."""
    box = f'<div class="review-wrapper"><ul class="review-list">{rows}</ul>{total}</div>'
    return page_extract(page(f"<article><h1>Harbour Lights</h1>{PROSE}{box}</article>"))
