# ruff: noqa: RUF001, RUF002  (headlines use typographic dashes and quotes; so must this)
"""The site's lines above a post's headline: its name over a menu or breadcrumb, a
newsletter's masthead and its issue's number. Part of `imports.headline.HeadlineMixin`
(the lines passed over are listed as dropped); a headline is the line past them."""

import re
from itertools import takewhile

from imports.furniture import SLASH_CRUMBS, is_furniture, is_navigation
from imports.patterns import FACT_LABEL, YEAR_IN_BRACKETS
from imports.title_candidates import (
    SECTION_WORDS,
    STRIP_YEAR,
    is_issue_name,
    is_publication_name,
    is_tagline,
    issue_headline,
)
from imports.title_evidence import headline_film, mentions
from imports.title_shapes import is_issue_line
from imports.values import is_heading_like

LONGEST_TITLE_WORDS = 20
#: What marks a headline's film as such: "review", or its year in brackets.
FILM_MARKER = re.compile(r"\breview\b|\((?:18[89]|19\d|20\d)\d\)", re.IGNORECASE)
#: The last crumb of a breadcrumb: "Home > Reviews > Arrival" names this page.
LAST_CRUMB = re.compile(r"(?:[>»›/|]\s*)([^>»›/|]+?)\s*$")
#: The last crumb after a breadcrumb's arrow or slash (a menu's "|" ends no breadcrumb).
CRUMB_END = re.compile(r"[>»›/]\s*([^>»›/|]+?)\s*$")
#: A mail's sender, its name before its address: "From: The Letter <post@letter.example>".
SENDER = re.compile(r"^from\s*:\s*[\"']?(.+?)[\"']?\s*<[^<>@\s]+@[^<>\s]+>\s*$", re.IGNORECASE)
#: A newsletter's or a podcast's name over an issue's headline is this short.
NAME_WORDS = 5
#: How many lines from the top a breadcrumb and the title it ends with are looked for in.
CRUMB_LINES = 12
#: The heading of a newsletter's or a magazine's contents: "IN THIS ISSUE", "Contents:".
CONTENTS_HEADING = re.compile(
    r"^(?:in\s+this\s+(?:issue|edition|letter|number|week'?s\s+issue)|inside(?:\s+this\s+issue)?"
    r"|(?:table\s+of\s+)?contents|this\s+issue|what'?s\s+inside)\s*:?$",
    re.IGNORECASE,
)
#: An entry of those contents: "1. From the editor", "- Letters", "• Screenings".
CONTENTS_ENTRY = re.compile(r"^\s*(?:(?P<number>\d{1,2})[.)]|[-*•·])\s+\S")


def begins_text(line):
    """Whether `line` starts the post's text or facts: no headline is below it."""
    return bool(FACT_LABEL.match(line)) or len(line.split()) > LONGEST_TITLE_WORDS


def is_crumbs(line):
    return is_navigation(line) or bool(SLASH_CRUMBS.match(line))


def reads_as_headline(line):
    """Whether `line` reads as a headline: a heading, or one once its forum tag, series
    number or quotes are off ("[Rewatch] The Film", "‘The Film’ review: …") or its title
    ends on its own full stop ("Your Name.")."""
    film = headline_film(line)[0]
    if film.endswith(".") and not any(word[0].islower() for word in film.split()):
        film = film[:-1]
    return is_heading_like(line) or (film.casefold() in line.casefold() and is_heading_like(film))


class SiteLinesMixin:
    """The `Extractor` methods that pass the site's lines above the headline."""

    crumb_title = ""  # the last crumb of the page's breadcrumb, when a line is that title

    def past_site_name(self, index):
        """The headline's line: `index`, or when a menu or breadcrumb follows that line (a
        site's name), the title-like line after the last furniture above the text, else
        the first one under the breadcrumb that is not the site's (a byline); never the
        facts' heading. The lines passed over are listed as dropped."""
        following = [i for i in range(index + 1, len(self.lines)) if self.lines[i]][:10]
        top = list(takewhile(lambda i: not begins_text(self.lines[i]), following))
        crumbs = [i for i in top if is_crumbs(self.lines[i])]
        if not crumbs or self.crumb_names(index, following):
            return index
        last = max(i for i in top if is_furniture(self.lines[i]) or i in crumbs)
        choices = [
            *[i for i in top if i > last][:1],
            *[i for i in top if i > crumbs[-1] and not is_furniture(self.lines[i])],
        ]
        for choice in choices:
            if reads_as_headline(self.lines[choice]) and not self.is_facts_heading(choice):
                self.review.dropped.extend(self.lines[i] for i in [index, *top] if i < choice)
                return choice
        return index

    def past_issue_name(self, index):
        """The headline's line: `index`, or when a numbered issue's headline follows that
        line ("Issue #41: On Waiting" under a newsletter's name), the issue's line, its
        number taken off; or when line `index` is a masthead with its issue's number
        ("Film Letter -- Issue 41"), the line under it. The name is listed as dropped."""
        below = self.past_rules(self.next_line(index))  # the rule under a masthead: "====="
        if below < len(self.lines) and (
            is_issue_name(self.lines[index]) or is_issue_line(self.lines[index])
        ):
            self.review.dropped.append(self.lines[index])
            return below
        if below < len(self.lines) and is_issue_line(self.lines[below]):
            self.review.dropped.extend(self.lines[i] for i in (index, below))  # name, issue
            return self.past_rules(self.next_line(below), index)
        if below >= len(self.lines) or len(self.lines[index].split()) > NAME_WORDS:
            return index
        if headline := issue_headline(self.lines[below]):
            self.review.dropped.append(self.lines[index])
            self.lines[below] = headline
            return below
        if self.is_masthead(index, below):
            self.review.dropped.append(self.lines[index])
            if is_tagline(self.lines[below]):
                self.review.dropped.append(self.lines[below])
                below = self.next_line(below)
            return below if below < len(self.lines) else index
        return index

    def past_contents(self, index):
        """The line after a newsletter's contents at line `index` ("IN THIS ISSUE" over
        "1. From the editor", "2. Festival dispatch"), or `index` when there are none; the
        heading and its entries are listed as dropped (they name the issue's sections). A
        numbered entry that numbers no higher than the one before is a section's heading."""
        if index >= len(self.lines) or not CONTENTS_HEADING.match(self.lines[index].strip()):
            return index
        below, entries, last = self.next_line(index), [], 0
        while below < len(self.lines) and (entry := CONTENTS_ENTRY.match(self.lines[below])):
            if (number := entry.group("number")) and int(number) <= last:
                break  # "2. FESTIVAL DISPATCH" after "4. Screenings": the section itself
            last = int(number) if number else last
            entries.append(below)
            below = self.next_line(below)
        if not entries:
            return index
        self.review.dropped.extend(self.lines[i] for i in [index, *entries])
        return self.past_rules(below, index)  # the rule under the contents: "------"

    def past_rules(self, index, otherwise=None):
        """The first line from `index` with a letter or digit in it (past "=====" rules); when
        there is none, `otherwise` (or the end)."""
        while index < len(self.lines) and not any(c.isalnum() for c in self.lines[index]):
            index = self.next_line(index)
        return index if index < len(self.lines) or otherwise is None else otherwise

    def is_masthead(self, index, below):
        """Whether short line `index` names the publication, not a film: the line straight
        under it is its tagline ("A newsletter about … Issue #112."), or the text says it is
        ("you subscribed to Name"); never a line with a film's year or "review"."""
        line = self.lines[index]
        if FILM_MARKER.search(line) or STRIP_YEAR.search(line):
            return False
        body = " ".join(self.lines[below:])
        return (
            is_publication_name(line, body)
            or self.is_sender(line)
            or (below == index + 1 and is_tagline(self.lines[below]) and mentions(body, line) <= 1)
        )

    def crumbed_line(self, index):
        """The line among the first ones from `index` that the page's breadcrumb ends with
        ("Home › Films › The Film" over "# The Film" or "THE FILM"): the page's own title,
        even under a site's tagline or a translator's note; None when there is none. The
        crumb is kept as `crumb_title`, so no part of that line is read as the film."""
        shown = [i for i, line in enumerate(self.lines) if line][:CRUMB_LINES]
        for at in shown:
            crumb = CRUMB_END.search(self.lines[at]) if is_crumbs(self.lines[at]) else None
            name = crumb.group(1).strip() if crumb else ""
            if not name or all(word.casefold() in SECTION_WORDS for word in name.split()):
                continue
            for i in shown:
                if i != at and i >= index and self.holds_crumb(self.lines[i], name):
                    self.crumb_title = name
                    return i
        return None

    def crumb_headline(self, index):
        """With no headline line, the last crumb of a breadcrumb above line `index` is the
        headline when it names a film with its year ("Forum > Classics > Re: Film of the
        Month: M (1931)", a forum thread's subject); said so. Returns `index`."""
        crumbs = (line for line in reversed(self.lines[:index]) if line and is_crumbs(line))
        crumb = CRUMB_END.search(next(crumbs, ""))
        name = crumb.group(1).strip() if crumb else ""
        if name and YEAR_IN_BRACKETS.search(name) and not self.review.title:
            self.review.title = name
            self.read_headline(name, after=index)
            self.warn(f"The headline “{name}” is the last crumb of the breadcrumb above the text.")
        return index

    def holds_crumb(self, line, name):
        """Whether headline `line` is, or names in its words, crumb `name`: "# The Film",
        "THE FILM", "The Film at 50: a look back" under "Home › Films › The Film"."""
        if name.casefold() in {line.strip(" #").casefold(), headline_film(line)[0].casefold()}:
            return True
        return reads_as_headline(line) and bool(mentions(line, name))

    def is_sender(self, line):
        """Whether `line` is the name a mail's "From:" header above it gives ("From: The
        Letter <…>" over "THE LETTER"): a newsletter's masthead, never its film."""
        return any(
            (sender := SENDER.match(dropped)) and sender.group(1).casefold() == line.casefold()
            for dropped in self.review.dropped
        )

    def crumb_names(self, index, following):
        """Whether a breadcrumb below line `index` ends with that line: the page's title."""
        title = self.lines[index].casefold().strip()
        return any(
            (crumb := LAST_CRUMB.search(self.lines[i])) and crumb.group(1).casefold() == title
            for i in following
            if is_crumbs(self.lines[i])
        )
