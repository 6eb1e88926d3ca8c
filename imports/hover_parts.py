"""Parts given only in a cast link's hover text.

Film sites list a cast as links to each actor's page and put the part in the link's
`title`, shown when the pointer rests on it (`<a href="/actor/naomi-watts/"
title="Betty Elms">Naomi Watts</a>`). The text reader never sees attributes, so the part
is written out after the name, "Naomi Watts (Betty Elms)", one entry a line.
"""

import re

from bs4 import BeautifulSoup, NavigableString

#: A link to a person's own page: the path says so ("/actor/naomi-watts/", "/name/nm01").
PERSON_PATH = re.compile(
    r"/(?:actors?|actress(?:es)?|person|people|name|cast|stars?|talent)/", re.IGNORECASE
)
#: Hover text that is the site's, not a part: "View profile", "More about …".
SITE_HOVER = re.compile(r"^(?:view|see|more|go|visit|open|read|click|profile|page)\b", re.I)
LONGEST_PART_WORDS = 8
SEPARATOR = re.compile(r"[\s·•|,;/]*")


def hover_parts_written_out(soup: BeautifulSoup) -> None:
    """Each actor link's hover part written after it, the entry on a line of its own."""
    for link in soup.find_all("a", href=PERSON_PATH, title=True):
        name, part = link.get_text(" ", strip=True), " ".join(link["title"].split())
        if is_part(name, part):
            following = link.next_sibling
            if isinstance(following, NavigableString) and SEPARATOR.fullmatch(following):
                following.extract()  # " · " between entries: the line break parts them now
            link.insert_after(f" ({part})", soup.new_tag("br"))


def is_part(name: str, part: str) -> bool:
    """Whether a link's hover text names a part, not the person or the site's action."""
    if not name or not part or SITE_HOVER.match(part) or "http" in part:
        return False
    if name.casefold() in part.casefold() or len(part.split()) > LONGEST_PART_WORDS:
        return False
    return not part.endswith((".", "!", "?"))
