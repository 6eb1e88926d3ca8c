# ruff: noqa: RUF001  (posts use typographic quotes)
"""Actors named with their parts in brackets, in prose that has no credits list: "Laura Dern
(Nora Fanshaw) is a Los Angeles operator …; Alan Alda (Bert Spitz) is a gentle …".

One "Laura Dern (Nora Fanshaw)" says nothing of which side is the actor, and the bracket
could as well hold a film, a nickname or a country. Two or more such pairs in a passage (a
text block and its neighbours), each where a sentence or a cast list puts its subject, read
as the cast when the post shows its order: a pair whose part is one given name, "Adam
Driver (Charlie)", that the post also uses alone for the character ("Charlie reads out
everything he loves …"), and no pair written the other way, "Charlie (Adam Driver)".
"""

import re

from imports.extracted import CastMember, TextFact
from imports.names import CAP, is_name
from imports.prose_cast import (
    CASTING_WORDS,
    CHARACTER,
    PERSON,
    in_a_list,
    is_character,
    without_starters,
)

ACTOR_FIRST = re.compile(rf"{PERSON}\s+\({CHARACTER}\)")
#: "Charlie (Adam Driver)": one word, then a full name in brackets, the other order.
PART_FIRST = re.compile(rf"(?<![\w'’-])(?P<before>\S+\s+)?{CAP}[\w'’-]+\s+\({PERSON}\)")
#: What may come after the bracket: the sentence goes on ("is", "and"), or a clause ends.
AFTER = re.compile(r"\s+(?-i:[a-z])|\s*[,;.]|\s*$")


def paired_cast(texts, sentence_of, *, crew=()):
    """The cast members paragraphs of "Actor (Part)" pairs in `texts` give, as "cast"
    `TextFact`s, when the post shows which side is the actor; else []."""
    crew = {name.casefold() for name in crew}
    found = [[m for m in ACTOR_FIRST.finditer(text) if is_candidate(text, m)] for text in texts]
    paragraphs = [
        (text, here)
        for index, (text, here) in enumerate(zip(texts, found, strict=True))
        if here
        and len([m for near in found[max(0, index - 1) : index + 2] for m in near]) >= 2
        and not any(without_starters(m.group("name")).casefold() in crew for m in here)
    ]
    whole = "\n".join(texts)
    if not paragraphs or any(is_part_first(match) for match in PART_FIRST.finditer(whole)):
        return []
    if not any(told_alone(match, whole) for _, found in paragraphs for match in found):
        return []
    return [
        TextFact(
            "cast",
            CastMember(without_starters(match.group("name")), match.group("character")),
            sentence_of(text, match.start()),
        )
        for text, found in paragraphs
        for match in found
    ]


def is_candidate(text, match):
    """Whether `match` stands where a sentence or a cast list puts its subject, with an
    actor's full name and a part's name (never "the director", "USA", a rank alone)."""
    name, character = without_starters(match.group("name")), match.group("character")
    before = text[: match.start()].rstrip()
    opens = not before or before[-1] in ".!?;," or re.search(rf"\b{CASTING_WORDS}$", before)
    if not opens or in_a_list(text, match.start()) or not AFTER.match(text, match.end()):
        return False
    if character.split()[0] in ("the", "The") or character.isupper():
        return False
    return is_name(name, strict=True) and is_character(character) and len(character.split()) <= 3


def is_part_first(match):
    """Whether a "Word (Full Name)" match is a part before its actor, not inside a name."""
    before = (match.group("before") or "").strip()
    return not before[:1].isupper() and is_name(match.group("name"), strict=True)


def told_alone(match, whole):
    """Whether the part of "Actor (Part)" is one word the post also writes outside the
    brackets: "Adam Driver (Charlie)" and "Charlie reads out …"."""
    character = match.group("character")
    if " " in character:
        return False
    outside = re.sub(r"\([^()]*\)", "", whole)
    return bool(re.search(rf"(?<![\w'’-]){re.escape(character)}(?![\w'’-])", outside))
