"""Forum posts written in BBCode, read as the plain text their readers see.

Boards export posts with their markup: "[b]Director:[/b] [url=/p/9]Bong Joon-ho[/url]" shows
as a bold label and a link, a `[list]` of `[*]` entries as bullets. The tags carry no facts,
so the text reader gets the lines a visitor reads: styling dropped, links as their text,
list entries as bullet lines (several on one line split), quotations as quoted lines (whose
words they are is for the reader to weigh) and images, a bare address, left out.
"""

import re

#: A tag and its closing tag on one line, or a list or quotation around several lines: a
#: text with one is BBCode ("[sic]", or a "[b]" alone, may be prose).
TAG_PAIR = re.compile(
    r"\[(b|i|u|s|url|size|color|colour|font|center)\b[^\]\n]{0,200}\][^\n]*?\[/\1\]"
    r"|\[(list|quote)\b[^\]\n]{0,200}\].*?\[/\2\]",
    re.IGNORECASE | re.DOTALL,
)
#: A tag that only styles what it wraps: dropped, its text kept.
STYLE_TAG = re.compile(
    r"\[/?(?:b|i|u|s|em|strong|size|color|colour|font|center|centre|left|right|spoiler|url"
    r"|code|indent|highlight|h\d)(?:=[^\]\n]*)?\]",
    re.IGNORECASE,
)
IMAGE = re.compile(r"\[img(?:=[^\]\n]*)?\].*?\[/img\]", re.IGNORECASE | re.DOTALL)
LINK = re.compile(r"\[url(?:=[^\]\n]*)?\]([^\[\n]*)\[/url\]", re.IGNORECASE)
QUOTE = re.compile(r"\[quote(?:=[^\]\n]*)?\](?P<text>.*?)\[/quote\]", re.IGNORECASE | re.DOTALL)
LIST_TAG = re.compile(r"[ \t]*\[/?list(?:=[^\]\n]*)?\][ \t]*", re.IGNORECASE)
ITEM = re.compile(r"[ \t]*\[\*\][ \t]*")
ITEM_START = re.compile(r"(?=\[\*\])")  # several entries on one line: a line each


def is_bbcode(text: str) -> bool:
    return bool(TAG_PAIR.search(text))


def quoted(match: re.Match) -> str:
    lines = match.group("text").strip().splitlines()
    return "\n".join(f"> {line}" if line.strip() else ">" for line in lines)


def bbcode_plain(text: str) -> str:
    """`text` with its BBCode read: the lines a forum shows, without the tags; `text`
    itself when it is no BBCode."""
    if not is_bbcode(text):
        return text
    text = QUOTE.sub(quoted, LINK.sub(r"\1", IMAGE.sub("", text)))
    lines = []
    for line in STYLE_TAG.sub("", text).split("\n"):
        if LIST_TAG.fullmatch(line):
            continue  # "[list]" alone on its line: the entries follow
        line = LIST_TAG.sub("\n", line).strip("\n") if LIST_TAG.search(line) else line
        parts = ITEM_START.split(line)
        lines.extend(ITEM.sub("- ", part, count=1) for part in parts if part or len(parts) == 1)
    return "\n".join(lines)
