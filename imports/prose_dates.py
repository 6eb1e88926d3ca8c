# ruff: noqa: RUF001  (posts use typographic quotes; the patterns must too)
"""Runtimes, years and genres a review's sentences state: "It runs 115 minutes", "At 130
minutes it tests your patience", "Running time: 2 hours exactly", "94 minutes and not one
wasted", "premiered at the Toronto festival in 2019", "a 2019 crime thriller".

Each is a `TextFact` for the editor to confirm; the first sentence that says it counts.
"""

import re

from imports.extracted import TextFact
from imports.names import GENRES
from imports.patterns import HOME_RELEASE
from imports.values import number_words, runtime

DURATION = (
    r"(?P<duration>\d+\s*(?:hours?|hrs?|h)\b\.?(?:\s*(?:and\s+)?\d+\s*(?:minutes?|mins?|m)\b)?"
    r"|\d{2,3}\s*(?:mins?|minutes?)|an?\s+hour(?:\s+and\s+\d+\s+minutes?)?)"
)
ABOUT = (
    r"(?:just\s+|only\s+|about\s+|around\s+|approximately\s+|approx\.\s+|nearly\s+|almost\s+"
    r"|over\s+|an?\s+(?-i:[a-z]+)\s+)?"  # "runs a brisk 99 minutes", "an efficient 106"
)
GENRE_NOUN = "comedy|drama|thriller|western|musical|documentary|romance|horror film|animation"
#: "It lasts 96 minutes", never "the last forty minutes" (a stretch of the film).
VERB_LAST = r"(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bvery\s)lasts?"
SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=:\s))"
#: "the last forty minutes", "his last 20 minutes": the adjective, not the verb "lasts".
RUNTIMES_IN_PROSE = [
    re.compile(
        r"\b(?:(?:runs?|ran)(?:\s+for)?|running\s+time(?:\s+of|:|\s+is)|runtime(?:\s+of|:|\s+is)"
        r"|clocks?\s+in\s+at"
        rf"|clocking\s+in\s+at|{VERB_LAST})\s+{ABOUT}{DURATION}",
        re.IGNORECASE,
    ),
    # "its 148-minute running time", "It's 2 hours 20 minutes long"
    re.compile(
        r"\b(?:its|the\s+(?:film|movie)(?:’s|'s))\s+(?P<duration>\d{2,3}-minute)\s+"
        r"(?:running\s+time|runtime|length)\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:is|it's|it’s)\s+{ABOUT}{DURATION}\s+long\b", re.IGNORECASE),
    # "It is a trim 99 minutes": a film's length said with its adjective
    re.compile(
        rf"\b(?:is|it's|it’s)\s+a\s+(?:brisk|lean|long|lengthy|tight|trim|svelte|taut|mere)\s+"
        rf"{DURATION}",
        re.IGNORECASE,
    ),
    # "At 130 minutes it tests your patience", "At nearly 3 hours, the film …"
    re.compile(
        rf"{SENTENCE_START}At\s+{ABOUT}{DURATION}(?:\s+long)?"
        r"(?=,|\s+(?:it|the\s+(?:film|movie)|this)\b)"
    ),
    # A capsule's runtime on its own: "R. 108 minutes. In theaters Friday."
    re.compile(
        rf"{SENTENCE_START}(?P<duration>\d{{2,3}}\s*(?:minutes|mins?)"
        r"|\d\s*(?:hrs?|hours?)\.?\s*\d{1,2}\s*(?:minutes|mins?))\.(?=\s|$)"
    ),  # "2 hrs. 8 min. — Ines Vaz" closing a capsule
    # "It's an A24 release, 111 minutes.": the length after what the film is
    re.compile(
        rf"\b(?:release|film|movie|feature|documentary|{GENRE_NOUN}),\s+"
        r"(?P<duration>\d{2,3}\s*(?:minutes|mins?))(?=[.;]|,\s+and\b|$)",
        re.IGNORECASE,
    ),
    # "Its 94 minutes fly by", "over the film's 94 minutes": the film's length as its own;
    # never "its last 20 minutes", "its 45 minutes of silence" (a stretch of it)
    re.compile(
        r"\b(?:its|the\s+(?:film|movie)(?:’s|'s))\s+(?:(?:brisk|lean|tight|trim|taut|svelte)\s+)?"
        r"(?P<duration>\d{2,3}\s*(?:minutes|mins?)|\d{2,3}-minute\s+(?:running\s+time|runtime))"
        r"\b(?!\s+of\b)",
        re.IGNORECASE,
    ),
    # "keeps the 117 minutes taut", "every one of the 117 minutes": a feature's length
    # (an hour or more) as the whole; never "the 90 minutes before the credits", "the 90
    # minutes it takes to…", "the 120 minutes of the director's cut" (a stretch or another)
    re.compile(
        r"\bthe\s+(?P<duration>(?:[6-9]\d|1\d\d|2[0-4]\d)\s*minutes)\b(?!\s+(?:of|before|after"
        r"|into|in|until|till|to|that|which|it|she|he|they|we|you|i|between|from)\b)",
        re.IGNORECASE,
    ),
    # "a lean 88-minute thriller": the length as the adjective of the film itself
    re.compile(
        r"\ban?\s+(?:brisk|lean|tight|trim|taut|svelte|mere|economical|compact)\s+"
        r"(?P<duration>\d{2,3}-minute)\b",
        re.IGNORECASE,
    ),
    # "this 170-minute documentary", "It was a 170-minute film": a feature's length as its
    # adjective; never "a 20-minute sequence", "a 90-minute film would have been better"
    re.compile(
        r"\b(?:this|(?:is|was|it's|it’s|with|became|becomes)\s+an?)\s+"
        r"(?P<duration>(?:[6-9]\d|1\d\d|2\d\d)-minute)\s+(?:film|movie|documentary|epic|feature"
        r"|drama|thriller|comedy|western|picture)\b(?!\s+(?:would|could|might|should)\b)",
        re.IGNORECASE,
    ),
    # "Running 101 min., it never drags", "…, running 101 minutes, it …"
    re.compile(rf"(?:{SENTENCE_START}|(?<=,\s))(?i:running)\s+{ABOUT}{DURATION}", re.IGNORECASE),
    # "94 minutes and not one wasted", "100 minutes, every one of them earned"
    re.compile(
        rf"{SENTENCE_START}{DURATION}(?:,?\s+and|,|\s+—)\s+(?:not|never|no|every|each|all)\b",
        re.IGNORECASE,
    ),
]
YEARS_IN_PROSE = [
    # "Kiyoshi Kurosawa, who wrote and directed it in 1997"
    re.compile(r"\b(?:directed|made)\s+it\s+in\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        r"\b(?:released|premiered|came out|opened|debuted)\s+(?:\w+ly\s+)?"
        r"(?:in\s+(?:theaters\s+|cinemas\s+|(?-i:[A-Z])[a-z]+\s+)?|on\s+\w+\s+\d{1,2},?\s+)?"
        r"(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    # "It is a Japanese animated film from 2006"; never "a remake of a film from 1954"
    re.compile(
        r"(?:^|(?<=[.!?]\s))(?:It|The\s+film|The\s+movie|This\s+film)\s+(?:is|was)\s+an?\s+"
        r"(?:(?!(?:of|like|to|by)\b)[\w-]+\s+){0,4}(?:film|movie|feature)\s+from\s+"
        r"(?P<year>(?:19|20)\d\d)\b"
    ),
    # "this 1949 Ealing Studios comedy": the film under review, with its year
    re.compile(
        r"\b(?-i:this)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,3}"
        rf"(?:film|movie|feature|documentary|{GENRE_NOUN})\b"
    ),
    # "released by Fine Line Features in 1994": a closing line's distributor and year
    re.compile(
        r"\breleased\s+by\s+(?-i:[A-Z])[^.;:\d]{1,60}?\s+in\s+(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    # "premiered at the Toronto festival in 2019", "debuted at Sundance in January 2020"
    re.compile(
        r"\b(?:premiered|debuted|opened|came\s+out)\s+(?:at|in|of)\s+[^.;:\d]{1,60}?\s+in\s+"
        r"(?:(?-i:[A-Z])[a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
]
#: What a film is called beside its year: "Groundhog Day, the 1993 comedy".
#: A version of the film other than the one reviewed, or another film: its length is not
#: the film's ("The director's cut runs 3 hours", "The 1998 remake runs 98 minutes").
OTHER_VERSION = re.compile(
    r"\b(?:director['’]s|extended|uncut|longer|shorter|international|television|tv|final"
    r"|workprint|alternate)\s+(?:cut|edition|version)s?\b|\b(?:remake|sequel|prequel|original"
    r"|short|first\s+film|reboot)\b",
    re.IGNORECASE,
)
#: A feature is 40 minutes or longer (AMPAS, BFI): "10 minutes." is a moment, not a runtime.
FEATURE_MINUTES = 40
GENRE_IN_PROSE = re.compile(
    r"\b(?:is|was)\s+an?\s+(?:(?:19|20)\d\d\s+)?(?:(?-i:[A-Z])[\w-]+\s+){0,2}"
    r"(?P<genre>[a-z-]+(?:\s+[a-z-]+){0,2})\s+(?:film|movie|feature)\b"
)


def dated_facts(text, sentence_of):
    """The runtime, year and genres `text` states, as `TextFact`s."""
    found = []
    said = number_words(text)
    for pattern in RUNTIMES_IN_PROSE:
        minutes = (match := pattern.search(said)) and runtime(hours(match))
        if minutes and OTHER_VERSION.search(
            said[said.rfind(". ", 0, match.start()) + 1 : match.start()]
        ):
            continue  # "The director's cut runs 3 hours": another version's length
        if minutes and minutes >= FEATURE_MINUTES:
            # Numbers in words leave the sentences where they were: say the one written.
            start = sum(
                len(part) + 2 for part in text.split(". ")[: said.count(". ", 0, match.start())]
            )
            found.append(TextFact("runtime_minutes", minutes, sentence_of(text, start)))
            break
    years = (
        match
        for pattern in YEARS_IN_PROSE
        for match in pattern.finditer(text)
        if not HOME_RELEASE.search(clause_of(sentence_of(text, match.start()), match))
    )
    if match := min(years, key=lambda match: match.start(), default=None):
        found.append(TextFact("year", int(match.group("year")), sentence_of(text, match.start())))
    for match in GENRE_IN_PROSE.finditer(text):
        if genres := genre_words(match.group("genre").split()):
            found.append(TextFact("genres", genres, sentence_of(text, match.start())))
            break
    return found


def genre_words(words):
    """The genres `words` name one after another, each of one to three words ("science
    fiction action": Science fiction, Action); [] when any word is no genre's."""
    genres, at = [], 0
    while at < len(words):
        sizes = [size for size in (3, 2, 1) if at + size <= len(words)]
        size = next((size for size in sizes if "-".join(words[at : at + size]) in GENRES), 0)
        if not size:
            return []
        genres.append(" ".join(words[at : at + size]).capitalize())
        at += size
    return genres


#: Where the clause a year is said in ends: "came out in 1990 and flopped, then lived on
#: VHS" dates the film, "It came out on DVD in 2003" a disc.
CLAUSE_END = re.compile(r",|;|\s+(?:and|but|then|before|after|where|when)\s")


def clause_of(sentence, match):
    """The part of `sentence` up to the end of the clause that holds `match`'s year, where a
    disc's street date says what came out (never a disc named later in the sentence)."""
    year = match.group("year")
    at = sentence.find(year)
    if at == -1:
        return sentence
    end = CLAUSE_END.search(sentence, at + len(year))
    return sentence[: end.start()] if end else sentence


def title_year(text, title):
    """The year `text` gives beside the film's `title`: "Title (2019)", "Title (Norway,
    2019)", "2019's Title", "Title, the 2019 film"; None when it gives none."""
    name, year = rf"(?<!\w){re.escape(title)}(?!\w)", r"(?P<year>(?:18[7-9]|19\d|20\d)\d)"
    patterns = (
        rf"{name}\s*\((?:[^()]{{1,60}}?[,\s])?{year}\)",
        rf"\b{year}['’]s\s+{name}",
        rf"\bthe\s+{year}\s+(?:film|movie|feature|documentary|{GENRE_NOUN})\s+{name}",
        rf"{name},\s+(?:the|a|an)\s+{year}\s+(?:film|movie|feature|documentary|{GENRE_NOUN})\b",
        # "Title is a 1999 American science fiction film", as an encyclopedia's lead has it
        rf"{name}(?:\s*\([^()]{{1,40}}\))?\s+(?:is|was)\s+an?\s+{year}\s+(?:[\w-]+\s+){{0,5}}"
        rf"(?:film|movie|feature|documentary|{GENRE_NOUN})\b",
        # "Paprika (パプリカ) is a Japanese animated film from 2006"
        rf"{name}(?:\s*\([^()]{{1,40}}\))?\s+(?:is|was)\s+an?\s+(?:(?!(?:of|like|to|by)\b)[\w-]+\s+)"
        rf"{{0,4}}(?:film|movie|feature|{GENRE_NOUN})\s+from\s+{year}\b",
    )
    found = (re.search(pattern, text, re.IGNORECASE) for pattern in patterns)
    first = min((match for match in found if match), key=lambda m: m.start(), default=None)
    return int(first.group("year")) if first else None


def title_runtime(text, title):
    """The runtime `text` gives in brackets after the film's `title`: "Title (118 mins)",
    "Title (2019, 118 min.)"; None when it gives none."""
    name = rf"(?<!\w){re.escape(title)}(?!\w)"
    duration = r"(?P<duration>\d{2,3}\s*(?:minutes|mins?)\.?)"
    match = re.search(rf"{name}\s*\((?:[^()]{{1,60}}?,\s*)?{duration}\)", text, re.IGNORECASE)
    minutes = match and runtime(match.group("duration"))
    return minutes if minutes and minutes >= FEATURE_MINUTES else None


def hours(match):
    """The duration a match holds, "an hour" as "1 hour"."""
    duration = match.group("duration").replace("-minute", " minutes")
    return re.sub(r"^an?\s+hour", "1 hour", duration, flags=re.IGNORECASE)
