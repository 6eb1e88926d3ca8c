# ruff: noqa: SIM905, RUF001  (word lists read as prose; typographic dashes and quotes)
"""What a score's label is: a criterion of the film ("Story", "Sound design") or not (a
critic's name in a panel's ratings, "Ana Lind ★★★★"), and rows of glyphs without a colon
("Story ★★★★☆") that count as scores only beside another such row.
"""

import re

from imports.names import is_name
from imports.patterns import BULLET, CRITERION
from imports.rating_forms import GLYPH_RUN

#: Words criteria are made of, so "Sound Design" is known for one though it is capitalised
#: like a name.
CRITERION_WORDS = frozenset(
    (
        "story plot script screenplay writing dialogue characters character acting performance"
        " performances cast direction directing visuals visual look cinematography photography"
        " camerawork sound music score soundtrack effects fx vfx cgi design production editing"
        " pacing costumes costume makeup action humour humor comedy laughs scares horror tension"
        " suspense romance ending atmosphere mood style art animation world worldbuilding"
        " originality emotion emotional heart fun entertainment enjoyment rewatch rewatchability"
        " value replay stunts choreography lighting setting sets themes theme message craft"
        " technical lead leads ensemble chemistry villain hero spectacle thrills gore"
        " overall total final"  # (the rating, read as such: see `overall_score`)
    ).split()
)
#: Scores other people gave, quoted beside the review's: readers', audiences', users',
#: aggregators' ("Audience score: 85%", "IMDb rating: 7.9/10", "Metascore: 78/100"), a
#: site's average or consensus ("Average score: 71", "Consensus: 90").
OTHERS_SCORE = re.compile(
    r"\b(?:(?:readers?|audiences?|users?|viewers?|fans?|community|public|critics)(?:['’]s?)?"
    r"\s+(?:score|rating|verdict|average|consensus|grade|stars)"
    r"|(?:average|aggregate|combined)\s+(?:score|rating|grade)|consensus"
    r"|imdb|metacritic|metascore|rotten\s+tomatoes|tomatometer|popcornmeter|letterboxd)\b",
    re.IGNORECASE,
)
#: "Story ★★★★☆": a criterion and its glyphs with only a space between them.
SPACED_GLYPH_SCORE = re.compile(rf"(?P<name>{CRITERION})\s+(?P<glyphs>{GLYPH_RUN.pattern})")
SEPARATED_GLYPH_SCORE = re.compile(
    rf"(?P<name>{CRITERION})\s*(?::|\s[–—-]\s|\|)\s*(?P<glyphs>{GLYPH_RUN.pattern})"
)


#: A disc review scores the film itself beside its disc ("Movie: 4.5/5" over "Video: 4/5",
#: "Audio: 5/5", "Extras: 2/5"): that score is the film's rating when no overall one is given.
DISC_FILM = frozenset(("movie", "the movie", "film", "the film", "feature", "main feature"))
DISC_PARTS = frozenset(
    (
        "video",
        "audio",
        "picture",
        "sound",
        "extras",
        "supplements",
        "bonus features",
        "special features",
    )
)


def disc_film_score(scores):
    """(name, value) of a disc review's score of the film, or None: only beside two or
    more scores of the disc itself."""
    if len(DISC_PARTS & {name.casefold() for name, _ in scores}) < 2:
        return None
    return next(((name, value) for name, value in scores if name.casefold() in DISC_FILM), None)


def is_criterion(label):
    """Whether a score's label reads as a criterion, not as a person's name."""
    words = re.findall(r"[\w'’-]+", label.casefold())
    if any(word.strip("'’") in CRITERION_WORDS for word in words):
        return True
    return not is_name(label)


def is_others_score(label):
    """Whether a score's label says it is other people's: "Readers' rating", "IMDb"."""
    return bool(OTHERS_SCORE.search(label))


def glyph_row(line):
    """The (name, glyphs) of a row of glyphs with or without a colon, or None."""
    bullet = BULLET.match(line)
    text = (bullet.group("text") if bullet else line).strip()
    match = SEPARATED_GLYPH_SCORE.fullmatch(text) or SPACED_GLYPH_SCORE.fullmatch(text)
    return (match.group("name").strip(), match.group("glyphs")) if match else None
