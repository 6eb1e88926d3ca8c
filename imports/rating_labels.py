# ruff: noqa: RUF001, RUF002, RUF003  (posts use typographic dashes and quotes; the messages must too)
"""Where else a post puts its rating: under a label that also opens sentences or other
facts ("Overall: 4½ stars", "Rated: 4.5/5", "Stars: (4/5)", "Verdict: B+"), a label with
no colon ("Rating 4.5/5"), a label of the site's own ("Monster rating: 9 Graboids out of
10"), a byline's strip ("Reviewed by: Ana · Score: 9/10"), a diary's line ("★★★★½ Watched
2 May"), the end of a verdict ("… – four out of five."), a card that scores films, a static
site's front matter ("stars: 4.5/5") and the end of its title ("… Review (4/5)"); and the
verdict a rating alone brings beside it, in quotes under it or in a quotation over it.

Each is read by `RatingsMixin.rating` as any rating is; these places only say where the
rating is. A label that is not followed by a rating leaves the line to the other readers:
"Rated R" is a certificate, "Overall, the film…" a sentence, "Stars: Ana Lind" the cast.
"""

import re
from decimal import Decimal

from imports.criteria import CRITERION_WORDS, is_others_score
from imports.criteria import SEPARATED_GLYPH_SCORE as GLYPH_SCORE
from imports.facts import CERTIFICATE
from imports.panel_scores import panel, quoted
from imports.patterns import (
    BRACKETED_RATING,
    FACT_LABEL,
    LEADING_RATING,
    PROSE_RATING,
    QUOTE,
    RATING_LABEL,
    SCORE_WITH_COMMENT,
)
from imports.rating_forms import GLYPH_RUN, SPOKEN, glyph_reading, scale_number
from imports.rating_places import rating_elsewhere
from imports.ratings import (
    DECORATION,
    UNIT_AFTER,
    UNIT_BEFORE_VERDICT,
    WORD_RATING,
    words_as_number,
)
from imports.values import plain
from imports.verdicts import is_summary_judgement, is_verdict_sentence

#: The labels a rating is given; "stars", "rated", "overall" and "verdict" open other
#: lines too, so a rating must open what follows them.
RATING_TERM = (
    r"(?:(?:final|overall|my|our|the)\s+)?(?:rating|score|star\s+rating|grade|verdict|stars)"
    r"|overall|rated"
)
ANY_RATING_LABEL = re.compile(
    rf"^(?P<label>{RATING_TERM})(?:\s*(?P<colon>[:\-–—])\s*|\s+)", re.IGNORECASE
)
#: What may follow a rating that opens a label's value: nothing, or a verdict after a dash
#: or a bar; a sentence's stop after a number ("4/5. A treat."), never after a letter
#: ("B. J. Novak").
AFTER_RATING = re.compile(r"^\s*(?:$|[–—|:(\[]|-\s)")
AFTER_NUMBER = re.compile(r"^\s*[.,;!]\s")
#: A rating in brackets closing a title: "Some Film Review (4/5)", "… [8/10]", "(★★★★½)";
#: never "(2/4)", a part of a series.
TITLE_RATING = re.compile(r"\s*[(\[](?P<rating>(?!\s*\d+\s*/\s*4\b)[^()\[\]]{1,30})[)\]]\s*$")
#: The front matter keys a static site gives a rating, as they are read.
FRONT_MATTER_KEYS = ("rating", "stars", "score", "grade")
STARS_ALONE = re.compile(r"^\d(?:[.,]5)?$")
BARE_RATING = re.compile(r"^\d{1,2}(?:\.\d)?$")
#: A post's note of the scale all its ratings are on: "Ratings on this blog are out of 5",
#: "All my ratings are out of ten", "We rate films out of 5 stars" (never one rating said).
BLOG_SCALE = re.compile(
    r"\b(?:(?:all\s+)?(?:our\s+|my\s+)?ratings\s+(?:(?:on|at|in)\s+this\s+\w+\s+|here\s+)?"
    r"(?:are|run)\s+|(?:I|we)\s+(?:rate|grade|score)\s+(?:films|movies|everything)?\s*)"
    r"out\s+of\s+(?P<scale>four|five|ten|4|5|10)\b",
    re.IGNORECASE,
)
#: A rating under a label of the site's own: "Monster rating:", "Kinoko rating:", "Our
#: family score:", "Nadia's score:" (never others' "Average score:" nor "Age rating:").
OWN_LABEL = re.compile(
    r"^(?P<label>(?:[\w'’-]+\s+){1,3}(?:rating|score|grade))\s*[:\-–—]\s*(?P<value>.+)$", re.I
)
NOT_OWN = re.compile(r"\b(?:average|aggregate|consensus|mean|combined|weighted)\b", re.I)
#: The site's own glyphs before the rating that says their scale: "🥕🥕🥕🥕🥕 (5 of 5)".
LEADING_SYMBOLS = re.compile(r"^[^\w\s(\[]+\s*")
#: Parts of a strip of facts: "Reviewed by: Ana · Score: 9/10", "By Ana | Rating: 8/10".
STRIP_SEPARATOR = re.compile(r"\s+[·|•]\s+")
#: Stars opening a diary's line, the viewing after them: "★★★★½ ↻ Rewatched 02 Nov 2025".
DIARY_STARS = re.compile(
    rf"^(?P<glyphs>{GLYPH_RUN.pattern})\s*\W{{0,3}}\s*(?:re-?)?(?:watched|seen|viewed|logged)\b",
    re.I,
)
#: A rating said in words closing a verdict: "… the thing it spoofs – four out of five."
SPOKEN_RATING = re.compile(rf"[–—-]\s*(?P<rating>{WORD_RATING.pattern})[.!]?$", re.I)
#: A unit in a word of any language, perhaps the rating again in brackets after it.
WORD_UNIT = re.compile(r"[^\W\d_]+\s*(?:[(\[][^()\[\]]*[)\]])?\s*")
#: The critic's own rating in a sentence: "9/10 for me", "8/10 from me", "I'd give it 7/10",
#: "I'm giving it a 4 out of 5" (never what others gave it: "my brother would give it 6/10").
OWN_RATING = re.compile(
    r"(?-i:\bI)(?:['’]d|\s+would|['’]m|\s+am|\s+will|['’]ll)?\s+(?:give|giving|rate|rating)"
    r"\s+it\s+(?:an?\s+)?(?P<value>\d{1,2}(?:\.\d)?)\s*(?:/|out\s+of)\s*(?P<scale>10|5)\b"
    r"|(?<![\w./])(?P<value2>\d{1,2}(?:\.\d)?)\s*/\s*(?P<scale2>10|5)\s+(?:for|from)\s+me\b",
    re.IGNORECASE,
)
#: Someone quoted, not the critic summing up: in quotation marks, or signed after a dash.
PULL_QUOTE = re.compile(r"^[“\"‘']|[–—-]\s*(?-i:[A-Z])[\w.'’]*(?:\s+(?-i:[A-Z])[\w.'’]*)*\s*$")
#: A line wholly in quotes: the headline a critic gives the film, under the score.
QUOTED_LINE = re.compile(r"^[“\"](?P<text>[^“”\"]{8,})[”\"]$")


def is_rating_term(term):
    """Whether `term` (a <dt>, a table's header) is a rating's label: "Our rating"."""
    return bool(re.fullmatch(RATING_TERM, term.strip().rstrip(":"), re.IGNORECASE))


class RatingLabelsMixin:
    """The `Extractor` methods that find a rating where `RatingsMixin` does not look."""

    def rating_or_verdict(self, line):
        """Read `line` as the rating or the verdict; False when it is neither."""
        if RATING_LABEL.match(line) or GLYPH_RUN.fullmatch(line) or LEADING_RATING.match(line):
            self.rating_line(line)
        elif PROSE_RATING.fullmatch(line.rstrip(" .!")) or BRACKETED_RATING.match(line):
            self.rating(line.strip("[]()"), as_written=line)  # "8.8/10 rating" on its own line
            self.consume("rating")
            self.quoted_verdict()
        else:
            return any(
                read(line)
                for read in (
                    self.glyphs_and_number,
                    self.glyphs_out_of,  # "★★★ (out of 4)"
                    self.rating_in_units,  # "4/5 popcorn buckets"
                    self.decorated_rating,  # "> - My grade: B+"
                    self.star_count,  # "Four stars out of five", "4½ stars"
                    self.labelled_rating,  # "Overall: 4½ stars", "Rated: 4.5/5"
                    self.own_label_rating,  # "Monster rating: 9 Graboids out of 10"
                    self.rating_in_strip,  # "Reviewed by: Ana · Score: 9/10"
                    self.diary_stars,  # "★★★★½ ↻ Rewatched 02 Nov 2025"
                    self.rating_elsewhere,  # "The film: Four stars out of four."
                    self.spoken_alone,  # "Four out of five."
                    self.verdict_line,
                )
            )
        return True

    def opens_with_rating(self, text, *, letters=True):
        """Whether a rating with a known value opens `text` and nothing but a verdict after
        a dash follows it (a letter grade only if `letters`)."""
        found, _ = self.reading(text, labelled=True)
        if found is None or found.value is None or text[: found.start].strip(" ([") != "":
            return False
        is_letter = found.conversion.startswith("grade ")
        rest = text[found.end :].lstrip(")] ")
        if not is_letter:  # "4/5 hearts", "4/5 popcorn buckets – a treat"
            rest = "" if UNIT_AFTER.fullmatch(rest) else UNIT_BEFORE_VERDICT.sub("– ", rest)
            rest = "" if WORD_UNIT.fullmatch(rest) else rest  # "9 von 10 Punkten (9 of 10)"
        return (letters or not is_letter) and bool(
            AFTER_RATING.match(rest) or (not is_letter and AFTER_NUMBER.match(rest))
        )

    def labelled_rating(self, line):
        """ "Overall: 4½ stars", "Rated: 4.5/5", "Stars: (4/5)", "Rating 4.5/5": the rating
        under a label `rating_line` does not take alone; False when `line` is not one."""
        match = ANY_RATING_LABEL.match(line)
        if not match:
            return False
        value, label = line[match.end() :], match.group("label").casefold()
        if label == "overall" and (
            SCORE_WITH_COMMENT.fullmatch(line) or GLYPH_SCORE.fullmatch(line)
        ):
            return False  # "Overall: 9/10" is a score block's: `scores` reads it
        if label == "rated" and CERTIFICATE.fullmatch(value.strip(" .")):
            return False  # "Rated: 15" is a certificate
        alone = match.group("colon") is None  # "Rating 4.5/5": only the rating may follow
        if not self.opens_with_rating(value, letters=not label.endswith("stars")) or (
            alone and not self.is_only_a_rating(value)
        ):
            return False
        self.rating_line(f"Rating: {value}", as_written=line)
        return True

    def is_only_a_rating(self, text):
        found, rest = self.reading(text, labelled=True)
        rest = rest.strip(" ()[].")
        return found is not None and (not rest or bool(UNIT_AFTER.fullmatch(rest)))

    def front_matter_rating(self):
        """A static site's "rating: 4.5/5" or "stars: 4.5" in its front matter, when the
        text gives no rating; a bare number of stars is out of five, as stars are, and a bare
        number on the scale the post says all its ratings are on ("Ratings here are out of 5")."""
        note = BLOG_SCALE.search("\n".join(self.lines))
        for key in FRONT_MATTER_KEYS:
            value = self.front_matter.get(key, "").strip()
            scale = scale_number(note.group("scale")) if note else 0
            if BARE_RATING.match(value) and Decimal(value) <= scale:
                value = f"{value}/{scale}"  # (a bare number might be a certificate, else)
            if not value or CERTIFICATE.fullmatch(value):  # "rating: PG-13"
                continue
            if key == "stars" and STARS_ALONE.match(value):
                value = f"{value} stars"
            if self.rating(value, as_written=f"{key}: {value}", labelled=True) is not None:
                return

    def title_rating(self, line):
        """The headline without the rating in brackets closing it ("… Review (4/5)"),
        which is read as the rating."""
        match = TITLE_RATING.search(line)
        if match and match.start() and self.is_only_a_rating(match.group("rating")):
            found, _ = self.reading(match.group("rating"), labelled=True)
            if found.value is not None and not found.conversion.startswith("grade "):
                self.rating(match.group("rating"), as_written=line, labelled=True)
                return line[: match.start()].rstrip()
        return line

    def own_label_rating(self, line):
        """ "Monster rating: 9 Graboids out of 10", "Our family score: 🥕🥕🥕 (3 of 5)": a
        rating under the site's own label; never others' score, a certificate's label or a
        criterion's ("Story score: 8/10"); False when `line` is not one."""
        match = OWN_LABEL.match(DECORATION.sub("", line))
        if not match or FACT_LABEL.match(line):
            return False
        label, value = match.group("label"), match.group("value")
        words = re.findall(r"[\w'’-]+", label.casefold())[:-1]
        if is_others_score(label) or NOT_OWN.search(label) or CRITERION_WORDS & set(words):
            return False
        if not any(
            self.opens_with_rating(text) for text in (value, LEADING_SYMBOLS.sub("", value))
        ):
            return False
        if any(OWN_LABEL.match(DECORATION.sub("", self.neighbour_line(step))) for step in (-1, 1)):
            return False  # "Violence rating: 2/5" over "Language rating: 1/5": criteria
        self.rating_line(f"Rating: {value}", as_written=line)
        return True

    def rating_in_strip(self, line):
        """ "Reviewed by: Ana · Score: 9/10": one part of a strip is the rating (a number
        or glyphs, never a letter a certificate may be) when no other part is a film fact;
        False when `line` is not such a strip."""
        parts = STRIP_SEPARATOR.split(line)
        rated = [part for part in parts if RATING_LABEL.match(part)]
        if len(parts) < 2 or len(rated) != 1:
            return False
        if any(FACT_LABEL.match(part) for part in parts if part not in rated):
            return False
        value = RATING_LABEL.sub("", rated[0])
        if not self.is_only_a_rating(value) or not self.opens_with_rating(value, letters=False):
            return False
        self.rating_line(rated[0], as_written=line)
        self.awaiting_verdict = False  # the byline's strip announces no verdict
        return True

    def diary_stars(self, line):
        """A diary's stars before the viewing they rate; False when `line` is not one."""
        match = DIARY_STARS.match(line)
        reading = match and glyph_reading(match.group("glyphs"))
        if not reading or reading.value is None:
            return False
        self.rating(match.group("glyphs"), as_written=line)
        self.consume("rating")
        return True

    def rating_elsewhere(self, line):
        """A rating in one of `rating_places`' places; False when `line` is in none."""
        if not (found := rating_elsewhere(line)):
            return False
        value, how = found
        if how == "out of":
            return self.glyphs_out_of(value)
        self.rating(value, as_written=line, labelled=how == "stars")
        self.awaiting_verdict = how == "stars" and not (self.review.verdict or self.heading_verdict)
        self.consume("rating")
        return True

    def spoken_alone(self, line):
        """ "Four out of five." alone on its line: the rating in words; False if not."""
        text = line.strip(" *_")
        if not (match := SPOKEN.match(text)) or text[match.end() :].strip(" .!"):
            return False
        self.rating(text, as_written=line, labelled=True)
        self.awaiting_verdict = not (self.review.verdict or self.heading_verdict)
        self.consume("rating")
        return True

    def spoken_rating(self, verdict, *, as_written):
        """The rating said in words at the end of a verdict ("… – four out of five.")."""
        if match := SPOKEN_RATING.search(verdict):
            self.rating(words_as_number(match.group("rating")), as_written=as_written)

    def quoted_verdict(self):
        """The line in quotes under a rating alone ("88/100", then "“A love letter…”") is
        the critic's headline for the film: its verdict, when none is labelled."""
        following = next(
            (at for at in range(self.position + 1, len(self.lines)) if self.lines[at]), None
        )
        quoted = following is not None and QUOTED_LINE.match(self.lines[following].strip())
        if not quoted or self.review.verdict or self.review.rating is None:
            return
        text = quoted.group("text").strip()
        if is_summary_judgement(text) and is_verdict_sentence(text, text):
            self.set_verdict(text)
            self.skip_to = max(self.skip_to, following + 1)

    def quoted_verdict_before(self):
        """A one-line quotation just before a rating alone ("> Thirty years on: still the
        best comedy …", then "Our grade: A") sums the film up: its verdict."""
        earlier = [at for at in range(self.position) if self.lines[at]]
        if not earlier or self.review.verdict or self.lines[earlier[-1] - 1] != "":
            return
        if earlier[-1] != self.position - 2 and earlier[-1] != self.position - 1:
            return
        quote = QUOTE.match(self.lines[earlier[-1]])
        text = quote and re.sub(r"^[^:.!?]{1,30}:\s+", "", quote.group("text").strip())
        if not text or PULL_QUOTE.search(text):
            return
        if is_summary_judgement(text) and is_verdict_sentence(text, text):
            self.set_verdict(text)
            if self.blocks and self.blocks[-1][:2] == ["blockquote", quote.group("text")]:
                self.blocks.pop()  # the verdict, not the text's

    def panel_scores(self):
        """ "Priya: 9/10", "Callum: 7/10", "Club average: 8/10 — “…”": the people's rows are
        no scores; the panel's row is the rating (when no line gave one), its words the
        verdict (when none was read)."""
        people, summed = panel(self.review.scores, self.lines)
        if not people:
            return
        names = ", ".join(name for name, _ in people)
        self.review.scores = [score for score in self.review.scores if score not in people]
        self.warn(f"The scores of {names} are people's, not criteria; not imported as scores.")
        if summed is None:
            return
        name, value = summed
        self.review.scores.remove(summed)
        comment = quoted(self.review.score_comments.pop(name, ""))
        if self.review.rating is None:
            self.review.rating, self.review.rating_as_written = value, f"{name}: {value}/10"
            self.warn(f"The panel's “{name}” ({plain(value)}/10) is taken as the rating.")
        if comment and not self.review.verdict and is_summary_judgement(comment):
            self.set_verdict(comment)

    def prose_rating(self):
        """A rating in the text's sentences ("a 7.5/10 rating", "9/10 for me", "I'd give it
        8/10"), when no line gave one."""
        if match := PROSE_RATING.search(self.review.text) or OWN_RATING.search(self.review.text):
            value = next(value for value in match.group("value", "value2") if value)
            scale = next(scale for scale in match.group("scale", "scale2") if scale)
            self.rating(f"{value}/{scale}", as_written=match.group(0))

    def film_scorecard(self):
        """ "Infernal Affairs: 4.5 out of 5" over "The Departed: 4 out of 5": a card that
        scores films (the one reviewed, or one the post names with its year), not criteria.
        The reviewed film's row is the rating (when no line gave one); no row of the card
        is a score."""
        self.panel_scores()  # a panel's rows name people, never films
        title = self.review.film.title.casefold().strip()
        text = "\n".join(self.lines)
        films = [
            name
            for name, _ in self.review.scores
            if (title and name.casefold() == title)
            or re.search(rf"\b{re.escape(name)}\s*\((?:18|19|20)\d\d\)", text, re.IGNORECASE)
        ]
        row = next(
            (at for at, line in enumerate(self.lines) if films and is_row(films[0], line)), None
        )
        if row is None:
            return
        start, end = row, row
        while start > 0 and self.lines[start - 1]:
            start -= 1
        while end + 1 < len(self.lines) and self.lines[end + 1]:
            end += 1
        card = self.lines[start : end + 1]
        rows = [
            (name, value)
            for name, value in self.review.scores
            if any(is_row(name, line) for line in card)
        ]
        self.review.scores = [score for score in self.review.scores if score not in rows]
        self.warn(f"The scores of “{card[0]} …” rate films, not criteria; not imported as scores.")
        rated = [(name, value) for name, value in rows if name.casefold() == title]
        if self.review.rating is None and rated:
            self.review.rating, self.review.rating_as_written = rated[0][1], rated[0][0]
            self.warn(f"The row “{rated[0][0]}” rates the film reviewed: {plain(rated[0][1])}/10.")


def is_row(name, line):
    """Whether `line` is the row of a card that scores `name`: "Name: 4/5", "- Name – 4/5"."""
    row = re.compile(rf"[-*•·\s]*{re.escape(name)}\s*(?::|\s[–—-]\s|\|)", re.IGNORECASE)
    return bool(row.match(line))
