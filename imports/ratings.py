# ruff: noqa: RUF001  (posts use typographic dashes and quotes; the messages must too)
"""How a post rates the film: its scores, its overall rating (numbers or stars), its verdict."""

from decimal import Decimal

from imports.patterns import (
    FAQ_HEADING,
    PROSE_RATING,
    RATING_LABEL,
    RATING_NUMBER,
    SCORE,
    SCORE_COMMENT,
    SCORE_SEPARATORS,
    STARS,
    VERDICT_LABEL,
    VERDICT_MAX_LENGTH,
)
from imports.values import half_step, is_heading_like, on_ten, plain


def score_comment(line, matches):
    """The comment after a line's only score ("Direction: 9/10 - taut"), or ""."""
    if len(matches) != 1 or not SCORE_SEPARATORS.match(line[: matches[0].start()]):
        return ""
    comment = SCORE_COMMENT.match(line[matches[0].end() :])
    return comment.group("comment") if comment else ""


class RatingsMixin:
    """The `Extractor` methods that read scores, the rating and the verdict into `self.review`."""

    def scores(self, line):
        matches = list(SCORE.finditer(line))
        comment = score_comment(line, matches)
        if not matches or not (comment or SCORE_SEPARATORS.match(SCORE.sub("", line))):
            return False
        if comment:
            self.review.score_comments[matches[0].group("name").strip()] = comment
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

    def is_awaited_verdict(self, line):
        """Whether `line` is the verdict a rating line alone announced, taken as such."""
        if not self.awaiting_verdict:
            return False
        self.awaiting_verdict = False
        if (
            not FAQ_HEADING.match(line)
            and len(line) <= 2 * VERDICT_MAX_LENGTH
            and (not is_heading_like(line) or len(line.split()) > 3)
        ):
            self.set_verdict(VERDICT_LABEL.sub("", line))
            self.consume("verdict")
            return True
        return False

    def rating_line(self, line):
        """A rating ("Rating: 8/10", stars) with any verdict after it; else a body line."""
        rest = self.rating(RATING_LABEL.sub("", line), as_written=line)
        if rest is None:
            self.body_line(line, alone=self.block_start and self.next_is_blank)
            return
        if rest:
            self.set_verdict(rest)
        else:
            self.awaiting_verdict = not self.review.verdict
        self.consume("rating")

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

    def prose_rating(self):
        if match := PROSE_RATING.search(self.review.text):
            value = match.group("value") or match.group("value2")
            scale = match.group("scale") or match.group("scale2")
            self.rating(f"{value}/{scale}", as_written=match.group(0))
