# ruff: noqa: RUF001  (pages use typographic quotes and stars; the patterns must too)
"""Where else a post names its film when its headline does not: the evidence in its text.

A newsletter's headline is its own name ("Slow Cinema Sunday"), a round-up's is the
column's ("The weekend's new films: what to see"), a newspaper's is a standfirst. The film
is then the value of a "Film:" label, or the short line that heads its credits or stars
("3. THE FILM" over "★★★☆☆" or "Directed by …"), and the text names it. A section's label
above a headline ("MOVIE REVIEW", "Film | Reviews") is the site's, never the film's.
These functions only read lines; `imports.headline.HeadlineMixin` asks them.
"""

import re
import string
from itertools import pairwise

from imports.patterns import COMMON_WORDS
from imports.rating_forms import GLYPH_RUN

#: Words a section's label above a headline is made of: "MOVIE REVIEW", "Critic's pick".
SECTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        "movie movies film films review reviews cinema critic's critics' critic pick picks arts"
        " culture entertainment opinion streaming new releases now showing this week weekend tv"
        " dvd feature features essay video home the on in at",
    )
)
LONGEST_LABEL_WORDS = 4
#: A film's certificate in brackets after its title: "THE FILM (R)", "The Film (12A)".
CERTIFICATE_IN_BRACKETS = re.compile(r"\s*\((G|PG|PG-13|R|NC-17|U|12A|15|18)\)", re.IGNORECASE)
#: "Film: The Film (2016)", "- **Movie:** The Film" as a facts list writes it.
FILM_LABEL = re.compile(
    r"^(?:[>\-*•]\s*)*(?:film|movie|the film|film title|movie title)\s*:\s*"
    r"(?P<title>[^()]{1,80}?)\s*(?:\((?P<year>(?:18[89]|19\d|20\d)\d)\))?\s*$",
    re.IGNORECASE,
)
#: A feature's label with the film and its year, as a newsletter or a podcast's show notes
#: write it: "THIS WEEK'S PICK: THE FILM (2019)", "Main feature: The Film (2019)",
#: "DOUBLE FEATURE: The Film (2019) + Other (1953)". Without the year, no film's.
FEATURE_LABEL = re.compile(
    r"^(?:[>\-*•]\s*)*(?:this\s+week'?s\s+|tonight'?s\s+|today'?s\s+|our\s+)?"
    r"(?:pick|film|movie|feature|main\s+feature|double\s+feature|feature\s+presentation)\s*:\s*"
    r"(?P<title>[^()]{1,80}?)\s*\((?P<year>(?:18[89]|19\d|20\d)\d)\)(?:\s*\+\s*\S.*)?\s*$",
    re.IGNORECASE,
)
#: The line under a film's entry heading: its stars or grade, or the start of its credits.
CREDITS_START = re.compile(
    rf"^(?:{GLYPH_RUN.pattern}|(?:dir\.|dir\s*:|directed by|director:|written and directed by"
    r"|rated (?:g|pg|pg-13|r|nc-17|u|12a?|15|18)\b|(?:my |our )?(?:grade|rating|score)\s*:))",
    re.IGNORECASE,
)
#: A year between separators in a credits strip: "Dir. Someone · USA · 2012 · 86 min".
STRIP_YEAR = re.compile(r"(?:^|[·|•,]\s)((?:18[89]|19\d|20\d)\d)(?:\s[·|•,]|$)")
#: A newsletter's issue or a podcast's episode with its own headline: "Issue #41: …".
ISSUE_HEADLINE = re.compile(
    r"^(?:issue|episode|ep\.|edition|letter|dispatch)\s*(?:no\.\s*|#)?\d{1,4}\s*[:–—|-]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: A publication's name with its issue's number and nothing after: "Film Notes -- Issue
#: 41", "THE REEL, No. 7", "Cinema Letter #12", "Vol. 3, issue 9".
ISSUE_NAME = re.compile(
    r"^\S.{0,60}?[\s,:–—|-](?:issue|no\.|number|vol\.|volume|edition|episode)\s*#?\s*\d{1,4}\s*$"
    r"|^\S.{0,60}?\s#\d{1,4}\s*$",
    re.IGNORECASE,
)
#: What says a line names a publication: its tagline ("A newsletter about films. Issue
#: #112.") or the text's own words around its name ("you subscribed to The Letter").
PUBLICATION_WORDS = (
    r"(?:newsletter|podcast|fanzine|zine|mailing list|digest|subscribe[sd]?|subscribers?"
    r"|unsubscribe)"
)
PUBLICATION_TAGLINE = re.compile(
    rf"\b{PUBLICATION_WORDS}\b|\b(?:issue|episode|edition|no\.)\s*#?\s*\d{{1,4}}\b", re.IGNORECASE
)
#: A mail's header above its subject: "From: Someone <a@b.org>", "Date: Thu, 6 Nov 2014".
MAIL_HEADER = re.compile(
    r"^(?:from|to|cc|bcc|date|sent|reply-to|newsgroups|organi[sz]ation)\s*:\s*\S", re.IGNORECASE
)
#: A title in another language after the title: "Flow (Straume)", "365 Days (365 dni)".
OTHER_TITLE = re.compile(r"\s*\((?![^()]*\d{4})[^()]{2,60}\)\s*$")
#: A phrase in quotes and whether a capitalised name follows it (a nickname's).
QUOTED_PHRASE = re.compile(r"[“\"]([^“”\"]{1,60})[”\"](\s+[A-Z])?")
QUOTED_MENTIONS = 2
ENTRY_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
LONGEST_ENTRY_WORDS = 8
#: A run of words in capitals inside a headline in mixed case: "THE FILM Is a Fever Dream".
CAPITALS_RUN = re.compile(r"(?<!\w)[A-Z0-9][A-Z0-9'’&:-]*(?:\s+[A-Z0-9][A-Z0-9'’&:-]*)*(?!\w)")


def is_section_label(line):
    """Whether `line` is a section's label, one to four of the site's words ("MOVIE
    REVIEW", "Film Reviews") with no film's name, year or label in it."""
    words = line.replace("|", " ").replace("·", " ").split()
    return (
        0 < len(words) <= LONGEST_LABEL_WORDS
        and (line.isupper() or all(word[0].isupper() for word in words))
        and all(word.casefold() in SECTION_WORDS for word in words)
        and any(word.casefold() in {"movie", "film", "review", "reviews", "pick"} for word in words)
    )


def label_film(lines):
    """(title, year or None) from the first "Film: …" label in `lines`, else None."""
    for line in lines:
        match = FILM_LABEL.match(line) or FEATURE_LABEL.match(line)
        if match and is_name_like(match.group("title")):
            year = match.group("year")
            return as_written(match.group("title").strip(" *")), int(year) if year else None
    return None


#: A heading of the credits themselves, never a film's name over them.
CREDITS_HEADING = re.compile(
    r"^(?:the\s+)?(?:staff|crew|key\s+crew|credits|cast(?:\s*(?:&|and)\s*crew)?|production"
    r"|details|film\s+details|the\s+facts|facts|info|film\s+info)\s*:?$",
    re.IGNORECASE,
)


def entry_film(lines, is_site=lambda line: False):
    """(title, year or None) from the first short line straight above a film's stars or
    credits ("3. THE FILM" over "★★★☆☆", "The Film" over "Rated R. Directed by …"), not
    the site's (`is_site`: a byline, a date), else None. The year is the credits' own
    ("Dir. Someone · France · 2012 · 86 min")."""
    shown = [line for line in lines if line]
    for at, (line, below) in enumerate(pairwise(shown)):
        title = ENTRY_NUMBER.sub("", line).strip()
        if CREDITS_HEADING.match(title):
            continue  # "Staff", "Cast & crew" over the credits: the block's, no film's name
        if CREDITS_START.match(below) and is_name_like(title) and not is_site(line):
            credits = " ".join(shown[at + 1 : at + 3])
            year = STRIP_YEAR.search(credits)
            return as_written(title), int(year.group(1)) if year else None
    return None


def quoted_film(body):
    """(title, None) for the short capitalised phrase `body` sets in quotes and names
    again most often ("the glass in “Carol” …  Carol is …"), not a nickname between a
    person's names; else None."""
    found = [
        match.group(1)
        for match in QUOTED_PHRASE.finditer(body)
        if is_name_like(match.group(1))
        and not match.group(2)
        and match.group(1).strip().casefold() not in COMMON_WORDS  # "the “I” of the title"
    ]
    counts = {
        phrase: len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", body)) for phrase in found
    }
    best = max(counts, key=counts.get, default="")
    return (best, None) if counts.get(best, 0) >= QUOTED_MENTIONS else None


def as_written(title):
    """`title` in title case when written all in capitals ("THE FILM": "The Film"),
    without the certificate a listing puts after it ("THE FILM (PG-13)") nor its title in
    another language, written in its own case ("THE FILM (Forushande)")."""
    title = CERTIFICATE_IN_BRACKETS.sub("", title).strip() or title
    other = OTHER_TITLE.search(title)
    if other and title[: other.start()].isupper() and not other.group(0).isupper():
        title = title[: other.start()]  # "THE FILM (Original Title)": its own case
    return string.capwords(title) if title.isupper() and len(title) > 3 else title


def is_name_like(text):
    """Whether `text` could be a film's name: a few words, starting with a capital or a
    digit, not a sentence nor a label."""
    words = text.split()
    return (
        0 < len(words) <= LONGEST_ENTRY_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not re.search(r"[.,!?:;]$|:\s", text)
    )


def issue_headline(line):
    """The headline of a numbered issue or episode ("Issue #41: On Waiting" gives "On
    Waiting"), or "" when `line` is none."""
    match = ISSUE_HEADLINE.match(line)
    return match.group("rest").strip() if match else ""


def is_issue_name(line):
    """Whether `line` names a publication's issue and nothing else ("World Film Letter --
    Issue 41"): a masthead, never a film's name."""
    return bool(ISSUE_NAME.match(line.strip()))


def is_tagline(line):
    """Whether `line` describes a publication rather than names a film: "A newsletter
    about the films that keep me up. Issue #112.", "The podcast of slow cinema"."""
    return bool(PUBLICATION_TAGLINE.search(line)) and not FILM_LABEL.match(line)


def is_publication_name(name, text):
    """Whether `text` names `name` as its publication's: "you subscribed to Name", "Name
    is a reader-supported publication", "Published in Name", "Name newsletter" (a
    masthead, never the film)."""
    name = re.escape(name.strip())
    near = (
        rf"\b(?:(?:subscribed|subscribe|subscribing|signed up|welcome(?:\s+back)?)\s+to"
        rf"|published\s+in)\W{{0,3}}\s*(?:the\s+)?{name}(?!\w)"
        rf"|(?<!\w){name}\W{{0,3}}\s+(?:is\s+(?:an?|my|our)\s+(?:[\w-]+\s+){{0,3}})?"
        r"(?:newsletter|podcast|fanzine|zine|publication|blog|magazine|column)\b"
    )
    return bool(name) and bool(re.search(near, text, re.IGNORECASE))


def capitals_runs(headline):
    """The runs of words in capitals in a headline that is not all in capitals: a title
    set apart as italics would set it ("THE FILM Is a Fever Dream", "Why FILM Works")."""
    if headline.isupper():
        return []
    return [
        as_written(run.strip(" :-"))
        for run in CAPITALS_RUN.findall(headline)
        if len(run.replace(" ", "")) > 2 and any(c.isalpha() for c in run)
    ]
