# ruff: noqa: RUF001  (posts use typographic dashes and quotes; the patterns must too)
"""The text of a review post, as blogs publish it, turned into an `ExtractedReview`.

Pure text processing, no database access: `extract(text)` finds the title, the film
facts, the body sections, the scores, the rating and verdict, the FAQ and the keywords,
drops the site furniture around them, and lists what it had to guess as `warnings`.
"""

import hashlib
import re

from imports.extracted import FAQ, CastMember, ExtractedReview, FilmFacts
from imports.patterns import (
    ANSWER_PREFIX,
    BULLET,
    CALL_TO_ACTION,
    DIRECTED_BY,
    END_OF_POST,
    FACT_LABEL,
    FACT_OF_LABEL,
    FAQ_HEADING,
    FURNITURE,
    HEADLINE_MAX_LENGTH,
    KEYWORDS,
    MISSING_QUESTION,
    NUMBERED,
    PROMOTION,
    PROSE_RATING,
    QUESTION_PREFIX,
    QUOTE,
    RATING_LABEL,
    RATING_NUMBER,
    REVIEW_SUBTITLE,
    SCORE,
    SENTENCE_BREAK,
    SENTENCE_END,
    STARS,
    TITLE_SEPARATOR,
    TITLE_SUFFIX,
    VERDICT_LABEL,
    YEAR,
    YEAR_IN_BRACKETS,
)
from imports.ratings import RatingsMixin
from imports.values import (
    cast_member,
    guess_title,
    html_block,
    is_heading_like,
    name_key,
    normalised,
    release_date,
    runtime,
    split_values,
)

# The names other modules import from here, wherever they are defined.
__all__ = [
    "FAQ",
    "MISSING_QUESTION",
    "CastMember",
    "ExtractedReview",
    "FilmFacts",
    "extract",
    "name_key",
]


class Extractor(RatingsMixin):
    """One pass over the lines of a document, collecting the parts as it goes."""

    def __init__(self, text):
        self.lines = normalised(text).split("\n")
        self.review = ExtractedReview(title="", film=FilmFacts())
        self.blocks = []  # ("h2" | "p" | "blockquote" | "ul" | "ol", text or [items])
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
        film_title = TITLE_SEPARATOR.split(REVIEW_SUBTITLE.sub(r"\1", film_title))[0]
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
        if name == "film":  # "Film: Title (2025)" names the film the headline may not
            if match := YEAR_IN_BRACKETS.search(value):
                film.year = int(match.group(1))
                value = value[: match.start()].strip()
            film.title = value
        elif name in ("genres", "countries"):
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
        if quote := QUOTE.match(line):
            self.add_block("blockquote", quote.group("text"))
            self.previous_kind = "quote"
        elif (bullet := BULLET.match(line)) and not line.startswith("-- "):
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
            self.paragraph(line, starts_block=starts_block)

    def paragraph(self, line, *, starts_block):
        """A paragraph, or the rest of the one before when it did not end its sentence."""
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
        if self.is_set_aside(line) or self.is_awaited_verdict(line):
            return True
        if keywords := KEYWORDS.match(line):
            self.review.keywords.extend(split_values(keywords.group("values")))
            self.consume("keywords")
        elif FAQ_HEADING.match(line):
            self.drop_empty_heading()
            self.faq_mode = True
            self.consume("faq")
        elif RATING_LABEL.match(line) or STARS.fullmatch(line):
            self.rating_line(line)
        elif PROSE_RATING.fullmatch(line.rstrip(" .!")):  # "8.8/10 rating" on its own line
            self.rating(line, as_written=line)
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

    def is_set_aside(self, line):
        """Whether `line` is the site's furniture (dropped) or the title again (skipped)."""
        if FURNITURE.match(line) or (len(line) < 250 and CALL_TO_ACTION.search(line)):
            self.review.dropped.append(line)
            self.previous_kind = "dropped"
            return True
        # The title again: repeated at the top, or an image caption.
        return bool(self.review.title) and line.casefold() == self.review.title.casefold()

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
            film.title = film.title or guess_title(review.text)
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


def extract(text: str) -> ExtractedReview:
    """The review a post's plain text describes, with warnings about what was guessed."""
    return Extractor(text).run()
