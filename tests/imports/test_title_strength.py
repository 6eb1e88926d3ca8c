# ruff: noqa: RUF001  (headlines use typographic quotes)
"""Where a film's title was read, and whether it is weak: strong sources by themselves, the
others when the text corroborates them, and the fallbacks (a sentence, a site's name, a
phrase guessed from the text) weak."""

import pytest

from imports.documents import extract
from imports.extracted import ExtractedReview, FilmFacts, TitleSource
from imports.html_pages import page_extract
from imports.title_strength import title_readings, title_strength

PLAIN = (
    "I saw it on a wet Tuesday. The story follows a widow who takes over her husband's "
    "boat, and a crew who will not take orders from her. The ending is too neat.\n\n"
    "Rating: 4/5\n"
)
FACTS = "Director: Ana Lind\nRuntime: 98 min\n\n"


def page(head, h1):
    return (
        f"<html><head>{head}<title>The Lantern</title></head><body><main><h1>{h1}</h1>"
        f"<p>{PLAIN}</p></main></body></html>"
    )


JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Review",'
    ' "itemReviewed": {"@type": "Movie", "name": "The Salt Road"}}</script>'
)

#: (document, how it is read, the title, its source, whether it is weak)
CASES = [
    # Strong by themselves: labels, page data, review markers.
    (
        f"Salt and grief on a grey sea\n\nFilm: The Salt Road\n\n{PLAIN}",
        "text",
        "The Salt Road",
        TitleSource.LABEL,
        False,
    ),
    (f"Title: The Salt Road\n\n{PLAIN}", "text", "The Salt Road", TitleSource.LABEL, False),
    (f"Review: The Salt Road\n\n{PLAIN}", "text", "The Salt Road", "headline", False),
    (f"The Salt Road review\n\n{PLAIN}", "text", "The Salt Road", "headline", False),
    (f"The Salt Road (2019) Review\n\n{PLAIN}", "text", "The Salt Road", "headline", False),
    (f"‘The Salt Road’ review: salt\n\n{PLAIN}", "text", "The Salt Road", "headline", False),
    (
        f'---\ntitle: "The Salt Road review"\n---\n\n{PLAIN}',
        "md",
        "The Salt Road",
        TitleSource.FRONT_MATTER,
        False,
    ),
    (
        page(JSON_LD, "Salt and grief on a grey sea, and nothing else"),
        "html",
        "The Salt Road",
        TitleSource.PAGE_DATA,
        False,
    ),
    # A plain headline the text corroborates: year, italics, quotes, named again, facts.
    (
        f"The Salt Road\n\nThe Salt Road (2019) is grey. {PLAIN}",
        "text",
        "The Salt Road",
        "headline",
        False,
    ),
    (
        f"# The Salt Road\n\nIt is *The Salt Road* at its best. {PLAIN}",
        "md",
        "The Salt Road",
        "headline",
        False,
    ),
    (
        f"The Salt Road\n\nIn “The Salt Road” the sea wins. {PLAIN}",
        "text",
        "The Salt Road",
        "headline",
        False,
    ),
    (f"The Salt Road\n\n{FACTS}{PLAIN}", "text", "The Salt Road", "headline", False),
    # Weak whatever else speaks for it: a post's name, or a rival name headed with its year
    # (which, the only one and named again, stands in for it: `imports.title_rescue`).
    (f"Issue 58\n\n{FACTS}{PLAIN}", "text", "Issue 58", "headline", True),
    (
        f"The Lantern Weekly\n\n{FACTS}This week: The Salt Road (1954)\n\n"
        f"The Salt Road is grey. I love The Salt Road. {PLAIN}",
        "text",
        "The Salt Road",
        TitleSource.TEXT_NAME,
        False,
    ),
    # Weak: a headline the text never names, with no facts; a sentence; a guess.
    (f"The Salt Road\n\n{PLAIN}", "text", "The Salt Road", "headline", True),
    (f"The Lantern\n\n{PLAIN}", "text", "The Lantern", "headline", True),
    (
        f"Notes from a rainy week at the pictures\n\n{PLAIN}",
        "text",
        "Notes from a rainy week at the pictures",
        "headline",
        True,
    ),
    (
        f"Why this quiet film is the best thing I saw all year and more\n\n{FACTS}{PLAIN}",
        "text",
        "Why this quiet film is the best thing I saw all year and more",
        "headline",
        True,
    ),
    (
        f"# Notes from the week\n\nThe story follows a widow. {PLAIN}",
        "md",
        "Notes from the week",
        "headline",
        True,
    ),
]


def read(document, how):
    if how == "html":
        return page_extract(document)
    return extract(document, markdown=how == "md")


@pytest.mark.parametrize(("document", "how", "title", "source", "is_weak"), CASES)
def test_where_the_title_was_read_says_whether_it_is_weak(document, how, title, source, is_weak):
    extracted = read(document, how)
    assert (extracted.film.title, extracted.title_source) == (title, source)
    strength = title_strength(extracted)
    assert strength.is_weak is is_weak
    assert bool(strength.why) is is_weak
    if is_weak:
        assert f"the best reading of its title is “{title}”" in strength.why


def test_a_title_guessed_from_a_text_with_no_title_line_is_weak():
    extracted = extract(
        "The Salt Road is grey and wet, and The Salt Road is long: it is the kind "
        "of film, The Salt Road, that waits for you to come to it, and then waits more."
    )
    assert extracted.title_source in (TitleSource.GUESS, TitleSource.OPENING)
    if extracted.title_source == TitleSource.GUESS:
        assert title_strength(extracted).is_weak


def test_the_readings_are_the_best_first_and_each_once():
    extracted = extract(f"Notes from the pictures\n\nIn “The Salt Road” a widow. {PLAIN}")
    readings = title_readings(extracted)
    assert readings[0] == extracted.film.title
    assert len({reading.casefold() for reading in readings}) == len(readings)


def test_a_name_that_shares_a_word_with_the_title_is_no_rival():
    text = "Paddington (2014) came first. Paddington is back, and Paddington is kind."
    extracted = ExtractedReview(
        title="Paddington 2",
        film=FilmFacts(title="Paddington 2", directors=["Paul King"]),
        body_html="<p>Paddington (2014) came first.</p><p>Paddington is back.</p>",
        text=text,
        title_source=TitleSource.HEADLINE,
    )
    assert not title_strength(extracted).is_weak
    extracted.film.title = "The Lantern Weekly"
    assert "heads a block with “Paddington” and its year" in title_strength(extracted).why
