# ruff: noqa: RUF001, RUF002  (posts rate with glyphs, typographic dashes and minus signs)
"""The ways posts write a rating, each read to 0-10 with a note of how it was converted.

Numbers over a stated scale ("4 out of 5", "8.5/10", "3 popcorns out of 4"), star and
other glyphs (★★★½, ★★★☆☆, ⭐⭐⭐, ♥♥♥♡♡, 🍅🍅🍅), asterisks after a rating label (***½) and
letter grades (B+). A number or glyphs whose scale the post does not state is not guessed.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from imports.values import plain

#: Letter grades on the 0-10 scale: A+ is 10, each step down half a point, F is 2.
LETTER_GRADES = {
    "A+": 10, "A": Decimal("9.5"), "A-": 9, "B+": Decimal("8.5"), "B": 8, "B-": Decimal("7.5"),
    "C+": 7, "C": Decimal("6.5"), "C-": 6, "D+": Decimal("5.5"), "D": 5, "D-": Decimal("4.5"),
    "F": 2,
}  # fmt: skip
#: Filled and empty glyphs by kind; stars alone are out of five when no empty ones show it.
FILLED = {"star": "★⭐🌟✭✪✮", "heart": "♥❤💖💗", "tomato": "🍅", "popcorn": "🍿", "skull": "💀"}
EMPTY = {"star": "☆✩", "heart": "♡🤍", "tomato": "", "popcorn": "", "skull": ""}
HALF = "½⯨⯪"
GLYPHS = "".join(FILLED.values()) + "".join(EMPTY.values()) + HALF
GLYPH_RUN = re.compile(rf"[{GLYPHS}](?:[\s\ufe0f]*[{GLYPHS}])*")
ASTERISKS = re.compile(r"^\*{1,5}(?:½|1/2)?(?=\s|$|[^*])")
LETTER = re.compile(r"^(?P<grade>[A-D][+\-−–](?=\s|$|[^\w])|[A-DF](?=\s*(?:$|[.,;:!()\[\]|/–—-])))")
#: A letter alone that is no grade of the table: "E" (a scale to E), "S" (a tier list).
OTHER_LETTER = re.compile(r"^[E-Z][+\-−–]?\s*$")
NUMBER_OVER_SCALE = re.compile(
    r"(?P<value>\d{1,3}(?:[.,]\d+)?)\s*(?:(?P<unit>(?!out\b|of\b)[a-z]+)\s+)?"
    r"(?:/|out\s+of|of|von|sur|su|de)\s*(?P<scale>100|20|10|5|4)\b(?:\s+(?:stars|points))?",
    re.IGNORECASE,
)
PERCENT = re.compile(r"(?<![\d.])(?P<value>\d{1,3}(?:[.,]\d+)?)\s*%")
#: Glyphs (and a number) opening a line, the verdict after a dash: "★★★★ - a treat".
LEADING_GLYPHS = re.compile(
    rf"^{GLYPH_RUN.pattern}(?:\s*[(\[]?\s*\d{{1,3}}(?:[.,]\d+)?\s*(?:/|out\s+of)\s*\d{{1,3}}"
    rf"(?:\s+stars?)?\s*[)\]]?)?\s+[–—-]\s+\w",
    re.IGNORECASE,
)
#: What may stand beside a rating's glyphs and number on its line.
RATING_ASIDES = re.compile(r"[\s()\[\].,:;|·•–—-]|\bstars?\b", re.IGNORECASE)
#: Number words up to ten, as a count of stars or its scale is written: "four stars out of five".
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1
    )
}
NUMBER_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
#: A count of stars, its scale in words or figures after it or not said: "4½ stars",
#: "4.5 stars", "four and a half stars", "four stars out of five", "3 stars (out of 4)".
STAR_COUNT = re.compile(
    rf"(?P<count>\d{{1,2}}|{NUMBER_WORD}|(?=½))(?P<half>[.,]5|½|\s+and\s+a\s+half)?\s*stars?\b"
    rf"(?:\s*[(\[]?\s*(?:out\s+)?of\s+(?P<scale>{NUMBER_WORD}|\d{{1,2}})(?:\s+stars)?\s*[)\]]?)?",
    re.IGNORECASE,
)
#: Stars are counted out of five unless the post says otherwise, as glyphs are.
STARS_SCALE = 5
#: The scale said right after glyphs or asterisks: "(out of four)", "(of 5)", "out of 4 stars".
SCALE_AFTER = re.compile(
    r"\s*[(\[]?\s*(?:out\s+)?of\s+(?P<scale>four|five|4|5)(?:\s+stars)?\s*[)\]]?(?!\s*\w)",
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(r"^(?P<value>\d{1,3}(?:[.,]\d+)?)(?:\s*(?P<unit>[a-z]+))?\b", re.I)


@dataclass
class Reading:
    """A rating as read: its value on 0-10 (None when the scale is unknown), how it was
    converted, and where in the text it was."""

    value: Decimal | None
    conversion: str
    start: int
    end: int


def scale_after(text, end):
    """The scale said right after a rating's glyphs or asterisks ending at `end` ("★★★★
    (out of 4)", "***½ (out of four)", "*** of five") and where it ends; (None, end)."""
    if said := SCALE_AFTER.match(text, end):
        return scale_number(said.group("scale")), said.end()
    return None, end


def glyph_reading(text, *, scale=None):
    """Stars, hearts or other repeated glyphs in `text` (out of `scale` when the post
    states it, or the scale said right after them, and no empty glyphs show it), or None."""
    match = GLYPH_RUN.search(text)
    if not match:
        return None
    glyphs = match.group(0)
    said, end = scale_after(text, match.end())
    scale = said or scale
    for kind, filled_glyphs in FILLED.items():
        filled = sum(glyphs.count(glyph) for glyph in filled_glyphs)
        empty = sum(glyphs.count(glyph) for glyph in EMPTY[kind])
        if filled + empty:
            break
    half = sum(glyphs.count(glyph) for glyph in HALF)
    if not filled + empty:
        return None  # "½" alone, as in "***½": not glyphs of a rating
    if empty:
        scale = filled + empty + half
    elif kind == "star" or scale:  # glyphs of any kind on the scale the post states
        scale = scale or 5
    else:
        return Reading(None, f"{glyphs}: out of how many is not said", *match.span())
    value = (Decimal(filled) + Decimal(half) / 2) * 10 / scale
    conversion = f"{glyphs.strip()} is {filled + half / 2:g} of {scale}"
    return Reading(value, conversion, match.start(), end if said else match.end())


def asterisk_reading(text):
    """Asterisks after a rating label ("Rating: ***½"), out of five unless the scale said
    after them is another ("***½ (out of four)"); or None."""
    match = ASTERISKS.match(text)
    if not match:
        return None
    stars = match.group(0)
    count = Decimal(stars.count("*")) + (Decimal("0.5") if stars.endswith(("½", "1/2")) else 0)
    scale, end = scale_after(text, match.end())
    scale = scale or STARS_SCALE
    value = count * 10 / scale
    return Reading(value, f"{stars} is {count:g} of {scale} stars", match.start(), end)


def letter_reading(text):
    """A letter grade ("B+", "A−") at the start of `text`, on the stated table; a letter
    off the table ("E", "S") read as a grade whose value is not known; or None."""
    match = LETTER.match(text)
    if not match:
        if other := OTHER_LETTER.match(text):
            grade = other.group(0).strip()
            return Reading(None, f"grade {grade} is not on the A+ … F table", *other.span())
        return None
    grade = match.group("grade").replace("−", "-").replace("–", "-")
    value = Decimal(LETTER_GRADES[grade])
    return Reading(value, f"grade {grade} is {value:g}/10 (A+ 10 … F 2)", *match.span())


def number_reading(text):
    """ "4 out of 5", "8.5/10", "3 popcorns out of 4": a number over a stated scale; or None."""
    match = NUMBER_OVER_SCALE.search(text)
    if not match:
        return None
    value = Decimal(match.group("value").replace(",", "."))
    scale = Decimal(match.group("scale"))
    on_ten = value * 10 / scale
    unit = f" {match.group('unit')}" if match.group("unit") else ""
    conversion = f"{value:g}{unit} of {scale:g}" + (
        "" if scale == 10 else f" is {plain(on_ten)}/10"
    )
    return Reading(on_ten, conversion, *match.span())


def star_count_reading(text, *, scale=None):
    """ "4½ stars", "four stars out of five": a count of stars at the start of `text`, out
    of the scale said after it, else out of `scale` (the post's) or five; or None. The
    count must fit the scale."""
    match = STAR_COUNT.match(text)
    if not match:
        return None
    count = Decimal(scale_number(match.group("count") or "0"))
    count += Decimal("0.5") if match.group("half") else 0
    said = ""
    if match.group("scale"):
        scale = scale_number(match.group("scale"))
    elif scale is None:
        scale, said = STARS_SCALE, " (stars are out of five when no scale is said)"
    if count > scale or not scale:
        return Reading(None, f"“{match.group(0)}”: out of how many is not said", *match.span())
    value = count * 10 / scale
    conversion = f"{count:g} stars of {scale}{said} is {plain(value)}/10"
    return Reading(value, conversion, *match.span())


#: A rating said in words, perhaps in the site's unit: "four out of five", "seven out of
#: ten", "three and a half skulls out of five".
SPOKEN = re.compile(
    rf"(?P<count>{NUMBER_WORD})(?P<half>\s+and\s+a\s+half)?(?:\s+[a-z]+)?\s+out\s+of\s+"
    r"(?P<scale>four|five|ten)\b",
    re.IGNORECASE,
)


def spoken_reading(text):
    """ "four out of five" at the start of `text`: a rating in words; or None."""
    match = SPOKEN.match(text)
    if not match:
        return None
    count = scale_number(match.group("count")) + (Decimal("0.5") if match.group("half") else 0)
    scale = scale_number(match.group("scale"))
    if count > scale:
        return None
    value = Decimal(count) * 10 / scale
    return Reading(value, f"“{match.group(0)}” is {plain(value)}/10", *match.span())


def percent_reading(text):
    """ "85%": a share of a hundred; or None."""
    if match := PERCENT.search(text):
        value = Decimal(match.group("value").replace(",", "."))
        return Reading(value / 10, f"{value:g}% is {plain(value / 10)}/10", *match.span())
    return None


def unscaled_reading(text):
    """A bare number ("Rating: 8", "4 popcorns"): its scale unknown, so no value."""
    if match := BARE_NUMBER.match(text):
        return Reading(None, f"“{match.group(0)}”: out of how many is not said", *match.span())
    return None


def is_rating_alone(text):
    """Whether `text` is only a rating in glyphs and a number over its scale, or glyphs
    (and a number) with the verdict after a dash."""
    if LEADING_GLYPHS.match(text):
        return True
    glyphs, number = GLYPH_RUN.search(text), NUMBER_OVER_SCALE.search(text)
    if not (glyphs and number):
        return False
    rest = NUMBER_OVER_SCALE.sub(" ", GLYPH_RUN.sub(" ", text))
    return not RATING_ASIDES.sub("", rest)


#: A post's note of its stars' scale: "Ratings are out of four stars", "(All ratings out of 4)".
SCALE_NOTE = re.compile(
    r"\b(?:ratings?|stars?|we\s+rate|rated)\b[^.\n]{0,30}?\bout\s+of\s+"
    r"(?P<scale>four|five|4|5)\b(?:\s+stars)?",
    re.IGNORECASE,
)


#: "on a four-star scale", "our 4-star scale": the scale, said another way.
STAR_SCALE = re.compile(r"\b(?P<scale>four|five|4|5)[- ]star\s+(?:rating\s+)?scale\b", re.I)
#: Glyphs with their scale beside them: "★★★ (out of 4)", "★★★½ out of four stars",
#: "🍿🍿🍿🍿 (out of five buckets)".
GLYPHS_OUT_OF = re.compile(
    rf"^(?P<glyphs>{GLYPH_RUN.pattern})\s*[(\[]?\s*(?:out\s+)?of\s+"
    r"(?P<scale>four|five|4|5)(?:\s+(?:stars|[a-z]+s))?\s*[)\]]?\.?$",
    re.IGNORECASE,
)


def scale_number(word):
    """ "four" as 4, "4" as 4."""
    return NUMBER_WORDS.get(word.casefold()) or int(word)


def stated_scale(text):
    """The number of stars a post says its ratings are out of, or None."""
    if match := SCALE_NOTE.search(text) or STAR_SCALE.search(text):
        return scale_number(match.group("scale"))
    return None
