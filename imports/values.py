# ruff: noqa: RUF001, SIM905  (runtimes use primes and quotes; word lists read as prose)
"""Small pure helpers that read, clean and render single values: names, scores, dates, text."""

import re
import unicodedata
from collections import Counter
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from imports.fact_labels import OTHER_LABELS
from imports.patterns import (
    CAPITALISED_PHRASE,
    COMMON_WORDS,
    DATE_FORMATS,
    FACT_OF_LABEL,
    SENTENCE_END,
    VALUE_SEPARATOR,
)
from imports.score_tables import scaled_tables

#: The labels a plain-text table's row may start with: "Director ....... Ana Lind",
#: "Language<tab>Korean".
ROW_LABELS = frozenset(FACT_OF_LABEL) | OTHER_LABELS
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
#: Header rows of fact and score tables: "| Criterion | Score |".
TABLE_HEADERS = frozenset(
    ("criterion", "criteria", "category", "aspect", "role", "credit", "fact", "detail", "details")
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
    text = text.replace("\xa0", " ")
    lines = scaled_tables(text.split("\n"))  # "| Acting | 8 |" under "Out of 10": 8/10
    return "\n".join(" ".join(line.split()) for line in name_columns(table_rows(lines)))


#: Two or more spaces between the names of a run a page's columns left on one line.
NAME_GAP = re.compile(r" {2,}")
NAME_WORD = r"(?-i:[A-ZÀ-Þ])[^\s.,;:!?()]*"
NAME_PIECE = re.compile(
    rf"{NAME_WORD}(?: (?:(?:de|da|del|van|von|der|du|la|le|di) )?{NAME_WORD}){{0,3}}"
)
#: A page's link at the end of such a run: "Show All…", "See more...".
CUT = re.compile(r"(?:…|\.{3})$")


def name_columns(lines):
    """`lines`, a run of names set in columns ("Audrey Tautou  Mathieu Kassovitz  Rufus")
    joined by " · " as a list writes them: three or more capitalised pieces of at most
    four words with no punctuation, or two on the line after such a run; a last piece cut
    short ("Show All…") is a link, left out."""
    joined = False
    for line in lines:
        pieces = NAME_GAP.split(line.strip())
        names = pieces[:-1] if CUT.search(pieces[-1]) else pieces
        named = bool(names) and all(NAME_PIECE.fullmatch(piece) for piece in names)
        joined = named and (len(pieces) >= 3 or (joined and len(pieces) >= 2))
        yield " · ".join(names) if joined else line


#: Between a label and its value in a plain-text table: tabs, spaces, dotted leaders
#: ("Director ....... Ana Lind").
CELL_GAP = re.compile(r"\t+| {3,}|\s*\.{3,}\s*|\s+\.\.\s+")


#: A cast table's header cells: the parts' column and the actors' ("Japanese voice").
PART_HEADER = re.compile(r"characters?|parts?|roles?", re.IGNORECASE)
ACTOR_HEADER = re.compile(
    r"(?:\w+\s+)?(?:voice(?:\s+actor)?|actor|actress|cast|dub|performer)s?", re.IGNORECASE
)


def is_header_row(first, second):
    """ "Criterion | Score", "Character | Japanese voice", "Actor | Role": a header."""
    if first.casefold() in TABLE_HEADERS:
        return True
    return bool(
        (PART_HEADER.fullmatch(first) and ACTOR_HEADER.fullmatch(second))
        or (ACTOR_HEADER.fullmatch(first) and PART_HEADER.fullmatch(second))
    )


def table_rows(lines):
    """`lines` with each table row as the line it means; under an "Actor | Role" header each
    row as "Actor as Role", since two full names say nothing of which is the actor."""
    actor_first = False
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.strip().startswith("|"):
            actor_first = False
        elif (
            len(cells) == 2 and ACTOR_HEADER.fullmatch(cells[0]) and PART_HEADER.fullmatch(cells[1])
        ):
            actor_first = True
        elif actor_first and len(cells) == 2 and all(cells) and not TABLE_RULE.match(line):
            yield f"{cells[0]} as {cells[1]}"
            continue
        yield table_row(line)


def table_row(line):
    """A two-cell table row ("| Director | Len Wiseman |", "Director<tab>Len Wiseman") as
    the "Label: value" line it means; a table's rule or header row as nothing."""
    if TABLE_RULE.match(line):
        return ""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|"):
        cells = [cell.strip() for cell in stripped.strip("|").split("|")]
    else:
        cells = [cell.strip() for cell in CELL_GAP.split(stripped)]
        if len(cells) != 2 or not is_labelled_row(*cells):
            return line.replace("\t", " ")
    if not any(cells) or (len(cells) == 2 and is_header_row(*cells)):
        return ""  # an empty or header row
    if len(cells) == 2 and cells[0] and ":" not in cells[0]:
        return f"{cells[0]}: {cells[1]}"
    return " | ".join(cells) if cells else line


def is_labelled_row(label, value):
    return label.casefold() in ROW_LABELS or bool(re.match(r"\d+(?:[.,]\d+)?\s*/\s*\d", value))


def split_values(value, *, slash=False):
    """`value`'s list of values; a separator inside brackets does not split: "Mubi (UK,
    US)" is one distributor, "Ana Lin (Mae, the mother)" one actor."""
    value = value.strip().rstrip(".")
    parts = outside_brackets(VALUE_SEPARATOR, value)
    if slash:
        parts = [piece for part in parts for piece in part.split("/")]
    elif len(parts) == 1 and is_slash_run(run := SLASH_RUN.split(value)):
        parts = run  # "Ines Vaz / Tomas Lind / Rufus": a run, where "Vaz / Mara" is a pair
    parts = [part.strip(" .") for part in parts]
    return [part for part in parts if part and part.lower() != "etc"]


#: A slash with a space each side, between the values of a run.
SLASH_RUN = re.compile(r"\s+/\s+")


def is_slash_run(parts):
    """Whether `parts` of a value split at its slashes are a run of names: three or more,
    most of several words ("Ines Vaz / Mara / Paprika" is an actor and two parts)."""
    several = [part for part in parts if len(part.split()) >= 2]
    return len(parts) >= 3 and len(several) > len(parts) / 2 + 1


def outside_brackets(separator, value):
    """`value` split at the matches of `separator` that are not inside round brackets."""
    if value.count("(") != value.count(")"):
        return separator.split(value)  # unbalanced: the brackets say nothing
    parts, start = [], 0
    for match in separator.finditer(value):
        if value.count("(", 0, match.start()) > value.count(")", 0, match.start()):
            continue
        parts.append(value[start : match.start()])
        start = match.end()
    return [*parts, value[start:]]


def is_heading_like(line):
    words = line.split()
    return (
        0 < len(words) <= 14
        and len(line) <= 120
        and (line[0].isupper() or line[0].isdigit())
        and not SENTENCE_END.search(line)
    )


#: A sentence ending inside a line ("… the look of the city. Robert Elswit shoots"): with
#: a line after it, a paragraph's first line wrapped, never a heading.
SENTENCE_INSIDE = re.compile(r"\b(?-i:[a-z]){3,}[.!?]\s+(?-i:[A-Z])")


#: A word no heading ends with: a hard-wrapped line stopped inside its sentence ("… and
#: blown up to" / "35mm, the film …").
OPEN_END = re.compile(r"\s(?-i:to|and|of|the|a|an|by|with|for|from|into|or|but|that)$")


def continues(lines, index):
    """Whether the line after `index` carries on its sentence (it opens in lower case, or
    this line stops on "to", "and", "the"…): a paragraph wrapped after a short first line,
    never a heading."""
    if index + 1 >= len(lines) or not lines[index + 1].strip():
        return False
    return bool(re.match(r"(?-i:[a-z])", lines[index + 1]) or OPEN_END.search(lines[index]))


def html_block(tag, html):
    """One block of a body from its inline HTML (escaped text, or a Markdown line's HTML)."""
    if tag in ("ul", "ol"):
        items = "".join(f"<li><p>{item}</p></li>" for item in html)
        return f"<{tag}>{items}</{tag}>"
    if tag == "blockquote":
        return f"<blockquote><p>{html}</p></blockquote>"
    return f"<{tag}>{html}</{tag}>"


def runtime(value):
    """Minutes from "125 min", "2h 5m", "2 hrs 10 mins", "1 hour and 50 minutes", "110'",
    "1:50", "approx. 110 min", "one hundred and ten minutes" or "125"."""
    text = number_words(value.casefold())
    if match := HOURS_MINUTES.search(text):
        total = int(match.group("hours")) * 60 + int(match["minutes"] or match["bare"] or 0)
    elif match := MINUTES.search(text):
        total = int(match.group("minutes"))
    elif match := re.fullmatch(r"(\d{1,2}):(\d\d)(?::\d\d)?", text.strip(" .")):
        total = int(match.group(1)) * 60 + int(match.group(2))
    elif re.fullmatch(r"\d+", text.strip(" .")):
        total = int(text.strip(" ."))
    else:
        return None
    return total if 0 < total <= 1000 else None


#: "1 h 12" and "1h12", as French and German credits write it, are minutes too; a DVD
#: site's "01h:05m:34s" is 65.
HOURS_MINUTES = re.compile(
    r"(?P<hours>\d+)\s*(?:h|hours?|hrs?)(?:\b|(?=\d))\.?[,:]?\s*(?:and\s+)?"
    r"(?:(?P<minutes>\d+)\s*(?:m|mins?|minutes?|'|′|’)(?!\w)|(?P<bare>[0-5]\d)(?![\w:/]|[.,]\d))?"
)
MINUTES = re.compile(r"(?P<minutes>\d+)\s*(?:m|mins?|minutes?|'|′|’)(?!\w)")
UNITS = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    word: 10 * n
    for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
HALF_HOURS = re.compile(r"\b(\w+) and a half hours\b", re.IGNORECASE)
NUMBER_WORDS = re.compile(
    r"\b(?:an?(?=\s+(?:hour|hundred))|"
    + "|".join([*UNITS, *TENS, "hundred"])
    + r")(?:[\s-]+(?:and[\s-]+)?(?:"
    + "|".join([*UNITS, *TENS, "hundred"])
    + r"))*\b"
)


def number_words(text):
    """ "one hundred and ten minutes" as "110 minutes", "an hour" as "1 hour", "two and a
    half hours" as "2 hours 30 minutes"."""

    def as_digits(match):
        total = 0
        for word in re.split(r"[\s-]+", match.group(0)):
            if word == "hundred":
                total = max(total, 1) * 100
            elif word in ("a", "an"):
                total += 1
            else:
                total += UNITS.get(word, TENS.get(word, 0))
        return str(total)

    return NUMBER_WORDS.sub(as_digits, HALF_HOURS.sub(r"\1 hours 30 minutes", text))


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
