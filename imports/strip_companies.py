"""A company's credit as a strip's segment: "A Greywater Films production for Channel 4",
"Pixar Animation Studios for Walt Disney Pictures". Both names must be plainly companies:
"An Ana Lind film" is the director's, "Ana Lind for Netflix" a byline.
"""

import re

from imports.companies import is_company, is_known_studio
from imports.facts import CERTIFICATE

#: A company's credit as a strip's segment: "A Greywater Films film for Channel 4".
COMPANY_FILM = re.compile(
    r"^(?i:an?)\s+(?P<maker>[A-Z0-9][\w&'.-]*(?:\s+[A-Z0-9][\w&'.-]*){0,4})\s+"
    r"(?i:film|production|co-production|picture)(?:\s+for\s+(?P<for>[A-Z0-9][\w&'.-]*"
    r"(?:\s+[A-Z0-9][\w&'.-]*){0,3}))?$"
)
#: A studio's credit for the one it made the film for: "Pixar Animation Studios for Walt
#: Disney Pictures", "Working Title Films for Universal Pictures" (both plainly companies).
COMPANY_FOR = re.compile(
    r"^(?P<maker>[A-Z0-9][\w&'.-]*(?:\s+[A-Z0-9][\w&'.-]*){0,4})\s+for\s+"
    r"(?P<for>[A-Z0-9][\w&'.-]*(?:\s+[A-Z0-9][\w&'.-]*){0,3})$"
)


def company_film(segment):
    """ "A Greywater Films production for Channel 4": the company, and the one it was made
    for; None when the maker is no company ("An Ana Lind film" is the director's)."""
    if made_for := company_for_company(segment):
        return made_for
    match = COMPANY_FILM.match(segment)
    if not match or not (is_company(match["maker"]) or is_known_studio(match["maker"])):
        return None
    made_for = match.group("for") or ""
    if made_for and not all(word[:1].isupper() or word[:1].isdigit() for word in made_for.split()):
        return None
    return ", ".join(filter(None, (match["maker"], made_for)))


def company_for_company(segment):
    """ "Pixar Animation Studios for Walt Disney Pictures": both companies; None when
    either is not plainly one ("Ana Lind for Netflix")."""
    if not (match := COMPANY_FOR.match(segment)):
        return None
    if not all(is_company(name) or is_known_studio(name) for name in match.group("maker", "for")):
        return None
    return f"{match['maker']}, {match['for']}"


#: A disc review's line under its headline: "Studio // Certificate // Street date"
#: ("Criterion // Unrated // June 14, 2011"). The date is the disc's, never the film's.
DISC_STUDIO_LINE = re.compile(
    r"^(?P<studio>[^/]{2,40}?)\s+//\s+(?P<rating>[^/]{1,20}?)\s+//\s+(?P<date>[^/]{4,30}?)$"
)
UNRATED = re.compile(r"^(?:unrated|not\s+rated|nr)$", re.IGNORECASE)
DATE_YEAR = re.compile(r"\b(?:19|20)\d\d$")


def disc_studio_line(text):
    """(studio, certificate or "") of a disc review's "Studio // Certificate // Date"
    line; None when `text` is no such line."""
    if not (match := DISC_STUDIO_LINE.match(text.strip())):
        return None
    studio, rating = match.group("studio").strip(), match.group("rating").strip()
    if not (is_known_studio(studio) or is_company(studio)) or not DATE_YEAR.search(match["date"]):
        return None
    if UNRATED.match(rating):
        return studio, ""
    if (certificate := CERTIFICATE.fullmatch(rating)) and not rating.isdigit():
        return studio, certificate.group(0).upper()
    return None


#: An animation studio's name as anime sites open a strip with it ("Studio Ono · Japan ·
#: 1988 · 124 min"): "Studio" and one to three capitalised words, never a person's name.
STUDIO_NAMED = re.compile(r"^Studio\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}$")


def is_named_studio(segment):
    """Whether a strip's segment is a studio named "Studio X" ("Studio Ono")."""
    return bool(STUDIO_NAMED.match(segment))
