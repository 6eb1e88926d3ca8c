"""Which line near the top names the film, when the line taken as the headline does not.

A forum's flair ("Flair: Film Discussion"), a blog's menu written as one line, a rating
line under a heading: the reading of the top of a page can land on a line that is the
site's. Such a line names nothing the post treats as a film: no year beside it, not the
document's own "#" heading, and the text never names it. A line that does carry that
evidence ("[Review] The Film (2018) - …", "# The Film") then names the film instead.
These functions only read strings; `imports.headline.HeadlineMixin` asks them.
"""

import re

from imports.furniture import is_furniture, is_navigation
from imports.patterns import FACT_LABEL, SENTENCE_END
from imports.title_candidates import is_name_like
from imports.title_evidence import bare_year, headline_film, mentions
from imports.title_shapes import furniture_shape, is_issue_line

#: Parts of a menu or a kicker written on one line: "Blog · Archive · About".
SEPARATOR = re.compile(r"\s[·•|]\s")
#: A forum's tag that says the post is a review: "[Review] The Film (2018) - …".
REVIEW_TAG = re.compile(r"^\[(?:review|reviews|film review|movie review)\]", re.IGNORECASE)
#: How many lines from the top may hold the headline.
TOP_LINES = 12
#: How many lines under the one read as the headline may hold it instead.
BELOW = 3
LONGEST_HEADLINE_WORDS = 20
#: What a film's name needs to beat a line that names nothing: its year, or a "#" heading.
ENOUGH = 2


def is_candidate(line, title):
    """Whether headline `line`, read as `title`, could name a film at all: not a menu, a
    label's line ("Rating: ★★★★"), the site's furniture nor a masthead's issue line."""
    return (
        is_name_like(title)
        and any(character.isalpha() for character in title)
        and len(SEPARATOR.split(line)) < 3
        and not FACT_LABEL.match(line)
        and not is_furniture(line)
        and not is_navigation(line)
        and not is_issue_line(line)  # "Issue 112 · Spring 2025": a masthead's, with a year
        and not furniture_shape(title)
    )


def evidence(line, reading, body, *, top_heading=False):
    """Points for what marks `reading` ((title, year) of headline `line`) as a film's
    name: its year beside it, the document's "#" heading, a forum's review tag, and the
    text naming it again (twice at most counts)."""
    title, year = reading
    return (
        ENOUGH * (year is not None)
        + ENOUGH * top_heading
        + bool(REVIEW_TAG.match(line))
        + min(mentions(body, title), 2)
    )


def is_only(line, title):
    """Whether `line` holds `title` and nothing more: the line a reading was taken from (a
    tagline read as the film), which is no repetition of the name by the text."""
    return line.strip(" .:|*#\u2013\u2014-").casefold() == title.strip().casefold()


def top_lines(lines, chosen):
    """The indexes of the lines that may hold the headline: the first few, not past the
    one where the text begins (a long line, or a sentence), at most `BELOW` under `chosen`."""
    shown = []
    for i in [i for i, line in enumerate(lines) if line][:TOP_LINES]:
        words = len(lines[i].split())
        if words > LONGEST_HEADLINE_WORDS or (SENTENCE_END.search(lines[i]) and words > 3):
            break
        shown.append(i)
    below = [i for i in shown if i > chosen][BELOW:]
    return [i for i in shown if i not in below]


def best_headline(lines, chosen, film, top_headings=()):
    """The index of the line among the first of `lines` that names the film better than
    line `chosen` read as `film` ((title, year)), or None when none does."""
    shown = top_lines(lines, chosen)

    def points(i, reading, *, as_line=True):
        body = " ".join(
            line for at, line in enumerate(lines) if at != i and not is_only(line, reading[0])
        )
        if as_line and reading[1] is None and (diary := bare_year(reading[0], body)):
            reading = diary  # "Title 2001": a film diary's name and year
        return evidence(lines[i], reading, body, top_heading=lines[i] in top_headings)

    chosen_line = lines[chosen]
    current = points(chosen, film, as_line=False) if is_candidate(chosen_line, film[0]) else 0
    if current:
        return None
    ranked = [
        (points(i, reading), -i)
        for i in shown
        if i != chosen and is_candidate(lines[i], (reading := headline_film(lines[i]))[0])
    ]
    score, at = max(ranked, default=(0, 0))
    return -at if score >= ENOUGH else None
