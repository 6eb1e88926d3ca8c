"""Forum posts written in BBCode, read as the plain text their readers see.

Forum software shows `[b]Director:[/b] Bong Joon-ho` as a bold label and a `[list]` of
`[*]` entries as bullets; the tags themselves carry no facts, so the text reader gets the
same lines a visitor reads: markup dropped, list entries as bullets, quotations as quoted
lines, and images (a bare address) left out.
"""

import re

#: A tag that only styles what it wraps: dropped, its text kept.
STYLE_TAG = re.compile(
    r"\[/?(?:b|i|u|s|em|strong|size|color|colour|font|center|centre|left|right|spoiler|url"
    r"|code|indent|highlight|h\d)(?:=[^\]\n]*)?\]",
    re.IGNORECASE,
)
IMAGE = re.compile(r"\[img(?:=[^\]\n]*)?\].*?\[/img\]", re.IGNORECASE | re.DOTALL)
LIST_ENTRY = re.compile(r"\[\*\]\s*")
#: A list's own tags, on their own line or not: the entries alone stand for the list.
LIST_TAG = re.compile(r"[ \t]*\[/?list(?:=[^\]\n]*)?\][ \t]*\n?", re.IGNORECASE)
QUOTE = re.compile(r"\[quote(?:=[^\]\n]*)?\](?P<text>.*?)\[/quote\]", re.IGNORECASE | re.DOTALL)
#: Enough of BBCode's own pairs to tell a forum post from text that mentions a bracket.
PAIRED = re.compile(r"\[(b|i|u|list|quote|url|size|color)(?:=[^\]\n]*)?\].*?\[/\1\]", re.I | re.S)


def is_bbcode(text: str) -> bool:
    """Whether `text` is marked up in BBCode (two paired tags at least, so that one
    bracketed aside in plain prose is left alone)."""
    return len(PAIRED.findall(text)) >= 2


def quoted(match: re.Match) -> str:
    lines = match.group("text").strip().splitlines()
    return "\n".join(f"> {line}" if line.strip() else ">" for line in lines)


def plain_text(text: str) -> str:
    """`text` with its BBCode read: the lines a forum shows, without the tags."""
    if not is_bbcode(text):
        return text
    text = IMAGE.sub("", text)
    text = QUOTE.sub(quoted, text)
    text = LIST_TAG.sub("", text)
    text = LIST_ENTRY.sub("- ", text)
    return STYLE_TAG.sub("", text)
