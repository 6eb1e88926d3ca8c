"""An HTML document (a WordPress post, a saved page) read without losing its structure.

The text extractor (`imports.documents`) reads the document's lines as it reads any text:
title, film facts, scores, rating, verdict, FAQ, furniture. `BodyTracker` notes which lines
it left in the body; the body is then rendered from the HTML blocks those lines came from
(`imports.html_blocks`), so headings keep their level, emphasis and links stay, quotes keep
their citation, images their caption, and what was read as facts or scores is taken out
where it sat, and listed.
"""

import hashlib
import re

from imports.documents import ExtractedReview, Extractor
from imports.extracted import TitleSource
from imports.html_blocks import Block, block_html, html_blocks
from imports.structured import SCHEMA_SOURCE
from imports.title_evidence import EMPHASIS, is_title_case, mentions

#: A headline's film title this long is a sentence, not a name.
SENTENCE_WORDS = 7
#: How many of the lines taken out of the body the report quotes.
TAKEN_OUT_QUOTED = 8
QUOTE_LENGTH = 70
BOLD_LINE = re.compile(r"<strong>((?:(?!</?strong>).)*)</strong>")


class BodyTracker(Extractor):
    """The text extractor, noting on each `Line` whether it was left in the body."""

    def __init__(self, text, owners, headings, known_title=None, boxed=frozenset()):
        super().__init__(text, known_title=known_title)
        self.owners = owners  # the Line behind each line of the text; None for the title
        self.headings = headings  # the ids of the lines that are headings in the HTML
        self.boxed = boxed  # the ids of the lines of a facts box (`imports.factboxes`)
        self.current, self.last_heading = None, None

    def title(self, index):
        index = super().title(index)
        if self.known_title:
            self.prefer_known_title(*self.known_title)
        return index

    def prefer_known_title(self, known, where):
        """The film's name as the page's data gives it, when the headline names it in a
        sentence ("Cannes, day 4: Trier's The Worst Person in the World is…") or, from
        schema.org, when the headline is a sentence that does not name it at all."""
        film, headline = self.review.film, self.review.title
        if headline and known.casefold() == film.title.casefold():
            self.review.title_source = TitleSource.PAGE_DATA  # the page's data agrees
        if not headline or known.casefold() == film.title.casefold():
            return
        is_sentence = len(film.title.split()) >= SENTENCE_WORDS
        text = " ".join(self.lines[1:])
        longer = is_title_case(known) and contains(known, film.title)  # "Dune: Part Two"
        if mentions(text, film.title) and not mentions(text, known) and not longer:
            return  # "Heat" the text names, not the page's "Heat movie review & summary"
        if contains(headline, known) and (is_sentence or not contains(film.title, known)):
            film.title, self.review.title_source = known, TitleSource.PAGE_DATA
            self.warn(f"Film title “{known}” from {where}, as the headline “{headline}” names it.")
        elif where.startswith(SCHEMA_SOURCE) and (
            is_sentence or (mentions(text, known) and not mentions(text, film.title))
        ):
            film.title, self.review.title_source = known, TitleSource.PAGE_DATA
            self.warn(f"Film title “{known}” from {where}: the headline “{headline}” names none.")
        elif where.startswith(SCHEMA_SOURCE) and not contains(film.title, known):
            self.warn(
                f"The headline names the film “{film.title}”; {where} says “{known}”: "
                "the headline's is kept."
            )

    def line(self, line):
        # `run` says which line it hands over (`position`); what follows the end of the
        # post ("Leave a reply") it lists as dropped itself.
        self.current = self.owners[self.position]
        if id(self.current) in self.boxed:
            self.in_teaser = False  # a sidebar's facts box, read last, is no teaser's
        return super().line(line)

    def add_block(self, kind, text):
        super().add_block(kind, text)
        if self.current is not None:
            self.current.kept = True
            self.current.reads_as_heading = kind == "h2"
            if kind == "h2":
                self.last_heading = self.current

    def drop_empty_heading(self):
        count = len(self.blocks)
        super().drop_empty_heading()
        # A paragraph the text extractor took for a heading stays: the HTML says what it is.
        if len(self.blocks) < count and id(self.last_heading) in self.headings:
            self.last_heading.kept = False


def contains(text, words):
    """Whether `words` are in `text`, whole words, case aside."""
    return bool(re.search(rf"(?<!\w){re.escape(words.casefold())}(?!\w)", text.casefold()))


def document_text(title, blocks):
    """The text the extractor reads, and the `Line` behind each of its lines."""
    texts, owners = [title, ""], [None, None]
    for block in blocks:
        for line in block.lines:
            texts.append(line.text)
            owners.append(line)
        if block.lines:
            texts.append("")
            owners.append(None)
    return "\n".join(texts), owners


def html_extract(
    content: str,
    *,
    title: str = "",
    title_html="",
    classic=False,
    figures=True,
    dropped=(),
    known_title=None,
):
    """The review an HTML body describes; `figures=False` drops images (no files come).

    `title_html`: the title's inline HTML (its italics may name the film); `dropped`: what
    was left out before (a page's furniture), listed first in the report; `known_title`:
    (the film's name, where it was) from the page's data, if it gives one."""
    blocks = html_blocks(content, classic=classic)
    text, owners = document_text(title, blocks)
    headings = {id(block.lines[0]) for block in blocks if block.kind in ("h2", "h3")}
    boxed = {id(line) for block in blocks if block.is_factbox for line in block.lines}
    tracker = BodyTracker(text, owners, headings, known_title, boxed)
    tracker.markup.update(  # its italics say which phrase is a title ("in <em>Cure</em>")
        (line.text, line.html)
        for block in blocks
        for line in block.lines
        if EMPHASIS.search(line.html)
    )
    if title_html:
        tracker.markup[title] = title_html
    review = tracker.run()
    review.dropped[:0] = dropped
    tables_whole(blocks, review)
    factbox_rest(blocks, review)
    bold_headings(blocks)
    if not figures:
        figures_dropped(blocks, review)
    body_from_blocks(blocks, review)
    return review


def tables_whole(blocks, review):
    """A table mostly read as facts or scores is taken out whole; else it stays whole."""
    for block in blocks:
        if block.kind != "table":
            continue
        kept = [line for line in block.lines if line.kept]
        is_facts = len(kept) * 2 < len(block.lines)
        if is_facts:
            review.dropped.extend(line.text for line in kept)
        for line in block.lines:
            line.kept = not is_facts


def factbox_rest(blocks, review):
    """A facts box leaves the body whole: its fact lines are taken out as facts, the rest
    (its heading, "Section: Competition", a sales agent) listed as left out."""
    for block in blocks:
        if block.is_factbox:
            heading = block.kind in ("h2", "h3")
            review.dropped.extend(line.text for line in block.lines if line.kept or heading)
            for line in block.lines:
                line.kept = False


def bold_headings(blocks):
    """A paragraph all in bold that reads as a heading is one: the classic editor's way."""
    for block in blocks:
        line = block.lines[0] if block.kind == "p" and len(block.lines) == 1 else None
        if line and line.reads_as_heading and (bold := BOLD_LINE.fullmatch(line.html)):
            block.kind, line.html = "h2", bold.group(1)


def figures_dropped(blocks, review):
    for block in [block for block in blocks if block.kind == "figure"]:
        blocks.remove(block)
        described = block.figure.alt or block.figure.src
        review.dropped.append(f"image {described} (a saved page brings no image files)")


def body_html(blocks):
    """The blocks' kept lines as HTML; a heading whose section was all taken out goes too,
    and so does a rule with nothing after it."""
    htmls = [block_html(block) for block in blocks]
    for index, block in enumerate(blocks):
        if block.kind not in ("h2", "h3") or not htmls[index]:
            continue
        section = []
        for following, html in zip(blocks[index + 1 :], htmls[index + 1 :], strict=True):
            if following.kind == "h2" or following.kind == block.kind:
                break
            section.append(html)
        if section and not any(section):
            htmls[index], block.lines[0].kept = "", False
    while htmls and htmls[-1] in ("", "<hr>"):
        htmls.pop()
    return "".join(htmls)


def body_from_blocks(blocks: list[Block], review: ExtractedReview):
    """The body rendered from the blocks' kept lines; what was taken out, reported."""
    review.body_html = body_html(blocks)
    review.sections = [
        line.text for block in blocks if block.kind in ("h2", "h3") for line in block.lines
        if line.kept
    ]  # fmt: skip
    dropped = {text.casefold() for text in review.dropped}
    taken = [
        line.text
        for block in blocks
        for line in block.lines
        if not line.kept and line.text.casefold() not in dropped
    ]
    if taken:
        quoted = ", ".join(f"“{shorten(text)}”" for text in taken[:TAKEN_OUT_QUOTED])
        more = f" and {len(taken) - TAKEN_OUT_QUOTED} more" if len(taken) > TAKEN_OUT_QUOTED else ""
        review.warnings.append(
            f"Taken out of the body as film facts, scores, rating, verdict, FAQ or keywords "
            f"({len(taken)} line(s)): {quoted}{more}."
        )
    if review.dropped:
        quoted = ", ".join(f"“{shorten(text)}”" for text in review.dropped[:TAKEN_OUT_QUOTED])
        more = len(review.dropped) - TAKEN_OUT_QUOTED
        review.warnings.append(
            f"Left out of the body ({len(review.dropped)}): {quoted}"
            + (f" and {more} more." if more > 0 else ".")
        )
    # The words alone are not all of the body: a link's target or an image counts too.
    review.fingerprint = hashlib.sha256(
        f"{review.fingerprint}\n{review.body_html}".encode()
    ).hexdigest()


def shorten(text):
    return text if len(text) <= QUOTE_LENGTH else text[: QUOTE_LENGTH - 1].rstrip() + "…"
