# ruff: noqa: RUF001  (posts use typographic dashes and quotes; the messages must too)
"""How a post rates the film: its scores, its overall rating (numbers or glyphs), its verdict.

Every rating is converted to 0-10 (see `rating_forms`) and the conversion is reported; a
rating whose scale the post does not state is reported and left out, never guessed.
"""

import re
from decimal import Decimal

from imports.criteria import SEPARATED_GLYPH_SCORE as GLYPH_SCORE
from imports.criteria import disc_film_score, glyph_row, is_criterion, is_others_score
from imports.facts import CERTIFICATE
from imports.names import is_name
from imports.patterns import (
    BULLET,
    FACT_LABEL,
    FAQ_HEADING,
    KEYWORDS,
    RATING_LABEL,
    RATING_NUMBER,
    SCORE,
    SCORE_SEPARATORS,
    SCORE_WITH_COMMENT,
    VERDICT_LABEL,
    VERDICT_MAX_LENGTH,
)
from imports.rating_forms import (
    GLYPH_RUN,
    GLYPHS,
    GLYPHS_OUT_OF,
    LETTER,
    NUMBER_WORD,
    STAR_COUNT,
    asterisk_reading,
    glyph_reading,
    is_rating_alone,
    letter_reading,
    number_reading,
    percent_reading,
    scale_number,
    spoken_reading,
    star_count_reading,
    stated_scale,
    unscaled_reading,
)
from imports.values import half_step, is_heading_like, number_words, on_ten, plain
from imports.verdicts import is_not_a_verdict, is_summary_judgement

OVERALL_NAMES = frozenset(
    ("overall", "overall score", "overall rating", "total", "total score", "final score")
)
#: The brackets around a rating (marked by a NUL), with the unit it was given in.
IN_BRACKETS = re.compile(r"[(\[][^()\[\]]*\0[^()\[\]]*[)\]]")


#: What may stand before a rating's label: "> - My grade: B+", "⭐ MY SCORE: 7 out of 10".
DECORATION = re.compile(r"^(?:>\s*)?(?:[-*•▪]\s+)?(?:[⭐🌟★✪]\ufe0f?\s*)?")
#: A rating in words in any unit: "four skulls out of five" (after glyphs of no scale).
WORD_RATING = re.compile(
    rf"{NUMBER_WORD}(?:\s+and\s+a\s+half)?(?:\s+[a-z]+)?\s+out\s+of\s+(?:four|five|ten)\b",
    re.IGNORECASE,
)
AND_A_HALF = re.compile(r"(\d+) and a half")
#: What a rating is counted in, after it: "4/5 popcorn buckets", "7/10 donuts".
#: Glyphs or emoji may follow: "3/5 slices of pizza 🍕🍕🍕".
UNIT = r"(?:[a-z]+\s+)?[a-z]+s(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\b[^\w.!?,;:–—-]*"
UNIT_AFTER = re.compile(UNIT)
#: The unit before a verdict: "4/5 popcorn buckets — a sweet film".
UNIT_BEFORE_VERDICT = re.compile(rf"^{UNIT}\s*[–—:|-]\s+")
#: A rating counted in the site's own unit, on a line of its own: "4/5 popcorn buckets",
#: "7 out of 10 cold beers"; the scale is stated, so the unit never hides it.
RATING_IN_UNITS = re.compile(
    r"^(?P<rating>\d{1,2}(?:[.,]\d)?\s*(?:/|out\s+of)\s*(?:10|5|4))\s+(?P<unit>.+)$",
    re.IGNORECASE,
)
#: A line under a label of its own ("Best for: ages 7 and up"): another fact, no verdict.
OTHER_LABEL = re.compile(r"^[^\W\d][\w'’ -]{0,24}:\s")
#: The site's own glyphs (and a bracket) before the rating in words that says their scale.
OWN_GLYPHS = re.compile(r"^\s*(?:[^\w\s*(\[]+\s*[(\[]\s*)?")
WHOLLY_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
GRADE_LABEL = re.compile(r"^(?:(?:final|overall|my|our|the)\s+)?grade\s*[:\-–—]", re.I)


class RatingsMixin:
    """The `Extractor` methods that read scores, the rating and the verdict into `self.review`."""

    def scores(self, line):
        bullet = BULLET.match(line)
        line = bullet.group("text") if bullet else line
        name, colon, value = line.partition(":")
        if colon and is_others_score(name) and re.match(rf"\s*(?:\d|[{GLYPHS}])", value):
            return self.others_score(line)  # "Audience score: 85%", "IMDb: 7.9"
        matches = list(SCORE.finditer(line))
        if matches and SCORE_SEPARATORS.match(SCORE.sub("", line)):
            for match in matches:
                self.score(match.group("name").strip(), match)
            return True
        match = SCORE_WITH_COMMENT.fullmatch(line)
        if not match:
            return self.glyph_score(line)
        name = match.group("name").strip()
        self.score(name, match)
        if comment := (match.group("comment") or match.group("aside") or "").strip():
            self.review.score_comments[name] = comment  # kept with the score
        return True

    def glyph_score(self, line):
        """A criterion scored in glyphs: "Acting: ★★★★☆"; "Story ★★★★☆" only beside
        another such row; never a person's row ("Ana Lind: ★★★")."""
        match = GLYPH_SCORE.fullmatch(line)
        if match is None and (row := glyph_row(line)) and self.has_sibling_row():
            name, glyphs = row
        elif match is not None:
            name, glyphs = match.group("name").strip(), match.group("glyphs")
        else:
            return False
        if is_others_score(name):
            return self.others_score(line)
        reading = glyph_reading(glyphs)
        if reading is None or reading.value is None or not is_criterion(name):
            return False
        value = half_step(reading.value)
        self.warn(f"Score for {name}: {reading.conversion}, {plain(value)}/10.")
        self.review.scores.append((name, value))
        return True

    def has_sibling_row(self):
        """Whether the line before or after the current one is a row of glyphs too."""
        around = (self.position - 1, self.position + 1)
        return any(0 <= at < len(self.lines) and glyph_row(self.lines[at]) for at in around)

    def others_score(self, written):
        """ "Audience score: 85%": other people's score, reported and not imported."""
        self.warn(f"“{written}” is other people's score, not the review's; not imported.")
        return True

    def score(self, name, match):
        if is_others_score(name):
            self.others_score(match.group(0).strip())
            return
        value = on_ten(match.group("value"), match.group("scale"))
        if value is None or value > 10:
            self.warn(f"Score “{match.group(0)}” is off the scale; not imported.")
            return
        rounded = half_step(value)
        if match.group("scale") != "10":
            self.warn(
                f"Score for {name}: {match.group('value')}/{match.group('scale')} "
                f"converted to {plain(value)}/10."
            )
        if rounded != value:
            self.warn(f"Score for {name}: {plain(value)}/10 rounded to {plain(rounded)}.")
        self.review.scores.append((name, rounded))

    def is_awaited_verdict(self, line):
        """Whether `line` is the verdict a rating line alone announced, taken as such."""
        if not self.awaiting_verdict:
            return False
        self.awaiting_verdict = False
        if (
            (not self.block_start or self.blocks)  # at the top, the next paragraph is the text
            and not FAQ_HEADING.match(line)
            and not FACT_LABEL.match(line)
            and not KEYWORDS.match(line)
            and line.count("·") + line.count("|") < 2  # a list of links, not a sentence
            and len(line) <= VERDICT_MAX_LENGTH
            and (not is_heading_like(line) or len(line.split()) > 3)
            and not is_not_a_verdict(line)
            and not RATING_NUMBER.search(line)  # scores or another rating: never the verdict
            and not line.endswith("?")  # "Should you watch it?": what follows may be it
            and not (line.startswith("(") and line.endswith(")"))  # a comment in brackets
            and not (OTHER_LABEL.match(line) and not VERDICT_LABEL.match(line))  # "Best for: …"
            and not self.runs_past_a_verdict()  # a wrapped paragraph: the text begins
            and (VERDICT_LABEL.match(line) or is_summary_judgement(line))
        ):
            self.set_verdict(self.wrapped_on(VERDICT_LABEL.sub("", line)))
            self.consume("verdict")
            return True
        return False

    def rating_line(self, line, *, as_written=None):
        """A rating ("Rating: 8/10", stars) with any verdict after it; else a body line."""
        value = RATING_LABEL.sub("", line)
        as_written = as_written or line
        certificate = CERTIFICATE.match(value)
        if value != line and certificate and FACT_LABEL.match(value[certificate.end() :].strip()):
            self.review.film.certificate = certificate.group(0).upper()  # "Rating: R Stars: …"
            self.facts(value[certificate.end() :].strip())
            self.consume("facts")
            return
        letter = value.strip(" .")
        graded = bool(GRADE_LABEL.match(line))  # "Grade: G" is no certificate
        if value != line and CERTIFICATE.fullmatch(letter) and not value.isdigit() and not graded:
            if not LETTER.match(letter):  # "Rating: PG-13"; "Rating: A" is a grade
                self.review.film.certificate = letter.upper()
                self.consume("facts")
                return
            self.warn(f"“{as_written}” read as a letter grade, not as the certificate {letter}.")
        if line.casefold().startswith("score") and is_name(value.strip(), strict=True):
            self.fact("composers", value)  # "Score: Son Lux" is the film's music
            self.consume("facts")
            return
        rest = self.rating(value, as_written=as_written, labelled=value != line)
        if rest is None:
            self.body_line(line, alone=self.block_start and self.next_is_blank)
            return
        if rest:
            if is_summary_judgement(rest):  # else the text goes on after the rating
                self.set_verdict(rest)
        else:
            self.awaiting_verdict = not (self.review.verdict or self.heading_verdict)
            self.quoted_verdict_before()  # "> Thirty years on: still the best …"
        self.consume("rating")

    def glyphs_and_number(self, line):
        """ "★★★★☆ 4 out of 5", "★★★½ (7/10)": a rating alone, in glyphs and a number."""
        if not is_rating_alone(line):
            return False
        self.rating_line(line)
        return True

    def glyphs_out_of(self, line):
        """ "★★★ (out of 4)": stars on the scale said beside them; False if not."""
        match = GLYPHS_OUT_OF.fullmatch(line.strip())
        if not match:
            return False
        scale = scale_number(match.group("scale"))
        reading = glyph_reading(match.group("glyphs"), scale=scale)
        if reading is None or reading.value is None or reading.value > 10:
            return False
        self.rating(f"{plain(reading.value)}/10", as_written=line)
        self.warn(f"Rating “{line}” read on the scale it states: {reading.conversion}.")
        self.awaiting_verdict = not (self.review.verdict or self.heading_verdict)
        self.consume("rating")
        return True

    def rating_in_units(self, line):
        """ "4/5 popcorn buckets" alone on its line: the rating, its unit never a verdict;
        False when `line` is not one."""
        text = line.strip(" *_")
        match = RATING_IN_UNITS.match(text)
        if not match or not UNIT_AFTER.fullmatch(match.group("unit")):
            return False
        value = re.sub(r"\s*out\s+of\s*", "/", match.group("rating"), flags=re.IGNORECASE)
        if self.rating(value, as_written=text) is None:
            return False
        self.awaiting_verdict = not (self.review.verdict or self.heading_verdict)
        self.consume("rating")
        return True

    def decorated_rating(self, line):
        """A rating label behind a quote's ">", a bullet or one decorative star ("> - My
        grade: B+", "⭐ MY SCORE: 7 out of 10"); False when `line` is not one."""
        text = DECORATION.sub("", line)
        if text == line or not RATING_LABEL.match(text):
            return False
        self.rating_line(text)
        return True

    def star_count(self, line):
        """ "Four stars out of five", "4½ stars", "four and a half stars" alone on a line
        (stars out of five when no scale is said); False if not."""
        text = line.strip(" .!*_")
        if not STAR_COUNT.fullmatch(text):
            return False
        self.rating(text, as_written=line, labelled=True)
        self.awaiting_verdict = not (self.review.verdict or self.heading_verdict)
        self.consume("rating")
        return True

    def reading(self, text, *, labelled):
        """The rating in `text` and what is left of it; (None, text) when there is none."""
        number = number_reading(text)
        glyphs = glyph_reading(text)
        if number and glyphs:  # "♥♥♥♥♥ (5 out of 5 hearts)": the number says the scale
            if glyphs.value is not None and abs(glyphs.value - number.value) > Decimal("0.5"):
                self.warn(
                    f"The stars or glyphs ({glyphs.conversion}, {plain(glyphs.value)}/10) "
                    f"disagree with the rating {plain(number.value)}/10; "
                    f"used {plain(number.value)}."
                )
            text = text[: glyphs.start] + " " + text[glyphs.end :]
            number = number_reading(text)
        found = number or glyphs
        if labelled and text.lstrip().startswith("*"):
            found = None  # "***½": the asterisks are the rating
        if found is None and labelled:
            stripped = OWN_GLYPHS.sub("", text)  # "🤖🤖🤖 (three robots out of five)"
            offset = len(text) - len(stripped)
            found = next(
                (
                    reading
                    for read in (
                        percent_reading,
                        asterisk_reading,
                        star_count_reading,
                        letter_reading,
                        spoken_reading,
                        unscaled_reading,
                    )
                    if (reading := read(stripped))
                ),
                None,
            )
            if found:
                found.start, found.end = found.start + offset, found.end + offset
        if found is None:
            return None, text
        return found, text[: found.start] + " " + text[found.end :]

    def rating(self, text, *, as_written, labelled=False):
        """Read a rating from `text`; return what follows it (a verdict, perhaps)."""
        found, rest = self.reading(text, labelled=labelled)
        if found is None:
            return None
        # The brackets the rating was in go with it: "♥♥♥♥♥ (5 out of 5 hearts)".
        rest = rest[: found.start] + "\0" + rest[found.start :]
        rest = IN_BRACKETS.sub(" ", rest).replace("\0", " ")
        rest = " ".join(rest.split()).strip().lstrip("-–—:|. ").rstrip(" -–—:|")
        rest = UNIT_BEFORE_VERDICT.sub("", rest)
        if (rest.startswith("(") and rest.endswith(")")) or UNIT_AFTER.fullmatch(rest):
            rest = ""  # "A- (our grades run from A+ …)", "4/5 popcorn buckets": no verdict
        if not re.search(r"[^\W_]", rest):
            rest = ""  # "🥕🥕🥕🥕🥕 (5 carrots out of 5)": the site's glyphs, no verdict
        if found.value is None and (words := WORD_RATING.match(rest)):
            # "💀💀💀💀 — four skulls out of five.": the words give the glyphs' scale
            self.rating(words_as_number(words.group(0)), as_written=as_written)
            return ""
        if found.value is None:
            self.warn(f"Rating “{as_written}” not imported: {found.conversion}.")
            return rest
        if WORD_RATING.search(rest) or number_reading(rest):
            rest = ""  # the rating said again ("8/10 — four stars out of five"): no verdict
        value = found.value
        if value > 10 or value < 0:
            self.warn(f"Rating “{as_written}” is off the scale; not imported.")
            return ""
        if self.review.rating is not None:
            self.warn(f"A second rating “{as_written}” was ignored.")
            return ""
        self.review.rating = half_step(value)
        self.review.rating_as_written = as_written
        if not found.conversion.endswith(" of 10"):
            self.warn(f"Rating “{as_written}” read as {plain(value)}/10 ({found.conversion}).")
        if self.review.rating != value:
            self.warn(f"Rating {plain(value)}/10 rounded to {plain(self.review.rating)}.")
        return rest

    def set_verdict(self, verdict):
        if quoted := WHOLLY_QUOTED.fullmatch(verdict.strip()):
            verdict = quoted.group(1)  # "8/10 — “A lonely little gem.”": the words quoted
        if len(verdict) > VERDICT_MAX_LENGTH:
            self.warn(f"The verdict is longer than {VERDICT_MAX_LENGTH} characters; shortened.")
            verdict = verdict[: VERDICT_MAX_LENGTH - 1].rsplit(" ", 1)[0] + "…"
        self.review.verdict = verdict

    def glyphs_on_stated_scale(self):
        """Stars alone ("★★★½", "Rating: 3 stars") are out of five unless the post says
        otherwise ("Ratings are out of four stars"): then the rating is read again on the
        scale it states."""
        written = self.review.rating_as_written.strip()
        scale = stated_scale("\n".join(self.lines))
        stars = written.rpartition(":")[2].strip(" .!*_")  # "Rating: 3 stars": "3 stars"
        count = STAR_COUNT.fullmatch(stars)
        if not scale:
            return
        if GLYPH_RUN.fullmatch(stars):
            reading = glyph_reading(stars, scale=scale)
        elif count and not count.group("scale"):
            reading = star_count_reading(stars, scale=scale)
        else:
            return
        if reading and reading.value is not None and reading.value <= 10:
            self.review.rating = half_step(reading.value)
            self.warn(
                f"Rating “{written}” read on the post's own scale: {reading.conversion}, "
                f"{plain(reading.value)}/10."
            )

    def overall_score(self):
        """A score block's "Overall: 9.5/10" is the rating when no other line gives one."""
        for name, value in self.review.scores:
            if name.casefold() in OVERALL_NAMES:
                self.review.scores.remove((name, value))
                self.review.rating, self.review.rating_as_written = value, f"{name}: {value}/10"
                self.warn(f"The score “{name}” ({plain(value)}/10) is taken as the rating.")
                comment = self.review.score_comments.pop(name, "")  # "9/10 - Essential. A …"
                if comment and not self.review.verdict and is_summary_judgement(comment):
                    self.set_verdict(comment)
                return
        if film := disc_film_score(self.review.scores):  # a disc review's "Movie: 4.5/5"
            self.review.rating, self.review.rating_as_written = film[1], f"{film[0]}: {film[1]}/10"
            self.warn(f"The disc review's score “{film[0]}” ({plain(film[1])}/10) is the rating.")


def words_as_number(text):
    """ "Three and a half stars out of four" as "3.5 stars out of 4"."""
    return AND_A_HALF.sub(r"\1.5", number_words(text.casefold()))
