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

from imports.criteria import CRITERION_WORDS
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
#: A criterion's row in points: "Story 7/10", "Action & Stunts 10/10", "Music 80%".
POINTS = re.compile(
    r"(?P<label>[^\d%/]{2,40}?)\s+(?P<value>\d{1,3}(?:[.,]\d)?)\s*(?:/\s*(?P<scale>10|5)|%)"
)
#: The scale a row's points are given on ("4.5/5"), for the box's bare total.
ROW_SCALE = re.compile(r"\d(?:[.,]\d)?\s*/\s*(10|5)\b")
BARE_NUMBER = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?")
TOTAL_CLASS = re.compile(r"total", re.IGNORECASE)
USERS_CLASS = re.compile(r"user|reader|visitor|audience", re.IGNORECASE)
BARE_POINTS = re.compile(r"\d{1,3}(?:[.,]\d)?(?:/(?:10|5)|%)")
#: The title a review box gives its one-line summary.
SUMMARY_TITLE = re.compile(r"^(?:summary|verdict|conclusion|bottom\s+line)\s*:?$", re.I)


def criterion_rows(main) -> list[str]:
    """Rewrite the criterion rows in `main` as "Label: N/10"; the rows as read, for notes.
    The box holding them gives its one-line summary as "Summary: …" (see `box_summary`)."""
    found: dict[int, list[tuple[Tag, str, Decimal, bool]]] = {}
    for row in main.find_all(ROW_TAGS):
        if (score := row_score(row, main)) is not None:
            found.setdefault(id(row.parent), []).append((row, *score))
    read = []
    for rows in found.values():
        if len(rows) < 2:
            continue  # one labelled widget is the rating, not a list of criteria
        named = [label for _, label, _, in_points in rows if in_points and is_named(label)]
        if any(in_points for *_, in_points in rows) and len(named) * 2 <= len(rows):
            continue  # "Heat 9/10", "Ronin 7/10": films or people scored, not criteria
        scales = {scale for row, *_ in rows for scale in ROW_SCALE.findall(row.get_text(" "))}
        for row, label, value, _ in rows:
            rewrite(row, label, f"{plain(value)}/10")
            read.append(f"{label} {plain(value)}/10")
        box_summary(rows[0][0].parent.parent)
        if len(scales) == 1:
            box_total(rows[0][0].parent.parent, scales.pop())
    return read


def box_total(box, scale):
    """A review box's bare total ("<span class="review-total-box">4.5</span>") on the scale
    its rows were scored on ("4.5/5"), as "Rating: 4.5/5"; a users' total stays as it is."""
    if not isinstance(box, Tag):
        return
    for total in box.find_all(class_=TOTAL_CLASS):
        text = " ".join(total.get_text(" ").split())
        if BARE_NUMBER.fullmatch(text) and not total.find_parent(class_=USERS_CLASS):
            total.string = f"Rating: {text}/{scale}"
            return


def is_named(label):
    """Whether a row's label names a criterion in words criteria are made of."""
    return bool(CRITERION_WORDS & set(re.findall(r"[\w'’-]+", label.casefold())))


def box_summary(box):
    """A review box's summary under a title of its own ("<p>Summary</p><p>One sentence.</p>")
    as one "Summary: …" line, which the text extractor reads as the verdict when it is one
    sentence and no line is labelled as one."""
    if not isinstance(box, Tag):
        return
    for title in box.find_all((*ROW_TAGS[2:], "span", "strong", "h3", "h4")):
        following = title.find_next_sibling()
        if not SUMMARY_TITLE.match(title.get_text(" ").strip()) or following is None:
            continue
        text = " ".join(following.get_text(" ").split())
        if following.name == "p" and text and not following.find_next_sibling("p"):
            following.string = f"Summary: {text}"
            title.decompose()
            return


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


def row_score(row, main) -> tuple[str, Decimal, bool] | None:
    """(label, value on 0-10, whether in points) when `row` is a label beside stars or
    points ("Story 7/10", "Story 70%"), else None."""
    if any(not is_drawing(inner) for inner in row.find_all(ROW_TAGS)) or is_elsewhere(row, main):
        return None  # a row of rows; the box a row's stars are drawn in is no row
    text = " ".join(row.get_text(" ").split())
    if points := POINTS.fullmatch(text):
        # "Visuals ★★★★★ 10/10": the points say it, the glyphs only draw it
        label = GLYPH_RUN.sub("", points.group("label")).strip(EDGES)
        value = points.group("value")
        scale = Decimal(points.group("scale") or 100)
        on_ten = Decimal(value.replace(",", ".")) * 10 / scale
        return (label, on_ten, True) if is_criterion(label) and on_ten <= 10 else None
    widget = next((tag for tag in row.find_all(is_rating_like)), None)
    reading = widget_reading(widget) if widget is not None else None
    if reading is not None and reading.value is not None:
        value, drawn = reading.value, " ".join(widget.get_text(" ").split())
    elif (glyphs := glyph_reading(text)) is not None and glyphs.value is not None:
        value, drawn = glyphs.value, text[glyphs.start : glyphs.end]
    else:
        return None
    label = GLYPH_RUN.sub("", text.replace(drawn, "", 1) if drawn else text).strip(EDGES)
    return (label, value, False) if is_criterion(label) else None


def is_drawing(tag) -> bool:
    """Whether `tag` only draws a row's score ("<div class="review-star">★★★★☆</div>",
    "<div …><span>4.5/5</span></div>"): no text but glyphs or the points."""
    text = "".join(tag.get_text().split())
    return not text or bool(GLYPH_RUN.fullmatch(text) or BARE_POINTS.fullmatch(text))


def is_criterion(label: str) -> bool:
    words = label.casefold().split()
    return (
        bool(LABEL.match(label))
        and len(words) <= LABEL_WORDS
        and not TOTAL_WORDS.intersection(words)
        and not is_name(label, strict=True)
    )
