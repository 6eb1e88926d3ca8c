# ruff: noqa: RUF001, RUF003  (mastheads use typographic dashes and dots; so must this)
"""Shapes of a reading of a film's title that are the site's furniture, never a film's.

Whatever speaks for it, a title read as only a score ("4.5", "8/10"), a date, a series' label
with its number ("Classic Movie Review 4127", "Review #231") or an issue's masthead
("Issue 112 · Spring", "Film Digest -- No. 118 -- March") names no film: a film made under
it is junk, and the review is better left for an editor ("title to confirm").
A title that is only a whole number ("1917", "300", "9") or only a site's category or a
genre ("Anime", "Blu-ray", "Documentary", "Spotlight") names a film only when the text
sets it apart as one: in italics or quotes, or with its year. These functions only read
strings; `imports.title_strength` and the readers of page data ask them.
"""

import re

from imports.furniture import DATE, MONTH
from imports.names import GENRES
from imports.patterns import COMMON_WORDS

#: The categories review sites file posts under, besides genres: "Anime Review", "Blu-ray
#: Reviews", "Docs in Review", "Classic Movies", "New Releases", "4K UHD".
CATEGORY_WORDS = (GENRES - {"spy", "heist", "gothic"}) | frozenset(
    re.findall(
        r"\S+",
        """anime animes cartoon cartoons docs doc documentaries classic classics cult indie
        foreign arthouse world bollywood tollywood nollywood k-drama kdrama j-horror k-horror
        blu-ray blu-rays bluray dvd dvds 4k uhd vhs streaming netflix tv television series
        shorts short-film short-films festival festivals retro vintage retrospective
        movie movies film films cinema review reviews reviewed special new releases release
        now showing this week weekend feature features spotlight pick picks essential
        essentials criterion collection box set boxset home video genre genres in of and &""",
    )
)
#: Words a series' or an issue's label is made of, beside its number: "Issue", "No.".
SERIES_WORDS = frozenset(
    re.findall(
        r"\S+",
        """issue issues no no. number vol vol. volume edition episode ep part entry day
        week letter dispatch digest newsletter bulletin zine fanzine podcast column""",
    )
)
#: A category a review's label names before "review": "Blu-ray Review", "4K UHD Review",
#: "Anime Movie Review", "Classic Film Review", "Documentary Review".
CATEGORY = (
    r"(?:blu-?ray|4k(?:\s+uhd)?|uhd|dvd|vhs|anime|documentary|doc|docs|classic|cult|retro|indie"
    r"|streaming|netflix|criterion|short|tv|horror|silent|foreign|arthouse)"
)
#: That label after the film's name, or before it with a colon: "The Film Blu-ray Review",
#: "Anime Review: The Film".
CATEGORY_REVIEW = re.compile(
    rf"(?:\s+{CATEGORY})+(?:\s+(?:movie|film))?\s+reviews?$"
    rf"|^{CATEGORY}(?:\s+{CATEGORY})*(?:\s+(?:movie|film))?\s+reviews?\s*:\s*(?=\S)",
    re.IGNORECASE,
)
SEASONS = r"(?:spring|summer|autumn|fall|winter)"
#: An issue's or an episode's number standing as one part of a line between separators:
#: "Issue 112", "No. 118", "#41", "Vol. 3, No. 2".
ISSUE_PART = re.compile(
    r"^(?:(?:vol(?:ume)?\.?|issue|no\.|number|edition|episode|ep\.)\s*#?\s*\d{1,4}[,\s]*)+$"
    r"|^#\d{1,4}$",
    re.IGNORECASE,
)
#: What separates the parts of a masthead's line: "·", "|", "--", " – ", " - ", ",".
PARTS = re.compile(r"\s*(?:[·•|]|--+|\s[–—-]\s|,)\s*")
#: A date or a season as a part of a masthead's line: "Spring 2025", "March 2000", "2019".
WHEN_PART = re.compile(
    rf"^(?:{SEASONS}|{MONTH})?\s*(?:(?:18|19|20)\d\d)?$|^(?:{SEASONS}|{MONTH})\b.*$",
    re.IGNORECASE,
)
#: A score as a title would be read: "4.5", "8/10", "4 / 5", "7,5", "B+"-free digits only.
SCORE_ONLY = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?(?:\s*(?:/|out of)\s*\d{1,3})?\s*$")
WHOLE_NUMBER = re.compile(r"^\d{1,4}$")
#: A post's date as a title would be read: "March 3, 2024", "3 March 2024", "March 2000".
DATE_ONLY = re.compile(rf"^(?:{DATE}|{MONTH}\s+(?:18|19|20)\d\d)$", re.IGNORECASE)
TOKEN = re.compile(r"[\w'’.&#-]+")


def furniture_shape(title: str) -> str:
    """Why `title` cannot be a film's name, as a clause ("it is only a score"), or "" when
    its shape says nothing against it (see the module's docstring)."""
    title = " ".join(title.split()).strip(' *_"“”‘’')
    if not title:
        return ""
    if not any(c.isalpha() for c in title) and not WHOLE_NUMBER.match(title):
        return "it is only a number or a score, as a ratings table's cell is"
    if SCORE_ONLY.match(title) and not WHOLE_NUMBER.match(title):
        return "it is only a number or a score, as a ratings table's cell is"
    if DATE_ONLY.match(title):
        return "it is a date, as a post's date line is"
    if is_issue_line(title):
        return "it is a publication's issue or a series' number, a masthead's line"
    tokens = [token.strip(".").casefold() or token for token in TOKEN.findall(title)]
    numbers = [token for token in tokens if re.fullmatch(r"#?\d{1,5}", token)]
    words = [t for t in tokens if t not in numbers and any(c.isalnum() for c in t)]
    if numbers and words and all(word in CATEGORY_WORDS or word in SERIES_WORDS for word in words):
        return "it is a series' label with its number, as a site numbers its posts"
    return ""


def is_category(title: str) -> bool:
    """Whether `title` is only a site's category or a genre ("Anime", "Blu-ray Reviews",
    "Docs in Review", "Horror"): a film's name only when the text sets it apart as one
    ("Spotlight", "Western" and "Romance" are films too)."""
    tokens = [token.strip(".").casefold() for token in TOKEN.findall(title)]
    words = [token for token in tokens if any(c.isalnum() for c in token)]
    return bool(words) and all(word in CATEGORY_WORDS for word in words)


def without_category(title: str) -> str:
    """`title` without a category's review label around it ("The Film Blu-ray Review",
    "Anime Review: The Film" give "The Film"), or as it is."""
    rest = CATEGORY_REVIEW.sub("", title).strip()
    words = [word for word in rest.casefold().split() if word not in COMMON_WORDS]
    return rest if words else title  # "The Silent Film Review": no name would be left


def is_issue_line(line: str) -> bool:
    """Whether `line` is an issue's masthead: one of its parts an issue's number ("Issue
    112", "No. 118"), the others a date, a season or the publication's name ("Issue 112 ·
    Spring 2025", "Film Digest -- No. 118 -- March 2000", "Vol. 3, No. 2 | Winter")."""
    parts = [part for part in PARTS.split(line.strip()) if part]
    if len(parts) < 2 or not any(ISSUE_PART.match(part) for part in parts):
        return False
    return any(WHEN_PART.match(part) for part in parts if not ISSUE_PART.match(part))


def is_number_only(title: str) -> bool:
    """Whether `title` is only a whole number ("1917", "300"), which names a film only
    when the text sets it apart as one."""
    return bool(WHOLE_NUMBER.match(title.strip()))
