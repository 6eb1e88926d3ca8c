# ruff: noqa: RUF001, RUF003  (posts use typographic dashes and quotes; the patterns must too)
"""The verdict as reviews write it: after a label ("Bottom line: …", "> In one line: …",
"A: Verdict: …"), or as the one sentence under a heading that announces it ("The bottom
line", "Should you watch it?").

A labelled verdict always wins over a heading's answer; a sentence about the author
("Jo Bloggs writes about film. Follow her on…") is never a verdict, and neither is a line
read after the site's furniture that followed a rating.
"""

import re

from imports.criteria import is_others_score
from imports.furniture import TEASER_HEADING
from imports.patterns import (
    ANSWER_PREFIX,
    FACT_LABEL,
    OTHER_TONGUE,
    QUESTION_PREFIX,
    QUOTE,
    RATING_LABEL,
    RATING_NUMBER,
    SENTENCE_BREAK,
    SENTENCE_END,
    VERDICT_LABEL,
    VERDICT_MAX_LENGTH,
    VERDICT_OWNER,
    VERDICT_TERM,
)
from imports.rating_forms import GLYPH_RUN
from imports.values import continues, is_heading_like

#: A heading (or a question in a Q&A) whose answer is the verdict; the label kind first.
VERDICT_HEADING = re.compile(
    rf"^(?:{OTHER_TONGUE})?{VERDICT_OWNER}{VERDICT_TERM}\s*[:.?!]?$", re.IGNORECASE
)
VERDICT_QUESTION = re.compile(
    r"^(?:so,?\s+)?(?:should\s+(?:you|i)\s+(?:go|(?:watch|see|stream|rent|bother\s+with)"
    r"\s+(?:it|this(?:\s+(?:one|film|movie))?))|is\s+it\s+worth\s+(?:it|watching|seeing"
    r"|a\s+(?:watch|look)|your\s+time)|worth\s+(?:watching|seeing|it))\s*\??$",
    re.IGNORECASE,
)
#: Who wrote the review, said at its end: never its verdict.
AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?i:writes\s+(?:about|on|for)\b|has\s+(?:written|reviewed)"
    r"\b|covers\s|reviews\s+(?:films|movies|for)\b|is\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}"
    r"(?:critic|writer|journalist|editor|reviewer|contributor|columnist|blogger"
    r"|correspondent|programmer)s?\b)"
    r"|(?i:\bfollow\s+(?:her|him|them|me|us)\s+(?:on|at)\b)"
)
#: A note on how the review came about or where to see the film: often in italics after
#: the rating, and never its verdict.
REVIEW_NOTE = re.compile(
    r"^(?:(?:seen|reviewed|screened|watched)\s+(?:at|on|in|via|for)\b"
    r"|(?:this|the)\s+(?:review|film)\s+was\s+(?:seen|screened|reviewed|provided|first)"
    r"|(?:note|editor[’']?s note|disclosure|disclaimer|correction|update)\s*:"
    r"|(?:in|at)\s+(?:cinemas|theaters|theatres)\b|(?:now\s+)?streaming\s+on\b"
    r"|available\s+(?:on|to)\b|out\s+now\b|opens\s+(?:in|on|at|nationwide|everywhere)\b)"
    r"|\bscreener\b",
    re.IGNORECASE,
)
HEADING_RANK, QUESTION_RANK = 2, 1
#: The word answering a question before the verdict: "Yes: a warm, sly film…".
ANSWER_WORD = re.compile(
    r"^(?:yes|no|absolutely|definitely|of\s+course)\s*(?:[:.!]|\s[–—-])\s+(?=\w)", re.I
)
WRAPPED_LINES = 2  # lines a labelled verdict may run on to
SUMMARY_RANK = 3  # a labelled one-line summary before an answer under a heading
#: "Summary:", a rating box's line: the verdict only when it is one sentence.
SUMMARY_LABEL = re.compile(r"^(?:(?:the|in)\s+)?(?:summary|summing\s+up)\s*[:\-–—]\s*", re.I)


def is_author_bio(line):
    return bool(AUTHOR_BIO.search(line))


def is_not_a_verdict(line):
    """An author's bio, a note on the screening or where to see the film, or other posts'
    teasers run into one line ("You may also like: …"): never a verdict."""
    label, colon, _ = line.partition(":")
    return (
        is_author_bio(line)
        or bool(REVIEW_NOTE.search(line))
        or bool(colon and TEASER_HEADING.match(label.strip()))
    )


def unprefixed(line):
    """`line` without a quotation's "> " or an answer's "A: " before it."""
    if quote := QUOTE.match(line):
        line = quote.group("text")
    return ANSWER_PREFIX.sub("", line, count=1) if ANSWER_PREFIX.match(line) else line


class VerdictsMixin:
    """The `Extractor` methods that read the verdict (the state is set in its __init__)."""

    def verdict_line(self, line):
        """A labelled verdict, perhaps with a rating in it; False when `line` is not one."""
        text = unprefixed(line)
        if self.summary_line(text):
            return True
        if not VERDICT_LABEL.match(text):
            return False
        value = VERDICT_LABEL.sub("", text)
        if RATING_NUMBER.search(text) or GLYPH_RUN.search(text) or self.opens_with_rating(value):
            # "Verdict: 8/10 – …", "Bottom line: B+"
            self.rating_line(VERDICT_LABEL.sub("Rating: ", text), as_written=line)
            return True
        if text == line and self.is_heading_line(line):
            return False  # "Final Verdict: A Triumph" heads a section (see `body_line`)
        if is_others_score(VERDICT_LABEL.match(text).group(0)):
            return False  # "Audience verdict: …" is other people's
        self.spoken_rating(value, as_written=line)  # "… – four out of five."
        self.set_verdict(self.wrapped_on(value))
        self.consume("verdict")
        return True

    def wrapped_on(self, verdict):
        """`verdict` with the lines a hard-wrapped paragraph carries it on to: a verdict
        cut before its sentence ends ("… checking your own") goes on in the next line."""
        position = self.position
        while not SENTENCE_END.search(verdict) and position + 1 < len(self.lines):
            following = unprefixed(self.lines[position + 1]).strip()
            if not following or self.heading_tags.get(following) or FACT_LABEL.match(following):
                break
            verdict, position = f"{verdict} {following}", position + 1
            if len(verdict) > VERDICT_MAX_LENGTH or position - self.position >= WRAPPED_LINES:
                break
        self.skip_to = max(self.skip_to, position + 1)
        return verdict

    def runs_past_a_verdict(self):
        """Whether the paragraph at the line being read runs on longer than a hard-wrapped
        verdict does: then it is the review's text, not a line announced by a rating."""
        end = self.position
        while end + 1 < len(self.lines) and self.lines[end + 1]:
            end += 1
        return end - self.position > WRAPPED_LINES

    def summary_line(self, text):
        """ "Summary: one sentence." under a rating box: the verdict when no line is
        labelled as one (it is kept for then); a longer summary is the post's text."""
        match = SUMMARY_LABEL.match(text)
        if not match:
            return False
        summary = text[match.end() :].strip()
        if len(SENTENCE_BREAK.split(summary)) != 1 or not is_verdict_sentence(summary, summary):
            return False
        if RATING_NUMBER.search(summary) or GLYPH_RUN.search(summary):
            return False
        if self.heading_verdict_rank < SUMMARY_RANK:
            self.heading_verdict, self.heading_verdict_rank = summary, SUMMARY_RANK
        self.consume("verdict")
        return True

    def is_heading_line(self, line):
        if self.heading_tags.get(line):
            return True
        return is_heading_like(line) and not continues(self.lines, self.position)

    def verdict_under_heading(self, line):
        """Note the line under a verdict heading as the verdict to use when no line is
        labelled as one; note a verdict heading. `line` is read on as usual either way."""
        rank, self.verdict_heading_rank = self.verdict_heading_rank, 0
        text = QUESTION_PREFIX.sub("", unprefixed(line))
        if VERDICT_HEADING.match(text):
            self.verdict_heading_rank = HEADING_RANK
        elif VERDICT_QUESTION.match(text):
            self.verdict_heading_rank = QUESTION_RANK
        elif (
            rank > self.heading_verdict_rank
            and not self.is_heading_line(line)
            and is_verdict_sentence(text := ANSWER_WORD.sub("", text), line)
        ):
            self.heading_verdict, self.heading_verdict_rank = text, rank

    def interrupt_awaited_verdict(self):
        """The site's furniture came between a rating and the next line: that line is not
        the verdict the rating announced."""
        self.awaiting_verdict = False


def is_verdict_sentence(text, line):
    """Whether `text` (of `line`) reads as a one-sentence verdict, not a label or a bio."""
    return (
        len(text) <= VERDICT_MAX_LENGTH
        and (bool(SENTENCE_END.search(text)) or len(text.split()) > 3)
        and not QUESTION_PREFIX.match(line)
        and not FACT_LABEL.match(text)
        and not RATING_LABEL.match(text)
        and not is_not_a_verdict(text)
    )


#: An aside, not a summary: an instruction to the reader ("Eat before you watch it"), the
#: critic's own story ("I first saw it on a plane"), or a hedge ("Not perfect, but …").
ASIDE = re.compile(
    r"^(?:(?:eat|go|bring|skip|take|grab|avoid|wait|buy|pack|stay|sit|trust|remember|forget"
    r"|check|try|don[’']t|do\s+not|just)\b|I\s|I[’'](?:m|ve|d|ll)\b"
    r"|(?:not|far\s+from)\s+(?:\w+\s+)?\w+,?\s+but\b)",
    re.IGNORECASE,
)


#: A remark on the rating itself, not on the film: "5/5 — unanimous, for once",
#: "8/10 (rounded up, generously)", "Provisional, pending a rewatch".
RATING_REMARK = re.compile(
    r"^(?:unanimous(?:ly)?|rounded\s+(?:up|down)|generously|harshly|provisional(?:ly)?"
    r"|tentative(?:ly)?|for\s+now|(?:up|down)\s+from|at\s+a\s+push|no\s+contest"
    r"|split\s+decision)\b",
    re.IGNORECASE,
)
REMARK_WORDS = 5
#: A remark on how the rating was arrived at, not on the film: "Docked a point because …",
#: "Loses half a star for the runtime", "Knocked off a star for …", "One point off for …",
#: "Plus a point for the dog", "Half a star deducted for …".
RATING_ARITHMETIC = re.compile(
    r"^(?:(?:it\s+|and\s+)?(?:dock(?:ed|ing|s)?|knock(?:ed|ing|s)?|took|tak(?:e|es|ing)|minus"
    r"|los(?:e|es|t|ing)|deduct(?:ed|ing|s)?|dropp?(?:ed|ing|s)?|plus|gain(?:ed|s)?|add(?:ed|ing|s)?"
    r"|bump(?:ed|ing|s)?|bonus|extra)(?:\s+(?:off|down|up|back))?"
    r"\s+(?:(?:a|one|two|half|an?\s+extra|a\s+full|an?\s+whole)\s+){1,3}"
    r"(?:point|star|mark|notch|grade|skull|heart)s?(?![\w-])"
    r"|(?:a|one|two|half(?:\s+a)?|an\s+extra|a\s+bonus)\s+(?:point|star|mark|notch|grade)s?"
    r"\s+(?:off|deducted|docked|taken\s+off|knocked\s+off|added|extra|more|less|for)\b)",
    re.IGNORECASE,
)
#: The writer signing off under the rating, as newsletters and mailing lists do:
#: "-- Tomas Lind", "— Ines Vaz, film editor", "~ T.L.": never the verdict (a sentence's
#: end says a verdict: "— Funny, sad and wise.").
SIGNATURE = re.compile(
    r"^(?:--|—|–|~)\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|de|da|van|von|le|la))"
    r"{0,3}(?:\s*,\s*[\w .'’-]{1,40})?(?<!\w\w[.!])$"
)
#: The rest of a strip of the post's furniture after its rating: "· Film 17 of 52 · What
#: my grades mean", "| Seen at the festival | About my ratings" (a verdict runs on in
#: words, never in parts set apart by dots or bars).
STRIP_REST = re.compile(r"^[·•|]|\s[·•|]\s")
#: Someone else quoted, signed with a name and perhaps an age: "AOIFE (9): “…”",
#: "Rory, 6: the dog is the best.", "Maya (age 7): …".
SIGNED_QUOTE = re.compile(
    r"^(?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*\s*"
    r"(?:\((?:aged?\s+)?\d{1,2}\)|,\s*(?:aged?\s+)?\d{1,2})\s*:\s"
)


#: A tier of one or two words before the sentence that sums the film up: "Essential. A
#: landmark that still looks like the future." (one verdict, both its parts).
TIER_FIRST = re.compile(
    r"^(?:essential|recommended|highly\s+recommended|must[\s-]see|a\s+masterpiece|masterpiece"
    r"|skip\s+it|rent\s+it|buy\s+it)[.!]$",
    re.IGNORECASE,
)


def is_summary_judgement(text):
    """Whether an unlabelled line after a rating reads as its verdict: one sentence that
    sums the film up, not several sentences of the text going on, a question, an aside, a
    remark on the rating or on how it was arrived at, a strip of links, someone else signed
    and quoted or the writer's signature."""
    text = text.strip()
    sentences = re.split(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z])", text)
    return (
        (len(sentences) == 1 or (len(sentences) == 2 and bool(TIER_FIRST.match(sentences[0]))))
        and not text.endswith("?")
        and not ASIDE.match(text)
        and not (RATING_REMARK.match(text) and len(text.split()) <= REMARK_WORDS)
        and not STRIP_REST.search(text)
        and not SIGNED_QUOTE.match(text)
        and not RATING_ARITHMETIC.match(text)
        and not SIGNATURE.match(text)
    )
