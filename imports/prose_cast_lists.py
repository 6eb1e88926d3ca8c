# ruff: noqa: SIM905  (word lists read as prose)
"""Cast written as a run of short clauses rather than a sentence: "A is B · C is D",
"Who's in it: A is B; C is D", and two leads a sentence names without parts: "A and B
play a couple who …".

"X is Y" alone is too loose to credit an actor ("Tom Hanks is Captain America's biggest
fan"); two or more of them in a row, each nothing but a name, a verb and a character's
name, read as the post's cast list.
"""

import re

from imports.extracted import CastMember, TextFact
from imports.names import is_name
from imports.prose_cast import CHARACTER, PERSON, is_character

#: Separators between the clauses of a cast run; a comma is not one ("A is B, the …").
SEPARATOR = re.compile(r"\s*(?:[·•|;]|\s-\s)\s*")
#: A label opening the run: "Who's in it:", "The players:".
LABEL = re.compile(r"^[^:.;·•|]{1,30}:\s*")
ITEM = re.compile(rf"^{PERSON}\s+(?:is|as|plays)\s+{CHARACTER}\s*\.?$")
#: "A and B play a couple": the two leads, the parts only described.
LEADS_DESCRIBED = re.compile(
    PERSON.replace("(?P<name>", "(?P<first>")
    + r"\s+and\s+"
    + PERSON.replace("(?P<name>", "(?P<second>")
    + r"\s+(?:(?:play|portray)\s+(?:a|an|the|two)\s+(?-i:[a-z])|are\s+the\s+(?:[a-z-]+,?\s+){0,2}"
    r"(?:sisters|brothers|siblings|parents|couple|twins|lovers|spouses|newlyweds)\b(?!\s+of\b))"
)
#: A "who's who" item: the character, what the film makes of them, then the actor: "Osamu,
#: the day-labourer dad: Lily Franky". A label ("Director: X") has no description.
DESCRIBED_ITEM = re.compile(
    rf"^{CHARACTER},\s+(?P<described>(?:the|a|an|who|whose|his|her|their)\s+(?-i:[a-z])"
    rf"[^:;.]{{0,100}}):\s+"
    rf"{PERSON}\.?$"
)
#: Words that make a description one of a person.
PERSON_WORDS = frozenset(
    """who whose man woman men women boy girl kid child son daughter mother father mum mom
    dad parent wife husband brother sister grandmother grandfather granny grandma grandpa
    aunt uncle cousin friend lover widow widower teenager neighbour neighbor landlady
    landlord boss cop detective officer soldier doctor nurse teacher student worker""".split()
)


def cast_list_facts(text, sentence_of):
    """The actors a cast run, a who's-who item or a two-lead sentence in `text` credits,
    as "cast" facts."""
    found = [TextFact("cast", member, sentence_of(text, 0)) for member in cast_run(text)]
    if (match := DESCRIBED_ITEM.match(text.strip())) and (member := described_member(match)):
        found.append(TextFact("cast", member, sentence_of(text, 0)))
    for match in LEADS_DESCRIBED.finditer(text):
        names = [match.group("first"), match.group("second")]
        if all(is_name(name, strict=True) for name in names):  # "The Hollow Men and …": a band
            sentence = sentence_of(text, match.start())
            found += [TextFact("cast", CastMember(name), sentence) for name in names]
    return found


def cast_run(text):
    """The members of the longest run of "A is B" clauses in `text`, if two or more."""
    best, run = [], []
    for item in SEPARATOR.split(LABEL.sub("", text.strip(), count=1)):
        member = run_member(item)
        run = [*run, member] if member else []
        best = run if len(run) > len(best) else best
    return best if len(best) >= 2 else []


def run_member(item):
    """ "Olivia Colman is Queen Anne" as a `CastMember`, or None for any other clause."""
    match = ITEM.match(item.strip())
    if not match:
        return None
    name, character = match.group("name"), match.group("character")
    if character.startswith(("the ", "The ")) or not is_name(name, strict=True):
        return None
    if not is_character(character) or name == character:
        return None
    return CastMember(name, character)


def described_member(match):
    """The `CastMember` of a who's-who item, if its description is of a person ("the boy",
    "who runs the bar"; never "the city that never sleeps") and its actor reads as one."""
    name, character = match.group("name"), match.group("character")
    if character.startswith(("the ", "The ")) or not is_character(character):
        return None
    if not PERSON_WORDS & set(re.findall(r"[a-z]+", match.group("described"))):
        return None
    return CastMember(name, character) if is_name(name, strict=True) else None
