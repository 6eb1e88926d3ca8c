"""A film's facts in one line without labels, as blogs and newspapers print them:
"Animation | Latvia, France, Belgium | 2024 | 85 min", "Dir. Jonathan Glazer · UK/Poland ·
1h 45m", "**Directed by** X | **Starring** Y, Z | **141 minutes** | **Genre:** Satire".

Each segment is read for what it plainly is (a year, a runtime, genres, countries, a
certificate, a labelled fact); the line is the film's facts when most of it reads so, and
the segments that do not are reported rather than guessed.
"""

import re

from imports.companies import is_company, is_known_studio
from imports.crew_titles import crew_credit
from imports.fact_labels import BARE_LABEL, is_language, labels_in
from imports.facts import CERTIFICATE, COUNTRY_NAMES, RATED, RUNTIME_ALONE
from imports.names import GENRES, is_known_genre, is_name
from imports.patterns import BULLET, FACT_LABEL, QUOTE, THEATRICAL_NOTE, one_label
from imports.rating_forms import GLYPH_RUN, NUMBER_OVER_SCALE
from imports.strip_companies import company_film, disc_studio_line, is_named_studio
from imports.studio_labels import regional_distributor
from imports.title_parts import strip_title
from imports.values import release_date, runtime, split_values

#: Bars, dots, slashes and dashes between spaces: "Title (2017), dash, directed by X".
SEGMENT_SEPARATOR = re.compile(r"\s+[|·•/\u2013\u2014]\s+")
#: A newspaper capsule's facts as short sentences: "R. 108 minutes. In theaters Friday."
SENTENCE_SEPARATOR = re.compile(r"(?<=[\w)])(?<!\bDir)\.\s+(?=[A-Z0-9])")
#: A credit in a strip without a colon: a label, or an abbreviation with its dot ("Dir. X",
#: "Scr. Y", "DoP Z", "Mus. W", "Ed. V"; "Ed Harris" without the dot is an actor).
ROLE_ABBREVIATIONS = {
    "dir": "directors", "scr": "writers", "wr": "writers", "ph": "cinematographers",
    "phot": "cinematographers", "cin": "cinematographers", "dop": "cinematographers",
    "dp": "cinematographers", "d.o.p": "cinematographers", "mus": "composers",
    "ed": "editors", "prod": "producers",
}  # fmt: skip
ABBREVIATED_ROLE = re.compile(
    r"^(?:(?P<abbreviation>dir|scr|wr|ph(?:ot)?|cin|mus|ed|prod)\.|(?P<bare>dop|dp|d\.o\.p)\.?)"
    r"\s*:?\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
BARE_ROLE = re.compile(r"^(?P<label>directed by|director)\s*:?\s+", re.IGNORECASE)
#: The cast in a strip, with no colon: "w/ Ines Vaz, Tomas Lind", "with …", "starring …".
BARE_CAST = re.compile(r"^(?:w/|with|starring)\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
COUNTRY_YEAR = re.compile(
    r"^(?P<country>[^\W\d][^\d,]{1,30}?)\s+(?P<year>(?:18[7-9]\d|19\d\d|20\d\d))$"
)
YEAR_ALONE = re.compile(r"^(?:18[7-9]\d|19\d\d|20\d\d|21\d\d)$")
LEADING_LABEL = re.compile(r"^(?:in brief|at a glance|the facts|info|details)\s*:\s*", re.I)
#: How a film was shot, which a strip lists beside its facts ("Black and white", "35mm"):
#: known for what it is, so it neither counts against the strip nor becomes another fact.
PICTURE_FORMAT = re.compile(
    r"^(?:black[- ](?:and|&)[- ]white|b\s*&\s*w|b/w|colou?r|in\s+colou?r|silent"
    r"|(?:16|35|65|70)\s*mm|imax|3-?d|widescreen|cinemascope|academy ratio"
    r"|movie|film|feature(?:\s+film)?|tv\s+(?:movie|film)|short\s+film|anime\s+(?:movie|film))$",
    re.IGNORECASE,
)
#: A festival dispatch's section beside the film's country and year ("Denmark, 1998 | In
#: Competition"): where the film was shown, neither a fact of the film nor against the strip.
FESTIVAL_SECTION = re.compile(
    r"^(?:(?:in|out\s+of)\s+competition|(?:main|official|international)\s+competition"
    r"|competition|un\s+certain\s+regard|directors['\u2019]?\s+fortnight|critics['\u2019]?\s+week"
    r"|(?:special|gala)\s+(?:presentations?|screenings?)|midnight\s+(?:screenings?|madness)"
    r"|orizzonti|(?:u\.?s\.?|world\s+cinema)\s+(?:dramatic|documentary)\s+competition)$",
    re.IGNORECASE,
)
#: "Japanese release by Toho", "US release by Neon", "Released by Toho": the distributor.
RELEASED_BY = re.compile(
    r"^(?:(?-i:[A-Z])[\w-]*\s+)?(?:release|released|distribution)\s+(?:by|through)\s+"
    r"(?P<name>(?-i:[A-Z0-9])[\w&.'-]*(?:\s+(?-i:[A-Z0-9])[\w&.'-]*){0,3})$",
    re.IGNORECASE,
)
#: A strip's genre in two languages, between separators: "· Drammatico / Drama ·".
TRANSLATED_GENRE = re.compile(
    r"(?:^|(?<=[|·•]\s))(?P<other>[^\W\d_][^\W\d]{2,20}(?:\s[^\W\d]{2,20})?)\s/\s"
    r"(?P<known>[^\W\d][^|·•/\d]{2,30}?)(?=\s+[|·•]\s|\s*$)"
)
MIN_SEGMENTS = 3
STUDIO_WORDS = 4
#: The facts a short line between commas may give ("USA/UK, 2019"): never names.
COMMA_FACTS = frozenset(("release", "runtime", "countries", "genres", "certificate"))
LETTERS_THEN_DIGITS = re.compile(r"[A-Z]{1,4}\d{1,3}")


def segment_fact(segment):
    """(fact, value) for one segment of a strip, or None when it is not plainly a fact."""
    if FACT_LABEL.match(segment):
        return ("labelled", segment)
    if credit := role_credit(segment):
        return credit
    if GLYPH_RUN.fullmatch(segment) or NUMBER_OVER_SCALE.fullmatch(segment):
        return ("rating", segment)  # "★★★★☆ | Action | 2h 11m": the review's rating
    if YEAR_ALONE.match(segment):
        return ("release", segment)
    timed = THEATRICAL_NOTE.sub("", segment)  # "149 min (theatrical)": the release's own
    if RUNTIME_ALONE.match(timed) and runtime(timed):
        return ("runtime", timed)
    if CERTIFICATE.fullmatch(segment) and not segment.isdigit():
        return ("certificate", segment)
    if (rated := RATED.match(segment)) and CERTIFICATE.fullmatch(rated.group(1)):
        return ("certificate", rated.group(1))  # "Cert 15", "Rated R": never a rating
    if match := RELEASED_BY.match(segment):
        return ("studios", match.group("name"))
    if value := regional_distributor(segment):  # "US release: IFC Films"
        return ("studios", value)
    if value := company_film(segment):  # "A Darlow Smithson Productions film for FilmFour"
        return ("studios", value)
    if PICTURE_FORMAT.match(segment):
        return ("format", segment)
    if FESTIVAL_SECTION.match(segment):
        return ("festival section", segment)
    parts = [part.strip() for part in re.split(r"\s*(?:,|/|&|\band\b)\s*", segment) if part]
    if parts and all(is_known_genre(part) for part in parts):
        return ("genres", segment)
    if parts and all(part.casefold().strip(".") in COUNTRY_NAMES for part in parts):
        return ("countries", ", ".join(parts))
    if is_studio(segment):  # "A24 / 111 minutes", "PG | Sony Pictures Animation"
        return ("studios", segment)
    if parts and all(is_language(part) for part in parts):  # never countries
        return ("languages", segment)
    return None


def role_credit(segment):
    """ "Dir. Ines Vaz", "DoP Hana Berg": (the role's fact, the names), or None when the
    segment is not such a credit or its value does not read as names."""
    if match := ABBREVIATED_ROLE.match(segment):
        abbreviation = (match.group("abbreviation") or match.group("bare")).casefold()
        fact, strict = ROLE_ABBREVIATIONS[abbreviation], True
    elif match := BARE_ROLE.match(segment):
        fact, strict = "directors", False
    elif match := BARE_CAST.match(segment):
        fact, strict = "cast", True  # names in full: "with Spanish subtitles" is none
    else:
        return crew_credit(segment)  # "Editor Tomas Lind", "Production Designer Ines Vaz"
    value = segment[match.end() :]
    names = split_values(value)
    return (fact, value) if names and all(is_name(n, strict=strict) for n in names) else None


def segment_facts(segment):
    """The facts of one segment: itself ("179 min"), or each of its comma-separated parts
    when every one is plainly a fact ("Japan, 2021"), or a country and its year
    ("Deutschland 2006"); None when it is not all facts."""
    if found := segment_fact(segment):
        return [found]
    if (match := COUNTRY_YEAR.match(segment)) and match.group(
        "country"
    ).casefold() in COUNTRY_NAMES:
        return [("countries", match.group("country")), ("release", match.group("year"))]
    parts = [part.strip() for part in segment.split(",")]
    found = [segment_fact(part) for part in parts if part]
    if len(found) > 1 and all(found) and not any(fact[0] == "labelled" for fact in found):
        return found
    return None


def is_studio(segment):
    """Whether a strip's segment is plainly a company: capitalised words ending in
    "Pictures", "Films"…, letters then digits ("A24"), or a known studio ("Bleecker
    Street"); never a bare acronym ("TV")."""
    words = segment.split()
    if is_named_studio(segment):  # "Studio Ono · Japan · 1988": never the director
        return True
    return 0 < len(words) <= STUDIO_WORDS and (
        bool(LETTERS_THEN_DIGITS.fullmatch(segment))
        or is_known_studio(segment)
        or (all(word[:1].isupper() for word in words) and is_company(segment) and len(words) > 1)
    )


def is_strip(text):
    """Whether `text` alone reads as a strip of facts ("Dir. X · Scr. Y · 2019 · 104 min"):
    its segments, all but one plainly facts, several of them."""
    segments, _ = strip_segments(LEADING_LABEL.sub("", text))
    known = [segment for segment in segments if segment_facts(segment)]
    return len(segments) >= MIN_SEGMENTS and len(known) >= max(2, len(segments) - 1)


def unquoted(line):
    """`line` out of its quote when it is a line of facts: a newsletter's credits quoted,
    a label first ("> Directed by X") or a strip ("> 109 minutes · USA · Neon")."""
    if not (quote := QUOTE.match(line)):
        return line
    text = quote.group("text")
    labels = labels_in(one_label(text))
    facts = BULLET.match(text) or (labels and labels[0].start() == 0) or is_strip(text)
    return text if facts else line


def is_facts_only(text):
    """Whether `text` is a strip every segment of which is plainly a fact (a page's line
    classed as metadata, which a post's date or comment count may share otherwise)."""
    segments, sentences = strip_segments(text)
    return (
        not sentences
        and len(segments) >= MIN_SEGMENTS
        and all(segment_facts(segment) for segment in segments)
    )


def one_language_genre(pair):
    """ "Drammatico / Drama" in a strip as "Drama": one genre in two languages."""
    other, known = pair["other"].strip(" *_"), pair["known"].strip(" *_")
    return known if is_known_genre(known) and not is_known_genre(other) else pair.group(0)


def strip_segments(text):
    """The segments of a strip, and whether they are a capsule's short sentences
    ("R. 108 minutes. In theaters.") rather than values between bars or dots (or commas,
    when every part between them is plainly a fact)."""
    text = TRANSLATED_GENRE.sub(one_language_genre, text)
    segments = [segment.strip(" *_") for segment in SEGMENT_SEPARATOR.split(text)]
    commas = [part.strip(" *_") for segment in segments for part in segment.split(",")]
    if (
        len(segments) < MIN_SEGMENTS <= len(commas)
        and not text.endswith(".")  # a sentence of facts is the text's unless it ends the post
        and all(map(segment_fact, commas))
    ):
        return commas, False  # "Iran/France, 2016, 125 min", "Spain / Mexico, 2007"
    if len(segments) < MIN_SEGMENTS and text.endswith("."):
        return [segment.strip(" *_.") for segment in SENTENCE_SEPARATOR.split(text)], True
    return segments, False


def runtime_pair(segments, sentences):
    """ "A24 / 116 minutes", "Norway · 104 min": a line of two segments, a runtime and
    another plain fact of the film, as [(fact, value)]; None otherwise."""
    found = [segment_fact(segment) for segment in segments]
    if sentences or len(found) != 2 or not all(found):  # (len: a line of one is no pair)
        return None
    names = {name for name, _ in found}
    if (
        "runtime" not in names
        or len(names) != 2
        or names & {"labelled", "rating", "festival section", "crew"}
    ):
        return None
    return found


def dated(read):
    """A strip's (segment, facts) with its release date read ("NR | 1h 9min | Drama | 9
    June 2023 (USA)") when the strip gives a runtime or a certificate too: beside only
    genres or a name, a date is the post's ("March 3, 2024 | Horror | Ana Lind")."""
    facts = {name for _, found in read if found for name, _ in found}
    film_only = bool(facts & {"runtime", "certificate"})
    return [
        (segment, [("release date", segment)])
        if found is None and film_only and release_date(segment)
        else (segment, found)
        for segment, found in read
    ]


#: What a capsule's strip gives beside its unlabelled first name for that to be the director.
DIRECTOR_FIRST_WITH = frozenset(("release", "countries", "runtime"))


def director_first(read):
    """A capsule's strip led by a name, then the film's country, year and runtime ("Jim
    Jarmusch · USA · 1986 · 107m"): the name is the director's. Beside fewer of them a name
    is anyone's (a byline's "Ana Lind · 2024 · 6 min read")."""
    facts = {name for _, found in read if found for name, _ in found}
    first, found = read[0] if read else ("", None)
    words = first.split()
    if found is not None or not facts >= DIRECTOR_FIRST_WITH or not 2 <= len(words) <= 3:
        return read
    if "directors" in facts or first.startswith(("*", "_")):  # "**Film** · dir. X · …"
        return read
    if words[0].casefold() in ("by", "with", "from", "for", "and"):
        return read  # "By Ana Lind · …": a byline
    if not is_name(first, strict=True):
        return read
    return [(first, [("directors", first)]), *read[1:]]


#: The bare labels that may lead a list of things between dots: plurals only (people's
#: labels are read where the post's lines are; "Studio Ono · …" names a studio "Studio Ono",
#: "Production" may lead "Production Notes · …").
LIST_LABELS = frozenset(("studios", "genres", "countries", "production companies"))


def bare_list_label(text):
    """ "Studios" of "Studios Filmel · CICC": a bare label of things first; "" otherwise."""
    bare = BARE_LABEL.match(text)
    label = bare.group("label") if bare else ""
    return label if label.casefold() in LIST_LABELS else ""


class InfoStripMixin:
    """The `Extractor` methods that read an unlabelled line of facts."""

    def other_facts_among(self, values):
        """`values` less the years, runtimes, countries, certificates and genres among them,
        which are read as such ("Dir: Ana Lind, 2025, US, 125m", "Dir: X · 1922 · 78m ·
        Documentary")."""
        kept = []
        for value in values:
            found = segment_fact(value)
            if found and found[0] in ("release", "runtime", "countries", "certificate", "genres"):
                self.fact(*found)
            else:
                kept.append(value)
        return kept

    def info_strip(self, line):
        """Read `line` as a strip of facts; False when it is not one."""
        line = unquoted(line)
        bullet = BULLET.match(line)
        text = LEADING_LABEL.sub("", bullet.group("text") if bullet else line)
        if (label := FACT_LABEL.match(one_label(text))) and label.group(0).endswith(":"):
            return False  # "Genere / Genre: Commedia / Comedy": a label in two languages
        if (label := FACT_LABEL.match(text)) and text[label.end() - 1] == ":":
            return False  # "Director: X | Cast: Y · Z": labelled facts, read as such
        if disc := disc_studio_line(text):  # "Miramax // PG-13 // May 11, 2009"
            self.fact("studios", disc[0])
            self.fact("certificate", disc[1])
            return True
        segments, sentences = strip_segments(text)
        if len(segments) == 2 and all(credits := [crew_credit(s) for s in segments]):
            for name, value in (credit for credit in credits if credit[0] != "crew"):
                self.fact(name, value)  # "Production Designer X · Editor Y": crew credits
            return True
        if len(segments) < MIN_SEGMENTS and (pair := runtime_pair(segments, sentences)):
            for name, value in pair:
                if not self.is_other_year(name, value):
                    self.fact(name, value)
            return True
        if len(segments) < MIN_SEGMENTS:
            return self.comma_strip(text)
        read = director_first(dated([(s, self.strip_segment(s)) for s in segments]))
        if read[0][1] is None and (label := bare_list_label(text)):
            # "Studios Filmel · CICC" (a label in bold, no colon): that one label's values
            return self.facts(f"{label}: {text[len(label) :].strip()}")
        known = [facts for _, facts in read if facts is not None]
        if len(known) < 2 or len(known) < len(segments) - 1:
            return False
        for name, value in [fact for facts in known for fact in facts]:
            if name in ("title", "languages", "format", "festival section", "crew"):  # no field
                continue
            if name == "labelled":
                self.facts(value)
            elif name == "rating":
                self.rating(value, as_written=value)
            elif name == "release date":
                self.fact("release", value)
            elif not self.is_other_year(name, value):
                self.fact(name, value)
        for segment in (segment for segment, fact in read if fact is None):
            if sentences:  # "A Searchlight Pictures release.": the text's, read as such
                self.paragraph(f"{segment}.", starts_block=True)
            else:
                self.review.left_out_values.append(f"facts line: {segment}")
        if read[0][1] is None and not sentences:  # a name heading the strip: the title's?
            self.review.strip_openings.append(read[0][0])
        return True

    def comma_strip(self, text):
        """ "USA/UK, 2019", "Iran/France, 2016, 125 min", "Action, Horror, Thriller": a short
        line of facts between commas, every part plainly one; False when it is not one."""
        found = segment_facts(text.strip(" *_"))
        if text.endswith(".") or "," not in text or not found:
            return self.genre_run(text)  # "USA, 1999, 136 min.": a sentence (`footers`)
        if {name for name, _ in found} - COMMA_FACTS:
            return self.genre_run(text)
        for name, value in found:
            if not self.is_other_year(name, value):
                self.fact(name, value)
        return True

    def genre_run(self, text):
        """ "Action Horror Thriller": a page's genre links run together on a line."""
        words = text.split()
        if len(words) < 2 or not all(w[:1].isupper() and w.casefold() in GENRES for w in words):
            return False
        self.fact("genres", ", ".join(words))
        return True

    def is_other_year(self, name, value):
        """Whether a strip's year differs from the one the headline gave ("Grey Harbour
        (2011)" over "Grå hamn · 2009"): the headline's is kept, and the other reported."""
        year = self.review.film.year
        if name != "release" or year is None or str(year) in value:
            return False
        self.warn(f"The facts line says {value}, the headline {year}: kept {year}.")
        return True

    def strip_segment(self, segment):
        """The facts of one segment of a strip, the title among them; None if not facts."""
        title = self.title_segment(segment)
        return [title] if title else segment_facts(segment)

    def title_segment(self, segment):
        """ "Whiplash (2014)", "Title (Original Title)" in a strip: the film's title (and
        year), its whole name where the headline gave it short (`strip_title`)."""
        if not (found := strip_title(segment, (film := self.review.film).title)):
            return None
        if found[0] != film.title:
            self.warn(f"The film “{found[0]}” is the name its facts line gives “{film.title}”.")
            film.title = found[0]
        return ("release", found[1]) if found[1] else ("title", segment)
