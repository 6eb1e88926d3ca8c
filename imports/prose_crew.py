# ruff: noqa: RUF001  (posts use typographic quotes; the patterns must too)
"""Crew, studios and directors that a review's sentences name in passing: "Robert Yeoman's
camera", "Hildur Guðnadóttir composed the music", "an A24 release", "the Todd Field-directed
drama". Each is a `TextFact` for the editor to confirm, as the other prose facts are."""

import re

from imports.extracted import TextFact
from imports.names import is_name

CAP = r"(?-i:[A-Z])"
PERSON = rf"(?P<name>{CAP}[\w'’-]+(?:\s+(?:de|da|del|van|von|le|la|{CAP}[\w'’-]+)){{1,3}})"
POSSESSIVE = r"(?:’s|'s)\s+(?:[a-z-]+,?\s+){0,3}"  # "X's cold, clean images"
#: Crew roles and the words a sentence names them by.
CREW_IN_PROSE = {
    "cinematographers": [
        rf"{PERSON}{POSSESSIVE}(?:camera(?:work)?|cinematography|photography|images|lensing)\b",
    ],
    "composers": [
        rf"{PERSON}{POSSESSIVE}(?:score|music|soundtrack)\b",
        rf"{PERSON}\s+(?:composed|wrote|scored)\s+the\s+(?:[a-z]+\s+)?(?:score|music)\b",
    ],
    "editors": [
        rf"\bediting\s+(?:is\s+)?by\s+{PERSON}",
        rf"{PERSON}\s+(?:edited|edits|cut)\s+(?:it|the\s+(?:film|movie|[a-z]+s))\b",
    ],
    "directors": [rf"\b(?P<name>{CAP}[\w'’]+(?:\s+{CAP}[\w'’]+){{1,2}})-directed\b"],
}
CREW_PATTERNS = {
    role: [re.compile(pattern) for pattern in patterns] for role, patterns in CREW_IN_PROSE.items()
}
COMPANY = (
    rf"(?P<studio>(?:{CAP}[\w&'’-]*\s+){{0,3}}(?:Pictures|Films|Studios|Entertainment"
    r"|Productions|Features|Releasing|Media|Animation|Classics)|[A-Z]+\d+\w*)\b"
)
STUDIO_PATTERNS = [
    re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+{COMPANY}\s+(?:release|production|picture)\b"),
    re.compile(rf"{COMPANY}\s+(?:is|are)\s+(?:distributing|releasing)\b"),
    re.compile(rf"\b(?:distributed|released|produced)\s+by\s+{COMPANY}"),
]


def crew_facts(text, sentence_of):
    """The crew, studios and "X-directed" directors `text` names, as `TextFact`s."""
    found = []
    for role, patterns in CREW_PATTERNS.items():
        for pattern in patterns:
            for match in pattern.finditer(text):
                if is_name(name := match.group("name"), strict=True):
                    found.append(TextFact(role, name, sentence_of(text, match.start())))
    for pattern in STUDIO_PATTERNS:
        for match in pattern.finditer(text):
            studio = match.group("studio").strip()
            found.append(TextFact("studios", studio, sentence_of(text, match.start())))
    return found
