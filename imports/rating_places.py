# ruff: noqa: RUF001  (posts use typographic dashes and glyphs)
"""More places a line puts the rating, each giving the rating's text to read as any is:
after a label naming the film itself ("The film: Four stars out of four." in a disc review,
beside "The disc: …"), after a byline ("Review by ana_w  ★★★★½"), in a diary's strip for
one viewing ("Watched by ana_w on 9 March 2025 · ★★★★½ · ♥") and after the site's own
label, in its glyphs counted on the scale it says ("Popcorn score: 🍿🍿🍿🍿 (out of five
buckets)"). A line of any other shape, or a value that is no rating, gives nothing.
"""

import re

from imports.rating_forms import GLYPH_RUN, GLYPHS_OUT_OF, STAR_COUNT, glyph_reading

#: The film's own rating beside its disc's or extras': "The film: ★★★★", "Movie - 4/5".
FILM_LABEL = re.compile(r"^(?:the\s+)?(?:film|movie|feature)\s*[:\-–—]\s*(?P<value>.+)$", re.I)
#: A byline with the reviewer's stars at its end: "Review by sofia ★★★★½", "By Ana Lind ★★★".
BYLINE_GLYPHS = re.compile(
    rf"^(?:(?:a\s+)?review(?:ed)?\s+by|by)\s+[^\s:]{{2,30}}(?:\s+[^\s:]{{2,30}}){{0,2}}\s+"
    rf"(?P<value>{GLYPH_RUN.pattern})$",
    re.IGNORECASE,
)
#: The site's own label before glyphs whose scale is said beside them.
OWN_LABEL = re.compile(r"^(?:[\w'’-]+\s+){0,2}(?:score|rating)\s*[:\-–—]\s*(?P<value>.+)$", re.I)
#: A diary's strip for one viewing, its stars one part: "Watched by ana_w on 9 March 2025 ·
#: rewatch · ★★★★½ · ♥", "Logged 02 Nov 2025 | ★★★½" (a lone heart is a like, not stars).
STRIP_PART = re.compile(r"\s+[·•|]\s+")
VIEWING = re.compile(r"^(?:re-?)?(?:watched|seen|viewed|logged)\b(?!\s+(?:it|this|the)\b)", re.I)
NOT_THE_FILMS = re.compile(r"\b(?:readers?|users?|audiences?|average|disc|extras)\b", re.I)


def rating_elsewhere(line):
    """(the rating's text, how to read it: "stars", "glyphs" or "out of") in `line`, or
    None when `line` is none of these places."""
    text = line.strip(" *_")
    if match := FILM_LABEL.match(text):
        value = match.group("value").strip(" .!*_")
        if STAR_COUNT.fullmatch(value):
            return value, "stars"
        if GLYPH_RUN.fullmatch(value) and is_stars(value):
            return value, "glyphs"
        return None
    if (match := BYLINE_GLYPHS.match(text)) and is_stars(match.group("value")):
        return match.group("value"), "glyphs"
    if stars := viewing_stars(text):
        return stars, "glyphs"
    match = OWN_LABEL.match(text)
    if match and not NOT_THE_FILMS.search(text) and GLYPHS_OUT_OF.fullmatch(match.group("value")):
        return match.group("value"), "out of"
    return None


def viewing_stars(text):
    """The stars of a diary's strip for one viewing ("Watched by … on … · ★★★★½"), or ""."""
    parts = [part.strip(" *_") for part in STRIP_PART.split(text)]
    if len(parts) < 2 or not VIEWING.match(parts[0]):
        return ""
    stars = [part for part in parts[1:] if GLYPH_RUN.fullmatch(part) and is_stars(part)]
    return stars[0] if len(stars) == 1 else ""


def is_stars(glyphs):
    """Whether `glyphs` count on a scale of their own (stars, or filled and empty)."""
    reading = glyph_reading(glyphs)
    return reading is not None and reading.value is not None
