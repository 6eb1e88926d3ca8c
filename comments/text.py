"""A visitor's words as HTML: always escaped, never interpreted; addresses become links.

Made once, when a comment is saved (Comment.text_html), not on every page view.
"""

from django.utils.html import linebreaks, urlize

#: Links in visitors' words: no ranking credit, marked as user content, no window.opener.
REL = "nofollow ugc noopener"
#: Long addresses are shortened in the link text so a phone screen never scrolls sideways.
LINK_TEXT_LIMIT = 60


def as_html(text: str) -> str:
    """The text escaped first, then web addresses made links and line breaks kept."""
    linked = urlize(text, trim_url_limit=LINK_TEXT_LIMIT, nofollow=True, autoescape=True)
    # Only urlize's own attribute can match: the visitor's quotes were escaped to &quot;.
    linked = linked.replace(' rel="nofollow"', f' rel="{REL}"')
    return linebreaks(linked, autoescape=False)  # urlize escaped it all
