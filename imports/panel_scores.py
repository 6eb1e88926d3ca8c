# ruff: noqa: RUF001  (posts use typographic quotes and dashes)
"""A panel's scores: each host or critic scores the film on their own row ("Priya: 9/10",
"Callum: 7/10"), and a row of the panel's own sums them up ("Club average: 8/10 — “…”").

The people's rows are neither criteria nor the rating; the panel's row is the review's
rating, and what follows it (in quotes, perhaps) its verdict. A row is a person's when its
label is a full name, or a first name the post gives in full elsewhere ("Priya" beside
"Hosts: Priya Nand & …"); never a criterion's word ("Sound", "Story"). Without two
people's rows there is no panel, and an "average" row is left as it was read.
"""

import re

from imports.criteria import CRITERION_WORDS
from imports.names import is_name

#: The panel's own row: "Club average", "Our average", "Panel score", "Team total",
#: "Hosts' average", "Average" (others' averages are never read as scores at all).
PANEL_ROW = re.compile(
    r"^(?:(?:the\s+)?(?:club|panel|team|crew|hosts?['’]?s?|group|our|house|show|podcast"
    r"|family|household)\s+)?(?:average|mean|total|overall)(?:\s+(?:score|rating))?$"
    r"|^(?:club|panel|team|crew|hosts?['’]?s?|group|household)\s+(?:score|rating|grade)$",
    re.IGNORECASE,
)
MIN_PEOPLE = 2
QUOTES = "“”\"‘’'"


def is_person_row(name, text):
    """Whether a score's label `name` is a person's: a full name, or a first name that
    `text` gives in full; never a criterion's word."""
    words = re.findall(r"[\w'’-]+", name.casefold())
    if not words or CRITERION_WORDS & set(words) or PANEL_ROW.match(name):
        return False
    if is_name(name, strict=True):
        return True
    if len(words) != 1 or not name[:1].isupper():
        return False
    full = re.compile(rf"\b{re.escape(name)}\s+(?-i:[A-Z])[\w'’-]+")
    return any(is_name(match.group(0), strict=True) for match in full.finditer(text))


def panel(scores, lines):
    """(the people's rows, the panel's row or None) among `scores` read from `lines`: the
    people's rows only when at least two stand in one block of lines with the panel's
    row, or with each other when there is none; else ([], None)."""
    text = "\n".join(lines)
    people = [(name, value) for name, value in scores if is_person_row(name, text)]
    if len(people) < MIN_PEOPLE:
        return [], None
    blocks = {block_of(name, lines) for name, _ in people}
    if len(blocks) != 1 or None in blocks:
        return [], None
    block = blocks.pop()
    summed = next(
        (
            (name, value)
            for name, value in scores
            if PANEL_ROW.match(name) and block_of(name, lines) == block
        ),
        None,
    )
    return people, summed


def block_of(name, lines):
    """The (start, end) of the block of non-blank lines holding `name`'s row, or None."""
    row = re.compile(rf"[-*•·\s]*{re.escape(name)}\s*(?::|\s[–—-]\s|\|)", re.IGNORECASE)
    at = next((at for at, line in enumerate(lines) if row.match(line)), None)
    if at is None:
        return None
    start, end = at, at
    while start > 0 and lines[start - 1]:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1]:
        end += 1
    return start, end


def quoted(comment):
    """A comment without the quotation marks around it."""
    comment = comment.strip()
    if len(comment) > 2 and comment[0] in QUOTES and comment[-1] in QUOTES:
        return comment[1:-1].strip()
    return comment
