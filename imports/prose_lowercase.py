# ruff: noqa: RUF001, SIM905  (posts use typographic quotes; word lists read as prose)
"""Credits in a paragraph written all in lower case, as film-log entries often are:
"the boys: lucas hedges as danny, timothée chalamet as kyle", "christine (saoirse ronan,
who …)", "sam levy shot it", "jon brion's score".

Without capitals nothing marks a name, so only the tightest shapes are read: two name
words opening a clause (never a function word, a pronoun or a verb that takes "as"),
then the credit. A name the post writes with capitals elsewhere keeps that spelling;
otherwise each word is capitalised. Only paragraphs with (almost) no capitals are read.
"""

import re

from imports.extracted import CastMember, TextFact
from imports.names import SENTENCE_WORDS

WORD = r"[^\W\d_][\w'’-]*"
PAIR = rf"(?P<name>{WORD}\s+{WORD})"
CLAUSE_START = r"(?:^|(?<=[.;:!?]\s)|(?<=,\s)|(?<=\band\s)|(?<=\())"
#: Words that are never part of a name written in lower case.
NOT_NAME_WORDS = SENTENCE_WORDS | frozenset(
    """i me my we our you your he him she they them it's that's there's here's what who
    whom whose which why how when where if so not no yes all any some every each much many
    more most less few one two three also just only even still really very too quite
    everything nothing something anything everyone someone nobody anyone nowhere
    plays works reads serves doubles lands functions comes registers counts passes acts
    poses stands emerges ends begins starts opens feels looks sounds comes goes
    is are was were be been being do does did done can could should may might must shall
    and or but nor yet for to at by about than then as like after before over under
    scene scenes shot shots score music ending opening script performance cast camera
    character characters role part dialogue plot story acting direction editing
    thank god gosh sorry please seriously honestly literally basically actually spoiler
    spoilers""".split()
)
#: What never names a character after "as": "as well", "as always", "as a …".
NOT_CHARACTERS = NOT_NAME_WORDS | frozenset(
    "well usual always ever such expected promised intended advertised planned far long "
    "soon though good bad great".split()
)
AS_PART = re.compile(
    rf"{CLAUSE_START}{PAIR}\s+as\s+(?P<character>{WORD})(?=[,.;:!?)]|\s+(?:is|was|with|who|and)\b)"
)
NAME_IN_BRACKETS = re.compile(rf"{CLAUSE_START}(?P<character>{WORD})\s+\({PAIR}(?=[,)])")
CREW = {
    "cinematographers": re.compile(rf"{CLAUSE_START}{PAIR}\s+shot\s+it\b"),
    "composers": re.compile(rf"{CLAUSE_START}{PAIR}(?:’s|'s)\s+(?:[a-z-]+\s+)?(?:score|music)\b"),
    "editors": re.compile(rf"{CLAUSE_START}{PAIR}\s+(?:edited|cut)\s+it\b"),
}
#: Share of capitalised words (besides "I") under which a paragraph is written in lower case.
LOWER_CASE_SHARE = 0.03
MIN_WORDS = 8


def is_lower_case(text):
    """Whether `text` is a paragraph written without capitals (not even its first word)."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’]*", text) if word[0] != "I"]
    capitalised = sum(word[0].isupper() for word in words)
    if len(words) < MIN_WORDS or not words[0][0].islower():
        return False
    return capitalised <= LOWER_CASE_SHARE * len(words)


def lower_case_facts(text, sentence_of, *, spelled=()):
    """The cast and crew a lower-case paragraph credits; `spelled`: the post's names as
    it writes them with capitals elsewhere."""
    if not is_lower_case(text):
        return []
    found = []
    for pattern in (AS_PART, NAME_IN_BRACKETS):
        for match in pattern.finditer(text):
            name, character = match.group("name"), match.group("character")
            if is_lower_name(name) and character.casefold() not in NOT_CHARACTERS:
                member = CastMember(capitalised(name, spelled), character.capitalize())
                found.append(TextFact("cast", member, sentence_of(text, match.start())))
    for role, pattern in CREW.items():
        for match in pattern.finditer(text):
            if is_lower_name(match.group("name")):
                name = capitalised(match.group("name"), spelled)
                found.append(TextFact(role, name, sentence_of(text, match.start())))
    return found


def is_lower_name(name):
    words = name.split()
    return all(len(word) > 1 and word.casefold() not in NOT_NAME_WORDS for word in words)


def capitalised(name, spelled):
    """ "saoirse ronan" as "Saoirse Ronan", or as the post spells it elsewhere."""
    for known in spelled:
        if known.casefold() == name.casefold():
            return known
    return " ".join(word[:1].upper() + word[1:] for word in name.split())
