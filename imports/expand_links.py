# ruff: noqa: RUF001  (pages write typographic arrows and ellipses)
"""A list's expand link is nobody: "Show All…" after the last actor of a cast.

Film pages list the first actors and end the list with a link that shows the rest:
"Show All…", "See more", "View full cast", "Full cast & crew", "Load more", "+ 12 more".
Read as text, the link is one more line or entry of the list; its words, once the
ellipsis after them is taken off as a list's "…", look like a capitalised name.
"""

import re

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
