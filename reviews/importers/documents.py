# ruff: noqa: RUF001  (posts use typographic dashes and quotes; the patterns must too)
"""The text of a review post, as blogs publish it, turned into an `ExtractedReview`.

Pure text processing, no database access: `extract(text)` finds the title, the film
facts, the body sections, the scores, the rating and verdict, the FAQ and the keywords,
drops the site furniture around them, and lists what it had to guess as `warnings`.
Every pattern here is linear in the length of the text, so a large document costs time
in proportion, never more.
"""

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from html import escape

MISSING_QUESTION = "(question missing — please write it)"
VERDICT_MAX_LENGTH = 200  # Review.verdict
HEADLINE_MAX_LENGTH = 255  # Review.headline

#: Film fact labels as posts write them, by the fact they give.
FACT_LABELS = {
    "genres": ("genre", "genres"),
    "countries": ("country", "countries", "country of origin"),
    "directors": ("director", "directors", "directed by"),
    "cast": ("cast", "starring", "stars", "actors", "lead cast", "main cast"),
    "writers": ("writer", "writers", "screenplay", "screenplay by", "screenwriter", "written by"),
    "runtime": ("runtime", "running time", "length", "duration"),
    "release": ("release date", "released", "release year", "year"),
    "studios": ("studio", "studios", "distributor", "distributed by", "production company"),
}
FACT_OF_LABEL = {label: fact for fact, labels in FACT_LABELS.items() for label in labels}
FACT_LABEL = re.compile(
    r"(?<![\w])(?P<label>"
    + "|".join(re.escape(label) for label in sorted(FACT_OF_LABEL, key=len, reverse=True))
    + r")\s*:",
    re.IGNORECASE,
)

BULLET = re.compile(r"^[•\-*–·▪◦●‣]\s*(?P<text>.+)$")
NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<text>.+)$")
SENTENCE_END = re.compile(r"[.!?…:;,]['\"’”)]*$")
YEAR = re.compile(r"\b(18[7-9]\d|19\d\d|20\d\d|21\d\d)\b")
YEAR_IN_BRACKETS = re.compile(r"\((18[7-9]\d|19\d\d|20\d\d|21\d\d)\)")

SCORE = re.compile(
    r"(?P<name>[A-Z][A-Za-z&'’ ]{1,40}?)\s*:\s*"
    r"(?P<value>\d{1,3}(?:[.,]\d+)?)\s*/\s*(?P<scale>10|5)\b"
)
SCORE_SEPARATORS = re.compile(r"^[\s|,;•·]*$")
RATING_LABEL = re.compile(
    r"^(?:final|overall|my|our|the)?\s*(?:rating|score|star rating)\s*[:\-–—]\s*", re.IGNORECASE
)
VERDICT_LABEL = re.compile(r"^(?:final|our|my|the)?\s*verdict\s*[:\-–—]\s*", re.IGNORECASE)
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
VALUE_SEPARATOR = re.compile(r"\s*(?:,|;|\s+and\s+|\s+&\s+)\s*", re.IGNORECASE)
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
    r"click here|explore more|read more\b|subscribe\b|follow us|many more blog"
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
COMMON_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an and as at but by for from he her his i if in is it its my of on or our she so that"
        " the their there these they this to we what when where which while who why with yes you"
        " your no not all every each one some many",
    )
)
DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%d", "%B %d %Y")


@dataclass
class CastMember:
    name: str
    character: str = ""


@dataclass
class FilmFacts:
    title: str = ""
    year: int | None = None
    release_date: date | None = None
    runtime_minutes: int | None = None
    genres: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    directors: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    cast: list[CastMember] = field(default_factory=list)
    studios: list[str] = field(default_factory=list)


@dataclass
class FAQ:
    question: str
    answer: str
    is_question_missing: bool = False


@dataclass
class ExtractedReview:
    """Everything a review post says, in the shape of the catalogue, plus what to check."""

    title: str
    film: FilmFacts
    standfirst: str = ""
    kind: str = "review"
    body_html: str = ""
    sections: list[str] = field(default_factory=list)
    scores: list[tuple[str, Decimal]] = field(default_factory=list)
    rating: Decimal | None = None
    rating_as_written: str = ""
    verdict: str = ""
    faq: list[FAQ] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    directors_in_text: list[str] = field(default_factory=list)
    text: str = ""
    warnings: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    fingerprint: str = ""


def name_key(name):
    """A name reduced for matching: no accents, case, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain.casefold() if c.isalnum())


def half_step(value):
    """`value` on the 0-10 scale rounded to the nearest 0.5 (ties up), clamped to 0-10."""
    rounded = (value * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2
    return min(max(rounded, Decimal(0)), Decimal(10)).quantize(Decimal("0.1"))


def on_ten(value, scale):
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:
        return None
    return number * 10 / Decimal(scale)


def plain(value):
    """`value` as written, without trailing zeros: 9, 9.5, 8.8."""
    return format(value.normalize(), "f")


def normalised(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for invisible in ("\u200b", "\u200c", "\u200d", "\ufeff"):
        text = text.replace(invisible, "")
    text = text.replace("\xa0", " ").replace("\t", " ")
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def split_values(value, *, slash=False):
    value = value.strip().rstrip(".")
    parts = VALUE_SEPARATOR.split(value)
    if slash:
        parts = [piece for part in parts for piece in part.split("/")]
    return [part.strip(" .") for part in parts if part.strip(" .") and part.lower() != "etc"]


def is_heading_like(line):
    words = line.split()
    return (
        0 < len(words) <= 14
        and len(line) <= 120
        and (line[0].isupper() or line[0].isdigit())
        and not SENTENCE_END.search(line)
    )


class Extractor:
    """One pass over the lines of a document, collecting the parts as it goes."""

    def __init__(self, text):
        self.lines = normalised(text).split("\n")
        self.review = ExtractedReview(title="", film=FilmFacts())
        self.blocks = []  # ("h2" | "p" | "ul" | "ol", text or [items])
        self.consumed_since_heading = False
        self.faq_mode = False
        self.awaiting_verdict = False
        self.previous_kind = None  # what the previous non-blank line became
        self.previous_line = ""
        self.block_start = True
        self.next_is_blank = True
        self.heading_verdict = ""  # "Final Verdict: …" as a heading, if no verdict line

    def warn(self, message):
        self.review.warnings.append(message)

    # The parts of the document.

    def title(self, index):
        """Use line `index` as the title when it reads like one; return the next line."""
        line = self.lines[index]
        if len(line) > 150 or (SENTENCE_END.search(line) and len(line.split()) > 12):
            return index  # the post starts with its text: no title line
        self.review.title = line
        film_title = line
        if match := YEAR_IN_BRACKETS.search(line):
            self.review.film.year = int(match.group(1))
            film_title = line[: match.start()]
        film_title = TITLE_SEPARATOR.split(film_title)[0]
        stripped = TITLE_SUFFIX.sub("", film_title.strip(" -–—:|")).strip()
        self.review.film.title = stripped or film_title.strip()
        if re.search(r"\banalysis\b", line, re.IGNORECASE):
            self.review.kind = "analysis"
        return index + 1

    def facts(self, line):
        """Read a line of "Label: value" facts; False when it is not one."""
        start = BULLET.match(line)
        text = start.group("text") if start else line
        matches = list(FACT_LABEL.finditer(text))
        if not matches or matches[0].start() != 0:
            return False
        if SCORE.fullmatch(text.strip()) or RATING_NUMBER.match(text[matches[0].end() :].strip()):
            return False  # "Screenplay: 8/10" is a score, not a writer
        for match, following in zip(matches, [*matches[1:], None], strict=True):
            end = following.start() if following else len(text)
            self.fact(FACT_OF_LABEL[match.group("label").lower()], text[match.end() : end])
        return True

    def fact(self, name, value):
        film = self.review.film
        value = value.strip()
        if not value:
            return
        if name in ("genres", "countries"):
            getattr(film, name).extend(split_values(value, slash=name == "genres"))
        elif name in ("directors", "writers", "studios"):
            getattr(film, name).extend(split_values(value))
        elif name == "cast":
            film.cast.extend(cast_member(part) for part in split_values(value))
        elif name == "runtime":
            film.runtime_minutes = runtime(value)
            if film.runtime_minutes is None:
                self.warn(f"Runtime “{value}” not understood; left blank.")
        elif name == "release":
            film.release_date = release_date(value)
            if match := YEAR.search(value):
                film.year = int(match.group(1))

    def scores(self, line):
        matches = list(SCORE.finditer(line))
        if not matches or not SCORE_SEPARATORS.match(SCORE.sub("", line)):
            return False
        for match in matches:
            value = on_ten(match.group("value"), match.group("scale"))
            name = match.group("name").strip()
            if value is None or value > 10:
                self.warn(f"Score “{match.group(0)}” is off the scale; not imported.")
                continue
            rounded = half_step(value)
            if rounded != value:
                self.warn(f"Score for {name}: {plain(value)}/10 rounded to {plain(rounded)}.")
            self.review.scores.append((name, rounded))
        return True

    def rating(self, text, *, as_written):
        """Read a rating from `text`; return what follows it (a verdict, perhaps)."""
        value, rest = None, text
        if number := RATING_NUMBER.search(text):
            value = on_ten(number.group("value"), number.group("scale"))
            rest = text[: number.start()] + " " + text[number.end() :]
        stars = STARS.search(rest)
        if stars:
            glyphs = stars.group(0)
            star_value = Decimal(glyphs.count("★") + glyphs.count("⭐")) * 2 + glyphs.count("½")
            rest = rest[: stars.start()] + " " + rest[stars.end() :]
            if value is None:
                value = star_value
            elif abs(star_value - value) > Decimal("0.5"):  # more than half a star
                self.warn(
                    f"The stars ({glyphs.strip()}, {plain(star_value)}/10) disagree with the "
                    f"rating {plain(value)}/10; used {plain(value)}."
                )
        if value is None:
            return None
        if value > 10 or value < 0:
            self.warn(f"Rating “{as_written}” is off the scale; not imported.")
            return ""
        if self.review.rating is not None:
            self.warn(f"A second rating “{as_written}” was ignored.")
            return ""
        self.review.rating = half_step(value)
        self.review.rating_as_written = as_written
        if self.review.rating != value:
            self.warn(f"Rating {plain(value)}/10 rounded to {plain(self.review.rating)}.")
        return " ".join(rest.split()).strip().lstrip("-–—:|. ").rstrip(" -–—:|")

    def set_verdict(self, verdict):
        if len(verdict) > VERDICT_MAX_LENGTH:
            self.warn(f"The verdict is longer than {VERDICT_MAX_LENGTH} characters; shortened.")
            verdict = verdict[: VERDICT_MAX_LENGTH - 1].rsplit(" ", 1)[0] + "…"
        self.review.verdict = verdict

    def faq_line(self, line):
        faq = self.review.faq
        if line.endswith("?") or QUESTION_PREFIX.match(line):
            faq.append(FAQ(question=QUESTION_PREFIX.sub("", line), answer=""))
            return
        answer = ANSWER_PREFIX.sub("", line)
        if faq and not faq[-1].is_question_missing and faq[-1].question:
            faq[-1].answer = f"{faq[-1].answer}\n\n{answer}".strip()
        else:
            faq.append(FAQ(question=MISSING_QUESTION, answer=answer, is_question_missing=True))

    # The body.

    def add_block(self, kind, text):
        if kind in ("li-ul", "li-ol"):
            tag = kind[3:]
            if self.blocks and self.blocks[-1][0] == tag:
                self.blocks[-1][1].append(text)
            else:
                self.blocks.append((tag, [text]))
        elif kind == "p-continued":
            tag, previous = self.blocks[-1]
            self.blocks[-1] = (tag, f"{previous} {text}")
        else:
            if kind == "h2":
                self.drop_empty_heading()
                self.consumed_since_heading = False
            self.blocks.append((kind, text))

    def drop_empty_heading(self):
        """A heading whose section was all facts, scores or FAQ has nothing left to head."""
        if self.blocks and self.blocks[-1][0] == "h2" and self.consumed_since_heading:
            self.blocks.pop()

    def consume(self, what):
        self.consumed_since_heading = True
        self.previous_kind = what

    def body_line(self, line, *, alone=False):
        """A heading, list item or paragraph; `alone`: blank lines before and after it."""
        starts_block = (
            self.block_start
            or self.previous_kind != "p"
            or bool(SENTENCE_END.search(self.previous_line))
        )
        if (bullet := BULLET.match(line)) and not line.startswith("-- "):
            self.add_block("li-ul", bullet.group("text"))
            self.previous_kind = "li"
        elif numbered := NUMBERED.match(line):
            text = numbered.group("text")
            if is_heading_like(text.rstrip("?")) and starts_block:
                self.add_block("h2", text)
                self.previous_kind = "h2"
            else:
                self.add_block("li-ol", text)
                self.previous_kind = "li"
        elif starts_block and (
            is_heading_like(line)
            or (
                alone
                and len(line.split()) <= 10
                and line.endswith("?")
                and is_heading_like(line[:-1])
            )
        ):
            self.add_block("h2", line)
            self.previous_kind = "h2"
            if match := VERDICT_LABEL.match(line):
                self.heading_verdict = line[match.end() :]
        else:
            if PROMOTION.search(line):  # drop the sentence that promotes the site, keep the rest
                sentences = SENTENCE_BREAK.split(line)
                line = " ".join(part for part in sentences if not PROMOTION.search(part))
            if not line:
                return
            continued = not starts_block and self.blocks and self.blocks[-1][0] == "p"
            self.add_block("p-continued" if continued else "p", line)
            self.previous_kind = "p"

    def line(self, line):
        """Classify one non-blank line; False at the end of the post."""
        if END_OF_POST.match(line):
            self.review.dropped.append(line)
            return False
        if FURNITURE.match(line) or (len(line) < 250 and CALL_TO_ACTION.search(line)):
            self.review.dropped.append(line)
            self.previous_kind = "dropped"
            return True
        if self.review.title and line.casefold() == self.review.title.casefold():
            return True  # the title again: repeated at the top, or an image caption
        if self.awaiting_verdict:
            self.awaiting_verdict = False
            if (
                not FAQ_HEADING.match(line)
                and len(line) <= 2 * VERDICT_MAX_LENGTH
                and (not is_heading_like(line) or len(line.split()) > 3)
            ):
                self.set_verdict(VERDICT_LABEL.sub("", line))
                self.consume("verdict")
                return True
        if keywords := KEYWORDS.match(line):
            self.review.keywords.extend(split_values(keywords.group("values")))
            self.consume("keywords")
        elif FAQ_HEADING.match(line):
            self.drop_empty_heading()
            self.faq_mode = True
            self.consume("faq")
        elif RATING_LABEL.match(line) or STARS.fullmatch(line):
            rest = self.rating(RATING_LABEL.sub("", line), as_written=line)
            if rest is None:
                self.body_line(line, alone=self.block_start and self.next_is_blank)
                return True
            if rest:
                self.set_verdict(rest)
            else:
                self.awaiting_verdict = not self.review.verdict
            self.consume("rating")
        elif VERDICT_LABEL.match(line) and not is_heading_like(line):
            self.set_verdict(VERDICT_LABEL.sub("", line))
            self.consume("verdict")
        elif self.scores(line) or self.facts(line):
            self.consume("facts")
        elif self.faq_mode and not (is_heading_like(line) and not line.endswith("?")):
            self.faq_line(line)
            self.consume("faq")
        else:
            self.faq_mode = False
            self.body_line(line, alone=self.block_start and self.next_is_blank)
        return True

    def run(self):
        review = self.review
        review.fingerprint = hashlib.sha256(
            " ".join("\n".join(self.lines).split()).encode()
        ).hexdigest()
        index = next((i for i, line in enumerate(self.lines) if line), len(self.lines))
        index = self.title(index)
        if index < len(self.lines) and review.title:
            index = self.subtitle(index)
        for position in range(index, len(self.lines)):
            line = self.lines[position]
            self.next_is_blank = position + 1 >= len(self.lines) or not self.lines[position + 1]
            if not line:
                self.block_start = True
                continue
            if not self.line(line):
                break
            self.block_start = False
            self.previous_line = line
        self.drop_empty_heading()
        self.finish()
        return review

    def subtitle(self, index):
        """A heading straight under the title, before any text, is the standfirst."""
        following = [i for i in range(index, min(index + 6, len(self.lines))) if self.lines[i]]
        for i in following:
            line = self.lines[i]
            if line.casefold() == self.review.title.casefold():
                continue
            if (
                is_heading_like(line)
                and len(line.split()) >= 4
                and not FACT_LABEL.match(line)
                and self.review.film.title.casefold() in line.casefold()
            ):
                self.review.standfirst = line
                return i + 1
            break
        return index

    def finish(self):
        review, film = self.review, self.review.film
        review.body_html = "".join(html_block(tag, content) for tag, content in self.blocks)
        review.sections = [content for tag, content in self.blocks if tag == "h2"]
        texts = [
            " ".join(content) if isinstance(content, list) else content
            for _, content in self.blocks
        ]
        review.text = " ".join(texts)
        if not review.title:
            film.title = guess_title(review.text)
            review.title = film.title
            self.warn(
                f"No title line: the film title and headline “{film.title}” were guessed "
                "from the text; please check them."
            )
        if len(review.title) > HEADLINE_MAX_LENGTH:
            review.title = review.title[: HEADLINE_MAX_LENGTH - 1] + "…"
            self.warn(f"The title is longer than {HEADLINE_MAX_LENGTH} characters; shortened.")
        if film.year is None and film.title:
            pattern = re.escape(film.title) + r"\s*\((\d{4})\)"
            if match := re.search(pattern, review.text, re.IGNORECASE):
                film.year = int(match.group(1))
        if not review.verdict and self.heading_verdict:
            self.set_verdict(self.heading_verdict)
        if review.rating is None:
            self.prose_rating()
        self.directors_in_text()
        self.check_faq()

    def prose_rating(self):
        if match := PROSE_RATING.search(self.review.text):
            value = match.group("value") or match.group("value2")
            scale = match.group("scale") or match.group("scale2")
            self.rating(f"{value}/{scale}", as_written=match.group(0))

    def directors_in_text(self):
        review, film = self.review, self.review.film
        named = []
        for match in DIRECTED_BY.finditer(review.text):
            name = match.group("name").rstrip(".,")
            if name_key(name) not in {name_key(known) for known in named}:
                named.append(name)
        review.directors_in_text = named
        if not named:
            return
        if not film.directors:
            film.directors = list(named)
            self.warn(f"No director in the film facts: took {', '.join(named)} from the text.")
            return
        credited = {name_key(name) for name in film.directors}
        for name in named:
            if name_key(name) not in credited:
                self.warn(
                    f"The text says “Directed by {name}” but the film facts name "
                    f"{', '.join(film.directors)} as director."
                )

    def check_faq(self):
        missing = [entry for entry in self.review.faq if entry.is_question_missing]
        if missing:
            self.warn(
                f"{len(missing)} FAQ answer(s) have no question: imported with the question "
                f"“{MISSING_QUESTION}” for an editor to write."
            )
        for entry in self.review.faq:
            if not entry.answer:
                entry.answer = "(answer missing — please write it)"
                self.warn(f"FAQ question “{entry.question}” has no answer.")


def html_block(tag, content):
    if tag in ("ul", "ol"):
        items = "".join(f"<li><p>{escape(item, quote=False)}</p></li>" for item in content)
        return f"<{tag}>{items}</{tag}>"
    return f"<{tag}>{escape(content, quote=False)}</{tag}>"


def cast_member(text):
    if match := re.match(r"^(?P<name>.+?)\s+as\s+(?P<character>.+)$", text):
        return CastMember(match.group("name"), match.group("character"))
    if match := re.match(r"^(?P<name>.+?)\s*\((?P<character>[^)]+)\)$", text):
        return CastMember(match.group("name"), match.group("character"))
    return CastMember(text)


def runtime(value):
    """Minutes from "125 min", "2h 5m", "2 hours 5 minutes" or "125"."""
    hours = re.search(r"(\d+)\s*h", value, re.IGNORECASE)
    minutes = re.search(r"(\d+)\s*m", value, re.IGNORECASE)
    if hours or minutes:
        total = (int(hours.group(1)) * 60 if hours else 0) + (
            int(minutes.group(1)) if minutes else 0
        )
    elif re.fullmatch(r"\d+", value.strip(" .")):
        total = int(value.strip(" ."))
    else:
        return None
    return total if 0 < total <= 1000 else None


def release_date(value):
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", value.strip(" ."))
    cleaned = re.sub(r"\s*\(.*\)$", "", cleaned)
    for date_format in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, date_format).date()
        except ValueError:
            continue
    return None


def guess_title(text):
    """The capitalised phrase the text repeats most: usually the film's title."""
    counts = Counter(
        phrase for phrase in CAPITALISED_PHRASE.findall(text) if phrase.lower() not in COMMON_WORDS
    )
    return counts.most_common(1)[0][0] if counts else "Untitled"


def extract(text: str) -> ExtractedReview:
    """The review a post's plain text describes, with warnings about what was guessed."""
    return Extractor(text).run()
