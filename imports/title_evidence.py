# ruff: noqa: RUF001, RUF002, RUF003  (headlines use typographic dashes and quotes; so must this)
"""Which words at the top of a post name its film, judged by what the post itself shows.

A headline often says more than the film's title: "Ten years of X: …", "Festival, day 4:
Director's *X* is …", "X 2017" in a film diary. The film is the phrase the post treats as a
title: set in italics, written with its year, repeated through the text. These functions
only read strings; `imports.headline.HeadlineMixin` asks them.
"""

import datetime
import re
import string
from html import unescape

from imports.patterns import (
    CAPITALISED_PHRASE,
    COMMON_WORDS,
    QUOTED_TITLE,
    REVIEW_PREFIX,
    REVIEW_SUBTITLE,
    TITLE_SEPARATOR,
    TITLE_SUFFIX,
    YEAR_AMONG_OTHERS,
    YEAR_IN_BRACKETS,
)
from imports.rating_forms import GLYPH_RUN
from imports.title_candidates import OTHER_TITLE, capitals_runs
from imports.title_shapes import furniture_shape, without_category

EMPHASIS = re.compile(r"<(em|i|cite|strong|b)>(.*?)</\1>", re.DOTALL)
ITALICS = ("em", "i", "cite")
TAG = re.compile(r"<[^>]+>")
BARE_YEAR = re.compile(r"^(?P<title>.*\S)\s+(?P<year>(?:18[89]|19\d|20\d)\d)$")
SENTENCE_AFTER_COLON = re.compile(r":\s+(?-i:[a-z])\S*(?:\s+\S+){3,}$")  # four words or more
#: A headline's second name after "or", the old alternative title's form: "Raw, or: the
#: vegetarian who got hungry", "Title; or, How I Learned…". The film is the first name.
ALTERNATIVE_NAME = re.compile(r"\s*[,;]\s*or\s*[:,]\s+\S.*$", re.IGNORECASE)
#: The opening of a post that starts with its text: "*The Film* (2020) follows …".
OPENING_TITLE = re.compile(r"^(?P<title>[A-Z0-9][^().!?]{0,80}?)\s*\((?P<year>\d{4})\)")
#: "title: …" in YAML front matter, "title = …" in TOML (Hugo's "+++" fences).
FRONT_MATTER_FIELD = re.compile(r"^\s*(?P<key>[A-Za-z_-]+)\s*[:=]\s*(?P<value>.*?)\s*$")
#: A forum's tag before a post's title: "[Review] The Film (2017) - …", "[Spoilers] …".
BRACKET_TAG = re.compile(r"^\[[^\[\]]{1,20}\]\s*(?=\S)")
#: A numbered entry of a series before the film's name: "Rewatch Club #41: The Film (2002)",
#: "Episode 12 - …", "Day 4: …" (a festival's dispatch).
SERIES_NUMBER = re.compile(
    r"^(?:[\w'’&]+\s+){0,4}?(?:#|no\.\s*|episode\s+|ep\.\s*|issue\s+|day\s+|part\s+)\d{1,4}"
    r"\s*[:|–—-]\s*(?=\S)",
    re.IGNORECASE,
)
#: A look back at a film, after a label or not: "Again and Again: Revisiting The Film at
#: 30", "Rewatching The Film", "Remembering The Film at 50: …". The film is the name.
LOOK_BACK = re.compile(
    r"^(?:[^:]{1,60}:\s+)?(?:revisiting|rewatching|remembering|returning\s+to|looking\s+back\s+at)"
    r"\s+(?P<title>\S.*?)(?:\s+(?:at|turns)\s+\d{1,3}\b.*)?$",
    re.IGNORECASE,
)
#: A column's label before a title in quotes: "Rewind & Re-Rate: ‘The Film’ Still …",
#: "Sundance Review: “The Film” …", "Cannes 2024: ‘The Film’ …". The label is the site's.
LABEL_BEFORE_QUOTE = re.compile(
    r"^[^:“”‘’\"]{1,40}?:\s+(?=[“‘\"][A-Z0-9][^“”‘’\"]{0,79}(?<![,.!?])[”’\"])"
)
#: A year opening the brackets after a title, its director or stars after it: "The Film
#: (1975, Star One, Star Two)", "The Film (1996, dir. Someone)".
YEAR_FIRST = re.compile(r"\(\s*((?:18[7-9]|19\d|20\d)\d)\s*[,;]\s*[^()]{1,150}\)")
#: The stars a capsule's headline puts after the title, before its year: "The Film ****".
STARS_AFTER = re.compile(rf"\s+(?:\*{{1,5}}(?:½|\s?1/2)?|{GLYPH_RUN.pattern})\s*$")
LONGEST_TITLE_WORDS = 12
#: How many words a headline in sentence case needs to read as a phrase, not a name.
PHRASE_WORDS = 4
LONGEST_OPENING_WORDS = 6
#: A headline longer than this, with a verb, is a sentence that may hold the film's name.
LONGEST_NAME_WORDS = 6
CLAIM_VERBS = frozenset(
    re.findall(r"\S+", "is are was were isn't wasn't has have had makes made remains stays will")
)
#: How often the text names the film a sentence headline holds after a possessive.
REPEATED = 2
ARTICLES = frozenset({"a", "an", "the"})


def headline_film(line):
    """The film's title and year (or None) as a headline gives them: "The Film (2016)
    Review – …", "Movie Review: THE FILM", "‘The Film’ review: …", "Flow (Straume)",
    "Column #41: The Film (2002)"."""
    line = BRACKET_TAG.sub("", line)  # "[Review] The Film (2017)"
    line = without_column_label(line)  # "Rewind: ‘The Film’ Still Has …"
    line = SERIES_NUMBER.sub("", line)  # "Rewatch Club #41: The Film (2002)"
    line = without_category(line)  # "The Film Blu-ray Review", "Anime Review: The Film"
    film_title, year = line, None
    match = YEAR_IN_BRACKETS.search(line) or YEAR_AMONG_OTHERS.search(line)
    if match := match or YEAR_FIRST.search(line):
        year = int(match.group(1))  # "(2016)", "(India, 2016)", "(1975, Star One, Star Two)"
        film_title = STARS_AFTER.sub("", line[: match.start()])  # "The Film **** (1975)"
        parts = TITLE_SEPARATOR.split(film_title, maxsplit=1)
        if len(parts) > 1 and is_sentence_part(parts[0]):
            film_title = parts[1]  # "Summary. Of a user - The Film (2014) - Site"
    film_title = REVIEW_PREFIX.sub("", film_title)  # "Movie Review: THE FILM"
    if (back := LOOK_BACK.match(film_title)) and is_title_like(back.group("title").rstrip(".")):
        film_title = back.group("title")  # "…: Revisiting The Film at 30"
    if quoted := QUOTED_TITLE.match(film_title):  # a quoted title, then more
        film_title = quoted.group("title")
    if film_title.isupper() and len(film_title) > 3:
        film_title = string.capwords(film_title)
    film_title = TITLE_SEPARATOR.split(REVIEW_SUBTITLE.sub(r"\1", film_title))[0]
    film_title = ALTERNATIVE_NAME.sub("", film_title)  # "Title, or: the …"
    film_title = SENTENCE_AFTER_COLON.sub("", film_title)  # "Title: the best film in…"
    stripped = TITLE_SUFFIX.sub("", film_title.strip(" -–—:|")).strip()
    stripped = OTHER_TITLE.sub("", stripped) or stripped  # "Flow (Straume)"
    return stripped or film_title.strip(), year


#: A column's label naming its feature before the film's name: "Sunday film: ", "Film of
#: the week: ", "Re: Film of the Month (November): ", "Tonight's movie: ".
BRACKETED_YEAR = re.compile(r"\((?:18[89]|19\d|20\d)\d\)$")
FEATURE_COLUMN = re.compile(
    r"^(?:re:\s*)?(?:(?:[\w'’]+\s+){1,3}(?:film|movie|pick|screening|feature)"
    r"|(?:film|movie|pick)\s+of\s+the\s+(?:day|week|month|year)(?:\s*\([^()]{1,20}\))?)\s*:\s+",
    re.IGNORECASE,
)


def without_column_label(headline):
    """`headline` without a column's label before a title in quotes, in title case
    ("Rewind & Re-Rate: ‘The Film’ Still Has …" gives "‘The Film’ Still Has …"), or as it
    is (a quote of someone's words after the film's name: "The Film: “It was cold”")."""
    match = LABEL_BEFORE_QUOTE.match(headline)
    quoted = QUOTED_TITLE.match(headline[match.end() :]) if match else None
    if quoted and is_title_case(quoted.group("title")):  # never "Film: “It was cold”"
        return headline[match.end() :]
    featured = FEATURE_COLUMN.match(headline)  # "Sunday film: The Film", "Film of the week: …"
    rest = headline[featured.end() :] if featured else ""
    if rest and (is_title_case(rest) or BRACKETED_YEAR.search(rest)):
        return rest
    return headline


def is_sentence_part(part):
    """Whether a headline's first part is a summary, no film's name: in sentences ("Live.
    Die. Repeat. And never once boring") or a phrase in sentence case."""
    return bool(re.search(r"\w[.!?]\s+\S+\s+\S+", part)) or is_phrase(part)


def is_phrase(title) -> bool:
    """Whether `title` is written as a phrase in sentence case, not a name: four words or
    more, two of them in small letters that are no small words ("We want the finest wines
    available", "The village that wouldn't sell"; never "Cléo from 5 to 7")."""
    words = title.split()
    small = [w for w in words[1:] if w[0].islower() and w.casefold() not in COMMON_WORDS]
    return len(words) >= PHRASE_WORDS and len(small) >= 2


def mentions(text, phrase):
    """How often `text` names `phrase`: whole words, in any case."""
    if not phrase.strip():
        return 0
    return len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE))


def spans(html, tags=ITALICS):
    """The title-like phrases set in `tags` in a line's inline HTML, as plain text."""
    found = (
        " ".join(unescape(TAG.sub("", match.group(2))).split())
        for match in EMPHASIS.finditer(html or "")
        if match.group(1) in tags
    )
    return [span for span in found if is_title_like(span)]


def is_title_like(text):
    words = text.split()
    return (
        0 < len(words) <= LONGEST_TITLE_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", ",", ";", ":"))
    )


def bare_year(title, body):
    """("Title", year) for "Title 2017", a film diary's way, unless the text writes the
    year as part of the name ("Blade Runner 2049") or it ends a phrase ("The best of 2019")."""
    match = BARE_YEAR.match(title)
    if not match or int(match.group("year")) > datetime.date.today().year + 1:
        return None
    name = match.group("title")
    last = name.split()[-1]
    if (last.casefold() in COMMON_WORDS and last != "I") or not is_title_like(name.rstrip(".")):
        return None
    if mentions(body, title):
        return None
    return name, int(match.group("year"))


def italic_film(derived, html, body):
    """The phrase in italics in a headline that names the film, or "": the one the text
    repeats most, when the headline's reading holds it ("Director's *The Film* is a love")
    or the text never names that reading."""
    candidates = spans(html)
    if not candidates:
        return ""
    best = max(candidates, key=lambda span: mentions(body, span))  # ties: the first
    if best.casefold() in derived.casefold() or (
        not mentions(body, derived) and mentions(body, best)
    ):
        return best
    return ""


def named_film(headline, derived, body, body_html):
    """A phrase of the headline the text treats as a title, when the text never names
    `derived` (the headline's reading): "Ten years of *X*: …" with X in bold or written
    with its year in the text; in a headline that is a sentence, the name after a
    possessive that the text repeats ("Director's X is the best …"). "" when there is
    none."""
    if mentions(body, derived):
        return ""
    shown = {span.casefold() for span in spans(body_html, tags=(*ITALICS, "strong", "b"))}
    phrases = [*capitals_runs(headline), *CAPITALISED_PHRASE.findall(headline)]
    # "Rewatching Her …": a sentence's capital first, when the text sets the rest apart
    opening = CAPITALISED_PHRASE.match(headline)
    if opening and len(words := opening.group().split()) > 1:
        rest = " ".join(words[1:])
        phrases += [rest] if rest.casefold() in shown or is_dated(body, rest) else []
    owned_phrases = {owned(phrase) for phrase in phrases} - {""}
    candidates = [
        phrase
        for phrase in [*phrases, *(owned(phrase) for phrase in phrases)]
        if phrase
        and phrase.casefold() != derived.casefold()
        and (phrase.casefold() not in COMMON_WORDS or is_dated(body, phrase))
        and not furniture_shape(phrase)  # "Classic Movie Review 4127", "Anime"
    ]
    sentence = is_sentence(derived)
    treated = [
        phrase
        for phrase in candidates
        if mentions(body, phrase)
        and (
            phrase.casefold() in shown
            or year_beside(headline, phrase)
            or re.search(rf"(?<!\w){re.escape(phrase)}\s*\(\d{{4}}\)", body, re.IGNORECASE)
            or is_quoted(body, phrase)
            or (sentence and phrase in owned_phrases and named_as_written(body, phrase))
        )
    ]
    return max(treated, key=lambda phrase: mentions(body, phrase), default="")


def is_dated(body, phrase):
    """Whether `body` writes `phrase`, capitals and all, with a year after it as a title
    is ("Her (2013)", "Her · 2013 · USA"): a common word that is a film's name."""
    pattern = rf"(?<!\w){re.escape(phrase)}(?:\s*\(|\s*[·|•,–—]\s*)(?:18[89]|19\d|20\d)\d\b"
    return any(  # "Park (1993)" in "Jurassic Park (1993)" is not "Park"'s
        not re.search(r"[A-Z][\w'’-]*\s+$", body[: found.start()])
        for found in re.finditer(pattern, body)
    )


def named_as_written(body, phrase):
    """Whether `body` names `phrase` as written, capitals and all, inside a sentence (not
    at its start, where any word has a capital) at least `REPEATED` times."""
    found = [
        match.start()
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", body)
        if match.start() and not re.search(r"[.!?:\"“”]\s*$", body[: match.start()])
    ]
    return len(found) >= REPEATED


def is_sentence(text):
    """Whether headline reading `text` is a sentence, not a name: more than six words with
    a verb a claim is made of ("X's Film is the scariest detective film ever made")."""
    words = text.casefold().split()
    return len(words) > LONGEST_NAME_WORDS and any(word in CLAIM_VERBS for word in words)


def after_label(derived, body):
    """What follows the colon of headline reading `derived` when the text names it and
    never the words before, written in sentence case ("Club notes: The Film"): a column's
    label, not part of a film's name as "Saga: Part Two" is. "" otherwise."""
    label, colon, rest = derived.rpartition(": ")
    if not colon or not is_title_like(rest) or not is_title_like(label) or is_title_case(label):
        return ""  # "Deep Water: Ace": a label in title case is the film's own name
    if mentions(body, derived) or mentions(body, label) or not mentions(body, rest):
        return ""
    return rest.strip()


def is_quoted(body, phrase):
    """Whether `body` sets `phrase` in quotes as a title, not as a nickname between a
    person's names (Pete "Ace" Lund)."""
    quoted = rf"[“\"]{re.escape(phrase)}[”\"](?!\s+(?-i:[A-Z]))"
    return bool(re.search(quoted, body, re.IGNORECASE))


def owned(phrase):
    """What follows a possessive in `phrase` ("Haynes's Carol": "Carol"), or ""."""
    match = re.search(r"[’']s\s+(?P<rest>\S.*)$", phrase)
    return match.group("rest") if match else ""


def opening_film(line, html):
    """("Title", year) when a post's first paragraph opens on the film and its year:
    "*The Film* (2020) follows …", "The Film (2020) is …"; None otherwise."""
    if not (match := OPENING_TITLE.match(line)):
        return None
    title = match.group("title").strip()
    italic = spans(html)
    if italic and italic[0].casefold() == title.casefold():
        return title, int(match.group("year"))
    if (
        is_title_like(title)
        and len(title.split()) <= LONGEST_OPENING_WORDS
        and is_title_case(title)
    ):
        return title, int(match.group("year"))
    return None


def is_title_case(text):
    """Whether every word but the small ones starts with a capital or a digit, the first
    is not a small one but an article, and one capitalised word is not a small one ("The
    Film", never "It", "In 2019" nor "In Harbour Town"). A dash or an ampersand standing
    alone is no word ("Withnail & I", "Saga: Impossible – Fallout")."""
    words = [word for word in text.split() if any(c.isalnum() for c in word)]
    if not words:
        return False
    if words[0].casefold() in COMMON_WORDS - ARTICLES:  # "In Harbour Town (2019), …"
        return False
    return all(
        word[0].isupper() or word[0].isdigit() or word.casefold() in COMMON_WORDS for word in words
    ) and any(word[0].isupper() and word.casefold() not in COMMON_WORDS for word in words)


def front_matter_fields(lines):
    """The "key: value" fields of a static site's front matter, quotes taken off; a field
    under a block (YAML's "film:" over "  title: …", TOML's "[film]" over "title = …")
    also as "film.title"."""
    fields, block, is_table = {}, "", False
    for line in lines:
        if table := re.match(r"^\s*\[(?P<key>[A-Za-z_.-]+)\]\s*$", line):
            block, is_table = table.group("key").casefold(), True
        elif match := FRONT_MATTER_FIELD.match(line):
            key, value = match.group("key").casefold(), match.group("value").strip("\"'")
            indented = line[:1].isspace()
            if not indented and not is_table:
                block = "" if value else key  # "film:" opens a block; "date: …" ends one
            nested = block and key != block and (indented or is_table)
            if nested:
                fields.setdefault(f"{block}.{key}", value)
            if not nested or key not in fields:  # a block's "title" is not the post's
                fields[key] = value
    return fields


#: The front matter's fields that name the film reviewed, apart from the post's title.
FILM_FIELDS = ("film.title", "movie.title", "film.name", "movie.name", "film_title", "movie_title")


def front_matter_film(fields):
    """The film's title a static site's front matter gives apart from the post's title:
    "film_title: …", "movie: …", or a "film:" block's "title:"; "" when none does."""
    for key in FILM_FIELDS:
        if fields.get(key):
            return fields[key]
    for key in ("film", "movie"):
        value = fields.get(key, "")
        if value and not value.startswith(("[", "{")) and is_title_like(value):
            return value
    return ""


def year_beside(headline, phrase):
    """The year in brackets just after `phrase` in `headline` ("*The Film* (2020): …")."""
    match = re.search(rf"{re.escape(phrase)}\W{{0,3}}\((\d{{4}})\)", headline, re.IGNORECASE)
    return int(match.group(1)) if match else None
