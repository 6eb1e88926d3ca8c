# ruff: noqa: RUF001, SIM905  (posts use typographic quotes; word lists read as prose)
"""Actors and their characters as critics write them: "X as Y", "X plays Y", "Y (X)",
"X is Y, the …", "X and Y are the King and Queen", "X, playing himself".

A sentence gives a cast member only when the actor reads as a person's name (capitalised
name words, never a sentence fragment) and the character as a name; a rank or title before
the character ("Detective", "Uncle") is not part of it. Each is a `TextFact`: "cast" for
an actor the sentence credits, "character" for a character beside an actor the post's
credits may already list (an editor confirms either).
"""

import re

from imports.extracted import CastMember, TextFact
from imports.names import CAP, NAME_PARTICLE, NATIONALITIES, is_name

#: Capitalised words that open a sentence or describe a person, never a name's first word.
STARTERS = frozenset(
    """meanwhile later here there then when while and but in on at as with without after
    before also even still yet only this that its his her their our every both so if once now
    actor actress star stars director newcomer veteran co-star costar starring featuring
    writer-director""".split()
)
#: A name's initials: "F.", "J.D.", "T. K." (written together or apart).
INITIALS = rf"(?:{CAP}\.\s?){{0,2}}{CAP}\."
#: A name's word after its first: "de", "Murray", "d'Arcy".
NEXT_NAME_WORD = rf"\s+(?:{NAME_PARTICLE}|{CAP}[\w'’-]+|{CAP}\.(?=\s+{CAP})|[dl]['’]{CAP}[\w'’-]+)"
#: "Ana de Armas", "F. Murray Abraham", "T.K. Carter", "Brian d'Arcy James" (never from "Arcy").
PERSON = (
    rf"(?<![\w'’])(?P<name>{INITIALS}\s+{CAP}[\w'’-]+(?:{NEXT_NAME_WORD}){{0,3}}"
    rf"|{CAP}[\w'’-]+(?:{NEXT_NAME_WORD}){{1,3}})"
)
#: A character's name word, a nickname in quotes among them: Walter "Robby" Robinson.
NAME_OR_INITIAL = rf"(?:(?-i:Dr|Mr|Mrs|Ms|St)\.|{INITIALS}|{CAP}[\w'’-]+|[\"“]{CAP}[\w'’-]+[\"”])"
#: "Don Lope de Aguirre", "Captain von Rauffenstein": a particle inside a part's name.
IN_NAME = rf"(?:(?-i:{NAME_PARTICLE})\s+){{0,2}}"
CHARACTER = rf"(?P<character>(?:the\s+)?{NAME_OR_INITIAL}(?:\s+{IN_NAME}{NAME_OR_INITIAL}){{0,3}})"
#: "plays the leather-coated hitman Jopling", "as their mother Doris": a description first.
DESCRIBED = (
    r"(?:(?:the|his|her|their|a|an)\s+(?:(?:[a-z][\w-]*(?:['’]s)?|[A-Z]{2,})\s+){1,4}"
    r"|(?-i:[A-Z])[\w-]+['’]s\s+(?:[a-z]+\s+)?"  # "Julie's mother Rosalind", a kin of a part
    r"(?:mother|father|wife|husband|sister|brother|son|daughter|friend|lover|boss|aunt|uncle"
    r"|grandmother|grandfather|mentor|rival|boyfriend|girlfriend|partner|housekeeper)\s+)?"
)
#: A clause between the actor and the verb: "X, who had never acted before, is…".
#: One that says who the actor is may name others: "X, a farmer Pontecorvo found in a market,".
ASIDE = (
    r"(?:,\s+(?!and\b|or\b|but\b)(?:(?-i:[a-z])[^,.;A-Z]{0,60}"
    r"|(?:(?:a|an)\s+(?-i:[a-z])|(?:who|whom)\s)[^,.;:!?()]{0,80}),"
    r"|\s+\((?:the|a|an|his|her|who)\s+[^()]{0,80}\))?"  # "X (the director's wife) is"
)
#: A character's name ends the clause: "…, is a terrifying Feyd-Rautha, introduced…".
CLAUSE_END = r"(?=[,.;:!?]|$)"
#: "plays", "voices", "is superb as", "turns up as", "has a short late part as".
PLAYS = (
    r"(?:as|plays|playing|(?:co-)?stars as|voices|voicing|appears\s+as|(?:shows|pops)\s+up\s+as"
    r"|(?:returns|is\s+back|comes\s+back)\s+as"
    r"|turns\s+up\s+(?:(?:for|in)\s+(?:(?:one|a|an|two|three|the|this)\s+)?(?:[a-z]+\s+)?"
    r"(?:scene|scenes|film|movie|version|remake|sequel|cameo)\s+|[a-z]+\s+)?as"
    r"|(?:takes|took|has|gets)\s+(?:on\s+)?the\s+(?:[a-z-]+\s+)?role\s+of"
    r"|brings\s+[a-z]+\s+as|(?:takes|took)\s+over\s+as"
    r"|(?:has|had|is\s+having)\s+a\s+(?:ball|blast|field\s+day)\s+as|plays\s+(?:two|three|several|dual|twin)\s+roles?,"
    r"|(?:has|had|gets|brings)\s+(?:a|an|the|a\s+couple\s+of|a\s+few)\s+(?:[a-z-]+,?\s+){0,4}"
    r"(?:part|role|turn|cameo|scenes?|moments?|dignity|presence|intensity|menace|warmth"
    r"|charm|gravity|authority|stillness|swagger|sweetness|melancholy)\s+as"
    r"|(?:is|was)\s+(?:(?!as\b)[a-z]+,?\s+){0,4}(?!as\b)[a-z]+\s+as)"
)
#: Never a title after a preposition: "the soft dad from Family Ties, turns up as Burt".
NOT_A_TITLE = r"(?<!\bfrom\s)(?<!\bin\s)(?<!\bon\s)(?<!\bof\s)"
AS_CHARACTER = re.compile(
    rf"{NOT_A_TITLE}{PERSON}(?:’s|'s|\s+(?:himself|herself))?{ASIDE},?\s+(?:who\s+)?{PLAYS}\s+"
    rf"{DESCRIBED}"
    rf"{CHARACTER}"
)
#: "Kevin Garnett, playing himself": the character is the actor.
AS_SELF = re.compile(
    rf"{PERSON},?\s+(?:who\s+)?(?:plays|playing|as|appears\s+as)\s+(?P<self>himself|herself)\b"
)
#: "X, as the …, walks away with the film": what a part does in a film.
PART_VERB = (
    r"(?:is|was|gives|makes|steals|walks|brings|nails|anchors|owns|commands|delivers"
    r"|supplies|shines|excels)"
)
#: "X, as a director, …", "as a child", "as a rule": the person's own life, never a part.
NOT_A_JOB = (
    r"(?!(?:director|critic|writer|producer|filmmaker|child|kid|teenager|mother|father|parent"
    r"|person|viewer|fan|rule|result|whole|matter|actor|actress|star|performer)\b)"
)
#: An actor in a part the sentence only describes or names in the sentence before: "Barry
#: Keoghan turns up as a scavenger", "Adam Sandler plays him at a pitch that never drops",
#: "Babak Karimi, as the colleague with something to hide, is very good".
UNNAMED_PART = re.compile(
    rf"{PERSON}(?:{ASIDE}\s+(?:(?:turns\s+up|appears|shows\s+up|pops\s+up|cameos)\s+as\s+an?\s+"
    r"(?-i:[a-z])|plays\s+(?:him|her|them)(?=[,.;:!?]|\s+(?:with|as|at|in|and|like|to|for)\b))"
    rf"|,\s+as\s+(?:the|a|an)\s+{NOT_A_JOB}(?-i:[a-z])[^,.;]{{0,60}},\s+{PART_VERB}\s+(?-i:[a-z]))"
)
#: A part the sentence names, then its actor after "and": "That father is Keller Dover, and
#: Hugh Jackman plays him", "Our guide is Robert Graysmith, a cartoonist at the San
#: Francisco Chronicle, and Jake Gyllenhaal plays him as …".
NAMED_THEN_PLAYED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?-i:Our|The|That|This|His|Her|Their|Its)\s+(?:(?-i:[a-z])[\w-]+\s+){1,3}"
    rf"(?:is|was)\s+{CHARACTER}(?P<aside>,\s+(?:a|an|the|who)\s+[^.;:!?()]{{0,160}}?)?"
    rf",\s+and\s+{PERSON}\s+plays\s+(?:him|her)\b"
)
#: A sentence about one character by first name, then its actor: "Charlie is a theatre
#: director in New York. Adam Driver plays him with …".
PLAYED_NEXT = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<character>{CAP}[\w'’-]+)\s+(?:is|was)\s+(?:a|an|the)\s+"
    rf"(?P<aside>[^.!?]{{1,160}})[.!?]\s+{PERSON}\s+plays\s+(?:him|her)\b"
)
#: A part named after a longer clause: "David Strathairn is the one other professional in
#: sight, as Dave, a gentle man who …".
AS_AFTER_CLAUSE = re.compile(
    rf"{PERSON}\s+(?:is|was)\s+(?-i:[a-z])[^.;,:]{{0,60}},\s+as\s+{CHARACTER},\s+"
    r"(?:a|an|the|his|her|their|who)\s+(?-i:[a-z])"
)
#: A sentence that opens with its character and names the actor after a pronoun: "Cleo
#: cleans and cooks for the family; she is played by Yalitza Aparicio, …".
PLAYED_BY_PRONOUN = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<character>{CAP}[\w'’-]+)\s+(?-i:[a-z])[^.!?]{{0,200}}?"
    rf"\b(?:she|he|they)\s+(?:is|was|are)\s+played\s+by\s+{PERSON}"
)
#: Two actors and their two characters: "X and Y, married in real life, play A and B",
#: "X and Y are the tired King and Queen".
PAIR = re.compile(
    PERSON.replace("(?P<name>", "(?P<first>")
    + r"\s+and\s+"
    + PERSON.replace("(?P<name>", "(?P<second>")
    + r"(?:(?:,[^.]{0,80},)?\s+(?:play|star as|are\s+the(?:\s+(?-i:[a-z])[\w-]+){0,2},?)"
    + r"|,\s+as(?:\s+the\s+(?-i:[a-z])[\w-]+)?)\s+"  # "X and Y, as the actors A and B"
    + CHARACTER.replace("(?P<character>", "(?P<first_character>")
    + r"\s+and\s+"
    + CHARACTER.replace("(?P<character>", "(?P<second_character>")
    + CLAUSE_END
)
#: Around the second half of "X and Y, as A and B": Y plays B, never A (`PAIR` reads it).
PAIRED_BEFORE = re.compile(rf"{CAP}[\w'’-]+\s+and\s+$")
PAIRED_AFTER = re.compile(rf"\s+and\s+{CAP}")
#: "Viru Sahastrabuddhe aka Virus (Boman Irani)": the part's name, then what others call it.
AKA = (
    rf"(?:\s+(?:aka|a\.k\.a\.|alias)\s+(?:the\s+)?{NAME_OR_INITIAL}"
    rf"(?:\s+{NAME_OR_INITIAL}){{0,2}})?"
)
#: "Farhan (Madhavan)", "Ryūji (Sanada)": a character, then one word in brackets that may be
#: its actor's surname, given name or stage name; only the credits can say whose
#: (`ProseMixin.in_full`), so it is read for an actor the post credits, else left out.
SHORT_ACTOR = re.compile(rf"{CHARACTER}{AKA}\s+\((?P<name>{CAP}[\w'’-]+)\)")
#: "plays the piano, Chopin …" is music, not a part.
NOT_MUSIC = (
    r"(?!(?:piano|guitar|cello|violin|drums?|organ|trumpet|sax(?:ophone)?|bass|flute|music"
    r"|songs?|tunes?|game|field|records?|chords?)\b)"
)
#: A job before the part's name, never a comparison ("the new Meryl Streep") or a work's
#: ("the star of Blue Winter").
PLAIN_WORD = (
    r"(?!(?:of|in|from|at|on|for|with|by|to|and|or|but|as|new|next|real|true|only|latest|last"
    r"|first|other|best|rare|same|film|movie|show|series)\b)"
)
#: How a part is played, between "played" and "by": "played with a grinning menace by".
PLAYED_WITH = r"(?:\s+with\s+(?:a|an)\s+(?-i:[a-z])[^.;:()]{0,80}?)?"
#: An actor credited with a character by the sentence itself: "Fern (Frances McDormand)",
#: "Masaki Okada is Koji Takatsuki, the young actor …", "Julia Fox, in her first film, is
#: Julia, the girlfriend", "Joel Edgerton is the Lord, her husband", "X is Y, Z's mother".
CREDITED_BESIDE = [
    re.compile(rf"{CHARACTER}{AKA}\s+\({PERSON}(?:,\s+(?-i:[a-z])[^()]{{0,60}})?\)"),
    re.compile(
        rf"{PERSON}{ASIDE}\s+is\s+{CHARACTER},\s+(?:(?:the|a|an|his|her|their|its|who"
        r"|and\s+(?:you|we|she|he|they|it|her|his|the))\s+"
        rf"|{CAP}[\w-]+(?:’s|'s)\s+)(?-i:[a-z])"
    ),
    re.compile(  # "Max, played by X", "Max, played with a grinning menace by X"
        rf"{CHARACTER},\s+(?:played|portrayed|voiced){PLAYED_WITH}\s+by\s+{PERSON}"
    ),
    re.compile(  # "Kalyani is played by Lisa Ray, and …": a sentence about the part
        rf"(?:^|(?<=[.!?]\s)){CHARACTER}\s+(?:is|was)\s+(?:played|portrayed|voiced)\s+by\s+"
        rf"{PERSON}(?=[,.;:!?]|\s+(?:with|and|who)\b|$)"
    ),
    re.compile(rf"{CHARACTER},\s+whom\s+{PERSON}\s+plays\b"),  # "Harge, whom X plays as"
    re.compile(  # "Tsuyoshi Ujiki is his friend Sakuma, a psychologist"
        rf"{PERSON}\s+is\s+(?:his|her|their)\s+(?:(?-i:[a-z])[\w-]+\s+){{1,2}}{CHARACTER},\s+"
        r"(?:a|an|the|who)\s+(?-i:[a-z])"
    ),
    re.compile(  # "Matt Graver, a flip-flop-wearing adviser whom Josh Brolin plays with …"
        rf"{CHARACTER},\s+(?:a|an|the)\s+(?-i:[a-z])[^.;()]{{0,100}}?\s+whom\s+{PERSON}\s+plays\b"
    ),
    re.compile(  # "Raymond Burr plays that salesman, Lars Thorwald, and …"
        rf"{PERSON}{ASIDE}\s+plays\s+(?:the|that|this|his|her|their)\s+{NOT_MUSIC}"
        rf"(?-i:[a-z])(?:{NOT_MUSIC}[^,.;:!?()]){{0,60}},\s+{CHARACTER}(?=[,.;]|$)"
    ),
    re.compile(  # "Ines Vaz is the harbour inspector Mara Holm, who has seen it all"
        rf"{PERSON}{ASIDE}\s+is\s+the\s+(?:{PLAIN_WORD}(?-i:[a-z])[\w'’-]+\s+){{1,3}}"
        rf"{CHARACTER}(?=,\s+(?:who|a|an|the|and)\s|[.;]|$)"
    ),
    re.compile(  # "As Mara, Ines Vaz is …", "As Mara's partner, Peter Kessler, Tomas Lind …"
        rf"(?:^|(?<=[.!?]\s))(?-i:As)\s+(?:(?:{CAP}[\w-]+(?:’s|'s)|(?-i:his|her|their|the))"
        rf"(?:\s+(?-i:[a-z])[\w-]+){{1,3}},\s+)?{CHARACTER},\s+{PERSON}\s+(?-i:[a-z])"
    ),
    re.compile(  # "Harlan, a rich novelist played in flashbacks by Christopher Plummer"
        rf"{CHARACTER},\s+(?:a|an|the|his|her)\s+(?-i:[a-z])[^,.;()]{{0,100}}?,?\s+"
        rf"(?:is\s+|was\s+)?(?:played|portrayed)(?:\s+in\s+[a-z]+)?\s+by\s+"
        rf"(?:an?\s+(?:(?-i:[a-z])[\w-]*,?\s+){{1,5}})?{PERSON}"  # "by a very young X"
    ),
]
#: Characters named beside an actor the cast already lists: "Julia Garner (Justine Gandy)",
#: "Charlize Theron's Furiosa", "Max, played by Tom Hardy", "Allison Williams is Rose, …".
CHARACTER_BESIDE = [
    re.compile(rf"{PERSON}\s+\({CHARACTER}\)"),
    re.compile(
        rf"{PERSON}(?:’s|'s)\s+(?:(?-i:[a-z])[\w-]+\s+)?{CHARACTER}"
        r"(?=[\s,.;:!?]+(?-i:[a-z])|[,.;:!?]|$)"
    ),  # "Stanley Tucci's liberal Bellini, John Lithgow's smooth Tremblay"
    re.compile(  # "Miles Teller, moustached and sullen, is a convincing Rooster."
        rf"{PERSON}{ASIDE}\s+is\s+an?\s+(?:(?-i:[a-z])[\w-]*\s+){{0,3}}(?:(?:named|called)\s+)?"
        rf"{CHARACTER}{CLAUSE_END}"
    ),
    re.compile(
        rf"{CHARACTER},?\s+(?:now\s+|is\s+)?(?:played|portrayed|voiced)"
        rf"{PLAYED_WITH}\s+by\s+{PERSON}"
    ),
    re.compile(rf"{PERSON}\s+is\s+{CHARACTER}(?=[,;.])"),
]
PERSON_IN_TEXT = re.compile(PERSON)
#: Capitalised sentence openers that are nobody's name: "Nobody cares; he was played by …".
NOBODY = STARTERS | frozenset(
    """nobody everybody everyone someone somebody anyone nothing everything something it
    this that these those there here he she they we you i none all some most""".split()
)
#: Ranks, titles and kinship words before a character's name: "Detective Hae-jun".
RANKS = frozenset(
    """detective det. officer inspector sergeant sgt. constable captain capt. lieutenant lt.
    agent professor prof. doctor dr. mr. mrs. ms. pastor reverend rev. colonel sheriff
    deputy""".split()
)
#: Kinship words before a given name: "Uncle Per (Nils Ruud)" is Per.
KIN = frozenset("uncle aunt auntie grandpa grandma granny".split())
#: A given name written as joined syllables, "Hae-jun": a rank before it is description.
GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def cast_facts(text, sentence_of):
    """The actors and characters `text` names, as "cast" and "character" `TextFact`s."""
    found = []
    for kind, name, character, match, described in parts(text):
        character = introduced_in_full(character_name(character, described=described), text, name)
        member = CastMember(without_starters(name), character)
        credited = kind == "character" or is_name(member.name, strict=True)
        if member.name == member.character:
            continue  # "New York is New York, the city that never sleeps"
        if credited and is_character(member.character):
            found.append(TextFact(kind, member, sentence_of(text, match.start())))
    return found


def parts(text):
    """(kind, actor, character, match, whether described first) for each part `text` names."""
    for pattern in (AS_CHARACTER, AS_AFTER_CLAUSE, PLAYED_BY_PRONOUN):
        for match in pattern.finditer(text):
            if not (
                PAIRED_BEFORE.search(text, 0, match.start())
                and PAIRED_AFTER.match(text, match.end())
                and ", as " in match.group(0)
            ):
                yield "cast", match.group("name"), match.group("character"), match, False
    for pattern in (NAMED_THEN_PLAYED, PLAYED_NEXT):
        for match in pattern.finditer(text):
            if names_nobody_else(match.group("aside") or "", match.group("character"), text):
                yield "cast", match.group("name"), match.group("character"), match, False
    for match in AS_SELF.finditer(text):
        yield "cast", match.group("name"), match.group("self").capitalize(), match, False
    for match in UNNAMED_PART.finditer(text):
        yield "cast", match.group("name"), "", match, False
    for match in PAIR.finditer(text):
        for which in ("first", "second"):
            yield "cast", match.group(which), match.group(f"{which}_character"), match, False
    for match in SHORT_ACTOR.finditer(text):
        yield "character", match.group("name"), match.group("character"), match, True
    for kind, patterns in (("cast", CREDITED_BESIDE), ("character", CHARACTER_BESIDE)):
        for match in (match for pattern in patterns for match in pattern.finditer(text)):
            if kind == "cast" and in_a_list(text, match.start()):
                continue
            character = match.group("character")
            this = kind  # one pair's doubt is no other pair's
            if kind == "cast" and match.re is CREDITED_BESIDE[0] and either_way(character):
                this = "cast" if told_as_part(text, match.start()) else "character"
            described = match.group(0).startswith(character)  # "Detective Hae-jun (…)"
            yield this, match.group("name"), character, match, described


def introduced_in_full(character, text, actor):
    """A one-word part as `text` introduces it in full, "They send Mac MacIntyre, a young
    executive, … Peter Riegert plays Mac": the film's name for the part (never an actor's
    name: "Salvatore Cascio, who plays the young Totò")."""
    if not character or " " in character:
        return character
    word = re.escape(character)
    for full in re.finditer(rf"(?<![\w'’-]){word}\s+{CAP}[\w'’-]+(?=,\s+(?:a|an|the)\s)", text):
        if full.group(0) != actor and not re.search(rf"{full.group(0)},\s+who\s+plays", text):
            return full.group(0)
    return character


def names_nobody_else(aside, character, text):
    """Whether "him" can only be `character`: the words around it name no one else (a
    capitalised run after "the", "in" or "at" is a place or paper: "the San Francisco
    Chronicle", "in New York"), and
    a one-word part is no word of a full name `text` gives ("Baumbach is a …")."""
    for run in re.finditer(rf"{CAP}[\w'’-]*(?:\s+{CAP}[\w'’-]*)*", aside):
        if aside[: run.start()].split()[-1:] not in (["the"], ["in"], ["at"]):
            return False
    if " " in character or character.casefold() in NOBODY:
        return " " in character
    surnames = {
        word for match in PERSON_IN_TEXT.finditer(text) for word in match.group("name").split()
    }
    return character not in surnames


def either_way(character):
    """Whether "Character (Actor)" could as well be "Actor (Character)": both sides full
    names, "Mae Holm (Ines Vargas)", say nothing of which is the actor, so the pair only
    gives a character to whichever side the credits list, unless `told_as_part`; a rank
    or kinship word first, "Uncle Per (…)", marks the character."""
    words = without_starters(character).split()
    if len(words) < 2 or words[0].casefold() in RANKS | KIN or words[0] in ("the", "The"):
        return False
    return is_name(character, strict=True)


#: Words before "X (Y)" that introduce an actor, not a part: "starring X (Y)", "and X (Y)".
CASTING_WORDS = r"(?:and|or|but|with|plus|alongside|opposite|stars|starring|featuring|including|by)"


def told_as_part(text, position):
    """Whether the name at `position` follows the story's own words, where a part stands:
    "the grocer, Mae Holm (…)", "falls for Mae Holm (…)", "the widowed grocer Mae Holm
    (…)"; not a sentence's start or a casting word, where critics put the actor first."""
    before = text[:position].rstrip(" ,")
    if not before or before[-1] in ".!?:;\n" or re.search(rf"\b{CASTING_WORDS}$", before):
        return False
    return bool(re.search(r"(?-i:[a-z])$", before))


def in_a_list(text, position):
    """Whether the credit at `position` follows a label, the start of a longer name or a
    preposition: "Also out: Tár (Todd Field)", "Blue Winter (Ana Lind)", "The Architecture
    of Class (Ana Lind)" are works and their makers; so are the later items of a labelled
    run, "Also out: Tár (Todd Field) · Blue Winter (Ana Lind)"."""
    before = text[:position]
    if LABELLED_RUN.search(before) or TITLE_AFTER_LABEL.search(before):
        return True
    if before.endswith(": "):  # a label, not a sentence's colon: "the man she hunts: Choi Pro"
        return len(re.split(r"[.!?\n]", before[:-2])[-1].split()) <= LABEL_WORDS
    return bool(re.search(rf"(?:{CAP}[\w'’-]*|\b(?:of|about|from|in|on|to))\s$", before))


#: The most words a label before a colon has: "Also out this week:".
LABEL_WORDS = 5


#: A short label, then the title words of an item the credit sits in: "New on streaming:
#: Kirikou and the Sorceress (Ana Lind)" is a work, never a part named "Sorceress".
TITLE_AFTER_LABEL = re.compile(
    rf"(?:^|\n)[^:.!?\n]{{1,40}}:\s+(?:{CAP}[\w'’-]*\s+|(?:and|of|the|a|an|&)\s+)+$"
)
#: A label, then items split by "·", "•" or "|", up to the one being read.
LABELLED_RUN = re.compile(r"(?:^|\n)[^:.\n]{1,40}:\s[^\n]*\s[·•|]\s$")


def without_starters(name):
    """ "Meanwhile Ana de Armas" as "Ana de Armas"."""
    words = name.split()
    while words and words[0].casefold() in STARTERS:
        words.pop(0)
    return " ".join(words)


def character_name(character, *, described=False):
    """ "the Lord" as "Lord"; a character the sentence `described` before its actor by
    kinship or by a rank before a given name, "Uncle Per (…)", "Detective Hae-jun (…)",
    as "Per", "Hae-jun": there the word is the critic's description, where "Lieutenant
    Joshi (…)" and "as Dr. Kelson" are how the film names the part."""
    words = without_starters(character).split()
    if words and words[0] in ("the", "The"):
        words.pop(0)
    while described and len(words) > 1 and is_description(words[0], words[1:]):
        words.pop(0)
    return " ".join(words)


def is_description(word, rest):
    word = word.casefold()
    given = len(rest) == 1 and GIVEN_NAME.fullmatch(rest[0])
    return word in KIN or (word in RANKS and bool(given))


def is_character(character):
    """Whether `character` reads as a character's name ("" for a part left unnamed)."""
    lowered = character.casefold()
    if character.endswith(("'s", "’s")) or lowered in NATIONALITIES or lowered in NOBODY:
        return False  # "plays Shikishima's guilt", "is British": not a name
    return not character or character[0].isupper()
