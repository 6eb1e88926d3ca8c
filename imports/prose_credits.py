# ruff: noqa: RUF001, SIM905  (typographic quotes in patterns; word lists read as prose)
"""Who made the film, as critics say it in a sentence rather than a credit line.

"X directed it and wrote the script with his brother Y", "X, who wrote and directed from
Y's nonfiction book", "X adapted the Haruki Murakami short story with Y", "Zhao edited the
film herself", "a story Z had once developed". The subject may be a surname alone
("Lowery, who also wrote and edited the film"): such a fact holds the one word, and the
importer keeps it only for someone the post already names in full (`names.full_name`).
Each is a `TextFact` for the editor to confirm.
"""

import re

from imports.extracted import CastMember, TextFact
from imports.names import CAP, NAME_PARTICLE, is_name
from imports.prose_cast import without_starters

WORD = rf"{CAP}[\w'’-]+"
#: A person in full ("Mikkel E. G. Nielsen", "Marina de Tavira") or by surname ("Zhao").
NAME = rf"{WORD}(?:\s+(?:{NAME_PARTICLE}|{CAP}\.|{WORD})){{0,3}}"
SUBJECT = rf"(?P<name>{NAME})"
#: What each verb makes of its subject.
VERB_ROLES = {
    "directed": "directors",
    "wrote": "writers",
    "co-wrote": "writers",
    "scripted": "writers",
    "adapted": "writers",
    "edited": "editors",
    "cut": "editors",
    "shot": "cinematographers",
    "photographed": "cinematographers",
    "lensed": "cinematographers",
    "produced": "producers",
    "scored": "composers",
    "directing": "directors",
    "writing": "writers",
    "editing": "editors",
    "producing": "producers",
}
#: "who wrote the script as well as directing".
GERUND = r"(?:directing|writing|editing|producing)"
VERB = r"(?:co-wrote|wrote|directed|scripted|edited|photographed|lensed|produced|scored)"
THE_FILM = r"(?:it|the\s+(?:film|movie|picture|script|screenplay|thing))"
#: Between two credits: "wrote and directed", "wrote it as well as directed it".
AND = r"(?:,\s*|\s+and\s+(?:also\s+)?|\s+as\s+well\s+as\s+)"
REFLEXIVE = r"(?:\s+(?:himself|herself|themselves))?"
#: "X directed it and wrote the script", "Zhao edited the film herself".
#: "cut it" and "shot it" are a knife's and a gun's too: only with "the film" or "herself".
DID = (
    rf"(?:(?:{VERB}{AND})*{VERB}\s+{THE_FILM}|(?:cut|shot)\s+(?:the\s+(?:film|movie|picture)|it(?={REFLEXIVE}"
    r"\s+(?:himself|herself|themselves|on|in|with|through|like|handheld)\b)))"
)
DID_IT = re.compile(
    rf"{SUBJECT}\s+(?:also\s+|then\s+)?(?P<verbs>{DID}{REFLEXIVE}"
    rf"(?:{AND}(?:also\s+)?{DID}{REFLEXIVE})*)(?=[\s,.;:!?]|$)"
)
#: "Chloé Zhao, who wrote and directed from …", "Lowery, who also wrote and edited the film".
#: "Ducournau, who wrote it as well as directed it", "X, who both wrote and directed".
AS_WELL_AS = rf"(?:\s+(?:{THE_FILM}|the\s+story))?{AND}"  # "who wrote the story as well as …"
WHO_DID = re.compile(
    rf"{SUBJECT},\s+who\s+(?:also\s+|both\s+)?(?P<verbs>{VERB}(?:{AS_WELL_AS}"
    rf"(?:{VERB}|{GERUND}))+|{VERB}(?=\s+{THE_FILM}\b))(?:\s+{THE_FILM})?"
    r"(?=\s*[,.;]|\s+from\b|\s+with\b|\s+for\b|\s+in\s+(?:19|20)\d\d\b)"
)
#: "Sean Durkin's film, which he also wrote, …": the film's maker and what else they did.
WHOSE_FILM = re.compile(
    rf"{SUBJECT}(?:’s|'s)\s+(?:new\s+)?(?:film|movie),\s+which\s+(?:he|she|they)\s+"
    rf"(?:also\s+)?(?P<verbs>{VERB}(?:{AND}{VERB})*)(?=\s*[,.;])"
)
#: "X adapted the Haruki Murakami short story", "X adapted Ann Lind's novel".
SOURCE = r"(?:novel|novella|book|story|memoir|play|comic|article|manga|stories)"
ADAPTED = re.compile(
    rf"{SUBJECT}\s+(?:co-)?adapt(?:ed|s)\s+(?:the\s+)?(?:(?P<author>{NAME})(?:’s|'s)?\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}{SOURCE}\b"
)
#: Whom a writer wrote with: "… with his brother Abraham Marder", "… with Takamasa Oe".
PARTNER = re.compile(
    rf"(?P<gap>[^.;]{{0,40}}?)\bwith\s+(?:(?:his|her|their|the)\s+)?(?:(?-i:[a-z])[\w-]*\s+){{0,3}}"
    rf"(?P<name>(?>{NAME}))(?!\s+in\s+mind)"
)
#: Between the verbs and "with": the partner shares the writing, not the credit the verbs
#: give ("directed the film from a script she wrote with Y": Y wrote, and so did she).
WRITING = re.compile(r"\b(?:script|screenplay|story|wrote|co-wrote|written)\b")
SUBJECT_WROTE = re.compile(r"\b(?:he|she|they)\s+(?:also\s+)?(?:wrote|co-wrote)\b")
#: "a script she wrote with Y", "a story he worked up with Y": Y is a writer.
WROTE_WITH = re.compile(
    r"\b(?:script|screenplay|story)\s+(?:that\s+)?(?:he|she|they)\s+(?:[a-z-]+\s+){1,2}with\s+"
    rf"(?:(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}})?(?P<name>(?>{NAME}))"
)
#: The writer of what the film comes from: "from Jessica Bruder's nonfiction book",
#: "from a story Derek Cianfrance had once developed", "based on the novel by Ann Lind".
BOOK_OF = rf"(?P<name>{NAME})(?:’s|'s)\s+(?:[a-z-]+\s+){{0,3}}{SOURCE}\b"
#: "… who wrote and directed from Jessica Bruder's nonfiction book", "adapted the story
#: from an unproduced play by Tarik Ode": right after the verbs.
FROM_BOOK = re.compile(
    rf"\s+from\s+(?:{BOOK_OF}|(?:an?|the|his|her)\s+(?:[a-z-]+\s+){{0,2}}{SOURCE}\s+by\s+"
    rf"(?P<author>{NAME}))"
)
#: A work's title after its kind: "the novel "Night Ferry"", "*Night Ferry*", "The Long Winter".
TITLED = (
    r"(?:[\"“*_][^\"”*_]{1,60}[\"”*_]"
    rf"|{CAP}[\w'’:-]*(?:\s+(?:(?:the|of|a|an|and|in|on|to)\s+)?{CAP}[\w'’:-]*){{0,5}})"
)
POSSESSIVE_END = re.compile(r"(?:’s|'s)$")
#: What a film is said to come from: "based on", "an adaptation of", "drawn from", and a
#: credit's "…, from a story by" (never "read from a story by" at a reading).
FROM_SOURCE = (
    rf"(?:based\s+on|(?:adapted|written|co-written|scripted)\s+(?:by\s+{NAME}\s+)?from|adaptation\s+of"
    r"|(?:comes|came|drawn|taken|developed|springs|sprang)\s+from|(?<=,\s)from)"
)
SOURCE_AUTHORS = [
    re.compile(rf"\b(?:{FROM_SOURCE}|adapting|adapts)\s+{BOOK_OF}"),
    re.compile(
        rf"\bfrom\s+an?\s+(?:[a-z-]+\s+)?(?:story|idea|treatment)\s+(?:by\s+)?(?P<name>{NAME})"
        r"(?:\s+had)?(?:\s+(?:once|first|long))?\s+(?:developed|written|wrote|conceived|"
        r"sketched|pitched|drafted)\b"
    ),
    re.compile(
        rf"\b{FROM_SOURCE}\s+(?:the|a|an|his|her)\s+"
        rf"(?:(?:[a-z-]+|\d{{4}})\s+){{0,2}}"
        rf"{SOURCE}\s+(?:{TITLED}\s+)?by\s+(?P<name>{NAME})"
    ),
    #: "adapted by X from a Graham Swift novel": the author named before the work.
    #: Only a book or play: "a Harbour Gazette story" or "article" is a paper's, no author.
    re.compile(
        rf"\b{FROM_SOURCE}\s+(?:an?|the)\s+(?P<name>{NAME})\s+(?:[a-z-]+\s+)?"
        r"(?:novel|novella|memoir|play|book)\b"
    ),
    #: A credit's story: "Screenplay by X (story by Y)", "…; original story by Y".
    re.compile(rf"(?:^|(?<=[(;]))\s*(?:[Oo]riginal\s+)?[Ss]tory\s+by\s+(?P<name>{NAME})"),
]
#: Writers a sentence credits before the verb: "with Arkady and Boris Strugatsky credited
#: on the screenplay", "Ann Lind is credited with the script" (never "… of Old Harbour").
NAME_LIST = rf"(?P<names>{NAME}(?:(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+){NAME}){{0,3}})"
CREDITED_ON = re.compile(
    rf"{NAME_LIST}\s+(?:(?:is|are|was|were)\s+)?credited\s+(?:on|with|for)\s+(?:the\s+)?"
    r"(?:screenplay|script)\b(?!\s+(?:of|for|to)\b)"
)
#: "Dhont and his co-writer Angelo Tijssens", "Kon and co-writer Keiko Nobumoto": both wrote.
CO_WRITERS = re.compile(
    rf"{SUBJECT}\s+and\s+(?:(?:his|her|their)\s+)?co-?(?:writer|screenwriter),?\s+"
    rf"(?P<partner>(?>{NAME}))"
)


#: A newspaper capsule's credit sentences: "With Cate Lind, Rooney Holt and Jake Lacy.",
#: "Director of photography, Edward Lachman.", "Music, Carter Burwell." The whole
#: sentence is the label and its names.
CAPSULE_ROLES = {
    "with": "cast",
    "director of photography": "cinematographers",
    "cinematography": "cinematographers",
    "music": "composers",
    "editor": "editors",
    "editing": "editors",
}
CAPSULE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<label>With|Director of photography|Cinematography|Music|Editor"
    rf"|Editing)[,:]?\s+(?P<names>(?>{NAME})(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?>{NAME})){{0,8}})"
    r"\.(?=\s|$)"
)


def capsule_facts(text, sentence_of):
    """The cast and crew a capsule's credit sentences list, as `TextFact`s."""
    found = []
    for match in CAPSULE.finditer(text):
        role = CAPSULE_ROLES[match.group("label").casefold()]
        for name in re.split(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*", match.group("names")):
            if is_name(name, strict=True):
                value = CastMember(name) if role == "cast" else name
                found.append(TextFact(role, value, sentence_of(text, match.start())))
    return found


def credit_facts(text, sentence_of):
    """The directors, writers and crew `text` says made the film, as `TextFact`s."""
    credits = []  # (role, name, match)
    for pattern in (DID_IT, WHO_DID, WHOSE_FILM):
        for match in pattern.finditer(text):
            verbs = re.findall(r"[\w-]+", match.group("verbs"))
            roles = [VERB_ROLES[verb] for verb in verbs if verb in VERB_ROLES]
            credits += [(role, match.group("name"), match) for role in roles]
            credits += co_credits(text, match, roles[-1])
    for match in ADAPTED.finditer(text):
        credits += [("writers", match.group("name"), match)]
        credits += [("writers", match.group("author"), match)] if match.group("author") else []
        credits += co_credits(text, match, "writers")
    for pattern in (*SOURCE_AUTHORS, WROTE_WITH):
        credits += [("writers", match.group("name"), match) for match in pattern.finditer(text)]
    for match in CREDITED_ON.finditer(text):
        names = re.split(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)\s*", match.group("names"))
        credits += [("writers", name, match) for name in names]
    for match in CO_WRITERS.finditer(text):
        credits += [("writers", match.group(group), match) for group in ("name", "partner")]
    found = capsule_facts(text, sentence_of)
    for role, name, match in credits:
        name = POSSESSIVE_END.sub("", without_starters(name))  # "adapted Ann Lind's novel"
        if is_name(name, strict=True) or is_surname(name):
            found.append(TextFact(role, name, sentence_of(text, match.start())))
    return found


def co_credits(text, match, role):
    """Who shares the credit after the verbs: "… with his brother Y" (the last verb's
    role), "… from Y's novel" (a writer)."""
    found = []
    if partner := PARTNER.match(text, match.end()):
        writing = role != "writers" and WRITING.search(partner.group("gap"))
        if writing and SUBJECT_WROTE.search(partner.group("gap")):
            found.append(("writers", match.group("name"), match))  # "… a script he wrote"
        found.append(("writers" if writing else role, partner.group("name"), match))
    if book := FROM_BOOK.match(text, match.end()):
        found.append(("writers", book.group("name") or book.group("author"), match))
    return found


def sibling_name(word, sentence, text):
    """ "Arkady" of "Arkady and Boris Strugatsky" as "Arkady Strugatsky": a given name
    sharing the next person's surname, only when the post calls them "the Strugatsky
    brothers" (or sisters, or "the Strugatskys"); "" otherwise ("Storm and Omar Salim")."""
    pair = re.search(
        rf"\b{re.escape(word)}\s+(?:and|&)\s+{CAP}[\w'’-]+\s+(?P<surname>{CAP}[\w'’-]+)\b", sentence
    )
    if not pair:
        return ""
    surname = re.escape(pair.group("surname"))
    family = rf"\b{surname}\s+(?:brothers|sisters|siblings|twins)\b|\b[Tt]he\s+{surname}s\b"
    return f"{word} {pair.group('surname')}" if re.search(family, text) else ""


def is_surname(word):
    """Whether `word` could be a surname standing for a person named in full elsewhere."""
    return bool(re.fullmatch(r"[A-Z][\w'’-]+", word)) and word.casefold() not in NOT_SURNAMES


#: Capitalised words that open sentences and never stand for a person.
NOT_SURNAMES = frozenset("it he she they this that the film movie here there who what then".split())
