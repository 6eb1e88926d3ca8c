"""A WordPress comment's or title's HTML as plain text (posts: `imports.html_blocks`).

Its title line, then headings, paragraphs and "• " items separated by blank lines; tags,
scripts and shortcodes gone. Nothing here touches the database.
"""

import re
from html.parser import HTMLParser

#: Shortcodes WordPress itself registers, and those of page builders ([vc_row], [et_pb_text]).
SHORTCODE = re.compile(
    r"\[/?(?:caption|wp_caption|gallery|embed|video|audio|playlist|[a-z]+_[\w-]+)\b[^\[\]]*\]"
)

BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "address",
    "blockquote", "figure", "figcaption", "pre", "table", "ul", "ol", "dl", "dt", "dd",
    "details", "summary", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
})  # fmt: skip
DROPPED_TAGS = frozenset({"script", "style", "noscript", "iframe", "template", "svg"})
CELL_BREAK = "\x1f"  # between the cells of a table row until the row ends


class TextFromHtml(HTMLParser):
    """Blocks of lines: each block a paragraph, heading or list, each <br> or item a line."""

    def __init__(self, *, is_classic):
        super().__init__(convert_charrefs=True)
        # The classic editor stores paragraphs as blank lines and line breaks as newlines
        # (WordPress adds the <p> and <br> when it shows the post); blocks store HTML.
        self.is_classic = is_classic
        self.blocks, self.lines = [], [""]
        self.dropping = self.in_item = self.in_pre = self.cells = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED_TAGS:
            self.dropping += 1
        elif self.dropping:
            return
        elif tag == "br":
            self.lines.append("")
        elif tag == "li":
            self.lines.append("• ")
            self.in_item += 1
        elif tag == "tr":
            self.lines.append("")
            self.cells = 0
        elif tag in ("td", "th"):
            self.lines[-1] += CELL_BREAK if self.cells else ""
            self.cells += 1
        elif tag in BLOCK_TAGS and not (self.in_item and tag in ("p", "div")):
            self.in_pre += tag == "pre"
            self.block_end()

    def handle_endtag(self, tag):
        if tag in DROPPED_TAGS:
            self.dropping = max(self.dropping - 1, 0)
        elif self.dropping:
            return
        elif tag == "li":
            self.in_item = max(self.in_item - 1, 0)
            self.lines.append("")
        elif tag == "tr":
            self.lines[-1] = row_text(self.lines[-1].split(CELL_BREAK))
            self.lines.append("")
        elif tag in BLOCK_TAGS and not (self.in_item and tag in ("p", "div")):
            self.in_pre = max(self.in_pre - (tag == "pre"), 0)
            self.block_end()

    def handle_data(self, data):
        if self.dropping:
            return
        if not (self.is_classic or self.in_pre):
            self.lines[-1] += re.sub(r"\s+", " ", data)
            return
        for number, paragraph in enumerate(re.split(r"\n[ \t\xa0]*\n\s*", data)):
            if number:
                self.block_end()
            for position, line in enumerate(paragraph.split("\n")):
                if position:
                    self.lines.append("")
                self.lines[-1] += line

    def block_end(self):
        lines = [" ".join(line.split()) for line in self.lines]
        lines = [line for line in lines if line and line != "•"]
        if lines:
            self.blocks.append("\n".join(lines))
        self.lines = [""]

    def text(self):
        self.close()
        self.block_end()
        return "\n\n".join(self.blocks)


#: A cell that only aligns its neighbours: "…", "...", ". . .".
LEADER_CELL = re.compile(r"(?:…|\.\s?){1,12}")


def row_text(cells):
    """A table row as a line: two cells as "Label: value", more as "a | b | c"."""
    cells = [" ".join(cell.split()) for cell in cells]
    if len(cells) == 3 and LEADER_CELL.fullmatch(cells[1]) and cells[0] and cells[2]:
        return f"{cells[0]} … {cells[2]}"  # "Actor | … | Part": a database's cast row
    if len(cells) == 2 and all(cells):
        return f"{cells[0].rstrip(':')}: {cells[1]}"
    return " | ".join(cell for cell in cells if cell)


def html_text(content: str) -> str:
    """Post or comment HTML as plain text: blocks apart by a blank line, tags and scripts gone."""
    parser = TextFromHtml(is_classic="<!-- wp:" not in content)
    parser.feed(SHORTCODE.sub("", content))
    return parser.text()


def one_line(content: str) -> str:
    """A title or excerpt as a single line of text."""
    return " ".join(html_text(content).split())
