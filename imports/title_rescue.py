# ruff: noqa: RUF001  (strips use typographic dashes; so must this)
"""The film a document names plainly elsewhere, when its headline's reading is weak.

A newsletter's headline is its own name, an essay's a phrase about a place ("One Night in
Vienna"), a user-reviews page's <h1> says "User reviews". `imports.title_strength` then
calls the reading weak and the review would go to an editor with no film. Yet such a
document often names its film once, plainly, elsewhere: its page's <title> or og:title
("The Film (2003) - User reviews - Site"), a block that opens on the name and its year
("**The Film** (2018)" over the credits), or the only title its text sets in italics
("I have watched *The Film* a dozen times"). Each of these stands only when it is the
ONE such name in the document (a round-up or an essay naming several films in italics
keeps its weak reading) and when `title_strength` calls it strong in its turn (the text
names it again, or with its year, or in italics; no score, no publication's name).
"""

import dataclasses
import re
from html import unescape

from imports.extracted import TitleSource
from imports.names import is_name
from imports.title_candidates import is_publication_name
from imports.title_evidence import EMPHASIS, ITALICS, TAG, mentions
from imports.title_strength import (
    BLOCK_START,
    FIGURES,
    POST_WORDS,
    STRIP_PART,
    headed_blocks,
    is_name_like,
    title_strength,
)

#: How often the text names a name that heads a block with its year, the heading included.
HEADED_MENTIONS = 2
#: A person's initial or a name cut short: "Devon K.", "J. Smith" (a commenter, no film).
INITIAL = re.compile(r"(?:^|\s)[A-Z]\.(?:\s|$)")
#: The part of the text (a third) where an essay names the film it is about.
OPENING_PART = 3
#: What a title in italics names when it is no film: "the novel *Name*", "his album *Name*".
OTHER_WORK = re.compile(
    r"\b(?:novel|book|memoir|album|song|single|poem|play|musical|series|show|magazine"
    r"|newspaper|comic|game|podcast|newsletter|essay)s?\b\W*(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
OTHER_WORK_REACH = 40
#: A block that is a name in bold or italics and another in brackets, nothing more.
PAIRED_NAMES = re.compile(
    r"^\s*<(?P<tag>strong|b|em|i)>(?P<one>[^<>()]{1,80})</(?P=tag)>\s*"
    r"\((?P<other>[^<>()]{1,80})\)\s*$"
)
#: A facts strip's part that opens on the film's name before its director.
STRIP_OPENING = re.compile(
    r"^(?P<name>[^·|•]{1,80}?)\s*(?:[—–|,]|\s-)\s*(?:dir\.|directed by|director\b)", re.IGNORECASE
)
#: Words that put a person's name after them: "the director, Name (1975)".
ROLE_WORDS = (
    r"\b(?:director|filmmaker|actor|actress|star|writer|screenwriter|composer|author|critic"
    r"|producer|novelist|cinematographer|editor)s?"
)
#: "(1983)", "(<em>Original Title</em>, 1994)": the year, an original title before it.
YEAR = r"\(\s*(?:[^()\d]{1,60},\s*)?(?P<year>(?:18[89]|19\d|20\d)\d)\s*\)"
#: A name in bold or italics with its year after it, as HTML: "<b>The Film</b> (1983)".
EMPHASIS_YEAR = re.compile(
    rf"<(?P<tag>em|i|cite|strong|b)>(?P<name>[^<>]{{1,80}}|<(?:em|i)>[^<>]{{1,80}}</(?:em|i)>)"
    rf"</(?P=tag)>\s*{YEAR}"
)
#: The same as Markdown left in a text: "**The Film** (1983)", "*The Film* (2005)".
MARKED_YEAR = re.compile(
    rf"(?<![*_\w])(?P<mark>\*\*|\*|__|_)(?P<name>[^*_\n]{{1,80}}?)(?P=mark)\s*{YEAR}"
)


def rescued_title(extracted, known=None):
    """(title, year or None, where) for the film the document names plainly when its
    title reading is weak (see the module's docstring), else None. `known`: (title, where)
    as the page's data gives it (a part of <title> or og:title), or None."""
    if not extracted.film.title or not title_strength(extracted).is_weak:
        return None
    for title, year, where in candidates(extracted, known):
        if title.casefold() == extracted.film.title.casefold() or not is_plain_name(title):
            continue
        film = dataclasses.replace(extracted.film, title=title, year=year or extracted.film.year)
        trial = dataclasses.replace(extracted, film=film, title_source=TitleSource.TEXT_NAME)
        if not title_strength(trial).is_weak:
            return title, year, where
    return None


def candidates(extracted, known):
    """The plain namings of a film, best first: the page's data, a block headed by the
    name and its year, the one title in italics."""
    text = extracted.text
    if known and mentions(text, known[0]):
        yield known[0], None, f"the page's {known[1]}"
    headed, outside = {}, 0
    for block, name, year in headed_blocks(extracted):
        headed.setdefault(name.casefold(), (name, year))
        outside += block not in text  # a dropped line, a facts strip's part
    if len(headed) == 1:
        ((name, year),) = headed.values()
        if mentions(text, name) + outside >= HEADED_MENTIONS:
            yield name, year, "a block its text opens with that name and its year"
    pairs = {tuple(sorted(pair)) for pair in paired_names(extracted)}
    if len(pairs) == 1:
        counts = {name: mentions(text, name) for name in next(iter(pairs))}
        best = max(counts, key=counts.get)
        if sorted(counts.values())[0] < counts[best]:  # the one the text names more
            yield best, None, "the block that names it beside its other title"
    strips = {name.casefold(): name for name in strip_names(extracted)}
    if len(strips) == 1 and mentions(text, only := next(iter(strips.values()))):
        yield only, None, "the facts strip that opens on that name"
    emphasised_years = {name.casefold(): (name, year) for name, year in set_apart(extracted)}
    if len(emphasised_years) == 1:
        ((name, year),) = emphasised_years.values()
        if is_introduced(name, extracted.text):  # early: never "Next week: **Other** (2019)"
            yield name, year, "the one name its text sets in bold or italics with its year"
    italic = {
        span.casefold(): span
        for span in emphasised(extracted.body_html)
        if not is_publication_name(span, text) and not INITIAL.search(span)
    }
    only = next(iter(italic.values())) if len(italic) == 1 else ""
    if only and (len(only.split()) > 1 or mentions(text, only) > 1) and is_introduced(only, text):
        yield only, None, "the only title its text sets in italics"


def paired_names(extracted):
    """The two names of a block that holds only a name in bold or italics and another in
    brackets, as a facts box heads itself with the original title and the English one
    ("**Original Title** (English Title)") or the reverse."""
    for block in BLOCK_START.split(extracted.body_html or ""):
        if match := PAIRED_NAMES.match(re.sub(r"</(?:p|li|h[1-6]|td|dd)>\s*$", "", block)):
            names = [" ".join(unescape(match.group(key)).split()) for key in ("one", "other")]
            if all(
                is_plain_name(name)
                and not INITIAL.search(name)
                and not re.search(ROLE_WORDS, name, re.IGNORECASE)  # "**Name** (Director)"
                for name in names
            ):
                yield names


def strip_names(extracted):
    """The names a one-line facts strip opens on before its director, the part left out as
    no fact ("**The Film** — dir. Someone · UK · 1987", "The Film, directed by Someone")."""
    for value in extracted.left_out_values:
        if (match := STRIP_OPENING.match(value.removeprefix(STRIP_PART))) and is_plain_name(
            name := match.group("name").strip(" *_")
        ):
            yield name
    directed = any(extracted.film.directors)  # "**The Film** — dir. Someone · UK"
    for opening in extracted.strip_openings if directed else ():
        if is_plain_name(name := opening.strip(" *_")):
            yield name


def set_apart(extracted):
    """(name, year) for every name the text sets in bold or italics with its year just
    after it: "**The Film** (1983)", "<em>The Film</em> (2005)", "**_The Film_ (2005)**",
    never a person's initial ("**J. Smith** (1983)") nor a publication's name."""
    html = extracted.body_html or ""
    found = [
        (" ".join(unescape(TAG.sub("", match.group("name"))).split()), match.group("year"))
        for match in EMPHASIS_YEAR.finditer(html)
    ]
    found += [(m.group("name"), m.group("year")) for m in MARKED_YEAR.finditer(extracted.text)]
    return [
        (name, int(year))
        for name, year in found
        if is_plain_name(name)
        and not INITIAL.search(name)
        and not is_publication_name(name, extracted.text)
        and not is_person_named(name, extracted.text)
    ]


def is_person_named(name, text):
    """Whether `text` treats `name` as a person's: a role word just before it ("the
    director, **Name** (1975)"), or a name's shape whose last word the text also writes
    alone ("Name … Lind's camera"), as a person's surname is written."""
    escaped = re.escape(name)
    if re.search(rf"{ROLE_WORDS}\W{{0,4}}(?:\*\*|\*|__|_)?{escaped}", text, re.IGNORECASE):
        return True
    if not is_name(name, strict=True):
        return False
    last = re.escape(name.split()[-1])
    return len(re.findall(rf"(?<!\w){last}(?!\w)", text)) > len(
        re.findall(rf"(?<!\w){escaped}(?!\w)", text)
    )


#: Just before a title in italics that is another's original title in brackets.
ORIGINAL_AFTER = re.compile(r"</(?:em|i|cite)>\s*\(\s*$")


def emphasised(html):
    """Every phrase set in italics in `html`, as plain text, title-like or not ("*Your
    Name.*" too, which is a film's name as much as "*Tokyo Story*" is)."""
    html = html or ""
    found = (
        " ".join(unescape(TAG.sub("", match.group(2))).split())
        for match in EMPHASIS.finditer(html)
        if match.group(1) in ITALICS
        and not ORIGINAL_AFTER.search(html, 0, match.start())  # "*Film* (*Original* …)"
    )
    return [span for span in found if span]


def is_introduced(name, text):
    """Whether `text` names `name` first in its opening third (an essay names its film
    early; a film it compares it with comes later) and not as a book's, a song's or a
    show's ("from the novel *Name*")."""
    at = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    return (
        bool(at)
        and at.start() <= len(text) // OPENING_PART
        and not OTHER_WORK.search(text[max(0, at.start() - OTHER_WORK_REACH) : at.start()])
    )


def is_plain_name(title):
    """Whether `title` reads as a film's name: a few words, no score, no post's name."""
    return is_name_like(title) and not FIGURES.search(title) and not POST_WORDS.search(title)
