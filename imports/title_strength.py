# ruff: noqa: RUF002  (headlines use typographic quotes; so must this)
"""Whether the film's title an import read is sure enough to make a new film under.

Where the title was read (`ExtractedReview.title_source`) says how far to trust it. Strong
by themselves: a label ("Film: X", "Title: X"), the page's data (JSON-LD's reviewed item, a
<title> marked as a review's), a headline with a review marker ("Review: X", "X review",
"X (2019) review"), and the phrase of a headline the text treats as a title. The other
readings (a headline or front matter title with no marker, the line over the credits, a
phrase the text quotes, the film the first paragraph opens on) stand when the document's
own text corroborates them: it writes the title with its year, sets it in italics or
quotes, or names it again as written. A phrase guessed from the text, or a headline the
text never names, is weak: the import leaves the title to an editor ("title to confirm")
rather than make a film under a site's name or a sentence.
"""

import re
from dataclasses import dataclass
from html import unescape

from imports.extracted import TitleSource
from imports.headline_site import FILM_MARKER
from imports.patterns import (
    COMMON_WORDS,
    QUOTED_TITLE,
    REVIEW_PREFIX,
    REVIEW_SUBTITLE,
    TITLE_SUFFIX,
)
from imports.title_candidates import is_publication_name, label_film, quoted_film
from imports.title_evidence import (
    ITALICS,
    headline_film,
    is_phrase,
    is_quoted,
    is_sentence,
    is_title_case,
    is_title_like,
    mentions,
    spans,
    without_column_label,
)
from imports.title_shapes import furniture_shape, is_category, is_number_only
from imports.values import guess_title

#: Readings never doubted: what the document or the page's data says is the film's name.
#: Words of a reading all in small letters that make it a sentence's phrase ("the judge
#: who listens in" after a column's label), never a title: films are named in capitals.
SMALL_PHRASE_WORDS = 3
SURE_SOURCES = frozenset({TitleSource.LABEL, TitleSource.PAGE_DATA})
#: A reading with these words names a post or its writer: "Review by someone", "Ep. 148".
POST_WORDS = re.compile(r"\b(?:reviews?|reviewed)\s+by\b|\bep(?:isode)?\.?\s*\d", re.IGNORECASE)
SERIES_LABEL = re.compile(r"(?:issue|episode|ep\.|no\.|number|#)\s*#?\d{1,4}", re.IGNORECASE)
#: A reading with a score or a count in it is a site's figure line ("SITE RATING 8.3/10 · 640K").
FIGURES = re.compile(
    r"\d(?:[.,]\d+)?\s*/\s*(?:5|10|20|100)\b|\b\d+(?:[.,]\d+)?[KM]\b|\brating\b", re.IGNORECASE
)
#: Where a block of the body starts, in its HTML.
BLOCK_START = re.compile(r"<(?:p|h[1-6]|li|blockquote|br|td|th|dt|dd)\b[^>]*>")
TAG = re.compile(r"<[^>]+>")
#: How a facts strip's part that is no fact is listed among the values left out.
STRIP_PART = "facts line: "
#: A block opening on a name and its year: "THIS WEEK'S PICK: THE FILM (1954)", "The Film
#: (2018) · Directed by …", "The Film (1996, dir. Someone)" (a label before the name is
#: passed over).
HEADED_NAME = re.compile(
    r"^(?:[^:()]{1,30}:\s+)?(?P<name>[^():.!?]{1,80}?)\s*\(\s*(?P<year>(?:18|19|20)\d\d)"
    r"\s*(?:[,;]\s*(?:dir\.|directed by)\s[^()]{1,60})?\)"
)  # "… (1996, dir. Someone)": a programme's or a list's way, the year then the director
#: Readings that need nothing else to be believed.
STRONG_SOURCES = frozenset(
    {TitleSource.LABEL, TitleSource.PAGE_DATA, TitleSource.TEXT_PHRASE, TitleSource.CREDITS}
)
#: How each reading is described to the editor ("the best reading of its title is “X”, from …").
WHERE = {
    TitleSource.LABEL: "a “Film:” or “Title:” label",
    TitleSource.PAGE_DATA: "the page's data",
    TitleSource.HEADLINE: "its headline, which has no review marker",
    TitleSource.FRONT_MATTER: "its front matter's title, which has no review marker",
    TitleSource.TEXT_PHRASE: "the phrase of its headline the text treats as a title",
    TitleSource.CREDITS: "the line above its credits",
    TitleSource.QUOTED: "a phrase its text sets in quotes",
    TitleSource.OPENING: "the phrase its first paragraph opens on",
    TitleSource.TEXT_NAME: "the one name its page's title, a block with a year or italics give",
    TitleSource.GUESS: "the phrase its text repeats most (it has no title line)",
}
#: How many times the text must name the title, as written, to corroborate it.
NAMED_AGAIN = 1
#: How many readings of the title the editor is offered.
MAX_READINGS = 5


@dataclass(frozen=True)
class TitleStrength:
    is_weak: bool
    why: str = ""  # for a weak title: where it was read and what the text lacks


def title_strength(extracted) -> TitleStrength:
    """Whether `extracted`'s film title is weak (see the module's docstring), and why."""
    title, source = extracted.film.title.strip(), extracted.title_source
    lead = (
        "The document never says plainly which film it reviews: the best reading of its title "
        f"is “{title}”, from {WHERE.get(source, 'a line of the document')}"
    )
    if why := shape_doubt(title, extracted):  # "4.5", "Anime": never a film, whatever says so
        return TitleStrength(True, f"{lead}, but {why}, so no film was made under it.")
    if source in SURE_SOURCES:
        return TitleStrength(False)
    if why := doubt(title, extracted):
        return TitleStrength(True, f"{lead}, but {why}, so no film was made under it.")
    if source in STRONG_SOURCES or (
        source in (TitleSource.HEADLINE, TitleSource.FRONT_MATTER) and is_marked(extracted.title)
    ):
        return TitleStrength(False)
    if source != TitleSource.GUESS and title and is_corroborated(title, extracted):
        return TitleStrength(False)
    if other := rival(title, extracted):
        return TitleStrength(
            True,
            f"{lead}, but its text heads a block with “{other}” and its year, and names that "
            "more often, so no film was made under it.",
        )
    if (
        source != TitleSource.GUESS
        and is_name_like(title)
        and not is_phrase(title)
        and has_film_facts(extracted.film)
    ):
        return TitleStrength(False)  # "The Film" over the film's facts block or strip
    return TitleStrength(
        True,
        f"{lead}. Its text never writes that title with its year, in italics or quotes, nor "
        "names it again, and gives none of the film's facts (director, cast, year, runtime), "
        "so no film was made under it.",
    )


def shape_doubt(title, extracted) -> str:
    """Why `title`'s shape says it is the site's furniture (`imports.title_shapes`), or "":
    a score, a series' number; a bare whole number or a category the text never sets apart
    (in italics or quotes, or with its year)."""
    if why := furniture_shape(title):
        return why
    set_apart = (
        year_beside(title, extracted.text)
        or is_quoted(extracted.text, title)
        or title.casefold() in {span.casefold() for span in spans(extracted.body_html)}
    )
    if is_number_only(title) and not set_apart:
        return "it is only a number, which its text never sets apart as a film's name"
    if is_category(title) and not set_apart:
        return "it is only a site's category or a genre, which its text never sets apart as a title"
    return ""


def doubt(title, extracted) -> str:
    """Why a reading that is no label's nor the page data's is in doubt whatever else
    speaks for it, or "": it names a post, not a film ("Review by someone", "Issue 58")."""
    if POST_WORDS.search(title) or SERIES_LABEL.fullmatch(title):
        return "that reads as the name of a post, not of a film"
    if FIGURES.search(title):
        return "that holds a score or a count, as a site's figures do, not a film's name"
    if len(title.split()) >= SMALL_PHRASE_WORDS and title == title.lower():
        return "that is a phrase in small letters, as a sentence is, not a film's name"
    if is_publication_name(title, extracted.text):
        return "its text names that as its own publication (a newsletter's or a blog's name)"
    if extracted.title_source == TitleSource.TEXT_PHRASE and (
        other := italic_rival(title, extracted)
    ):
        return f"its text never sets that apart, and sets “{other}” in italics"
    return ""


def italic_rival(title, extracted) -> str:
    """A name of several words the text sets in italics, when it never sets `title` apart
    (in italics, bold or quotes, or with its year) and that shares no word with it: the
    film an essay names only in italics, under a headline about a place or a mood; or ""."""
    shown = spans(extracted.body_html, tags=(*ITALICS, "strong", "b"))
    if title.casefold() in {span.casefold() for span in shown}:
        return ""
    if year_beside(title, extracted.text) or is_quoted(extracted.text, title):
        return ""
    return next(
        (
            span
            for span in spans(extracted.body_html, tags=(*ITALICS,))
            if len(span.split()) > 1
            and is_name_like(span)
            and not shares_a_word(span, title)
            and not is_publication_name(span, extracted.text)
        ),
        "",
    )


def rival(title, extracted) -> str:
    """Another name the document heads a block with, with its year ("PICK: THE FILM
    (1954)", "**The Film** (2018)"), that its text names more often than `title` (which it
    does not corroborate) and that shares no word with it (a sequel's or a franchise's
    name would); or "". A name whose year is not the year the document gives its film
    ("- Other Film (2012) - 8/10" under a facts line of 2006) is a film it points to."""
    if year_beside(title, extracted.text):
        return ""
    count, year = mentions(extracted.text, title), extracted.film.year
    from imports.title_rescue import set_apart  # (which reads this module's helpers)

    dated = {name for name, named_year in set_apart(extracted) if year in (None, named_year)}
    if not count and len(dated) == 1:
        return dated.pop()  # "*The Film* (2013) is about …", the headline never named
    return next(
        (
            name
            for name, headed_year in headed_names(extracted)
            if not shares_a_word(name, title)
            and mentions(extracted.text, name) > count
            and (year is None or headed_year == year)
        ),
        "",
    )


def headed_names(extracted):
    """(name, year) for the names that open a block of the body or a dropped line with a
    year in brackets."""
    return [(name, year) for _, name, year in headed_blocks(extracted)]


def headed_blocks(extracted):
    """(block, name, year) for the blocks of the body, dropped lines, headings over facts
    ("THE FILM (2014)" over its credits) and parts of a facts strip left out ("The Film
    (2019) · Dir. Someone · 98 min") that open on a name with its year in brackets."""
    blocks = [TAG.sub("", block) for block in BLOCK_START.split(extracted.body_html)]
    strips = [value.removeprefix(STRIP_PART) for value in extracted.left_out_values]
    for line in [*blocks, *extracted.dropped, *extracted.facts_headings, *strips]:
        if (match := HEADED_NAME.match(line := unescape(line).strip())) and is_title_like(
            name := match.group("name").strip(" *_")
        ):
            yield line, name, int(match.group("year"))


def shares_a_word(name, title) -> bool:
    """Whether `name` and `title` share a word that is not a small one, case aside."""
    words = [set(re.findall(r"\w+", text.casefold())) - COMMON_WORDS for text in (name, title)]
    return bool(words[0] & words[1])


def year_beside(title, text) -> bool:
    escaped = re.escape(title)
    pattern = rf"(?<!\w){escaped}\W{{0,3}}\(\s*(?:18|19|20)\d\d\s*\)"
    return bool(title) and bool(re.search(pattern, text, re.IGNORECASE))


def is_marked(headline) -> bool:
    """Whether `headline` marks itself as a film's review: "Review: X", "X review", "X
    (2019)", "X review: …"."""
    return bool(
        REVIEW_PREFIX.match(headline)
        or REVIEW_SUBTITLE.search(headline)
        or TITLE_SUFFIX.search(headline)
        or FILM_MARKER.search(headline)
        or is_quoted_name(headline)
    )


def is_quoted_name(headline) -> bool:
    """Whether `headline` opens (after a column's label) on a name in quotes, in title case,
    and goes on: the press sets a film's title apart so ("‘The Film’ Still Has the Best
    Manners", "Rewind: “The Film” at 30"); never a quote of someone's words alone."""
    line = without_column_label(headline)
    quoted = QUOTED_TITLE.match(line)
    return (
        bool(quoted)
        and is_title_case(quoted.group("title"))
        and bool(line[quoted.end() :].strip(" .!?"))
    )


def is_corroborated(title, extracted) -> bool:
    """Whether the text treats `title` as a film's name: with its year beside it, in
    italics or quotes, or named again as written (capitals and all)."""
    text, escaped = extracted.text, re.escape(title)
    if year_beside(title, text):
        return True
    shown = {span.casefold() for span in spans(extracted.body_html, tags=(*ITALICS,))}
    if title.casefold() in shown or is_quoted(text, title):
        return True
    return len(re.findall(rf"(?<!\w){escaped}(?!\w)", text, re.IGNORECASE)) >= NAMED_AGAIN


def is_name_like(title) -> bool:
    """Whether `title` reads as a name, not a sentence nor a label's colon."""
    return is_title_like(title) and not is_sentence(title)


def has_film_facts(film) -> bool:
    """Whether the document gives the facts of the film its title names: its director,
    cast, year or runtime."""
    return bool(film.directors or film.cast or film.year or film.runtime_minutes)


def title_readings(extracted) -> list[str]:
    """The titles the document could name, best first, for the editor to choose from: the
    import's reading, the headline's, the headline itself, a "Film:" label's, a quoted
    phrase's, the phrase the text repeats most."""
    text = extracted.text
    lines = text.split("\n")
    found = [
        extracted.film.title,
        headline_film(extracted.title)[0] if extracted.title else "",
        extracted.title,
        (label_film(lines) or ("",))[0],
        (quoted_film(text) or ("",))[0],
        guess_title(text) if text else "",
    ]
    readings, seen = [], set()
    for reading in (" ".join(title.split())[:255] for title in found):
        if reading and reading.casefold() not in seen and reading != "Untitled":
            seen.add(reading.casefold())
            readings.append(reading)
    return readings[:MAX_READINGS]
