# ruff: noqa: RUF001  (posts use typographic quotes; the patterns must too)
"""Crew, studios and directors that a review's sentences name in passing: "Robert Yeoman's
camera", "Hildur Guðnadóttir composed the music", "an A24 release", "the Todd Field-directed
drama". Each is a `TextFact` for the editor to confirm, as the other prose facts are."""

import re

from imports.companies import KNOWN_STUDIO
from imports.extracted import TextFact
from imports.names import CAP, NAME_PARTICLE, is_name
from imports.patterns import HOME_RELEASE
from imports.prose_cast import without_starters

NAME = rf"{CAP}[\w'’-]+(?:\s+(?:{NAME_PARTICLE}|{CAP}\.|{CAP}[\w'’-]+)){{1,3}}"
PERSON = rf"(?P<name>{NAME})"
#: "X's cold, clean images", "Kris Bowers' music", "Antonio Sánchez, whose drum score".
POSSESSIVE = r"(?:’s|'s|(?<=s)['’]|,\s+whose)\s+(?:[a-z-]+,?\s+){0,3}"
#: What a camera is said to shoot in: "in tight close-ups", "at magic hour", "on 16mm".
SHOT_IN = (
    r"(?:in|at|on|with|through)\s+(?:[a-z-]+,?\s+){0,3}(?:light|hours?|evenings?|nights?"
    r"|close-ups?|takes?|widescreen|black-and-white|colou?r|16mm|35mm|65mm|70mm|digital"
    r"|film|frames?|lenses|cameras?|handheld|sunlight|twilight|dusk|dawn|shadows?|pans?|rain|snow"
    r"|fog|mist|greys?|grays?)\b"
)
#: How "X shot it" goes on when it is the film's camera, not a gun: "on 16mm", "like a dream".
HOW_SHOT = (
    r"(?=\s+(?:on|in|with|through|like|handheld|digitally|beautifully|for\s+(?:him|her|them))\b)"
)
#: What an editor cuts: "cuts the chapters", never "cuts the ropes" ("edits" is always hers).
FOOTAGE = r"scenes|sequences|chapters|episodes|shots|takes|reels|footage|picture|montages?|chases"
#: "Mara's music box", "his music teacher": things, never a score.
NOT_SCORE = r"box|boxes|teacher|lessons?|stand|room|school|video|hall|shop|career|collection|player"
#: Crew titles in "X is the cinematographer and Y the editor".
CREW_TITLES = {
    "cinematographer": "cinematographers",
    "director of photography": "cinematographers",
    "editor": "editors",
    "composer": "composers",
    "producer": "producers",
    "director": "directors",
}
CREW_TITLE = "|".join(CREW_TITLES)
#: "Daniël Bouquet is the cinematographer and Mikkel E. G. Nielsen the editor".
#: Alone, "Magnus Holt is the editor" may describe a character: only the pair of crew, or
#: "here", "on this film", says it is the film's.
IS_THE_CREW = re.compile(
    rf"{PERSON}\s+(?:is|was)\s+(?:the|its|our)\s+(?P<title>{CREW_TITLE})"
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+){NAME.join(('(?P<other>', ')'))}\s+(?:is\s+)?the\s+"
    rf"(?P<other_title>{CREW_TITLE})(?=\s*[.;:]|$)"
    r"|(?=\s+(?:here|on\s+(?:it|this\s+(?:film|movie|one)))\b))"
)
#: A crew title before the name, opening a clause or after "and", "with", "by":
#: "with cinematographer Kasper Tuxen", "; editor Lea Holm keeps it tight". Never after
#: "the", "a" or "plays": "plays the editor Miranda" is a part.
#: The film's own: "its editor", "the film's composer", "(producer …", "; producer …".
THE_FILMS = (
    r"(?:(?<=[,;(]\s)|(?<=\()|(?<=\bits\s)|(?<=\bfilm's\s)|(?<=\bfilm’s\s)"
    r"|(?<=\bmovie's\s)|(?<=\bmovie’s\s))"
)
#: A director's own crew: "Del Toro and his cinematographer X", "her co-writer Y".
THEIR = r"(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))"
TITLE_FIRST = (
    rf"(?:^|{THE_FILMS}|(?<=:\s)|(?<=\band\s)|(?<=\bwith\s)|(?<=\bby\s)|(?<=\bfrom\s))"
    r"(?:regular\s+|longtime\s+)?"
)
#: "X, the director, …", "X, the film's editor, …": the title alone between commas (never
#: "X, the editor of the paper"); a crew title other than the director's only with "the
#: film's" or "its", as "Lea Holm, the editor," may be a part.
APPOSITIVE = re.compile(
    rf"{PERSON},\s+(?:the\s+(?P<title>director)|(?:its|the\s+(?:film|movie)['’]s)\s+"
    rf"(?P<crew>{CREW_TITLE}))\s*[,;)]"
)
#: "the cinematography of Kasper Tuxen", "the editing of Lea Holm".
CRAFT_OF = r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:CRAFT)\s+of\s+" + PERSON
#: Another work the credit is for: "Lena Holt's score for The Deep", "the music for the play".
ELSEWHERE = (
    r"(?!\s+(?:for|from|in|on)\s+(?-i:[A-Z])"
    r"|\s+(?:for|from)\s+(?:the|a|an|his|her)\s+(?!film\b|movie\b))"
)
#: What a director works from: "a script by", "her own screenplay".
SCRIPT = r"(?:a|the|his|her|their)\s+(?:[a-z-]+\s+)?(?:script|screenplay)\b"
#: "X directs with a sure hand", "X directs it briskly": the present tense, and what it is
#: done with, say it is this film ("X directs Old Harbour next" names another).
DIRECTS = r"directs\s+(?:it\b|the\s+(?:film|movie)\b|with\b|here\b|[a-z]+ly\b)"
#: Crew roles and the words a sentence names them by.
CREW_IN_PROSE = {
    "cinematographers": [
        rf"{PERSON}{POSSESSIVE}(?:camera(?:work)?|cinematography|photography|images|lensing)\b"
        + ELSEWHERE,
        rf"{PERSON}\s+(?:shoots|shot|films|lenses|photographs)\s+(?:the\s+(?:film|movie)\b"
        rf"|it{HOW_SHOT})",
        rf"{PERSON}\s+(?:shoots|films)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+{SHOT_IN}",
        rf"{PERSON}\s+shoots\s+(?:the|it|her|him|them|every)\b[^.;]{{0,40}}?\s+like\s+(?:a|an|the)\b",
        rf"{TITLE_FIRST}(?:[Cc]inematographer|DP|[Dd]irector\s+of\s+photography)\s+{PERSON}",
        rf"{THEIR}(?:cinematographer|director\s+of\s+photography|camera(?:man|woman))\s+{PERSON}",
        #: "Hogg and her cinematographer, David Raedeker, shoot …": the name between commas.
        rf"{THEIR}(?:cinematographer|director\s+of\s+photography),\s+{PERSON},",
        CRAFT_OF.replace("CRAFT", "cinematography|camerawork|camera|photography"),
    ],
    "composers": [
        rf"{PERSON}{POSSESSIVE}(?:score|music(?!\s+(?:{NOT_SCORE}))|soundtrack|themes?)\b"
        + ELSEWHERE,
        CRAFT_OF.replace("CRAFT", "piano|score|music|strings"),
        rf"{TITLE_FIRST}composer\s+{PERSON}",
        rf"{PERSON}\s+(?:composed|wrote|scored)\s+the\s+(?:[a-z]+\s+)?(?:score|music)\b"
        + ELSEWHERE,
        #: "X contributes a light, almost storybook score".
        rf"{PERSON}\s+(?:contributes|contributed|provides|provided|supplies|supplied)\s+"
        rf"(?:a|an|the)\s+(?:[a-z-]+,?\s+){{0,3}}(?:score|music|soundtrack)\b" + ELSEWHERE,
    ],
    "editors": [
        rf"{PERSON}\s+(?:edited|edits)\s+(?:it|the\s+(?:film|movie|[a-z]+s))\b",
        rf"{PERSON}\s+(?:edited|edits|cut|cuts)\s+(?:the\s+(?:film|movie|(?:[a-z-]+\s+)?(?:{FOOTAGE}))|it{HOW_SHOT})\b",
        rf"{PERSON}{POSSESSIVE}(?:editing|cutting)\b" + ELSEWHERE,
        rf"{TITLE_FIRST}editor\s+{PERSON}",
        CRAFT_OF.replace("CRAFT", "editing|cutting"),
    ],
    "writers": [
        rf"{PERSON}{POSSESSIVE}(?:script|screenplay)\b(?!\s+(?:for|of|in)\b)",
        rf"{PERSON},\s+who\s+(?:also\s+)?(?:wrote|co-wrote)\s+it\b",  # "X, who wrote it too"
        rf"{THEIR}(?:co-?writer|co-?screenwriter|writing\s+partner)\s+{PERSON}",
    ],
    "producers": [  # "Guillermo del Toro, who came aboard as executive producer"
        rf"{PERSON},\s+who\s+(?:(?-i:[a-z])+\s+){{1,2}}as\s+(?:an?\s+)?(?:executive\s+|co-)?producer\b",
        #: A producer meets people ("a chat with producer X"): only as the film's.
        rf"{THE_FILMS}producer\s+{PERSON}",
        #: "Paul Heller produced." alone, opening its sentence: nothing else it could be.
        rf"(?:^|(?<=[.!?]\s)){PERSON}\s+(?:co-)?produced(?=\s*[.;]|,\s+and\s)",
    ],
    "directors": [
        rf"\b(?P<name>{CAP}[\w'’]+(?:\s+{CAP}[\w'’]+){{1,2}})-directed\b",
        rf"{PERSON}{POSSESSIVE}direction\b(?!\s+(?:for|of|in)\b)",
        rf"{PERSON}\s+directs\s+from\s+{SCRIPT}",  # "X directs from a script by Y"
        rf"{PERSON}\s+{DIRECTS}",
        rf"{TITLE_FIRST}(?:director|filmmaker)\s+{PERSON}",
    ],
}
#: A theme the film reuses, whose composer did not score it: "building on Lalo Schifrin's
#: theme", "Monty Norman's famous theme" (a series' or an older film's).
REUSED = re.compile(
    r"(?:\b(?:building|built|builds|drawing|draws|drew|riffing|riffs|nods?|nodding)\s+on"
    r"|\b(?:borrow|quot|rework|repris|echo|updat|remix|sampl|recycl|revisit)\w*|\bnods?\s+to)"
    r"\s+$"
)
OLD_THEME = re.compile(r"(?:famous|classic|iconic|original|familiar|old|signature)\s+theme\b")
CREW_PATTERNS = {
    role: [re.compile(pattern) for pattern in patterns] for role, patterns in CREW_IN_PROSE.items()
}
COMPANY = (
    rf"(?P<studio>(?:{CAP}[\w&'’-]*\s+){{0,3}}(?:Pictures|Films|Studios|Entertainment"
    r"|Productions|Features|Releasing|Media|Animation|Classics|Company|Content)"
    r"|[A-Z][A-Za-z]*\d+\w*"
    rf"|Studio\s+{CAP}\w+"
    rf"|(?:{CAP}[\w&'’-]*\s+){{1,2}}Film|(?-i:{KNOWN_STUDIO})"
    rf"|(?:{CAP}[\w&'’-]*\s+){{1,3}}(?-i:Oy|Oyj|AB|AG|ApS|GmbH|SpA|Srl|Ltd|Inc|LLC))(?![\w-])"
)
#: A company a person owns ("Ines Vaz's Greywater"): capitalised words.
OWNED = rf"{CAP}[\w&'’-]*(?:\s+{CAP}[\w&'’-]*){{0,2}}"
#: Where a distributor released it: "released in the US by".
WHERE = r"(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w.]+)?"
STUDIO_PATTERNS = [
    #: "A Neon release", "a Universal picture"; never "like a Disney film" (a likeness)
    re.compile(
        rf"(?<![Ll]ike\s)\b(?:[Aa]n?|[Tt]he)\s+{COMPANY}\s+(?:release|production|picture|film|movie)\b"
    ),
    #: "the latest from A24", "Greywater Pictures presents": its maker or releaser
    re.compile(rf"\b(?:latest|newest)\s+(?:(?:film|release|feature)\s+)?from\s+{COMPANY}"),
    re.compile(rf"(?:^|(?<=[.!?]\s)){COMPANY}\s+presents\b"),
    re.compile(
        rf"\b(?:[Ii]t|[Tt]he\s+(?:film|movie))\s+(?:comes|came)\s+from\s+{COMPANY}(?![’']s\b)"
    ),
    #: "The production, by Gordon Carroll and Walter Hill for Brandywine and 20th Century
    #: Fox": the companies the producers made it for (the last one the pattern knows as a
    #: company; its capitalised partner before "and" is one too, however it reads).
    re.compile(
        rf"\b(?:[Tt]he\s+production|produced),?\s+by\s+[^.;()]{{1,80}}?\s+for\s+"
        rf"(?:(?:(?P<partner>{CAP}[\w&'’-]+(?:\s+{CAP}[\w&'’-]+){{0,2}})|[^.;()]{{1,40}}?)"
        rf"\s+(?:and|&)\s+)?{COMPANY}"
    ),
    #: "Studio Ghibli's quietest film", "A24's best film": one film of the company's.
    re.compile(rf"{COMPANY}(?:’s|'s)\s+(?:[a-z-]+\s+){{0,2}}(?:film|movie|feature)\b"),
    re.compile(rf"{COMPANY}\s+(?:is|are)\s+(?:distributing|releasing)\b"),
    #: "Released by Columbia Pictures", "released internationally by Sony Pictures Classics"
    re.compile(
        rf"\b(?i:distributed|released|produced|made)(?:\s+(?-i:[a-z]+)ly)?{WHERE}\s+by\s+{COMPANY}"
    ),
    #: The partner of a named producer: "produced by Element Pictures with Film4".
    re.compile(
        rf"\b(?i:produced|made)\s+by\s+[^,.;]{{1,60}}?\s+(?:with|and)\s+{COMPANY}(?!\s+(?-i:[A-Z]))"
    ),
    #: "Castle Rock Entertainment backed it", "Reed produced the film for London Films",
    #: "StudioCanal was behind it"
    re.compile(
        rf"{COMPANY}\s+(?:backed|produced|financed|distributed|released|(?:was|were)\s+behind)"
        r"\s+(?:it|the\s+film)\b"
    ),
    re.compile(rf"\bproduced\s+(?:it|the\s+(?:film|movie))\s+for\s+{COMPANY}"),
    #: "Pedro Almodóvar's El Deseo produced it, with del Toro's own Tequila Gang": what a
    #: person owns and produces with is a company, however its name reads.
    re.compile(
        rf"{CAP}[\w-]+['’]s\s+(?:own\s+)?(?P<studio>{OWNED})\s+(?:backed|produced|financed)\s+"
        rf"(?:it|the\s+(?:film|movie))\b(?:,?\s+with\s+(?:[\w -]{{1,30}}['’]s\s+(?:own\s+)?)?"
        rf"(?P<partner>{OWNED}))?"
    ),
    #: "It was animated at Madhouse": the animation studio made it.
    re.compile(
        rf"\b(?:[Ii]t|[Tt]he\s+(?:film|movie))\s+was\s+animated\s+at\s+(?P<studio>{CAP}[\w&'’-]+(?:\s+{CAP}[\w&'’-]+){{0,2}})"
    ),
]


def is_reused_theme(text, match):
    """Whether `match` is "X's theme" that the film reuses rather than its score."""
    if not match.group(0).endswith("theme"):
        return False
    return bool(REUSED.search(text[: match.start()]) or OLD_THEME.search(match.group(0)))


def crew_facts(text, sentence_of):
    """The crew, studios and "X-directed" directors `text` names, as `TextFact`s."""
    found = []
    for role, patterns in CREW_PATTERNS.items():
        for pattern in patterns:
            for match in pattern.finditer(text):
                if role == "composers" and is_reused_theme(text, match):
                    continue
                if is_name(name := without_starters(match.group("name")), strict=True):
                    found.append(TextFact(role, name, sentence_of(text, match.start())))
    for match in APPOSITIVE.finditer(text):
        if is_name(name := without_starters(match.group("name")), strict=True):
            role = CREW_TITLES[match.group("title") or match.group("crew")]
            found.append(TextFact(role, name, sentence_of(text, match.start())))
    for match in IS_THE_CREW.finditer(text):
        for name, title in (("name", "title"), ("other", "other_title")):
            if match.group(name) and is_name(match.group(name), strict=True):
                role = CREW_TITLES[match.group(title)]
                found.append(TextFact(role, match.group(name), sentence_of(text, match.start())))
    for pattern in STUDIO_PATTERNS:
        for match in pattern.finditer(text):
            sentence = sentence_of(text, match.start())
            groups = [group for group in ("partner", "studio") if match.groupdict().get(group)]
            for group in sorted(groups, key=match.start):  # as the sentence names them
                # "The Blu-ray was released by Arrow"; never the studio's own name ("… Street")
                studio = match.group(group).strip()
                if not HOME_RELEASE.search(sentence.replace(studio, "")):
                    found.append(TextFact("studios", studio, sentence))
    return found
