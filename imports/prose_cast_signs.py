# ruff: noqa: RUF001, SIM905  (posts use typographic quotes; word lists read as prose)
"""Parts credited in looser sentences, read only with a sign in the sentence that the part
is a person: "Ines Vaz gives Mara a stubborn dignity" (a quality an actor lends a part),
"Ines Vaz's Mara is the film's moral centre" or "… Mara, who …" (a person, where "Greta
Gerwig's Barbie" is a film), "… belongs to Mara (Ines Vaz), a widow" (a person after a
preposition, where "a nod to Heat (Michael Mann)" is a film and its maker), and the parts
a sentence only describes: "a grieving father (Josh Brolin)", "the soldier played by Jesse
Plemons".
"""

import re

from imports.extracted import CastMember, TextFact
from imports.names import CAP, is_name
from imports.prose_cast import (
    CHARACTER,
    DESCRIBED,
    NOBODY,
    PERSON,
    is_character,
    without_starters,
)
from imports.prose_cast_lists import PERSON_WORDS

#: What an actor gives a part: "a stubborn dignity", "the film's emotional spine", "a voice".
QUALITIES = (
    r"(?:dignity|warmth|gravity|gravitas|menace|depth|soul|heart|edge|weight|life|humanity"
    r"|vulnerability|charm|wit|intensity|sadness|melancholy|spark|presence|pathos|nuance"
    r"|texture|conviction|fire|swagger|stillness|tenderness|authority|complexity|voice"
    r"|spine|sweetness|ferocity|poise|grace|bite|sting|steel|mystery|sadness|ache)"
)
#: Words between an article and the noun it leads to; never a preposition or a clause,
#: where the noun would be some other thing's ("a film about a widow").
GAP = (
    r"(?:(?!(?:about|of|for|with|in|on|from|by|to|that|which|and|or|film|movie|story)\b)"
    r"(?-i:[a-z])[\w-]*,?\s+)"
)
GIVES = re.compile(
    rf"{PERSON}\s+(?:gives|lends|brings)\s+{CHARACTER}\s+"
    rf"(?:(?:a|an|some|real|her|his|their|the\s+(?:film|movie)(?:’s|'s))\s+)?{GAP}{{0,3}}"
    rf"{QUALITIES}\b"
)
#: People a part can be, beside `PERSON_WORDS`: "a villain in outline only".
MORE_PEOPLE = frozenset(
    """villain hero heroine antagonist protagonist killer assassin gangster thief criminal
    mentor rival wreck survivor heart centre center soul conscience anchor presence
    figure creation""".split()
)
#: A person's noun after its article: "a grieving father", "the film's moral centre".
PERSON_NOUN = r"(?P<noun>(?-i:[a-z])[\w-]*)"
#: A person's noun ends its phrase: "a widow.", "a widow who …", never "a widow drama".
NOUN_END = r"(?=[,.;:!?]|\s+(?:who|whose|whom|with|in|at|from|and|of)\b|$)"
#: "Ines Vaz's Mara is …", "Delroy Lindo's Paul, who …", "Cailee Spaeny's Jessie learns".
POSSESSIVE = re.compile(
    rf"{PERSON}(?:’s|'s)\s+{CHARACTER}"
    rf"(?:,?\s+(?P<who>who|whose)\b"
    rf"|\s+(?:is|was)\s+(?:the\s+(?:film|movie)(?:’s|'s)\s+|(?:a|an|the)\s+){GAP}{{0,3}}"
    rf"{PERSON_NOUN}{NOUN_END}"
    rf"|\s+(?P<verb>learns|wants|falls|loves|hides|tries|refuses|knows|lies|meets|believes"
    r"|fears|dreams|cries|smiles|laughs|remembers|forgets|decides|realises|realizes|hates"
    r"|marries|lives|longs|yearns|schemes|grieves))"
)
#: "belongs to Mara (Ines Vaz), a widow": a part in the story's words, then who she is.
DESCRIBED_AFTER = re.compile(
    rf"{CHARACTER}\s+\({PERSON}\),\s+"
    rf"(?:(?P<who>who)\b|(?:a|an|the|his|her|their)\s+{GAP}{{0,3}}{PERSON_NOUN}{NOUN_END})"
)
#: The story's words, then a preposition: where a part stands ("belongs to Mara").
STORY_PREPOSITION = re.compile(r"(?-i:[a-z])\s(?:of|about|from|in|on|to|for|with)\s$")
#: "voiced once again by", "played by": inside a bracket, before its actor.
PLAYED_BY = (
    r"(?:(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:voiced|played|portrayed)\s+"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?by\s+)"
)
#: "Mara (voiced by Ines Vaz)", "Ines Vaz lends her voice to Mara": the words say who acts.
SAID_OUTRIGHT = [
    re.compile(rf"{CHARACTER}\s+\({PLAYED_BY}{PERSON}\)"),
    re.compile(rf"{PERSON}\s+lends\s+(?:her|his|their)\s+voice\s+to\s+{DESCRIBED}{CHARACTER}"),
]
#: "a grieving father (Josh Brolin)", "the soldier played by Jesse Plemons": a part the
#: sentence describes but does not name.
DESCRIBED_PART = [
    re.compile(
        rf"(?<![\w'’])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+{GAP}{{0,2}}"
        rf"{PERSON_NOUN}\s+\({PLAYED_BY}?{PERSON}\)"
    ),
    re.compile(
        rf"(?<![\w'’])(?:[Aa]n?|[Tt]he)\s+{GAP}{{0,2}}{PERSON_NOUN},?\s+"
        rf"(?:(?:who\s+is|is)\s+)?(?:played|portrayed|voiced)\s+by\s+{PERSON}"
    ),
]


#: "At a party she meets Anthony, a man a little older, who …. Tom Burke plays him": a
#: part a sentence introduces with a description, then its actor in the next sentence.
INTRODUCED = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<opening>[^.!?]*?)(?<=(?-i:[a-z])\s)"
    rf"(?P<character>{CAP}[\w'’-]+(?:\s+{CAP}[\w'’-]+)?),\s+"
    rf"(?P<aside>(?:a|an)\s+[^.!?]{{1,200}})[.!?]\s+{PERSON}\s+plays\s+(?P<pronoun>him|her)\b"
)
#: Nouns that say whether "him" or "her" can be the part.
MEN = frozenset("man boy son father husband brother grandfather uncle widower dad".split())
WOMEN = frozenset("woman girl daughter mother wife widow sister grandmother aunt mum mom".split())


def introduced(match):
    """Whether "him"/"her" can only be the part an `INTRODUCED` match describes: the
    description is of a person of that sex (or of either), names no one else in full (a
    run after "the" is a place: "the Foreign Office"), and the sentence's subject is no
    pronoun the same "him"/"her" could mean."""
    words = re.findall(r"[a-z]+", match.group("aside").casefold())[:6]
    nouns = set(words) & (PERSON_WORDS | MORE_PEOPLE)
    female = match.group("pronoun") == "her"
    if not nouns or nouns & (MEN if female else WOMEN):
        return False
    for run in re.finditer(rf"{CAP}[\w'’-]*(?:\s+{CAP}[\w'’-]*)+", match.group("aside")):
        if match.group("aside")[: run.start()].split()[-1:] != ["the"]:
            return False
    subject = {"she", "her"} if female else {"he", "him"}
    return not subject & set(match.group("opening").casefold().split())


def signed_cast_facts(text, sentence_of):
    """The actors and parts `text` credits in the looser forms, as "cast" `TextFact`s."""
    found = []
    for match in INTRODUCED.finditer(text):
        if introduced(match):
            found += fact(match, match.group("character"), text, sentence_of)
    for match in GIVES.finditer(text):
        found += fact(match, match.group("character"), text, sentence_of)
    for match in (match for pattern in SAID_OUTRIGHT for match in pattern.finditer(text)):
        found += fact(match, match.group("character"), text, sentence_of)
    for pattern in (POSSESSIVE, DESCRIBED_AFTER):
        for match in pattern.finditer(text):
            after_preposition = STORY_PREPOSITION.search(text[: match.start()])
            if is_person(match) and (pattern is POSSESSIVE or after_preposition):
                found += fact(match, match.group("character"), text, sentence_of)
    for pattern in DESCRIBED_PART:
        for match in pattern.finditer(text):
            if is_person(match) and not possessed(text, match.start()):
                found += fact(match, "", text, sentence_of)
    return found


def is_person(match):
    """Whether the sentence says its part is a person: "who", a person's verb or noun."""
    groups = match.groupdict()
    if groups.get("who") or groups.get("verb"):
        return True
    return (groups.get("noun") or "").casefold() in PERSON_WORDS | MORE_PEOPLE


def possessed(text, position):
    """Whether a described part is someone's own: "Ines Vaz's husband (Tomas Lind)"."""
    return bool(re.search(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}$", text[:position]))


def fact(match, character, text, sentence_of):
    name = without_starters(match.group("name"))
    if not is_name(name, strict=True) or name == character:
        return []
    if character and not is_character(character):
        return []
    return [SignedFact("cast", CastMember(name, character), sentence_of(text, match.start()))]


class SignedFact(TextFact):
    """A part read from one of the looser forms, which `named_one_way` checks against the
    whole post."""


def named_one_way(told, text):
    """`told` without the looser forms' parts where the post (`text`) leaves a doubt: a
    one-word part it also names at more length ("gives Gwen …" where the story has "Gwen
    Stacy": which of the two is credited is the editor's to say; the actor's own name,
    "Antoine Bourseiller plays Antoine", is no such length), and any of them in a post
    that compares films (the part may be the other film's)."""
    compares = bool(COMPARES_FILMS.search(text))
    return [
        fact
        for fact in told
        if not isinstance(fact, SignedFact)
        or not (compares or named_longer(fact.value.character, text.replace(fact.value.name, "")))
    ]


#: A post about two films or more, where a loose form's part may be the other film's.
COMPARES_FILMS = re.compile(
    r"\b(?:the\s+two|both|these|those|each)\s+(?:films|movies)\b|\beach\s+(?:film|movie)\b"
    r"|\bthe\s+other\s+(?:film|movie)\b|\bside\s+by\s+side\b",
    re.IGNORECASE,
)


def named_longer(word, text):
    """Whether `text` writes `word`, a one-word part, as one word of a longer name."""
    if not word or " " in word:
        return False
    word = re.escape(word)
    runs = re.finditer(
        rf"(?<![\w'’-]){word}\s+{CAP}|(?<![\w'’-])(?P<before>{CAP}[\w-]*)\s+{word}(?![\w'’-])",
        text,
    )
    return any((run.group("before") or "").casefold() not in NOBODY for run in runs)
