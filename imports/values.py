"""Small pure helpers that read, clean and render single values: names, scores, dates, text."""

import re
import unicodedata
from collections import Counter
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from html import escape

from imports.extracted import CastMember
from imports.patterns import (
    CAPITALISED_PHRASE,
    COMMON_WORDS,
    DATE_FORMATS,
    SENTENCE_END,
    VALUE_SEPARATOR,
)


def name_key(name):
    """A name reduced for matching: no accents, case, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain.casefold() if c.isalnum())


def half_step(value):
    """`value` on the 0-10 scale rounded to the nearest 0.5 (ties up), clamped to 0-10."""
    rounded = (value * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2
    return min(max(rounded, Decimal(0)), Decimal(10)).quantize(Decimal("0.1"))


def on_ten(value, scale):
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:
        return None
    return number * 10 / Decimal(scale)


def plain(value):
    """`value` as written, without trailing zeros: 9, 9.5, 8.8."""
    return format(value.normalize(), "f")


def normalised(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for invisible in ("\u200b", "\u200c", "\u200d", "\ufeff"):
        text = text.replace(invisible, "")
    text = text.replace("\xa0", " ").replace("\t", " ")
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def split_values(value, *, slash=False):
    value = value.strip().rstrip(".")
    parts = VALUE_SEPARATOR.split(value)
    if slash:
        parts = [piece for part in parts for piece in part.split("/")]
    parts = [part.strip(" .") for part in parts]
    return [part for part in parts if part and part.lower() != "etc"]


def is_heading_like(line):
    words = line.split()
    return (
        0 < len(words) <= 14
        and len(line) <= 120
        and (line[0].isupper() or line[0].isdigit())
        and not SENTENCE_END.search(line)
    )


def html_block(tag, content):
    if tag in ("ul", "ol"):
        items = "".join(f"<li><p>{escape(item, quote=False)}</p></li>" for item in content)
        return f"<{tag}>{items}</{tag}>"
    if tag == "blockquote":
        return f"<blockquote><p>{escape(content, quote=False)}</p></blockquote>"
    return f"<{tag}>{escape(content, quote=False)}</{tag}>"


def cast_member(text):
    if match := re.match(r"^(?P<name>.+?)\s+as\s+(?P<character>.+)$", text):
        return CastMember(match.group("name"), match.group("character"))
    if match := re.match(r"^(?P<name>.+?)\s*\((?P<character>[^)]+)\)$", text):
        return CastMember(match.group("name"), match.group("character"))
    return CastMember(text)


def runtime(value):
    """Minutes from "125 min", "2h 5m", "2 hours 5 minutes" or "125"."""
    hours = re.search(r"(\d+)\s*h", value, re.IGNORECASE)
    minutes = re.search(r"(\d+)\s*m", value, re.IGNORECASE)
    if hours or minutes:
        total = (int(hours.group(1)) * 60 if hours else 0) + (
            int(minutes.group(1)) if minutes else 0
        )
    elif re.fullmatch(r"\d+", value.strip(" .")):
        total = int(value.strip(" ."))
    else:
        return None
    return total if 0 < total <= 1000 else None


def release_date(value):
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", value.strip(" ."))
    cleaned = re.sub(r"\s*\(.*\)$", "", cleaned)
    for date_format in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, date_format).date()
        except ValueError:
            continue
    return None


def guess_title(text):
    """The capitalised phrase the text repeats most: usually the film's title."""
    counts = Counter(
        phrase for phrase in CAPITALISED_PHRASE.findall(text) if phrase.lower() not in COMMON_WORDS
    )
    return counts.most_common(1)[0][0] if counts else "Untitled"
