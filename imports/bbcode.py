"""A forum post's BBCode as the plain text it shows: "[b]Director:[/b] X" is "Director: X".

Boards export posts with their markup: emphasis ([b], [i], [u], [size=150], [color=red]),
links ([url=…]text[/url]) and lists ([list] with an [*] an item). The reader knows facts
lines and bullets, not the tags around them, so the tags go and each [*] item becomes a
bullet line. Quotes and spoilers stay as written: whose words they are is for the reader.
"""

import re

#: A tag and its closing tag: a text with one is BBCode (a bracket alone may be prose).
TAG_PAIR = re.compile(
    r"\[(b|i|u|s|url|list|size|color|font|center)\b[^\]\n]{0,200}\][^\n]*?\[/\1\]",
    re.IGNORECASE | re.DOTALL,
)
FORMATTING = re.compile(
    r"\[/?(?:b|i|u|s|center|size|color|font)(?:=[^\]\n]{1,30})?\]", re.IGNORECASE
)
IMAGE = re.compile(r"\[img(?:=[^\]\n]*)?\][^\[\n]*\[/img\]", re.IGNORECASE)
LINK = re.compile(r"\[url(?:=[^\]\n]*)?\]([^\[\n]*)\[/url\]", re.IGNORECASE)
LIST_TAG = re.compile(r"[ \t]*\[/?list(?:=[^\]\n]*)?\][ \t]*", re.IGNORECASE)
ITEM = re.compile(r"[ \t]*\[\*\][ \t]*")
ITEM_START = re.compile(r"(?=\[\*\])")  # several items on one line: a line each


def is_bbcode(text) -> bool:
    return bool(TAG_PAIR.search(text))


def bbcode_plain(text) -> str:
    """`text` without its BBCode formatting, links as their text, list items as bullets;
    `text` itself when it is no BBCode."""
    if not is_bbcode(text):
        return text
    text = LINK.sub(r"\1", IMAGE.sub("", text))
    lines = []
    for line in FORMATTING.sub("", text).split("\n"):
        if LIST_TAG.fullmatch(line):
            continue  # "[list]" alone on its line: the items follow
        line = LIST_TAG.sub("\n", line)
        parts = ITEM_START.split(line)
        lines.extend(ITEM.sub("- ", part, count=1) for part in parts if part or len(parts) == 1)
    return "\n".join(lines)
