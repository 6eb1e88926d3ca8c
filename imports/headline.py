# ruff: noqa: RUF001, RUF002  (headlines use typographic dashes and quotes; so must this)
"""The headline of a post and what it says of the film: title, year, kind, standfirst.

Part of `documents.Extractor`: the furniture above the headline (URLs, breadcrumbs,
bylines) is dropped and listed; "Movie Review: THE FILM", "‘The Film’ Review: …",
"The Film (2024) Review – …" and "“The Film” by Someone (Country, 2016)" name the film.
"""

import re
import string

from imports.furniture import TEASER_HEADING, is_furniture, is_navigation
from imports.patterns import (
    FACT_LABEL,
    QUOTED_TITLE,
    REVIEW_PREFIX,
    REVIEW_SUBTITLE,
    SENTENCE_END,
    TITLE_LABEL,
    TITLE_SEPARATOR,
    TITLE_SUFFIX,
    YEAR_AMONG_OTHERS,
    YEAR_IN_BRACKETS,
)
from imports.rating_forms import GLYPH_RUN
from imports.values import is_heading_like

LONGEST_TITLE_WORDS = 20
TRAILING_GLYPHS = re.compile(rf"\s(?:{GLYPH_RUN.pattern})\s*$")
CERTIFICATE_IN_BRACKETS = re.compile(r"\s*\((G|PG|PG-13|R|NC-17|U|12A|15|18)\)", re.IGNORECASE)
SENTENCE_AFTER_COLON = re.compile(r":\s+(?-i:[a-z])\S*(?:\s+\S+){3,}$")  # four words or more
#: A title in another language after the title: "Flow (Straume)", "365 Days (365 dni)".
#: Headings of a post's own facts block: never its headline, even under a breadcrumb.
FACTS_HEADING = re.compile(
    r"^(?:the\s+)?(?:details|facts|film facts|info|information|credits|cast(?:\s*(?:&|and)\s*crew)?"
    r"|at a glance|in brief)\s*:?$",
    re.IGNORECASE,
)
#: The last crumb of a breadcrumb: "Home > Reviews > Arrival" names this page.
LAST_CRUMB = re.compile(r"(?:[>»›/|]\s*)([^>»›/|]+?)\s*$")
OTHER_TITLE = re.compile(r"\s*\([^()]{2,60}\)\s*$")


class HeadlineMixin:
    """The `Extractor` methods that read the headline into `self.review`."""

    def title(self, index):
        """Use line `index` as the title when it reads like one; return the next line."""
        while index < len(self.lines) and self.is_leading_furniture(self.lines[index]):
            index = next(
                (i for i in range(index + 1, len(self.lines)) if self.lines[i]), len(self.lines)
            )
        if index >= len(self.lines):
            return index
        index = self.past_site_name(index)
        line = TITLE_LABEL.sub("", self.lines[index])
        if len(line) > 150 or (SENTENCE_END.search(line) and len(line.split()) > 12):
            return index  # the post starts with its text: no title line
        line = self.title_extras(line)
        self.review.title = line
        film_title = line
        if match := YEAR_IN_BRACKETS.search(line) or YEAR_AMONG_OTHERS.search(line):
            self.review.film.year = int(match.group(1))  # "(2016)", "(India, 2016)"
            film_title = line[: match.start()]
        film_title = REVIEW_PREFIX.sub("", film_title)  # "Movie Review: THE FILM"
        if quoted := QUOTED_TITLE.match(film_title):  # a quoted title, then more
            film_title = quoted.group("title")
        if film_title.isupper() and len(film_title) > 3:
            film_title = string.capwords(film_title)
        film_title = TITLE_SEPARATOR.split(REVIEW_SUBTITLE.sub(r"\1", film_title))[0]
        film_title = SENTENCE_AFTER_COLON.sub("", film_title)  # "Title: the best film in…"
        stripped = TITLE_SUFFIX.sub("", film_title.strip(" -–—:|")).strip()
        stripped = OTHER_TITLE.sub("", stripped) or stripped  # "Flow (Straume)"
        self.review.film.title = stripped or film_title.strip()
        if re.search(r"\banalysis\b", line, re.IGNORECASE):
            self.review.kind = "analysis"
        return index + 1

    def title_extras(self, line):
        """The headline without the stars and certificate a capsule review puts on it
        ("WEAPONS (R) ★★★½"): the stars are the rating, the certificate the film's."""
        if (glyphs := TRAILING_GLYPHS.search(line)) and glyphs.start():
            self.rating(glyphs.group(0).strip(), as_written=line)
            line = line[: glyphs.start()].rstrip()
        if certificate := CERTIFICATE_IN_BRACKETS.search(line):
            self.review.film.certificate = certificate.group(1).upper()
            line = (line[: certificate.start()] + line[certificate.end() :]).strip()
        return line

    def past_site_name(self, index):
        """The headline's line: `index`, or when a menu or breadcrumb follows that line (a
        site's name), the first title-like line after the last furniture above the text.
        The lines passed over are listed as dropped."""
        following = [i for i in range(index + 1, len(self.lines)) if self.lines[i]][:10]
        last, navigated = None, False
        for i in following:
            line = self.lines[i]
            if FACT_LABEL.match(line) or len(line.split()) > LONGEST_TITLE_WORDS:
                break  # the text begins
            if is_furniture(line):
                last, navigated = i, navigated or is_navigation(line)
        after = [i for i in following if last is not None and i > last]
        if not navigated or not after or not is_heading_like(self.lines[after[0]]):
            return index
        if FACT_LABEL.match(self.lines[after[0]]) or FACTS_HEADING.match(self.lines[after[0]]):
            return index
        if self.crumb_names(index, following):
            return index
        self.review.dropped.extend(self.lines[i] for i in [index, *following] if i < after[0])
        return after[0]

    def crumb_names(self, index, following):
        """Whether a breadcrumb below line `index` ends with that line: the page's title."""
        title = self.lines[index].casefold().strip()
        return any(
            (crumb := LAST_CRUMB.search(self.lines[i])) and crumb.group(1).casefold() == title
            for i in following
            if is_navigation(self.lines[i])
        )

    def is_leading_furniture(self, line):
        """A URL, breadcrumb, byline or "Details" line above the title: dropped and listed."""
        if not line:
            return True
        if is_furniture(line) or TEASER_HEADING.match(line):
            self.review.dropped.append(line)
            return True
        return False

    def subtitle(self, index):
        """A heading straight under the title, before any text, is the standfirst."""
        following = [i for i in range(index, min(index + 6, len(self.lines))) if self.lines[i]]
        for i in following:
            line = self.lines[i]
            if line.casefold() == self.review.title.casefold():
                continue
            if self.info_strip(line):  # "Title (2014) · Drama · 106 min": the facts
                return i + 1
            if (
                is_heading_like(line)
                and len(line.split()) >= 4
                and not FACT_LABEL.match(line)
                and not is_furniture(line)
                and self.review.film.title.casefold() in line.casefold()
            ):
                self.review.standfirst = line
                return i + 1
            break
        return index
