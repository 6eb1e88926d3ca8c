"""Markdown documents (.md) read as Markdown, then by the same extractor as text.

markdown-it-py parses the document (CommonMark, tables; raw HTML is not let through). The
extractor gets the plain lines it already understands ("- item", "1. item", "> quote",
"| cell | cell |") with no `#` or `**` left, and beside them the inline HTML of each line
(emphasis, links) and the level of each heading, so the body keeps the document's own
formatting. The body is sanitized again by the review's body field.
"""

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

#: A static site's metadata: YAML between "---" fences, TOML (Hugo) between "+++" ones.
FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")
BREAKS = ("softbreak", "hardbreak")


@dataclass
class MarkdownLines:
    """A Markdown document as plain lines, with what the plain lines lost."""

    lines: list[str] = field(default_factory=list)
    markup: dict[str, str] = field(default_factory=dict)  # a line's text: its inline HTML
    headings: dict[str, str] = field(default_factory=dict)  # a heading's text: "h2" or "h3"
    titles: list[str] = field(default_factory=list)  # the text of each "#" (h1) heading
    front_matter: list[str] = field(default_factory=list)

    @property
    def text(self):
        return "\n".join(self.lines)


def markdown_lines(text) -> MarkdownLines:
    """The plain lines of Markdown `text`, with their inline HTML and heading levels."""
    document = MarkdownLines()
    if front := FRONT_MATTER.match(text):  # a static site's metadata: listed as dropped
        document.front_matter = [line for line in front.group(2).splitlines() if line.strip()]
        text = text[front.end() :]
    prefixes, numbers, row = [], [], []
    heading, in_table, top = "", False, False
    for token in PARSER.parse(text):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            numbers.append(int(token.attrGet("start") or 1) if kind[0] == "o" else None)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            numbers.pop()
        elif kind == "list_item_open":
            prefixes.append("- " if numbers[-1] is None else f"{numbers[-1]}. ")
            numbers[-1] = numbers[-1] + 1 if numbers[-1] is not None else None
        elif kind in ("list_item_close", "blockquote_close"):
            prefixes.pop()
        elif kind == "blockquote_open":
            prefixes.append("> ")
        elif kind == "heading_open":
            heading = "h2" if token.tag in ("h1", "h2") else "h3"
            top = token.tag == "h1"
            document.lines.append("")
        elif kind in ("table_open", "table_close"):
            in_table = kind == "table_open"
        elif kind == "tr_close":
            document.lines.append("| " + " | ".join(row) + " |")
            row = []
        elif kind == "inline" and in_table:
            row.append(" ".join(plain(token.children or []).split()))
        elif kind == "inline":
            add_inline(document, token, prefixes, heading=heading)
            if top and heading:  # a "#" heading: the document's own title, as a rule
                document.titles.append(document.lines[-1])
        elif kind in ("fence", "code_block"):
            document.lines.extend(["", *token.content.splitlines(), ""])
        if kind in ("paragraph_close", "heading_close", "table_close", "hr"):
            document.lines.append("")
            heading, top = "", False
    return document


def add_inline(document, token, prefixes, *, heading):
    """The lines of one paragraph or heading: one per line break in the source."""
    segments, current = [], []
    for child in token.children or []:
        if child.type in BREAKS:
            segments.append(current)
            current = []
        elif child.type != "image":
            current.append(child)
    segments.append(current)
    for position, children in enumerate(segments):
        text = " ".join(plain(children).split())
        if not text:
            continue
        html = PARSER.renderer.renderInline(children, PARSER.options, {}).strip()
        prefix = "".join(prefixes) if position == 0 else "".join(p for p in prefixes if p == "> ")
        document.lines.append(prefix + text)
        document.markup[text] = html
        if heading:
            document.headings[text] = heading


def plain(children):
    return "".join(child.content for child in children if child.type in ("text", "code_inline"))
