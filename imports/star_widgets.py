# ruff: noqa: RUF002  (widgets draw letter grades with minus signs)
"""A page's star widget: the rating drawn as stars, its value and scale said in attributes.

Sites draw the rating as glyphs or icons and say it for screen readers and scripts:
`<span aria-label="4 out of 5 stars">★★★★☆</span>`, `title="3.5/5"`, `class="rating-4"`
or `data-rating="4"` beside a stated maximum (`data-max`, `aria-valuemax`, or the glyphs
themselves, filled and empty). `widget_rating(main)` reads it on 0-10 with how it was
converted; a number whose scale nothing states is reported, never guessed. Widgets in
other posts' teasers, sidebars and comments rate other films and are never read.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bs4 import Tag

from imports.criteria import is_others_score
from imports.patterns import RATING_LABEL
from imports.rating_forms import (
    EMPTY,
    FILLED,
    GLYPH_RUN,
    GLYPHS,
    LETTER,
    glyph_reading,
    letter_reading,
    number_reading,
)
from imports.values import plain

#: Words in a class or id that mark an element as a rating.
RATING_WORDS = frozenset({"rating", "ratings", "stars", "star", "score", "grade", "review-stars"})
#: Class or id words of places whose ratings are other films' or readers'.
ELSEWHERE_WORDS = frozenset({
    "related", "relatedposts", "yarpp", "widget", "sidebar", "comments", "comment", "respond",
    "teaser", "teasers", "recommended", "popular", "trending", "promo", "nav", "menu",
    "user", "users", "reader", "readers", "audience", "community",
})  # fmt: skip
WORD = re.compile(r"[a-z]+")
CLASS_VALUE = re.compile(r"^(?:rat(?:ing|ed)|stars?|score)[-_](?P<value>\d{1,3}(?:[-_.]5)?)$", re.I)
VALUE_ATTRIBUTES = ("data-rating", "data-score", "data-stars", "data-value", "aria-valuenow")
SCALE_ATTRIBUTES = ("data-max", "data-best", "data-scale", "data-out-of", "aria-valuemax")
EMPTY_GLYPHS = "".join(EMPTY.values())
BYLINE_WORDS = frozenset({"byline", "author", "meta"})
STRIP_PARTS = re.compile(r"\s+[·|•]\s+")
SAID_LENGTH = 40
#: "Readers' average: 3.9 out of 5", "4 out of 5 (212 votes)": not the critic's rating.
AUDIENCE = re.compile(
    r"\b(?:readers?|users?|audiences?|average|votes?|members?|community)\b", re.I
)  # an aria-label that says a rating says little else


@dataclass
class WidgetRating:
    value: Decimal | None  # on 0-10; None when the scale is unknown
    as_written: str  # "4 out of 5 stars" (aria-label)
    conversion: str
    element: Tag


def widget_ratings(main) -> list[WidgetRating]:
    """Every star widget of the review itself in `main`, or in the review's header just
    before it ("<header class="review-header">… ★★★★½ …</header>" over its text), in page
    order."""
    found = []
    for tag, within in [
        *header_widgets(main),
        *((tag, main) for tag in main.find_all(is_rating_like)),
    ]:
        if any(isinstance(t, Tag) and t.get("data-star-widget") for t in tag.parents):
            continue  # inside a widget read already
        if is_elsewhere(tag, within) or (reading := widget_reading(tag)) is None:
            continue
        tag["data-star-widget"] = "1"
        found.append(reading)
    return found + byline_ratings(main)


def byline_ratings(main) -> list[WidgetRating]:
    """The critic's rating written in the byline's strip, which goes as furniture: "By Ana
    Lind, Contributing Critic · Editor's rating: 9/10" (never "Readers' rating: …")."""
    found = []
    for tag in main.find_all(class_=lambda names: bool(names) and BYLINE_WORDS & words(names)):
        for part in STRIP_PARTS.split(" ".join(tag.get_text(" ").split())):
            label = RATING_LABEL.match(part)
            if not label or is_others_score(label.group(0)) or AUDIENCE.search(part):
                continue
            if (reading := number_reading(part[label.end() :])) is not None:
                found.append(
                    WidgetRating(reading.value, part, f"{reading.conversion} (byline)", tag)
                )
    return found


def words(names) -> set[str]:
    """The words of a class attribute (a string or a list)."""
    names = names if isinstance(names, str) else " ".join(names)
    return set(WORD.findall(names.casefold()))


def header_widgets(main):
    """(widget, its holder) in the header the review's text follows: a <header>, or an
    element classed as one, among the elements just before `main` in its parent."""
    parent = main.parent
    if not isinstance(parent, Tag):
        return []
    headers = [
        sibling
        for sibling in main.find_previous_siblings()
        if sibling.name == "header" or "header" in WORD.findall(" ".join(sibling.get("class", [])))
    ][:1]
    return [(tag, parent) for header in headers for tag in header.find_all(is_rating_like)]


def is_rating_like(tag) -> bool:
    """Classed or given data as a rating; or drawn (glyphs, an icon) and labelled as one."""
    words = " ".join([*tag.get("class", []), tag.get("id", "")]).casefold()
    if RATING_WORDS.intersection(WORD.findall(words)):
        return True
    if any(tag.has_attr(name) for name in VALUE_ATTRIBUTES[:3]):
        return True
    label, text = said(tag), " ".join(tag.get_text(" ").split())
    drawn = not text or GLYPH_RUN.fullmatch(text) or tag.get("role") in ("img", "meter")
    return bool(label and drawn and number_reading(label))


def is_elsewhere(tag, main) -> bool:
    """Whether `tag` sits in furniture that rates other films (a teaser, the comments)."""
    for parent in [tag, *tag.parents]:
        if parent is main or not isinstance(parent, Tag):
            return False
        if parent.name in ("aside", "nav") and parent is not tag:
            return True
        words = " ".join([*parent.get("class", []), parent.get("id", "")]).casefold()
        if ELSEWHERE_WORDS.intersection(WORD.findall(words)):
            return True
    return False


def said(tag) -> str:
    """What the widget says of itself for screen readers: its aria-label or title."""
    for name in ("aria-label", "title"):
        text = " ".join(tag.get(name, "").split())
        if text and len(text) <= SAID_LENGTH:
            return text
    return ""


def widget_reading(tag) -> WidgetRating | None:
    """The rating `tag` states, or None when it states none (or it is the readers')."""
    if AUDIENCE.search(said(tag)):
        return None
    if (text := said(tag)) and (reading := number_reading(text)):
        return WidgetRating(reading.value, text, f"{reading.conversion} ({attribute(tag)})", tag)
    value, written = stated_value(tag)
    scale, how = stated_scale(tag)
    if scale is None and (drawn := drawn_rating(tag)) is not None:
        return drawn
    if value is None:
        return None
    if scale is None or not 0 < value <= scale:
        return WidgetRating(None, written, f"{written}: out of how many is not said", tag)
    on_ten = value * 10 / scale
    return WidgetRating(
        on_ten, written, f"{plain(value)} of {plain(scale)} ({how}) is {plain(on_ten)}/10", tag
    )


def drawn_rating(tag) -> WidgetRating | None:
    """What a widget draws and no label says: a letter ("<div class="grade">A−</div>"),
    or filled stars alone, out of five as stars are ("<span class="rating rated-9">★★★★½
    </span>"), when a value in its class or data agrees (9 of 10, or 4.5 of 5); or None."""
    text = " ".join(tag.get_text(" ").split())
    if LETTER.match(text) and len(text) <= 2 and (letter := letter_reading(text)):
        return WidgetRating(letter.value, text, letter.conversion, tag)
    if not GLYPH_RUN.fullmatch(text) or any(glyph in text for glyph in EMPTY_GLYPHS):
        return None
    stars = glyph_reading(text)
    if stars is None or stars.value is None or not any(g in text for g in FILLED["star"]):
        return None
    value, _ = stated_value(tag)
    if value is not None and stars.value not in (value, value * 2):
        return None  # the class says another value: neither is read
    return WidgetRating(stars.value, text, f"{stars.conversion} (stars are out of five)", tag)


def attribute(tag):
    return "aria-label" if tag.get("aria-label") else "title"


def stated_value(tag) -> tuple[Decimal | None, str]:
    for name in VALUE_ATTRIBUTES:
        if (value := decimal(tag.get(name))) is not None:
            return value, f'{name}="{tag.get(name)}"'
    for name in tag.get("class", []):
        if match := CLASS_VALUE.match(name):
            digits = match.group("value").replace("_", ".").replace("-", ".")
            return decimal(digits), f'class "{name}"'
    return None, ""


def stated_scale(tag) -> tuple[Decimal | None, str]:
    for name in SCALE_ATTRIBUTES:
        if (scale := decimal(tag.get(name))) is not None and scale > 0:
            return scale, f'{name}="{tag.get(name)}"'
    # Filled and empty glyphs show the scale; filled ones alone do not.
    glyphs = GLYPH_RUN.search(tag.get_text(""))
    if glyphs and any(glyph in glyphs.group(0) for glyph in EMPTY_GLYPHS):
        filled_and_empty = len([glyph for glyph in glyphs.group(0) if glyph in GLYPHS])
        return Decimal(filled_and_empty), "the glyphs, filled and empty"
    return None, ""


def decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value).strip()) if value not in (None, "") else None
    except InvalidOperation:
        return None


def widget_rating(main) -> tuple[WidgetRating | None, list[str]]:
    """The review's star widget rating, and notes: widgets that disagree are not read."""
    readings = widget_ratings(main)
    values = {reading.value for reading in readings if reading.value is not None}
    notes = [
        f"Star widget “{r.as_written}” not read: {r.conversion}." for r in readings
        if r.value is None
    ]  # fmt: skip
    if len(values) > 1:
        shown = ", ".join(f"“{r.as_written}”" for r in readings)
        return None, [*notes, f"Star widgets disagree ({shown}): none was read."]
    return next((r for r in readings if r.value is not None), None), notes
