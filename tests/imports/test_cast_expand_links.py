# ruff: noqa: RUF001  (pages write the ellipsis as one character)
"""A cast list's expand link ("Show All…", "View full cast") is dropped from a saved page
with the page's other furniture, never a cast member; and a
film page's sidebar that lists its cast one actor a line, the part in the link's hover
text, is read as the film's facts box whole: its runtime line and strip come with it."""

import pytest

from imports.expand_links import is_expand_link
from imports.html_pages import page_extract
from imports.names import is_name


@pytest.mark.parametrize(
    "text",
    [
        "Show All…",
        "Show all...",
        "Show more",
        "See all",
        "See more ›",
        "View all cast",
        "View full cast",
        "See full cast & crew",
        "Full Cast & Crew",
        "All cast and crew",
        "Load more",
        "+ 12 more",
        "12 more",
        "Show less",
    ],
)
def test_an_expand_link_is_known_for_what_it_is(text):
    assert is_expand_link(text)


@pytest.mark.parametrize(
    "text", ["Ines Vaz", "Tomas Lind", "Shaw Allen", "Seymour Moore", "Vieira Allcast", "Morey"]
)
def test_names_like_the_links_words_are_still_names(text):
    assert not is_expand_link(text)
    assert is_name(text)


SIDEBAR = """<html><head><title>Lanterns (2004) review by mira • Diary</title></head><body>
<div id="content"><section class="review-col">
<h1><a href="/film/lanterns/">Lanterns</a> <small>2004</small></h1>
<div class="review body-text"><p>{body}</p><p>{body}</p></div></section>
<aside class="film-info-col"><h2>Lanterns</h2>
<p class="tagline">2004 · Directed by <a href="/director/ana-berg/">Ana Berg</a></p>
<p class="runtime">{runtime} &nbsp; More at <a href="#">IMDb</a> <a href="#">TMDB</a></p>
<div class="tabbed"><h3>Cast</h3>
<p class="cast-list"><a href="/actor/ines-vaz/" title="Mara">Ines Vaz</a>
<a href="/actor/tomas-lind/" title="Old Pell">Tomas Lind</a>
<a href="/actor/bo-ek/" title="Ferry Captain">Bo Ek</a>
<a href="#" class="show-more">{more}</a></p>
<h3>Crew</h3><dl class="crew"><dt>Director</dt><dd>Ana Berg</dd>
<dt>Editor</dt><dd>Lia Mott</dd></dl>
<h3>Details</h3><dl><dt>Country</dt><dd>Portugal</dd><dt>Language</dt><dd>Portuguese</dd></dl>
</div></aside></div></body></html>"""
BODY = "the harbour is grey and wet all winter and the ferry is always late, which I loved"


@pytest.mark.parametrize("more", ["Show All…", "See full cast", "+ 9 more", "View all"])
@pytest.mark.parametrize(("runtime", "minutes"), [("121 mins", 121), ("98 min", 98)])
def test_a_sidebar_cast_one_actor_a_line_ends_before_its_expand_link(more, runtime, minutes):
    review = page_extract(SIDEBAR.format(body=BODY, runtime=runtime, more=more))
    cast = [(member.name, member.character) for member in review.film.cast]
    assert cast == [("Ines Vaz", "Mara"), ("Tomas Lind", "Old Pell"), ("Bo Ek", "Ferry Captain")]
    assert review.film.runtime_minutes == minutes
    assert review.film.directors == ["Ana Berg"]


def test_a_sidebar_runtime_is_not_taken_from_a_box_of_prose():
    """Negative: a sidebar that is another post's teaser, not the film's facts box."""
    page = SIDEBAR.format(body=BODY, runtime="121 mins", more="Show All…").replace(
        '<div class="tabbed">', '<div class="tabbed"><p>' + " ".join([BODY] * 3) + "</p>"
    )
    review = page_extract(page)
    assert all(member.name != "Show All" for member in review.film.cast)
