# ruff: noqa: RUF001  (pages write typographic arrows and ellipses)
"""A list's expand link is the page's, not the list's: "Show All…" after a cast's last actor.

Film pages list the first actors and end the list with a link or button that shows the
rest: "Show All…", "See more", "View full cast", "Full cast & crew", "Load more", "+ 12
more". Read as text, the link is one more line or entry of the list; its words, once the
ellipsis after them is taken off as a list's "…", look like a capitalised name. A saved
page's expand links are dropped before it is read (`expand_links_dropped`).
"""

import re

from bs4 import BeautifulSoup

EXPAND_LINK = re.compile(
    r"^(?:(?:show|see|view|load|display|expand)(?:\s+(?:all|more|less|the\s+rest|full))?"
    r"(?:\s+(?:cast|crew|credits|actors|cast\s*(?:&|and)\s*crew))?"
    r"|(?:all|full|complete|more)\s+(?:cast|crew|credits|cast\s*(?:&|and)\s*crew)"
    r"|\+?\s*\d+\s+more)\s*(?:\.{0,3}|…)\s*[»›→]?$",
    re.IGNORECASE,
)


def is_expand_link(text: str) -> bool:
    """Whether `text` is a list's expand link ("Show All…", "View full cast")."""
    return bool(EXPAND_LINK.match(" ".join(text.split())))


def expand_links_dropped(soup: BeautifulSoup) -> list[str]:
    """Remove the links and buttons that only expand a list ("Show All…"); listed."""
    dropped = []
    for tag in soup.find_all(["a", "button"]):
        if not tag.decomposed and is_expand_link(text := tag.get_text(" ", strip=True)):
            dropped.append(f"expand link ({text})")
            tag.decompose()
    return dropped
