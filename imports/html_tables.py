"""What an HTML table or list of terms is for: the page's layout, credits, or data.

E-mail newsletters and old pages lay out the whole page in tables: a cell holding the
article's headings and paragraphs is a column of the page, not a value, and is read as
blocks (`is_layout`). A table headed "Actor | Role" (or "Character | Played by") lists the
cast with their characters; its header row says which column is which, so each row is read
as "Name (Character)" under a "Cast:" line (`cast_rows`). Any other table is data, a line
per row. A <dl> whose terms are credit labels ("Directed by", "With") is the film's facts,
a "Label: value" line per term (`credit_terms`); any other <dl> (a glossary) is text.
"""

import re

from bs4 import Tag

from imports.names import CAP, is_name
from imports.patterns import FACT_OF_LABEL
from imports.rating_labels import is_rating_term

#: Elements that make a cell a part of the page rather than a value.
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "dl")
#: A cell this long holds the page's text: a cast list runs to about a dozen names.
PARAGRAPH_WORDS = 60
ACTOR_HEADERS = frozenset({
    "actor", "actors", "actress", "cast", "performer", "performers", "played by", "player",
    "starring", "voice", "voiced by", "voice actor", "voice actors", "voice cast",
    "voice actress", "seiyū", "seiyuu", "seiyu",  # an anime's voice actors, in Japanese
})  # fmt: skip
ROLE_HEADERS = frozenset({"role", "roles", "character", "characters", "as", "part", "playing"})
HEADER_TEXT = re.compile(r"[^\w ]+")


def is_layout(table) -> bool:
    """A table used to lay out the page: marked so, or whose own cells hold blocks or
    paragraphs of text (a value is never a paragraph long)."""
    if table.get("role") in ("presentation", "none"):
        return True
    return any(
        cell.find(BLOCK_TAGS) or len(cell.get_text(" ").split()) > PARAGRAPH_WORDS
        for cell in own_cells(table)
    )


def own_cells(table):
    """The table's cells, not those of the tables inside it."""
    for cell in table.find_all(["td", "th"]):
        if next(parent for parent in cell.parents if parent.name == "table") is table:
            yield cell


def own_rows(table):
    return [row for row in table.find_all("tr") if row.find_parent("table") is table]


def cast_columns(header: list[str]) -> tuple[int, int] | None:
    """(actor column, character column) when `header` names them both, else None."""
    names = [HEADER_TEXT.sub("", text).strip().casefold() for text in header]
    if len(names) != 2:
        return None
    if names[0] in ACTOR_HEADERS and names[1] in ROLE_HEADERS:
        return 0, 1
    if names[0] in ROLE_HEADERS and names[1] in ACTOR_HEADERS:
        return 1, 0
    return None


def cast_rows(rows: list[list[str]]) -> list[str] | None:
    """A cast table's rows as lines ("Cast:" for the header, then "Name (Character)"), or
    None when the table is not a cast table."""
    columns = cast_columns(rows[0]) if rows else None
    if columns is None:
        return None
    if any(cell.rstrip(":").casefold() in FACT_OF_LABEL for cells in rows[1:] for cell in cells):
        return None  # "Composer | Ana Lind" among the actors: a credits table, read as one
    actor, role = columns
    lines = ["Cast:"]
    for cells in rows[1:]:
        if len(cells) != 2 or not cells[actor]:
            lines.append(" | ".join(cells))
            continue
        character = f" ({cells[role]})" if cells[role] else ""
        lines.append(f"{cells[actor]}{character}")
    return lines


def without_notes(cell, text: str) -> str:
    """A two-cell row's cell as its value: a note in small print on a line of its own
    ("Chihiro<br><small>Main</small>", "Rumi Hiiragi<br><small>Japanese</small>") left out."""
    notes = [small.get_text(" ").strip() for small in cell.find_all("small")]
    if not cell.find("br") or not all(notes) or not notes:
        return text
    for note in notes:
        text = text.removesuffix(note).rstrip()
    return text or " ".join(notes)


def is_credit_row(texts: list[str]) -> bool:
    """A row of a label and its value: "Editor | Ines Vaz"."""
    return len(texts) == 2 and texts[0].strip().rstrip(":").casefold() in FACT_OF_LABEL


def credit_terms(dl) -> list[tuple[Tag, list[Tag]]] | None:
    """A <dl> of credits as (term, its definitions) pairs, when its terms are credit labels
    ("Directed by", "With", "Running time") or a rating's ("Our rating"); None for a
    glossary, which stays as it is."""
    pairs: list[tuple[Tag, list[Tag]]] = []
    for child in dl.find_all(["dt", "dd"]):
        if child.find_parent("dl") is not dl:
            continue
        if child.name == "dt":
            pairs.append((child, []))
        elif pairs:
            pairs[-1][1].append(child)
    terms = [" ".join(term.get_text(" ").split()).rstrip(":").casefold() for term, _ in pairs]
    labels = [term for term in terms if term in FACT_OF_LABEL or is_rating_term(term)]
    return pairs if pairs and len(labels) * 2 > len(terms) else None


def named_terms(dl) -> list[tuple[str, str]] | None:
    """A <dl> of actors and their parts, "<dt>Ines Vaz</dt><dd>Mara Holm</dd>", as (actor,
    part) pairs: two or more terms, each a person's full name with one definition of one to
    four capitalised words; None for any other <dl> (a glossary of places, a list of jobs)."""
    terms = [child for child in dl.find_all(["dt", "dd"]) if child.find_parent("dl") is dl]
    names = [" ".join(child.get_text(" ").split()) for child in terms]
    if (
        len(terms) < 4
        or len(terms) % 2
        or any(child.name != ("dt", "dd")[index % 2] for index, child in enumerate(terms))
    ):
        return None
    pairs = list(zip(names[::2], names[1::2], strict=True))
    if all(is_name(actor, strict=True) and PART.fullmatch(part) for actor, part in pairs):
        return pairs
    return None


#: A part's name: one to four capitalised words ("Mara Holm", "Old Yubaba", "Dr. Kelson").
PART = re.compile(rf"{CAP}[\w.'\u2019-]*(?:\s+{CAP}[\w.'\u2019-]*){{0,3}}")
