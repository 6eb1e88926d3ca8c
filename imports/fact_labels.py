# ruff: noqa: SIM905, RUF001  (word lists read as prose; quotes in patterns)
"""Labelled facts in the forms the plain "Label: value" reader does not know by itself.

- Several roles under one label: "Writer, director and editor: X", "Written, directed,
  shot by X" (each role gets the names).
- Labels of facts a film record does not keep ("Language", "Original title", "Where to
  watch", "Sales", "Section"): read as such, so they are neither a studio nor the text,
  and listed with the lines left out of the body.
- A label given in two languages, "Darsteller / Cast:", as translated pages keep the
  original beside the English: the label read is the one known.
- Languages, so a strip's "Japanese, Korean" is known for what it is (never countries).
"""

import re

from django.conf.locale import LANG_INFO

from imports.patterns import CAPITAL_LABEL, FACT_LABEL, FACT_LABELS, FACT_OF_LABEL

ROLE_NOUN = r"(?:writer|director|editor|producer|composer|cinematographer)"
COMPOUND_LABEL = re.compile(
    rf"^(?P<roles>{ROLE_NOUN}(?:\s*(?:,|\band\b|&|/)\s*{ROLE_NOUN})+)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
#: What each participle of a "Written, directed, shot by" label credits.
PARTICIPLES = {
    "written": "writers",
    "directed": "directors",
    "shot": "cinematographers",
    "photographed": "cinematographers",
    "lensed": "cinematographers",
    "edited": "editors",
    "cut": "editors",
    "produced": "producers",
    "scored": "composers",
    "composed": "composers",
}
PARTICIPLE = "(?:" + "|".join(PARTICIPLES) + ")"
COMPOUND_BY = re.compile(
    rf"^(?P<roles>{PARTICIPLE}(?:\s*(?:,|\band\b|&|/)\s*{PARTICIPLE})+)\s+by"
    rf"(?P<colon>\s*:)?\s*(?P<value>(?-i:[A-Z]).+)$",
    re.IGNORECASE,
)
ROLE_SEPARATOR = re.compile(r"\s*(?:,|\band\b|&|/)\s*", re.IGNORECASE)
#: Any two labels joined: "Director & screenplay: X", "Music and songs: X".
JOINED_LABEL = re.compile(
    r"^(?P<roles>[A-Za-z][\w .'-]{0,30}?(?:\s*(?:,|\band\b|&|/)\s*[A-Za-z][\w .'-]{0,30}?)+)"
    r"\s*:\s*(?P<value>(?-i:[A-Z]).+)$",
    re.IGNORECASE,
)
#: A company label with a word before it: "Animation studio: Madhouse", "US distributor:
#: Neon" (a sales or effects company is not the film's maker).
QUALIFIED_STUDIO = re.compile(
    r"^(?!(?:sales|vfx|effects|visual|sound|post|dubbing)\b)[A-Za-z][\w.-]{1,20}\s+"
    r"(?:studios?|distributors?|production\s+compan(?:y|ies))\s*:\s*(?P<value>(?-i:[A-Z0-9]).+)$",
    re.IGNORECASE,
)
#: Nouns of a role that credit it only beside another role ("Direction, screenplay & music:
#: X"): alone, "Direction: 9/10" is a scorecard's line.
JOINED_ROLE_NOUNS = {
    "direction": "directors",
    "writing": "writers",
    "photography": "cinematographers",
}
#: Words joined to a crew label that add no role of their own: "Music and songs".
COMPANION_WORDS = frozenset("songs lyrics soundtrack".split())
PEOPLE_ROLES = frozenset(
    "directors writers cinematographers composers editors producers writers_directors".split()
)
#: A remark in brackets after a name: "(adapting his own novel)".
REMARK = re.compile(r"\s*\((?-i:[a-z])[^()]*\)")
#: Labels of what a review's facts list but a film record does not keep.
OTHER_LABELS = frozenset(
    (
        "language", "languages", "original language", "spoken language", "original title",
        "also known as", "aka", "a.k.a.", "alternative title", "where to watch",
        "where to stream", "streaming on", "available on", "watch it on", "sales",
        "international sales", "world sales", "sales agent", "section", "festival",
        "programme", "program", "budget", "box office", "aspect ratio", "format", "colour",
        "color", "sound mix", "filming locations", "locations", "seen at", "in cinemas",
    )
)  # fmt: skip
OTHER_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z. ]{1,24}?)\s*:\s*(?P<value>\S.*)$")
OTHER_VALUE_WORDS = 8
#: "From: Lionsgate" in a run of credits: who releases the film. Also an e-mail's sender,
#: so only a company-like value right after other facts is read so.
FROM_LABEL = re.compile(r"^from\s*:\s*(?P<value>[A-Z0-9][\w&.' -]{0,40})$", re.IGNORECASE)
FROM_WORDS = 4
VERBS = frozenset("is was are were has have had will would can could does did".split())
LANGUAGES = frozenset(
    [info["name"].casefold() for info in LANG_INFO.values() if "name" in info]
    + (
        "mandarin cantonese chinese hokkien tagalog filipino yiddish latin zulu xhosa amharic"
        " yoruba hausa wolof quechua guarani nahuatl mixtec zapotec maya navajo maori farsi"
        " flemish gujarati sinhala inuktitut sami kurdish pashto dari somali tigrinya"
    ).split()
)
#: A label given in two languages, the other first: "Land / Country:", "Verleih /
#: Distributor:" (a translated post keeps its original's labels beside the English).
BILINGUAL_LABEL = re.compile(
    r"^(?P<other>[^\W\d_][\w.'-]{1,24})\s*/\s*"
    r"(?=(?P<label>[^:/–—]{2,40}?)\s*(?::|\s[–—-]\s|$))"  # its value after, or on the next line
)
#: The same in capitals without a colon, the value capitalised after it: "LAND / COUNTRY
#: Norway", "VERLEIH / DISTRIBUTOR Neon" (never a site's "HOME / GENRE" path).
BILINGUAL_CAPITALS = re.compile(
    r"^(?!(?:HOME|NEWS|REVIEWS?|FILMS?|MOVIES?)\s*/)(?P<other>[^\W\d_a-zà-ÿ][^\W\da-zà-ÿ]{1,24})"
    r"\s*/\s*(?=(?P<label>[A-Z][A-Z.' ]{1,40}?)\s+(?:[A-Z][a-zà-ÿ'’]|\d))"
)
SIGN_LANGUAGE = re.compile(r"^(?:[A-Z][\w-]*\s+){1,3}sign\s+language$", re.IGNORECASE)


def joined_roles(text):
    """The people roles of a label that joins two or more ("Director & screenplay: X"),
    each a known crew label or a companion word ("songs"); [] when `text` is not one."""
    match = JOINED_LABEL.match(text)
    if not match:
        return []
    roles = []
    for part in ROLE_SEPARATOR.split(match.group("roles").strip()):
        role = FACT_OF_LABEL.get(part.casefold()) or JOINED_ROLE_NOUNS.get(part.casefold())
        if role in PEOPLE_ROLES:
            roles.append(role)
        elif part.casefold() not in COMPANION_WORDS:
            return []
    return list(dict.fromkeys(roles))


#: Labels that posts write at a line's start without a colon: "Writer Ana Lind, Bo Ek";
#: a company's label so only in capitals ("COMPANIES Neon, A24"), as "Companies like…"
#: opens a sentence. Never a crew title nor a heading ("Production Designer X", "Music
#: Supervisor Y", "Production Notes").
BARE_LABEL = re.compile(
    r"^(?P<label>directors?|dir\.|writers?|screenwriters?|cast|starring|with|composer|music"
    r"|cinematograph(?:er|y)|editors?|editing|producers?|distributor|runtime|running time"
    r"|genres?|studios?|production(?: compan(?:y|ies))?|country|countries|release date|released"
    r"|(?-i:"
    + "|".join(re.escape(label.upper()) for label in sorted(FACT_LABELS["studios"], key=len)[::-1])
    + r"))(?!\s+(?:design|manag|coordinat|notes?\b|assist|sound|supervis|stills?\b))"
    + r"\s+(?=(?-i:[A-Z0-9]))",  # (not "Production Designer X", "Music Supervisor Y", "… Notes")
    re.IGNORECASE,
)
#: A credit's initial for a label, only among other labels: "D: X · W: Y · M: Z".
SHORT_LABELS = {"d": "directors", "w": "writers", "m": "composers", "p": "producers"}
SHORT_LABEL = re.compile(r"(?<![\w.'’])(?P<label>[DWMP])\s*:\s*(?=[A-Z])")
#: The fact of each label `labels_in` finds.
LABEL_FACTS = FACT_OF_LABEL | SHORT_LABELS


def labels_in(text):
    """The labels in a line of facts, in order: "Director:", "Directed by X", labels in
    capitals without a colon ("DIRECTOR X WRITER Y") where no other label is, and initials
    ("D: X · W: Y") when the line holds two labels or more."""
    matches = [match for match in FACT_LABEL.finditer(text) if not is_source_noun(text, match)]
    for other in (*CAPITAL_LABEL.finditer(text), *SHORT_LABEL.finditer(text)):
        if not any(m.start() < other.end() and other.start() < m.end() for m in matches):
            matches.append(other)
    if len(matches) < 2:  # "D: Ines Vaz" alone may be anyone's line in a transcript
        matches = [match for match in matches if match.re is not SHORT_LABEL]
    return sorted(matches, key=lambda match: match.start())


#: "Based on the novel by X": the source, not the writer's name.
SOURCE_WORK = re.compile(
    r"^(?:(?:based|adapted)\s+(?:on|from)\s+|from\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
    r"(?:novella|novel|book|play|comic|short story|story|memoir|graphic novel|manga)"
    r"(?:\s+of the same name)?\s+(?:by\s+)?",
    re.IGNORECASE,
)
#: "American Prometheus by Kai Bird": the book's author is the writer.
BY_AUTHOR = re.compile(r"^.*?\bby\s+(?=(?-i:[A-Z]))")


#: A writer credited beside the first: "X; screenplay with Y and Z", "X, with Y".
WRITTEN_WITH = re.compile(
    r"^(?:(?:screenplay|script|story|dialogues?|adaptation|teleplay)\s+)?(?:co-?written\s+)?"
    r"with\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: A source work named before what it is, "Lanterns, a novella by X", "*Lanterns* (The Lamp),
#: the play by X", "Lanterns (novel) by X": the work's title is no writer, its author is.
SOURCE_NOUN = (
    r"(?:novella|novel|book|play|short story|story|memoir|graphic novel|comic|manga|poem"
    r"|biography)"
)
TITLED_SOURCE = re.compile(
    r"(?:^|(?<=,\s)|(?<=\bon\s)|(?<=\bfrom\s))[^,()]+?(?:\s*\([^()]*\))?"
    r"(?:,\s+(?P<kind>(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"{SOURCE_NOUN})|\s*\((?:\d{{4}}\s+)?(?P<bracketed>{SOURCE_NOUN})\))\s+by\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: An article before a label makes it a noun of the sentence: "a novel by", "the story by".
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


def is_source_noun(text, match):
    """Whether the label `match` found in `text` is a source's noun after an article ("X,
    a novel by Y"), not a label of its own; never the line's first label."""
    if match.start() == 0 or not re.match(SOURCE_NOUN, match.group("label"), re.IGNORECASE):
        return False  # "The music by X" is the composer's credit
    return bool(ARTICLE_BEFORE.search(text[: match.start()]))


def source_title_dropped(value):
    """ "Lanterns (The Lamp), a novella by X" as "a novella by X": the source work's title
    left out of a writing credit, its author kept."""
    return TITLED_SOURCE.sub(lambda match: f"{match['kind'] or match['bracketed']} by ", value)


def by_author(part):
    """ "based on the novel by X", "'Story of Your Life' by X", "screenplay with X" as X."""
    return BY_AUTHOR.sub("", SOURCE_WORK.sub("", WRITTEN_WITH.sub("", part)))


def bilingual(text):
    """ "Land / Country: Deutschland" as "Country: Deutschland": the known label read, the
    other language's left; `text` itself when the first word is a label too ("Director /
    Writer: X" credits both, `joined_roles`) or the second is none."""
    for match in (BILINGUAL_LABEL.match(text), BILINGUAL_CAPITALS.match(text)):
        if match and (fact := FACT_OF_LABEL.get(match.group("label").casefold())):
            break
    else:
        return text
    other = FACT_OF_LABEL.get(match.group("other").casefold())
    return text[match.end() :] if other in (None, fact) else text  # "Genre / Genre"


def is_language(value):
    """Whether `value` names a language ("Korean", "Korean Sign Language")."""
    value = value.strip(" .")
    return value.casefold() in LANGUAGES or bool(SIGN_LANGUAGE.match(value))


def is_plain_value(value):
    """Whether `value` after a label reads as a value (names, a title, a list), not as a
    sentence: short, capitalised, with no verb of a sentence."""
    words = value.split()
    return (
        0 < len(words) <= OTHER_VALUE_WORDS
        and not value[:1].islower()  # (a title in Hangul or Arabic is neither case)
        and not any(word.casefold() in VERBS for word in words)
    )


#: The end of a label's value where a sentence of the text follows it: "Director: Greta
#: Gerwig. She shot it…"; never after an initial or a title ("J. Smith", "Jr.", "St.").
VALUE_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Jr|Sr|Dr|Mr|Ms|St|Co))(?<!\bMrs)\.\s+(?=[A-Z\"“‘])")
SENTENCE_WORDS = 3
#: "Edited by William Chang, who also designed the sets": the value is the name.
RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\s+\S")


def sentence_after_value(parts, *, starts):
    """The sentence of the text run on after the last label's value ("Music: X. His score
    is…"), taken off `parts` and returned, when what comes before it is plainly the
    value (`starts`) and the whole is not; "" otherwise."""
    name, value = parts[-1]
    match = VALUE_END.search(value)
    if not match or starts(name, value):
        return ""
    head, rest = value[: match.start()], value[match.end() :].strip()
    if len(rest.split()) < SENTENCE_WORDS or not starts(name, head):
        return ""
    parts[-1] = (name, head)
    return rest


def clause_after_value(parts, *, starts):
    """A relative clause after the last label's value ("X, who also designed the sets"),
    taken off `parts` and returned, when what comes before it is plainly the value."""
    name, value = parts[-1]
    match = RELATIVE_CLAUSE.search(value)
    if not match or starts(name, value) or not starts(name, value[: match.start()]):
        return ""
    parts[-1] = (name, value[: match.start()])
    return value[match.start() :].lstrip(", ")


class FactLabelsMixin:
    """The `Extractor` methods for the labelled facts `FactsMixin.facts` hands on."""

    def plain_label(self, text):
        """`text` with its label in the plain spelling the label reader knows: without a
        distributor's region ("UK distributor") or another language's label beside it."""
        return bilingual(self.without_region(text))

    def compound_facts(self, text, *, starts):
        """ "Writer and director: X", "Written, directed, shot by X": every role gets X;
        False when `text` is not such a line (`starts` says whether a value without a
        colon reads as the role's names)."""
        if compound := COMPOUND_LABEL.match(text):
            roles = [f"{role}s" for role in ROLE_SEPARATOR.split(compound.group("roles"))]
            value = compound.group("value")
        elif compound := COMPOUND_BY.match(text):
            roles = [
                PARTICIPLES[role.casefold()] for role in ROLE_SEPARATOR.split(compound["roles"])
            ]
            value = compound.group("value")
            if not compound.group("colon") and not starts("directors", value):
                return False  # "Written, directed and shot by a team who…": a sentence
        elif qualified := QUALIFIED_STUDIO.match(text):
            roles, value = ["studios"], qualified.group("value")
        elif roles := joined_roles(text):
            value = REMARK.sub("", JOINED_LABEL.match(text).group("value"))
        else:
            return False
        for role in roles:
            self.fact(role.casefold(), value)
        return True

    def distributor_from(self, text, *, is_person):
        """ "From: Lionsgate" among other facts: the studio; False otherwise (a sender
        "From: Ana Lind", a label away from the facts, a sentence)."""
        match = FROM_LABEL.match(text)
        if not match or self.previous_kind != "facts":
            return False
        value = match.group("value").strip()
        if len(value.split()) > FROM_WORDS or not is_plain_value(value) or is_person(value):
            return False
        self.fact("studios", value)
        return True

    def other_label(self, text):
        """A fact the film record does not keep ("Language: Spanish", "Sales: X"): listed
        as left out, never read as another fact; False when `text` is not one."""
        match = OTHER_LABEL.match(text)
        if not match or match.group("label").casefold() not in OTHER_LABELS:
            return False
        if not is_plain_value(match.group("value")):
            return False  # "Format: the film is told in chapters": a sentence
        self.review.dropped.append(text)  # listed with what was left out of the body
        return True
