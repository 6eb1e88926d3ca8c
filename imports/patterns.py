# ruff: noqa: RUF001, RUF003  (posts use typographic dashes and quotes; the patterns must too)
"""What review posts look like: the labels, patterns and limits the extractor reads them by.

Every pattern here is linear in the length of the text, so a large document costs time
in proportion, never more.
"""

import re

MISSING_QUESTION = "(question missing — please write it)"
VERDICT_MAX_LENGTH = 200  # Review.verdict
HEADLINE_MAX_LENGTH = 255  # Review.headline

#: Film fact labels as posts write them, by the fact they give.
FACT_LABELS = {
    # when the headline does not name it
    "film": ("film", "movie", "film title", "movie title", "title"),
    "genres": ("genre", "genres", "subgenre", "subgenres", "sub-genre", "sub-genres"),
    "countries": (
        "country", "countries", "country of origin", "countries of origin", "made in", "origin",
        "production country", "production countries",
    ),
    "directors": (
        "director", "directors", "directed by", "film director", "dir", "dir.",
        "helmed by", "co-director", "co-directors", "co-directed by",
    ),
    "cast": (
        "cast", "starring", "stars", "actors", "lead cast", "main cast", "principal cast",
        "key cast", "voice cast", "featuring", "cast members", "stars (voices)", "voices", "with",
    ),
    "writers": (
        "writer", "writers", "screenplay", "screenplay by", "screenwriter", "screenwriters",
        "written by", "story", "story by", "script", "script by", "writing credits",
        "based on the novel by", "based on the book by", "novel by", "based on", "scr", "scr.",
        "based on the play by", "based on the memoir by", "based on the short story by",
        "play by", "adaptation", "adaptation by", "adapted by", "dialogue", "dialogues",
        "dialogue by", "dialogues by", "original novel", "original story", "original work",
        "novel", "source novel", "based on a novel by", "original manga",
    ),
    "writers_directors": (
        "written and directed by", "written & directed by", "writer-director",
        "writer/director", "writer and director", "writer & director",
    ),
    "cinematographers": (
        "cinematography", "cinematographer", "cinematography by", "director of photography",
        "dp", "dop", "d.o.p.", "photography", "shot by", "photographed by", "lensed by",
        "camera", "camera by", "cinematographers",
    ),
    "composers": (
        "music", "music by", "composer", "composers", "original score", "score by",
        "original music", "original music by", "music composed by", "score",
        "original score by", "composed by", "mus.", "mus", "music director",
    ),
    "editors": (
        "editor", "editors", "editing", "edited by", "film editing", "film editor",
        "film editing by", "editing by", "cut by", "cutter", "ed.", "ed",
    ),
    "producers": (
        "producer", "producers", "produced by", "executive producer", "executive producers",
        "prod", "prod.",
    ),
    "runtime": ("runtime", "run time", "running time", "length", "duration"),
    "release": (
        "release date", "released", "release year", "year", "release", "released on",
        "theatrical release", "premiere", "premiered", "year of release", "production year",
        "year of production",
    ),
    "studios": (
        "studio", "studios", "distributor", "distributors", "distributed by", "distribution",
        "licensor", "licensors", "licensed by",
        "production company", "production companies", "production studio", "production",
        "released by", "banner", "company", "companies", "production cos", "prod. cos", "prod cos",
        "prod. co", "prod co", "prod. co.", "producing companies", "sales/dist.",
        "sales/distribution", "sales & distribution", "dist.", "distrib.",
    ),
    "makers": ("made by",),  # a company, or a person the label does not say the role of
    "certificate": (
        "certificate", "certification", "rated", "mpaa rating", "mpaa", "age rating",
        "classification", "parental rating", "content rating", "cert", "cert.",
    ),
}  # fmt: skip
#: The crew labels of German, French, Spanish and Italian credits, which translated and
#: festival pages keep, alone ("Regie:") or beside the English one ("Regie / Directed by:").
#: Only words that are never English labels of something else ("Montage" cuts a film).
FOREIGN_LABELS = {
    "directors": ("regie", "regia", "regi", "réalisation", "réalisateur", "réalisatrice",
                  "dirección", "direção"),
    "writers": ("drehbuch", "buch", "scénario", "guion", "guión", "sceneggiatura", "roteiro"),
    "cinematographers": ("kamera", "bildgestaltung", "fotografía", "dirección de fotografía",
                         "direttore della fotografia", "directeur de la photographie"),
    "composers": ("musik", "musique", "música", "musica", "komponist", "filmmusik"),
    "editors": ("schnitt", "montage", "montaje", "montaggio", "montagem"),
    "producers": ("produzent", "produzenten", "producteur", "productrice", "produttore"),
}  # fmt: skip
FACT_OF_LABEL = {label: fact for fact, labels in FACT_LABELS.items() for label in labels}
FACT_OF_LABEL |= {label: fact for fact, labels in FOREIGN_LABELS.items() for label in labels}
#: "Director(s)", "Genre(s)": a label whose plural is one too, with its "(s)".
FACT_OF_LABEL |= {
    f"{label}(s)": fact for label, fact in FACT_OF_LABEL.items() if f"{label}s" in FACT_OF_LABEL
}
FACT_LABEL = re.compile(
    r"(?<![\w])(?P<label>"
    + "|".join(re.escape(label) for label in sorted(FACT_OF_LABEL, key=len, reverse=True))
    + r")(?:\s*:|\s+[–—-]\s+|(?:(?<=\bby)|(?<=\bstarring))\s+(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)
#: Facts whose label in capitals may head anything ("FILM Reviews", "STUDIO Ghibli").
NOT_IN_CAPITALS = ("film", "studios", "makers", "certificate")
#: A label in capitals with no colon, at any place in a line of credits: "DIRECTOR Ines
#: Vaz WRITER Tomas Lind" (the value capitalised, never in capitals: "DIRECTOR'S CUT").
CAPITAL_LABEL = re.compile(
    r"(?<![\w'’])(?P<label>"
    + "|".join(
        re.escape(label.upper())
        for label in sorted(FACT_OF_LABEL, key=len, reverse=True)
        if len(label) > 1 and label != "with" and FACT_OF_LABEL[label] not in NOT_IN_CAPITALS
    )
    + r")\s+(?=[A-Z][a-zà-ÿ'’]|\d)"
)


#: Two spellings of one label, the first in the film's language: "Regie / Directed by".
LABEL_PAIR = re.compile(
    r"(?<![\w])(?P<first>"
    + "|".join(re.escape(label) for label in sorted(FACT_OF_LABEL, key=len, reverse=True))
    + r")\s*/\s*(?=(?P<second>"
    + "|".join(re.escape(label) for label in sorted(FACT_OF_LABEL, key=len, reverse=True))
    + r")(?![\w]))",
    re.IGNORECASE,
)


#: A label's other-language spelling before the known one, at a line's start or after a
#: separator in a run of facts: "… · Fotografia / Cinematography: X · Dal romanzo di / Based
#: on the novel by Y" (one capitalised word and up to three small ones, never a name).
OTHER_SPELLING = re.compile(
    r"(?:^|(?<=[·|•;]\s))(?P<other>(?-i:[^\W\d_a-z][^\W\d_]{1,24})(?:\s+(?-i:[a-zà-ÿ][\w'’]{0,15})){0,3})"
    r"\s*/\s*(?=(?P<second>"
    + "|".join(re.escape(label) for label in sorted(FACT_OF_LABEL, key=len, reverse=True))
    + r")(?:\s*:|(?<=\bby)\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)


def one_label(text) -> str:
    """`text` with each pair of spellings of one label as the second ("Regie / Directed
    by: X" is "Directed by: X", "Fotografia / Cinematography: X" is "Cinematography: X");
    two labels of two facts ("Director / Writer") stay."""

    def second(pair):
        first = FACT_OF_LABEL.get(pair["first"].casefold())
        return "" if first in (None, FACT_OF_LABEL[pair["second"].casefold()]) else pair.group(0)

    def other(pair):
        return pair.group(0) if pair["other"].casefold() in FACT_OF_LABEL else ""

    return OTHER_SPELLING.sub(other, LABEL_PAIR.sub(second, text))


def fact_of_label(text) -> str | None:
    """The fact a label gives ("Director:"), also when it is two spellings of one label
    ("Regie / Directed by", "Land / Country"); None when it is no label, or two ("Director /
    Writer", which `joined_roles` reads)."""
    text = text.strip().rstrip(":").strip().casefold()
    if text in FACT_OF_LABEL:
        return FACT_OF_LABEL[text]
    parts = [FACT_OF_LABEL.get(part.strip()) for part in text.split("/")]
    if len(parts) == 2 and parts[1] and parts[0] in (None, parts[1]):
        return parts[1]  # "Land / Country": the other language's word, then the known label
    return None


#: A label glued to the value before it, as pages lose the break between two facts
#: ("Director: Ines VazWriter: Tomas Lind"): capitalised, after a small letter, a colon after.
GLUED_FACT_LABEL = re.compile(
    r"(?<=[a-z])(?=(?:"
    + "|".join(
        re.escape(spelling)
        for label in sorted(FACT_OF_LABEL, key=len, reverse=True)
        for spelling in {label[:1].upper() + label[1:], label.upper()}
    )
    + r")\s*:)"
)

#: Countries in their own languages, as translated posts and European sites' strips write
#: them ("Deutschland 2006 | Drama"), by their ISO codes.
COUNTRY_ENDONYMS = {
    "deutschland": "DE", "österreich": "AT", "schweiz": "CH", "frankreich": "FR",
    "italien": "IT", "spanien": "ES", "italia": "IT", "españa": "ES", "méxico": "MX",
    "brasil": "BR", "nederland": "NL", "danmark": "DK", "sverige": "SE", "norge": "NO",
    "suomi": "FI", "polska": "PL", "belgique": "BE", "suisse": "CH", "allemagne": "DE",
    "espagne": "ES", "italie": "IT", "royaume-uni": "GB", "états-unis": "US", "japon": "JP",
    "giappone": "JP", "francia": "FR", "alemania": "DE", "germania": "DE", "stati uniti": "US",
    "estados unidos": "US", "česko": "CZ", "magyarország": "HU", "éire": "IE",
}  # fmt: skip
#: A sentence about a disc or a re-release, whose dates and labels are not the film's:
#: "The 4K disc streets on 3 March 2020", "Arrow's restoration was released in 2019".
HOME_RELEASE = re.compile(
    r"\b(?:blu-?rays?|dvds?|4k|uhd|discs?|vhs|laserdiscs?|steelbooks?|box\s*set|boxset"
    r"|re-?releases?|re-?issues?|restorations?|remasters?|(?:special|collector['’]s|anniversary)"
    r"\s+edition|streets?|street\s+date)\b",
    re.IGNORECASE,
)
BULLET = re.compile(r"^[•\-*–·▪◦●‣]\s*(?P<text>.+)$")
QUOTE = re.compile(r"^>\s*(?P<text>.+)$")  # a Markdown quotation: a pull quote
NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<text>.+)$")
SENTENCE_END = re.compile(r"[.!?…:;,]['\"’”)]*$")
YEAR = re.compile(r"\b(18[7-9]\d|19\d\d|20\d\d|21\d\d)\b")
YEAR_IN_BRACKETS = re.compile(r"\((18[7-9]\d|19\d\d|20\d\d|21\d\d)\)")

#: A criterion's name as posts write it: "Acting", "Mise-en-scène", "3D effects",
#: "Sound mix (Atmos)", "visual effects" (in a table, a criterion may start small).
CRITERION = r"(?:\d\w*\s+)?[^\W\d_][\w&'’ /().-]{0,40}?"
SCORE = re.compile(
    r"(?P<name>[A-Z][A-Za-z&'’ ]{1,40}?)\s*:\s*"
    r"(?P<value>\d{1,3}(?:[.,]\d+)?)\s*(?:/|out of)\s*(?P<scale>100|10|5)\b"
)
#: One score with a comment after it: "Direction: 9/10 – tight and confident".
SCORE_WITH_COMMENT = re.compile(
    rf"(?P<name>{CRITERION})\s*(?::|\s[–—-]\s|\|)\s*"
    r"(?P<value>\d{1,3}(?:[.,]\d+)?)\s*(?:/|out of)\s*(?P<scale>100|10|5)\b"
    r"(?:\s*\((?P<aside>[^)]+)\)|\s*[–—:|-]\s*(?P<comment>[^\d\s].*?))?\s*$"
)
SCORE_SEPARATORS = re.compile(r"^[\s|,;•·]*$")
#: Whose rating a label says it is: the review's ("Critic's Rating"), beside the readers'.
CRITICS = r"(?:critic['’]?s['’]?|reviewer['’]?s['’]?|editor['’]?s['’]?)"
#: A rating's label in another language first: "Voto / Rating:", "Note / Our rating:"
#: (never "Music / Score:", a criterion, nor "Sound / Score:").
RATING_OTHER_TONGUE = r"(?:(?!(?:music|sound|soundtrack|original)\b)[^\W\d_]\w{1,20}\s*/\s*)?"
#: "Overall:" alone labels the rating when a sentence follows its number ("Overall: 9/10.
#: Not perfect, but…"); a bare "Overall: 8/10" row stays a criterion's score.
RATING_LABEL = re.compile(
    rf"^{RATING_OTHER_TONGUE}"
    rf"(?:(?:final|overall|my|our|the|{CRITICS})?\s*(?:rating|score|star rating|grade"
    r"|stars(?=\s*[:\-–—]\s*[\d★☆⭐*]))"
    r"|overall(?=\s*:\s*\d{1,3}(?:[.,]\d+)?\s*(?:/|out of)\s*(?:100|10|5|4)\s*[.!](?!\d)))"
    r"(?:\s*[:\-–—]\s*|\s+(?=[\[(]\s*[\d★☆⭐*]))",
    re.IGNORECASE,
)
#: A rating alone on its line, perhaps in brackets: "[4/5]", "(8.5/10)", "3.5 out of 5 stars".
BRACKETED_RATING = re.compile(
    r"^[\[(]?\s*\d{1,3}(?:[.,]\d+)?\s*(?:/|out of)\s*(?:100|10|5|4)\s*(?:stars?)?\s*[\])]?\.?$",
    re.IGNORECASE,
)
#: A rating opening its line, the verdict after a dash: "3/5 — fun, gross, a bit timid."
LEADING_RATING = re.compile(r"^\d{1,2}(?:[.,]\d)?\s*/\s*(?:10|5)\s+[–—-]\s+(?-i:[a-zA-Z])")
#: What a verdict is called, as a label or a heading: "Verdict", "Bottom line", "In a line",
#: "TL;DR", "Fazit" (German sites, and translations of them, keep it).
VERDICT_TERM = (
    r"(?:(?:(?:final|overall|one[- ]line|short|quick|brief|capsule)\s+)?verdict"
    r"(?:\s+in\s+(?:a|one)\s+(?:sentence|line))?"
    r"|bottom\s+line|take-?away|(?:final|last)\s+word|short\s+version"
    r"|in\s+(?:one\s+line|a\s+line|a\s+nutshell|a\s+word|(?:a|one)\s+sentence|short|brief)"
    r"|tl;?\s*dr|fazit)"
)
#: Whose verdict a label says it is: the site's, or a host's ("Nadia's verdict:").
VERDICT_OWNER = r"(?:(?:the|our|my|(?-i:[A-Z])[\w-]*['’]s)\s+)?"
#: A label given in two languages: "Fazit / In short:", "UNSER URTEIL / OUR VERDICT:".
OTHER_TONGUE = r"[^\W\d][\w ]{0,24}?\s*/\s*"
#: The labels a verdict is given: "Verdict:", "The bottom line:", "Our takeaway:", "In one line:".
VERDICT_LABEL = re.compile(
    rf"^(?:{OTHER_TONGUE})?{VERDICT_OWNER}{VERDICT_TERM}(?:\s*/\s*[^\W\d][\w ]{{0,24}}?)?"
    r"\s*[:\-–—]\s*",
    re.IGNORECASE,
)
RATING_NUMBER = re.compile(
    r"(?P<value>\d{1,3}(?:[.,]\d+)?)\s*(?:/|out of)\s*(?P<scale>100|10|5)\b", re.IGNORECASE
)
PROSE_RATING = re.compile(
    r"(?:(?P<value>\d{1,2}(?:\.\d+)?)\s*/\s*(?P<scale>10|5)\s+rating"
    r"|rating\s+(?:of\s+)?(?P<value2>\d{1,2}(?:\.\d+)?)\s*/\s*(?P<scale2>10|5))",
    re.IGNORECASE,
)
STARS = re.compile(r"[★☆⭐½]+(?:\s*[★☆⭐½]+)*")
DIRECTED_BY = re.compile(
    r"\b[Dd]irected by\s+(?P<name>[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|van|von|la|le)){0,3})"
)
KEYWORDS = re.compile(r"^(?:keywords|tags)\s*:\s*(?P<values>.+)$", re.IGNORECASE)
FAQ_HEADING = re.compile(r"^(?:frequently asked questions|faqs?)\s*:?$", re.IGNORECASE)
QUESTION_PREFIX = re.compile(r"^(?:q(?:uestion)?\s*\d*\s*[:.)-])\s*", re.IGNORECASE)
ANSWER_PREFIX = re.compile(r"^(?:a(?:nswer)?\s*\d*\s*[:.)-])\s*", re.IGNORECASE)
#: Between values: commas, "and", "&", and the bars and dots of "Director: X | Year: 2001".
VALUE_SEPARATOR = re.compile(r"\s*(?:,|;|\||•|·|\s+and\s+|\s+&\s+)\s*", re.IGNORECASE)
CAPITALISED_PHRASE = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")

# Site furniture: the end of the post, other posts' cards, calls to action, promotion.
END_OF_POST = re.compile(
    r"^(?:leave a (?:reply|comment)|your email address will not be published"
    r"|similar posts|related posts|you may also like|more posts)\b",
    re.IGNORECASE,
)
FURNITURE = re.compile(
    r"^(?:related (?:movies|posts|articles)\s*:?|[\w .'’-]{1,40}\s+gives\s*:?|share this\b.*"
    r"|advertisement)$",
    re.IGNORECASE,
)
CALL_TO_ACTION = re.compile(
    r"if you (?:liked|enjoyed) this|read (?:my|our) (?:full )?review of|click here|explore more"
    r"|read more\b|subscribe\b|follow us|many more blog"
    r"|more (?:in-depth )?movie (?:blogs|reviews)",
    re.IGNORECASE,
)
PROMOTION = re.compile(
    r"\b(?:available (?:in|on) our|on our (?:site|website)|our featured movies)\b", re.IGNORECASE
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
TITLE_SUFFIX = re.compile(
    r"(?:\s+(?:movie|film))?(?:\s+(?:review|analysis|recap|explained|breakdown))+$|\s+movie$",
    re.IGNORECASE,
)
TITLE_SEPARATOR = re.compile(r"\s+[–—|-]\s+")
#: "Amélie review: Jeunet's masterpiece": what follows "review:" is the post's, not the film's.
REVIEW_SUBTITLE = re.compile(
    r"\b(review|analysis|recap|explained|breakdown)\s*:\s+.*$", re.IGNORECASE
)
COMMON_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an and as at but by for from he her his i if in is it its my of on or our she so that"
        " the their there these they this to we what when where which while who why with yes you"
        " your no not all every each one some many",
    )
)
DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%d", "%B %d %Y")
TITLE_LABEL = re.compile(
    r"^(?:title|post title|review title|headline|subject)\s*:\s*(?=\S)", re.IGNORECASE
)
#: A title in quotes at the start of a headline: "‘The Film’ Review: …", "“The Film” by …".
QUOTED_TITLE = re.compile(r"^[“\"‘'](?P<title>[^”\"’]{1,150})[”\"’']")
#: A year with other things in brackets: "(India, 2016)", "(Terence Davies, USA 2016)".
YEAR_AMONG_OTHERS = re.compile(r"\([^()]{1,80}?[,\s]((?:18[7-9]|19\d|20\d|21\d)\d)\s*\)")
#: A column's name before the film's: "Movie Review: …", "DVD corner: …", "Classic corner: …",
#: "Film Club: …", "Rewatch: …" (never "Fight Club: …": a column is the site's word alone).
REVIEW_PREFIX = re.compile(
    r"^(?:(?:movie|film|dvd|blu-ray|4k|streaming|classic|retro|cult)\s+)?"
    r"(?:review|corner|pick(?: of the week)?|club|notes|rewatch|revisited|spotlight|diary)"
    r"\s*[:|–—-]\s*(?=\S)",
    re.IGNORECASE,
)

#: A heading over the cast, a name a line: "Cast", "Starring", "Characters & Voice Actors".
CAST_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?:the\s+)?(?:main\s+|full\s+|principal\s+)?(?:(?:voice\s+)?cast"
    r"|cast\s*(?:&|and)\s*(?:crew|characters)|credits|characters|voices|starring|with"
    r"|characters\s*(?:&|and)\s*voice\s+actors|voice\s+actors"
    # a reader's question over the list: "Who's in the voice cast?", "Who stars in it?"
    r"|who(?:'s|’s|\s+is|\s+are|\s+was)\s+in\s+(?:it|the\s+(?:voice\s+)?cast)"
    r"|who\s+(?:stars|voices\s+who)(?:\s+in\s+it)?|who(?:'s|’s)\s+who)\s*[:?]?$",
    re.IGNORECASE,
)

#: Countries as strips write them, beside django-countries' names (the catalogue's
#: `country_code` turns them into codes when the film is saved).
STRIP_COUNTRY_ALIASES = frozenset(
    (
        "uk", "u.k", "usa", "us", "u.s", "u.s.a", "america", "britain", "great britain",
        "england", "scotland", "wales", "south korea", "korea", "north korea", "russia",
        "iran", "czech republic", "czechia", "taiwan", "vietnam", "bolivia", "venezuela",
        "syria", "tanzania", "moldova", "laos", "the netherlands", "holland",
        "united states", "united kingdom", "ussr", "u.s.s.r", "west germany", "w. germany",
        "east germany", "gdr", "turkey", "burma", "ivory coast", "macedonia", "swaziland",
        "cape verde",  # the names before Türkiye, Myanmar, Côte d'Ivoire, … are still written
    )
)  # fmt: skip

#: A title's original in its own script after it: "Kiki's Delivery Service 魔女の宅急便".
OTHER_SCRIPT = (  # Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul, kana, CJK
    "\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    "\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
)
OTHER_SCRIPT_AFTER = re.compile(
    rf"(?<=[A-Za-z0-9'’!?.)])\s*[(\[/|–—-]?\s*[{OTHER_SCRIPT}][{OTHER_SCRIPT}\s\d・·:!?、。]*[)\]]?\s*$"
)
#: A runtime's note that it is the release's own: "149 min (theatrical)".
THEATRICAL_NOTE = re.compile(
    r"\s*\((?:theatrical|original|cinema)(?:\s+(?:cut|version))?\)$", re.IGNORECASE
)
