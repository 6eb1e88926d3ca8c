# ruff: noqa: RUF002, RUF003  (headlines use typographic dashes and quotes; so must this)
"""The headline of a post and what it says of the film: title, year, kind, standfirst.

Part of `documents.Extractor`: the furniture above the headline (URLs, breadcrumbs,
bylines, a section's kicker, a film diary's log lines) is dropped and listed, and so is a
site's name above its menu; a facts block's heading is never the headline. "Movie Review:
THE FILM", "‘The Film’ Review: …", "The Film (2024) Review – …" and "“The Film” by Someone
(Country, 2016)" name the film; when the headline says more than that, the text decides
(`imports.title_evidence`); when it names no film the text names (a newsletter's name, a
round-up's, a standfirst), the text's "Film:" label, credits heading or quoted title does
(`imports.title_candidates`). With no headline line, the front matter's title stands in,
else the film the first paragraph opens on.
"""

import re

from imports.extracted import TitleSource
from imports.furniture import (
    DATE,
    LOG_BYLINE,
    SLASH_CRUMBS,
    TEASER_HEADING,
    is_furniture,
    is_kicker,
)
from imports.headline_site import FILM_MARKER, SiteLinesMixin
from imports.patterns import FACT_LABEL, OTHER_SCRIPT_AFTER, SENTENCE_END, TITLE_LABEL
from imports.rating_forms import GLYPH_RUN
from imports.title_candidates import (
    CERTIFICATE_IN_BRACKETS,
    MAIL_HEADER,
    STRIP_YEAR,
    entry_film,
    is_section_label,
    label_film,
    quoted_film,
)
from imports.title_evidence import (
    after_label,
    bare_year,
    front_matter_film,
    headline_film,
    italic_film,
    mentions,
    named_film,
    opening_film,
    without_column_label,
    year_beside,
)
from imports.title_parts import as_the_text_writes, dashed_whole, text_named_part, whole_name
from imports.title_rank import best_headline
from imports.title_rescue import rescued_title
from imports.values import guess_title, is_heading_like

#: "The Third Man (1949)" as a facts panel heads its credits: the title, then its year.
YEAR_AFTER_TITLE = re.compile(r"\s*\((18[7-9]\d|19\d\d|20\d\d)\)$")
TRAILING_GLYPHS = re.compile(rf"\s(?:{GLYPH_RUN.pattern})\s*$")
#: Headings of a post's own facts block: never its headline, even under a breadcrumb.
FACTS_HEADING = re.compile(
    r"^(?:the\s+)?(?:details|facts|film facts|info|information|credits|cast(?:\s*(?:&|and)\s*crew)?"
    r"|at a glance|in brief|the basics|basics|key facts|fact ?file|essentials|the essentials"
    r"|film info|movie info|specs|tech specs)\s*:?$",
    re.IGNORECASE,
)
FACTS_HEADING_WORDS = 3
#: A label that names the post, not the film: a mail's subject, a post's own headline.
#: A link to the post's copy elsewhere, under its masthead: "Archived at: site.example/118".
URL_LABEL = re.compile(
    r"^[A-Za-z][\w ]{0,30}:\s*(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/\S*$", re.IGNORECASE
)
#: A date in a line under the headline: the post's, whose year is no film's.
DATE_IN_LINE = re.compile(DATE, re.IGNORECASE)
POST_NAME_LABEL = re.compile(r"^(?:post title|review title|headline|subject)\s*:", re.IGNORECASE)


def front_matter_year(fields, key="year"):
    """The film's year a static site's front matter gives ("year = 2013"), or None."""
    value = fields.get(key, "")
    return int(value) if re.fullmatch(r"(?:18[89]|19\d|20\d)\d", value) else None


def is_site_line(line):
    """Whether `line` is the site's: furniture, a byline ("By Someone, Film Critic") or
    the heading of a facts block ("Film facts")."""
    return (
        is_furniture(line)
        or bool(FACTS_HEADING.match(line))
        or bool(re.match(r"(?:by|from)\s", line, re.IGNORECASE))
    )


class HeadlineMixin(SiteLinesMixin):
    """The `Extractor` methods that read the headline into `self.review`."""

    def title(self, index):
        """Use line `index` as the title when it reads like one; return the next line. A
        film the front matter names apart from the post's title is the film."""
        index = self.headline_title(index)
        film = self.review.film
        if (named := front_matter_film(self.front_matter)) and named != film.title:
            film.title, self.review.title_source = named, TitleSource.LABEL
            film.year = front_matter_year(self.front_matter, "film.year") or film.year
            self.warn(f"The film “{named}” is the one the front matter's film fields name.")
        return index

    def headline_title(self, index):
        """The headline from line `index` on (see `title`); return the next line."""
        while index < len(self.lines) and self.is_leading_furniture(index):
            index = self.next_line(index)
        if index >= len(self.lines):
            return self.front_matter_title(index)
        index = self.past_issue_name(self.past_site_name(index))
        if (crumbed := self.crumbed_line(index)) is not None and crumbed > index:
            self.review.dropped.extend(line for line in self.lines[index:crumbed] if line)
            index = crumbed
        while index < len(self.lines):  # a mail's header under a newsletter's name, its contents
            if (past := self.past_contents(index)) != index:
                index = past
            elif self.is_leading_furniture(index):
                index = self.next_line(index)
            else:
                break
        if index >= len(self.lines):
            return self.front_matter_title(index)
        line = TITLE_LABEL.sub("", self.lines[index])
        # "Title: The Film" as the first line names the film; "Subject:", "Headline:" and
        # "Post title:" name the post, a headline like any other.
        is_labelled = line != self.lines[index] and not POST_NAME_LABEL.match(self.lines[index])
        if (
            len(line) > 150
            or (SENTENCE_END.search(line) and len(line.split()) > 12)
            or self.is_facts_heading(index)
        ):
            return self.front_matter_title(index)  # the post starts with its text
        if self.is_section_heading(line, index):
            return self.front_matter_title(index)
        line = self.title_extras(line)
        self.review.title = line
        self.read_headline(line, after=index + 1, html=self.markup.get(self.lines[index], ""))
        if is_labelled and self.review.title_source == TitleSource.HEADLINE:
            self.review.title_source = TitleSource.LABEL
        return self.reweigh_headline(index)

    def reweigh_headline(self, index):
        """The line after the headline: line `index`'s, or when that line names no film and
        a line near it does (`imports.title_rank`), that line's, read as the headline; the
        lines passed over are listed as dropped, those below it read again (and said so)."""
        film = self.review.film
        if film.title.casefold() == self.crumb_title.casefold() != "":
            return index + 1
        better = best_headline(self.lines, index, (film.title, film.year), self.top_headings)
        if better is None:
            return index + 1
        passed = self.lines[min(index, better) : max(index, better) + 1]
        self.review.dropped = [line for line in self.review.dropped if line not in passed]
        if better > index:
            self.review.dropped.extend(line for line in passed[:-1] if line)
        line = self.title_extras(TITLE_LABEL.sub("", self.lines[better]))
        film.title, film.year = "", None
        self.review.title = line
        self.read_headline(line, after=better + 1, html=self.markup.get(self.lines[better], ""))
        self.warn(
            f"The headline is “{line}”: the line above the text that marks a film's name "
            "(its year, a heading, the text naming it), not the site's line near it."
        )
        return better + 1

    def next_line(self, index):
        return next(
            (i for i in range(index + 1, len(self.lines)) if self.lines[i]), len(self.lines)
        )

    def read_headline(self, line, *, after, html=""):
        """The film's title and year from headline `line`, weighed against the text from
        line `after` on: the phrase in italics, the one the text treats as a title, the
        bare year of a film diary ("Title 2017")."""
        line = without_column_label(line)  # "Column: ‘The Film’ …": the label names no film
        film_title, year = headline_film(line)
        body = " ".join(self.lines[after:])
        body_html = " ".join(other for other in self.markup.values() if other != html)
        diary = bare_year(film_title, body) if year is None else None
        if diary:
            film_title, year = diary
        self.review.title_source = TitleSource.HEADLINE
        # A crumb that repeats the headline word for word is the post's name, no evidence.
        if self.crumb_title not in ("", line) and mentions(film_title, self.crumb_title):
            film_title = self.crumb_title  # "THE FILM" under "Home > The Film": as written
            self.warn(f"The film “{film_title}” is the title the page's breadcrumb ends with.")
        elif named := italic_film(film_title, html, body) or named_film(
            line, film_title, body, body_html
        ):
            film_title, year = whole_name(named, line, body), year_beside(line, named) or year
            self.review.title_source = TitleSource.TEXT_PHRASE
            self.warn(
                f"The film “{named}” is the phrase of the headline the text treats as a title."
            )
        elif labelled := text_named_part(line, film_title, body) or after_label(film_title, body):
            film_title = labelled
            self.review.title_source = TitleSource.TEXT_PHRASE
            self.warn(f"The film “{labelled}” is the part of the headline the text names.")
        elif (
            not mentions(body, film_title)
            and not FILM_MARKER.search(line)
            and not diary  # "Title 2001": a film diary's entry names its film
            and (found := self.film_in_text(after))
        ):
            film_title, year = found[0], found[1] or year
        year = year if year is not None else front_matter_year(self.front_matter)
        film_title = dashed_whole(film_title, line, body)  # "Saga: Impossible – Fallout"
        self.review.film.title = as_the_text_writes(film_title, body)
        self.review.film.year = year if year is not None else self.review.film.year
        if re.search(r"\banalysis\b", line, re.IGNORECASE):
            self.review.kind = "analysis"

    def film_in_text(self, after):
        """(title, year or None) the text gives when the headline names no film the text
        names: a "Film:" label, else the line heading the film's stars or credits, else
        the phrase it quotes and names again; said so."""
        lines = self.lines[after:]
        readers = (
            (TitleSource.LABEL, lambda: label_film(lines)),
            (TitleSource.CREDITS, lambda: entry_film(lines, is_site=is_site_line)),
            (TitleSource.QUOTED, lambda: quoted_film(" ".join(lines))),
        )
        source, found = next(((s, f) for s, read in readers if (f := read())), ("", None))
        if found and (year := YEAR_AFTER_TITLE.search(found[0])):
            found = (found[0][: year.start()], found[1] or int(year.group(1)))  # "Title (1949)"
        if found:
            self.review.title_source = source
            self.warn(
                f"The headline names no film the text names; the film “{found[0]}” is the "
                "one the text's label, credits or quotes give."
            )
        return found

    def is_section_heading(self, line, index):
        """Whether a first line that is not the front matter's title heads a section: the
        text names the front matter's film more often than this line's."""
        title = self.front_matter.get("title", "")
        if not title or title.casefold() == line.casefold():
            return False
        body = " ".join(self.lines[index + 1 :])
        return mentions(body, headline_film(title)[0]) > mentions(body, headline_film(line)[0])

    def front_matter_title(self, index):
        """With no headline line, the front matter's title is the headline (and said so),
        else a dated last crumb of a breadcrumb above (`crumb_headline`)."""
        title = self.title_extras(TITLE_LABEL.sub("", self.front_matter.get("title", "")))
        if not title:
            return self.crumb_headline(index)
        if title and not self.review.title:
            self.review.title = title
            self.read_headline(title, after=index)
            if self.review.title_source == TitleSource.HEADLINE:
                self.review.title_source = TitleSource.FRONT_MATTER
            self.warn(f"The headline “{title}” is the document's front matter title.")
        return index

    def title_from_text(self):
        """With no headline at all: the film its first paragraph opens on ("*The Film*
        (2020) follows …"), else the phrase the text repeats most; either way, said so."""
        review, film = self.review, self.review.film
        opening = next(((text, html) for tag, text, html in self.blocks if tag == "p"), None)
        if not film.title and opening and (found := opening_film(*opening)):
            film.title, film.year = found[0], film.year or found[1]
            review.title_source = TitleSource.OPENING
        if not film.title:
            film.title, review.title_source = guess_title(review.text), TitleSource.GUESS
        review.title = film.title
        self.warn(
            f"No title line: the film title and headline “{film.title}” were guessed "
            "from the text; please check them."
        )

    def rescue_title(self):
        """When the title read is weak, the film the document names plainly once instead
        (`imports.title_rescue`): its page's <title>, a block with the name and its year,
        the one title in italics; said so."""
        film = self.review.film
        if found := rescued_title(self.review, self.known_title):
            weak = film.title
            film.title = as_the_text_writes(found[0], self.review.text)  # "THE FILM": "The Film"
            film.year = found[1] or film.year
            self.review.title_source = TitleSource.TEXT_NAME
            self.warn(
                f"The film “{found[0]}” is the one named by {found[2]}: “{weak}”, read from the "
                "top of the document, is too weak a reading of its title."
            )

    def kicker_year(self, line):
        """The film's year from a strip under the headline that gives it as one of its
        parts ("Original Title · 2018 · black and white"), when the headline gave none;
        a part that holds more ("Festival 2024") is no film's year, nor is a date's ("March
        3, 2019 | Horror": the post's own)."""
        film = self.review.film
        line = DATE_IN_LINE.sub(" ", line)
        if film.year is None and (year := STRIP_YEAR.search(line)):
            film.year = int(year.group(1))
            self.warn(f"The film's year {film.year} is the one the line under the headline gives.")

    def title_extras(self, line):
        """The headline without the stars and certificate a capsule review puts on it
        ("WEAPONS (R) ★★★½"): the stars are the rating, the certificate the film's."""
        if (glyphs := TRAILING_GLYPHS.search(line)) and glyphs.start():
            self.rating(glyphs.group(0).strip(), as_written=line)
            line = line[: glyphs.start()].rstrip()
        line = self.title_rating(line)  # "… Review (4/5)"
        if (script := OTHER_SCRIPT_AFTER.search(line)) and script.start():
            self.warn(
                f"“{script.group(0).strip(' ()')}” after the film's title is left out "
                "of it: the title in its own script, not the one the review uses."
            )
            line = line[: script.start()].rstrip()
        if certificate := CERTIFICATE_IN_BRACKETS.search(line):
            self.review.film.certificate = certificate.group(1).upper()
            line = (line[: certificate.start()] + line[certificate.end() :]).strip()
        return line

    def is_facts_heading(self, index):
        """Whether line `index` heads the post's facts: "Details", "The basics", or a short
        heading straight above "Label: value" lines that the text never names."""
        line = self.lines[index]
        if FACTS_HEADING.match(line):
            return True
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        return (
            len(line.split()) <= FACTS_HEADING_WORDS
            and bool(FACT_LABEL.match(below))
            and not mentions(" ".join(self.lines[index + 1 :]), line)
        )

    def is_leading_furniture(self, index):
        """A URL, breadcrumb, byline, kicker or "Details" line above the title: dropped and
        listed (a film diary's byline gives the rating: "Review by someone ★★★★")."""
        line = self.lines[index]
        if not line:
            return True
        glyphs = TRAILING_GLYPHS.search(line)
        byline = line[: glyphs.start()] if glyphs else line
        if LOG_BYLINE.match(byline) and glyphs:
            self.rating(glyphs.group(0).strip(), as_written=line)
        below = self.lines[self.next_line(index)] if self.next_line(index) < len(self.lines) else ""
        if (
            is_furniture(line)
            or TEASER_HEADING.match(line)
            or SLASH_CRUMBS.match(line)
            or URL_LABEL.match(line)
            or LOG_BYLINE.match(byline)
            or self.is_mail_header(index)
            or (
                (is_kicker(line) or is_section_label(line))
                and is_heading_like(below)
                and not is_furniture(below)
            )
        ):
            self.review.dropped.append(line)
            return True
        return False

    def is_mail_header(self, index):
        """Whether line `index` is a header of a mail ("From: …", "Date: …") above the
        mail's "Subject:" line, which is its headline."""
        top = self.lines[index : index + 8]
        return bool(MAIL_HEADER.match(self.lines[index])) and any(
            re.match(r"subject\s*:\s*\S", line, re.IGNORECASE) for line in top
        )

    def subtitle(self, index):
        """A heading straight under the title, before any text, is the standfirst; a
        section's kicker there is dropped."""
        following = [i for i in range(index, min(index + 6, len(self.lines))) if self.lines[i]]
        start = index
        for i in following:
            line = self.lines[i]
            if line.casefold() == self.review.title.casefold():
                continue
            if self.info_strip(line):  # "Title (2014) · Drama · 106 min": the facts
                return i + 1
            if is_kicker(line):  # "Festival 2024 · Dispatch #3" under the headline
                self.review.dropped.append(line)
                self.kicker_year(line)
                start = i + 1
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
        return start
