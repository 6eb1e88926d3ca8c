# ruff: noqa: RUF001  (posts use typographic quotes and dashes)
"""Sentences whose subject is another film: "Also out this week: Blue Winter, with Ines Vaz
as Mara Holm", "See also Blue Winter", "her previous film", "as Mara in Blue Winter (2019)".

A review names other films in teasers, comparisons and careers; the parts, makers and
dates such a sentence gives are that film's, so the importer reads the review's facts from
its text without them (`without_other_films`).
"""

import re

from imports.values import name_key

#: A teaser or comparison that opens a sentence or line: "Also out this week:", "Next week,",
#: "See also", "Compare"; a bracket may open it too: "(compare Blue Winter, …)".
CUE = re.compile(
    r"^[\s(\[*_#>-]*(?:also\s+(?:out|showing|screening|playing|opening|reviewed|new|on|in"
    r"|streaming|recommended)|next\s+(?:week|month|time)|coming\s+(?:soon|up|next)"
    r"|see\s+also|compare|elsewhere|recommended|related|previously\s+reviewed"
    r"|more\s+(?:reviews|films)|if\s+you\s+liked)\b",
    re.IGNORECASE,
)
#: A film of the same people before or after this one: "her previous film", "Vaz's last
#: feature" (never "her new film" or "her first film", which is often the one reviewed).
EARLIER = re.compile(
    r"\b(?:her|his|their|its|[A-Z][\w'’-]+(?:’s|'s))\s+(?:previous|last|earlier|prior|next|other)"
    r"\s+(?:film|feature|movie|picture|outing|work)s?\b"
)
#: "in Blue Winter (2019)": a titled film and its year, inside the sentence.
IN_TITLED = re.compile(
    r"\bin\s+[*_“\"]?(?P<title>[A-Z][\w'’:-]*(?:\s+(?:[A-Z0-9][\w'’:-]*|of|the|and|a|an|in|on"
    r"|to|for|at))*?)[*_”\"]?,?\s+\((?:19|20)\d\d\)"
)
#: Words that bring the sentence back to the reviewed film: "here", "this one", "this time".
HERE = re.compile(
    r"\b(?:here|this\s+one|this\s+time|this\s+film|this\s+movie|now)\b", re.IGNORECASE
)
#: A sentence's end: a stop and a space before a capital or quote, or a line break.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(A-Z])|\n")


def sentences(text):
    """`text` as its sentences and lines, each with its start."""
    start = 0
    for end in SENTENCE_END.finditer(text):
        yield start, text[start : end.start()]
        start = end.end()
    yield start, text[start:]


#: Where a clause starts inside a sentence: after a comma, semicolon or dash.
CLAUSE_BREAK = re.compile(r"[,;]\s+|\s+[—–]\s+")


def other_film_start(sentence, title):
    """Where the part of `sentence` about a film other than the reviewed one, titled
    `title`, starts, or None: a teaser opening the sentence (0), or the clause holding
    another film of the same people or a part "in Blue Winter (2019)" ("Wes Anderson wrote
    the script with Roman Coppola, but it is looser than his other work" keeps its first
    clause); never when the sentence comes back to this film ("here", "this time")."""
    if HERE.search(sentence):
        return None
    if CUE.search(sentence):
        return 0
    found = [m.start() for m in EARLIER.finditer(sentence)] + [
        m.start()
        for m in IN_TITLED.finditer(sentence)
        if name_key(m.group("title")) != name_key(title or "")
    ]
    if not found:
        return None
    breaks = [b.start() for b in CLAUSE_BREAK.finditer(sentence, 0, min(found))]
    return breaks[-1] if breaks else 0


def without_other_films(text, title):
    """`text` without the sentences, or the clauses, about another film."""
    kept, start = [], 0
    for at, sentence in sentences(text):
        if (cut := other_film_start(sentence, title)) is not None:
            kept.append(text[start : at + cut])
            start = at + len(sentence)
    return "".join(kept) + text[start:] if kept else text
