# ruff: noqa: RUF001, RUF002  (headlines use typographic dashes and quotes; so must this)
"""The headline of a post and what it says of the film: title, year, kind, standfirst.

Part of `documents.Extractor`: the furniture above the headline (URLs, breadcrumbs,
bylines) is dropped and listed; "Movie Review: THE FILM", "‘The Film’ Review: …",
"The Film (2024) Review – …" and "“The Film” by Someone (Country, 2016)" name the film.
"""

import re
import string

from imports.furniture import TEASER_HEADING, is_furniture
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
from imports.values import is_heading_like


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
        line = TITLE_LABEL.sub("", self.lines[index])
        if len(line) > 150 or (SENTENCE_END.search(line) and len(line.split()) > 12):
            return index  # the post starts with its text: no title line
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
        stripped = TITLE_SUFFIX.sub("", film_title.strip(" -–—:|")).strip()
        self.review.film.title = stripped or film_title.strip()
        if re.search(r"\banalysis\b", line, re.IGNORECASE):
            self.review.kind = "analysis"
        return index + 1

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
