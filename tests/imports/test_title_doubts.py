# ruff: noqa: RUF001  (texts use typographic quotes)
"""Readings of a title that are in doubt whatever else speaks for them: the name the text
gives its own publication, a site's figures line, a headline's word the text never sets
apart while it sets a film's name in italics; and a film a document only points to (with
another year than its own) is no rival to its title."""

import pytest

from imports.extracted import ExtractedReview, FilmFacts, TitleSource
from imports.title_strength import title_strength

PROSE = "It follows a father and a daughter who live in a park, and it never hurries them."


def review(title, text, *, html=None, source=TitleSource.HEADLINE, year=2018):
    return ExtractedReview(
        title=title,
        film=FilmFacts(title=title, directors=["Ana Lind"], year=year),
        body_html=html if html is not None else f"<p>{text}</p>",
        text=text,
        title_source=source,
    )


PUBLICATION_FORMS = [
    "{} is a reader-supported publication.",
    "{} is my weekly newsletter about slow films.",
    "{} is an independent film blog.",
    "Welcome to {}!",
    "Welcome back to {}, friends.",
    "Subscribe to {} for more.",
    "Published in {} · 11 min read",
]
PLACES = ["{form} {prose}", "{prose} {form}", "{prose} {form} {prose}"]


@pytest.mark.parametrize("form", PUBLICATION_FORMS)
@pytest.mark.parametrize("place", PLACES)
def test_the_name_the_text_gives_its_publication_is_in_doubt(form, place):
    text = place.format(form=form.format("The Slow Reel"), prose=PROSE)
    strength = title_strength(review("The Slow Reel", f"The Slow Reel (2018). {text}"))
    assert strength.is_weak
    assert "its own publication" in strength.why


@pytest.mark.parametrize(
    "text",
    [
        "The Slow Reel is a patient film about a father.",
        "The Slow Reel is my favourite film of the year.",
        "Welcome to the world of The Slow Reel, a film that waits.",  # not "welcome to X"
        "I subscribe to the idea that The Slow Reel is a film of silences.",
    ],
)
def test_a_film_the_text_describes_is_no_publication(text):
    assert not title_strength(review("The Slow Reel", f"{text} {PROSE}")).is_weak


@pytest.mark.parametrize(
    "title",
    ["MovieBase RATING 8.3/10 · 640K", "Site score 7/10", "Users 4.5/5", "Views 12K"],
)
def test_a_reading_with_a_score_or_a_count_is_in_doubt(title):
    strength = title_strength(review(title, f"{title}. {PROSE}", source=TitleSource.CREDITS))
    assert strength.is_weak
    assert "a score or a count" in strength.why


@pytest.mark.parametrize(
    "title",
    ["Apollo 13", "2001: A Space Odyssey", "Fahrenheit 9/11", "The 400 Blows", "Ocean's 11"],
)
def test_a_film_named_with_numbers_is_no_figures_line(title):
    assert not title_strength(review(title, f"{title} is long. {PROSE}")).is_weak


ITALIC_FILM = "I have watched <em>Before Sunrise</em> a dozen times."


@pytest.mark.parametrize(
    ("html", "source", "is_weak"),
    [
        # The headline's word is never set apart; a film's name of several words is.
        (f"<p>{ITALIC_FILM} It treats Vienna kindly.</p>", TitleSource.TEXT_PHRASE, True),
        (f"<p>It treats Vienna kindly.</p><p>{ITALIC_FILM}</p>", TitleSource.TEXT_PHRASE, True),
        # Not in doubt: the word is set apart too, or has its year, or the italics are a
        # single word, the publication's name, or share a word with it; or no text phrase.
        (f"<p>{ITALIC_FILM} <em>Vienna</em> is kind.</p>", TitleSource.TEXT_PHRASE, False),
        (f"<p>{ITALIC_FILM} Vienna (1995) is kind.</p>", TitleSource.TEXT_PHRASE, False),
        ("<p>I watched <em>Sunrise</em>. Vienna is kind.</p>", TitleSource.TEXT_PHRASE, False),
        (
            "<p>Published in <em>Frames Per Second</em>. Vienna is kind.</p>",
            TitleSource.TEXT_PHRASE,
            False,
        ),
        ("<p>I saw <em>Vienna Nights</em>. Vienna is kind.</p>", TitleSource.TEXT_PHRASE, False),
        (f"<p>{ITALIC_FILM} Vienna is kind.</p>", TitleSource.LABEL, False),
    ],
)
def test_a_headline_word_never_set_apart_beside_a_film_in_italics(html, source, is_weak):
    text = html.replace("<p>", " ").replace("</p>", " ").replace("<em>", "").replace("</em>", "")
    extracted = review("Vienna", text, html=html, source=source)
    assert title_strength(extracted).is_weak is is_weak


@pytest.mark.parametrize(
    ("line", "year", "is_weak"),
    [
        ("Barbara (2012) – Christian Petzold – 8/10", 2006, False),  # pointed to
        ("See also: Barbara (2012)", 2006, False),
        ("Barbara (2012) – Christian Petzold – 8/10", 2012, True),  # its own year: rival
        ("This week: Barbara (2012)", None, True),
    ],
)
def test_a_film_listed_with_another_year_is_no_rival(line, year, is_weak):
    text = f"Barbara is kind. I love Barbara. {PROSE}"
    html = f"<p>{text}</p><ul><li>{line}</li></ul>"
    extracted = review("Das Leben der Anderen", f"{text} {line}", html=html, year=year)
    assert title_strength(extracted).is_weak is is_weak
