"""A crew credit as a strip's segment, the role's title then the name with no colon:
"Production Designer Ines Vaz · Editor Tomas Lind", "Director of Photography Hana Berg".
The roles the catalogue keeps are read; the others (a production or costume designer) are
known for what they are, so their names never become a studio nor anyone else's credit.
"""

import re

from imports.companies import is_company
from imports.names import is_name
from imports.values import split_values

#: Crew titles as credits write them before a name, each with the fact it is (None: a role
#: the catalogue has no field for). The longest first: "Director of Photography" first.
CREW_TITLES = {
    "director of photography": "cinematographers", "cinematographer": "cinematographers",
    "cinematography": "cinematographers", "film editor": "editors", "editor": "editors",
    "editing": "editors", "composer": "composers", "original music": "composers",
    "original score": "composers", "screenwriter": "writers", "writer": "writers",
    "executive producer": "producers", "producer": "producers",
    "production designer": None, "production design": None, "costume designer": None,
    "costume design": None, "art director": None, "art direction": None,
    "character designer": None, "sound designer": None, "sound design": None,
    "set decorator": None, "casting director": None, "casting": None, "make-up": None,
    "makeup": None, "visual effects supervisor": None, "vfx supervisor": None,
    "line producer": None, "storyboard": None, "choreographer": None,
}  # fmt: skip
CREW_TITLE = re.compile(
    r"^(?P<title>"
    + "|".join(re.escape(title) for title in sorted(CREW_TITLES, key=len, reverse=True))
    + r")s?\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: A title's first word, which no name of a crew credit opens with ("Tomas Lind, Composer
#: Hana Berg" is two credits run together, not two names).
TITLE_WORDS = frozenset(title.split()[0] for title in CREW_TITLES)


def crew_credit(segment):
    """ "Editor Tomas Lind": (the role's fact, the names), ("crew", the names) for a role
    the catalogue has no field for; None when `segment` is no such credit ("Editor's
    Choice", "Production Notes", "Music Box Films")."""
    if not (match := CREW_TITLE.match(segment)):
        return None
    value = segment[match.end() :]
    names = split_values(value)
    if not names or not all(
        is_name(name, strict=True)
        and not is_company(name)
        and name.split()[0].casefold() not in TITLE_WORDS
        for name in names
    ):
        return None
    return CREW_TITLES[match.group("title").casefold()] or "crew", value
