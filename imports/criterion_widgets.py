# ruff: noqa: RUF001  (labels and rows use typographic quotes and dashes; the patterns must too)
"""A review box's per-criterion star rows ("Story ★★★★☆", "Visuals ★★★★★") read as scores.

Review plugins draw a score for each criterion as a row: a short label beside a star
widget (its value said in an `aria-label`, or glyphs filled and empty). Left as they are,
the stars go (`imports.star_widgets` reads the widgets) and the labels stay behind as bare
lines that read as names, or as values under a label ("Story" is a writer's). Each such
row is rewritten as "Label: N/10", which the text extractor reads as a score. A row is a
criterion only beside another of its kind, with a short label that is no person's name,
and only when its scale is stated or its glyphs are stars (out of five); a row in the
page's furniture (another film's teaser) is left alone.
"""

import re
from decimal import Decimal

from bs4 import Tag

from imports.names import is_name
from imports.rating_forms import GLYPH_RUN, glyph_reading
from imports.star_widgets import is_elsewhere, is_rating_like, widget_reading
from imports.values import plain

ROW_TAGS = ("li", "tr", "p", "div", "dd")
LABEL = re.compile(r"^[A-Za-z][A-Za-z&'’ /-]{0,40}$")
LABEL_WORDS = 4
#: The box's total, never a criterion: the text extractor reads it as the rating.
TOTAL_WORDS = frozenset({"overall", "total", "rating", "score", "final", "verdict", "summary"})
EDGES = " :|–—-"


def criterion_rows(main) -> list[str]:
    """Rewrite the criterion rows in `main` as "Label: N/10"; the rows as read, for notes."""
    found: dict[int, list[tuple[Tag, str, Decimal]]] = {}
    for row in main.find_all(ROW_TAGS):
        if (score := row_score(row, main)) is not None:
            found.setdefault(id(row.parent), []).append((row, *score))
    read = []
    for rows in found.values():
        if len(rows) < 2:
            continue  # one labelled widget is the rating, not a list of criteria
        for row, label, value in rows:
            rewrite(row, label, f"{plain(value)}/10")
            read.append(f"{label} {plain(value)}/10")
    return read


def rewrite(row, label, score):
    """The row as "Label: 8/10"; a table row keeps two cells, which read the same way."""
    row.clear()
    if row.name != "tr":
        row.append(f"{label}: {score}")
        return
    for text in (label, score):
        cell = Tag(name="td")
        cell.append(text)
        row.append(cell)


def row_score(row, main) -> tuple[str, Decimal] | None:
    """(label, value on 0-10) when `row` is a label beside stars, else None."""
    if row.find(ROW_TAGS) or is_elsewhere(row, main):
        return None
    text = " ".join(row.get_text(" ").split())
    widget = next((tag for tag in row.find_all(is_rating_like)), None)
    reading = widget_reading(widget) if widget is not None else None
    if reading is not None and reading.value is not None:
        value, drawn = reading.value, " ".join(widget.get_text(" ").split())
    elif (glyphs := glyph_reading(text)) is not None and glyphs.value is not None:
        value, drawn = glyphs.value, text[glyphs.start : glyphs.end]
    else:
        return None
    label = GLYPH_RUN.sub("", text.replace(drawn, "", 1) if drawn else text).strip(EDGES)
    return (label, value) if is_criterion(label) else None


def is_criterion(label: str) -> bool:
    words = label.casefold().split()
    return (
        bool(LABEL.match(label))
        and len(words) <= LABEL_WORDS
        and not TOTAL_WORDS.intersection(words)
        and not is_name(label, strict=True)
    )
