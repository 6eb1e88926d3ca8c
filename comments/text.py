"""A visitor's words as HTML: always escaped, never interpreted; addresses become links.

Made once, when a comment is saved (Comment.text_html), not on every page view.
"""

import re
import unicodedata

from django.utils.html import linebreaks, urlize

#: Links in visitors' words: no ranking credit, marked as user content, no window.opener.
REL = "nofollow ugc noopener"
#: Long addresses are shortened in the link text so a phone screen never scrolls sideways.
LINK_TEXT_LIMIT = 60


#: Characters that reorder the text around them: a name could make itself read backwards,
#: or a link look like another.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
SPACES = re.compile(r"\s+")


def single_line(text: str) -> str:
    """A name as one line: control characters (CR, LF, tab, bell ...) gone, spaces single."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    return SPACES.sub(" ", BIDI_CONTROLS.sub("", text)).strip()


def without_controls(text: str) -> str:
    """A comment's text with its line breaks and tabs, and no other control character."""
    kept = "".join(char for char in text if char in "\n\t" or unicodedata.category(char) != "Cc")
    return BIDI_CONTROLS.sub("", kept)


def has_controls(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" for char in text) or bool(
        BIDI_CONTROLS.search(text)
    )


def as_html(text: str) -> str:
    """The text escaped first, then web addresses made links and line breaks kept."""
    linked = urlize(text, trim_url_limit=LINK_TEXT_LIMIT, nofollow=True, autoescape=True)
    # Only urlize's own attribute can match: the visitor's quotes were escaped to &quot;.
    linked = linked.replace(' rel="nofollow"', f' rel="{REL}"')
    return linebreaks(linked, autoescape=False)  # urlize escaped it all
