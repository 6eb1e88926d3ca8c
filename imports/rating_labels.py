# ruff: noqa: RUF001, RUF003  (posts use typographic dashes and quotes; the messages must too)
"""Where else a post puts its rating: under a label that also opens sentences or other
facts ("Overall: 4½ stars", "Rated: 4.5/5", "Stars: (4/5)", "Verdict: B+"), a label with
no colon ("Rating 4.5/5"), a static site's front matter ("stars: 4.5/5") and the end of
its title ("… Review (4/5)").

Each is read by `RatingsMixin.rating` as any rating is; these places only say where the
rating is. A label that is not followed by a rating leaves the line to the other readers:
"Rated R" is a certificate, "Overall, the film…" a sentence, "Stars: Ana Lind" the cast.
"""

import re

from imports.criteria import SEPARATED_GLYPH_SCORE as GLYPH_SCORE
from imports.facts import CERTIFICATE
from imports.patterns import (
    BRACKETED_RATING,
    LEADING_RATING,
    PROSE_RATING,
    RATING_LABEL,
    SCORE_WITH_COMMENT,
)
from imports.rating_forms import GLYPH_RUN
from imports.ratings import UNIT_AFTER, UNIT_BEFORE_VERDICT

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
        text gives no rating; a bare number of stars is out of five, as stars are."""
        for key in FRONT_MATTER_KEYS:
            value = self.front_matter.get(key, "").strip()
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
