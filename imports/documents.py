"""The text of a review post, as blogs publish it, turned into an `ExtractedReview`.

Pure text processing, no database access: `extract(text)` finds the title, the film
facts, the body sections, the scores, the rating and verdict, the FAQ and the keywords,
drops the site furniture around them, and lists what it had to guess as `warnings`.
"""

import hashlib
from html import escape

from imports.agate import AgateMixin
from imports.bbcode import bbcode_plain
from imports.bold_cast import BoldCastMixin
from imports.contradicted import ContradictedMixin
from imports.extracted import FAQ, CastMember, ExtractedReview, FilmFacts
from imports.fact_labels import bilingual
from imports.facts import FactsMixin
from imports.footers import FooterFactsMixin
from imports.furniture import (
    DATE_LINE,
    END_OF_POST,
    OWN_SECTION,
    TEASER_HEADING,
    dropped_warning,
    is_furniture,
    is_one_author,
)
from imports.headline import HeadlineMixin
from imports.markdown import markdown_lines
from imports.patterns import (
    ANSWER_PREFIX,
    BULLET,
    CAST_HEADING,
    FACT_LABEL,
    FAQ_HEADING,
    HEADLINE_MAX_LENGTH,
    KEYWORDS,
    MISSING_QUESTION,
    NUMBERED,
    PROMOTION,
    QUESTION_PREFIX,
    QUOTE,
    SENTENCE_BREAK,
    SENTENCE_END,
    VERDICT_LABEL,
)
from imports.prose import ProseMixin
from imports.prose_dates import title_runtime, title_year
from imports.rating_labels import RatingLabelsMixin
from imports.ratings import RatingsMixin
from imports.strips import InfoStripMixin, unquoted
from imports.studio_labels import StudioLabelsMixin
from imports.title_evidence import front_matter_fields
from imports.values import (
    SENTENCE_INSIDE,
    continues,
    html_block,
    is_heading_like,
    name_key,
    normalised,
    split_values,
)
from imports.verdicts import VerdictsMixin

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


class Extractor(
    HeadlineMixin,
    FactsMixin,
    BoldCastMixin,
    AgateMixin,
    InfoStripMixin,
    StudioLabelsMixin,
    FooterFactsMixin,
    RatingsMixin,
    RatingLabelsMixin,
    VerdictsMixin,
    ContradictedMixin,
    ProseMixin,
):
    """One pass over the lines of a document, collecting the parts as it goes."""

    def __init__(self, text, *, markdown=None, known_title=None):
        #: (the film's name, where it was) from a page's structured data, or None.
        self.known_title = known_title
        self.lines = normalised(markdown.text if markdown else text).split("\n")
        self.source_lines = normalised(text).split("\n")  # what the fingerprint is of
        self.markup = markdown.markup if markdown else {}  # a line's text: its inline HTML
        self.heading_tags = markdown.headings if markdown else {}
        self.top_headings = markdown.titles if markdown else []  # the "#" headings
        self.review = ExtractedReview(title="", film=FilmFacts())
        self.front_matter_lines = markdown.front_matter if markdown else []
        self.review.dropped.extend(self.front_matter_lines)
        self.front_matter = front_matter_fields(self.front_matter_lines)
        self.blocks = []  # [tag, text or [items], html or [items' html]]
        self.consumed_since_heading = False
        self.faq_mode = self.in_cast_section = self.in_teaser = False
        self.position = self.skip_to = 0  # the line being read; the first not yet read
        self.awaiting_verdict = False
        self.previous_kind = None  # what the previous non-blank line became
        self.previous_line = ""
        self.block_start = True
        self.next_is_blank = True
        self.heading_verdict = ""  # "Final Verdict: …" as a heading, if no verdict line
        self.heading_verdict_rank = self.verdict_heading_rank = 0  # see `VerdictsMixin`

    def warn(self, message):
        self.review.warnings.append(message)

    # The parts of the document.

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
        html = self.markup.get(text) or escape(text, quote=False)
        if kind in ("li-ul", "li-ol"):
            tag = kind[3:]
            if self.blocks and self.blocks[-1][0] == tag:
                self.blocks[-1][1].append(text)
                self.blocks[-1][2].append(html)
            else:
                self.blocks.append([tag, [text], [html]])
        elif kind == "p-continued":
            self.blocks[-1][1] += f" {text}"
            self.blocks[-1][2] += f" {html}"
        else:
            if kind in ("h2", "h3"):
                self.drop_empty_heading()
                self.consumed_since_heading = False
            self.blocks.append([kind, text, html])

    def drop_empty_heading(self):
        """A heading whose section was all facts, scores or FAQ has nothing left to head."""
        if self.blocks and self.blocks[-1][0] in ("h2", "h3") and self.consumed_since_heading:
            self.review.facts_headings.append(self.blocks.pop()[1])

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
        if tag := self.heading_tags.get(line):  # a Markdown heading: a heading, whatever it says
            self.add_block(tag, line)
            self.previous_kind = "h2"
        elif quote := QUOTE.match(line):
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
        elif (
            starts_block
            and not continues(self.lines, self.position)
            and (alone or not SENTENCE_INSIDE.search(line))
            and (
                is_heading_like(line)
                or (
                    alone
                    and len(line.split()) <= 10
                    and line.endswith("?")
                    and is_heading_like(line[:-1])
                )
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
        line = self.trailing_fact(line)  # "… in 2020. Running time: 2 hours."
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
        line = unquoted(line)  # a newsletter's credits quoted: "> Directed by X"
        if END_OF_POST.match(line):
            self.review.dropped.append(line)
            return False
        if self.is_teaser(line):
            return True
        if self.credits_paragraph(line) or self.quoted_facts(line) or self.info_strip(line):
            self.consume("facts")  # (before the menus)
            return True
        if self.is_set_aside(line):
            self.interrupt_awaited_verdict()
            return True
        self.verdict_under_heading(line)
        if self.is_awaited_verdict(line):
            return True
        if keywords := KEYWORDS.match(line):
            self.review.keywords.extend(split_values(keywords.group("values")))
            self.consume("keywords")
        elif FAQ_HEADING.match(line):
            self.drop_empty_heading()
            self.faq_mode = True
            self.consume("faq")
        elif self.rating_or_verdict(line):
            pass
        elif self.bold_cast(line) or any(
            read(line) for read in (self.label_block, self.scores, self.facts, self.fact_alone)
        ):
            self.consume("facts")
        elif self.faq_mode and not (is_heading_like(line) and not line.endswith("?")):
            self.faq_line(line)
            self.consume("faq")
        else:
            self.faq_mode = False
            if self.in_cast_section:  # the cast's heading, when all under it was the cast
                self.drop_empty_heading()
            self.in_cast_section = bool(CAST_HEADING.match(line)) or self.heads_cast_run(line)
            self.body_line(line, alone=self.block_start and self.next_is_blank)
        return True

    def quoted_facts(self, line):
        """A newsletter's facts box set as a quotation ("> **Length:** 85 minutes",
        "> 109 minutes · USA"): its lines read as facts, not as a pull quote."""
        if not (quote := QUOTE.match(line)):
            return False
        text = quote.group("text")
        labelled = FACT_LABEL.match(bilingual(text))
        return (bool(labelled) and self.facts(text)) or self.info_strip(text)

    def is_teaser(self, line):
        """Whether `line` heads or belongs to other posts' teasers (dropped, never facts)."""
        if TEASER_HEADING.match(line):
            self.in_teaser = True
            self.review.dropped.append(line)
            self.previous_kind = "dropped"
            return True
        if not self.in_teaser:
            return False
        title = self.review.film.title.casefold()
        if (
            OWN_SECTION.match(line)
            or FAQ_HEADING.match(line)
            or (
                len(line.split()) >= 40
                and not line.endswith(("…", "..."))
                and title in line.casefold()
            )
        ):  # the post goes on: a teaser heading with nothing under it
            self.in_teaser = False
            return False
        self.review.dropped.append(line)
        return True

    def is_set_aside(self, line):
        """Whether `line` is the site's furniture (dropped) or the title again (skipped)."""
        if is_furniture(line) or self.is_dated_byline(line):
            self.facts_in_furniture(line)  # "Filed under: X. Runtime 94 min, USA, 2012."
            self.review.dropped.append(line)
            self.previous_kind = "dropped"
            return True
        # The title again: repeated at the top, or an image caption.
        return bool(self.review.title) and line.casefold() == self.review.title.casefold()

    def is_dated_byline(self, line):
        """Whether `line` is the reviewer's byline: one author, beside the post's date."""
        return is_one_author(line) and any(
            DATE_LINE.match(self.neighbour_line(step)) for step in (-1, 1)
        )

    def neighbour_line(self, step):
        """The non-blank line before (`step` -1) or after (1) the one being read, or ""."""
        lines = self.lines[self.position + 1 :] if step > 0 else self.lines[: self.position][::-1]
        return next((line for line in lines if line), "")

    def run(self):
        review = self.review
        review.fingerprint = hashlib.sha256(
            " ".join("\n".join(self.source_lines).split()).encode()
        ).hexdigest()
        index = next((i for i, line in enumerate(self.lines) if line), len(self.lines))
        index = self.title(index)
        if index < len(self.lines) and review.title:
            index = self.subtitle(index)
        for position in range(index, len(self.lines)):
            line, self.position = self.lines[position], position
            if position < self.skip_to:  # values under a label, read with it
                continue
            self.next_is_blank = position + 1 >= len(self.lines) or not self.lines[position + 1]
            if not line:
                self.block_start = True
                continue
            if not self.line(line):  # the end of the post: what follows is listed as dropped
                review.dropped.extend(rest for rest in self.lines[position + 1 :] if rest)
                break
            self.block_start = False
            self.previous_line = line
        self.drop_empty_heading()
        self.finish()
        return review

    def finish(self):
        review, film = self.review, self.review.film
        self.pending_footer()  # "Runtime 94 min, USA, 2012." closing the review
        review.body_html = "".join(html_block(tag, html) for tag, _, html in self.blocks)
        review.sections = [text for tag, text, _ in self.blocks if tag in ("h2", "h3")]
        texts = [" ".join(text) if isinstance(text, list) else text for _, text, _ in self.blocks]
        review.text = " ".join(texts)
        if not review.title:
            self.title_from_text()
        self.rescue_title()  # a weak reading, when the document names its film plainly once
        if len(review.title) > HEADLINE_MAX_LENGTH:
            review.title = review.title[: HEADLINE_MAX_LENGTH - 1] + "…"
            self.warn(f"The title is longer than {HEADLINE_MAX_LENGTH} characters; shortened.")
        if film.title and (film.year is None or film.runtime_minutes is None):
            kept = " ".join(line for line in self.lines if line not in review.dropped)
            film.year = film.year or title_year(kept, film.title)  # a heading taken out too
            film.runtime_minutes = film.runtime_minutes or title_runtime(kept, film.title)
        if not review.verdict and self.heading_verdict:
            self.set_verdict(self.heading_verdict)
        if review.rating is not None:
            self.glyphs_on_stated_scale()  # "★★★½" where "ratings are out of four stars"
        if review.rating is None:
            self.front_matter_rating()  # "stars: 4.5/5"
        self.film_scorecard()  # "Infernal Affairs: 4.5 out of 5 / The Departed: 4 out of 5"
        if review.rating is None:
            self.overall_score()
        if review.rating is None:
            self.prose_rating()
        self.front_matter_facts(self.front_matter_lines)  # "film:\n  director: X"
        self.contradicted_set_aside()
        self.facts_in_text()
        self.check_faq()
        if review.left_out_values:
            self.warn(
                "Not taken as names, genres or studios: "
                + "; ".join(f"“{value}”" for value in review.left_out_values)
                + "."
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


def extract(text: str, *, markdown: bool = False) -> ExtractedReview:
    """The review a post's text (Markdown if `markdown`) describes, with warnings about
    what was guessed."""
    text = bbcode_plain(text)  # a forum post's "[b]Director:[/b] X"
    review = Extractor(text, markdown=markdown_lines(text) if markdown else None).run()
    if warning := dropped_warning(review.dropped):  # (an HTML body's reader says its own)
        review.warnings.append(warning)
    return review
