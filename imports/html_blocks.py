"""An HTML body as blocks that keep their structure: what `extract` reads, and what stays.

`html_blocks(content)` reads a post's or page's HTML into `Block`s: headings (h2, h3),
paragraphs (a line per <br>), lists, quotes with their citation, figures, tables, rules.
Each block's lines are the plain text the extractor reads; `block_html` renders the lines
left in the body (`Line.kept`) with their emphasis and links. Captions and citations are
never lines: they stay with their image or quote and can never become headings.
Nothing here touches the database.
"""

import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString  # comments, <!DOCTYPE>, CDATA: never text

from imports.html_labels import labels_coloned
from imports.html_tables import (
    cast_rows,
    credit_terms,
    is_credit_row,
    is_layout,
    named_terms,
    own_cells,
    own_rows,
    without_notes,
)
from imports.wxr_html import SHORTCODE, row_text

INLINE_MARKS = {"strong": "strong", "b": "strong", "em": "em", "i": "em"}
LINK_SCHEMES = ("", "http", "https", "mailto")  # "" is a relative address
#: Never read: code, embedded players and forms.
SKIPPED = frozenset({
    "script", "style", "noscript", "iframe", "template", "svg", "form", "button", "input",
    "select", "textarea", "object", "embed", "video", "audio", "canvas", "head", "title",
})  # fmt: skip
PARAGRAPHS = frozenset({"p", "pre", "address", "dt", "dd", "caption"})
#: A <details> block's <summary> heads it: "Spoilers: the ending" is a section of the body.
HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3", "summary": "h3"}
#: Tags whose children are blocks of their own (a group, a column, a details block).
CONTAINERS = frozenset({
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "details",
    "figure", "center", "body", "html", "dl", "hgroup", "tbody", "thead",
})  # fmt: skip
#: The classic editor's [caption] shortcode around an image, as WordPress renders it.
CAPTION_SHORTCODE = re.compile(
    r"\[(?:wp_)?caption\b[^\]]*\](?P<image>.*?<img\b[^>]*>(?:\s*</a>)?)(?P<caption>.*?)"
    r"\[/(?:wp_)?caption\]",
    re.DOTALL,
)


@dataclass
class Line:
    text: str  # what the extractor reads
    html: str  # the same with its emphasis and links
    kept: bool = False  # left in the body (set by the extraction)
    reads_as_heading: bool = False  # what the text extractor took it for


@dataclass
class Figure:
    src: str
    alt: str = ""
    caption: str = ""  # inline HTML


@dataclass
class Block:
    kind: str  # h2 h3 p ul ol blockquote figure table hr
    lines: list[Line] = field(default_factory=list)
    cells: list[list[tuple[str, str]]] = field(default_factory=list)  # table: (th|td, html)
    citation: str = ""  # a quote's, inline HTML
    figure: Figure | None = None
    is_factbox: bool = False  # inside a facts box (`imports.factboxes`): never body text


class Inline:
    """Collects inline content into lines, a new line at each <br> (or newline, classic)."""

    def __init__(self, *, classic):
        self.classic, self.lines, self.marks = classic, [([], [])], []
        self.figures = []  # images met inside the text, shown after it

    def text(self, data):
        if not self.classic:
            self.add(re.sub(r"\s+", " ", data))
            return
        for number, line in enumerate(re.split(r"\n", data)):
            if number:
                self.line_break()
            self.add(line)

    def add(self, data):
        self.lines[-1][0].append(data)
        self.lines[-1][1].append(escape(data, quote=False))

    def line_break(self):
        closing = "".join(f"</{mark}>" for mark, _ in reversed(self.marks))
        self.lines[-1][1].append(closing)
        self.lines.append(([], [opening for _, opening in self.marks]))

    def open(self, mark, opening):
        self.marks.append((mark, opening))
        self.lines[-1][1].append(opening)

    def close(self):
        mark, _ = self.marks.pop()
        self.lines[-1][1].append(f"</{mark}>")

    def result(self):
        found = []
        for texts, htmls in self.lines:
            text = " ".join("".join(texts).split())
            if text:
                found.append(Line(text=text, html=tidy("".join(htmls))))
        return found


def tidy(html):
    """Whitespace collapsed, empty marks gone: `<strong> </strong>` says nothing."""
    html = " ".join(html.split())
    previous = None
    while previous != html:
        previous, html = html, re.sub(r"<(strong|em|a)\b[^>]*>\s*</\1>", " ", html)
    return " ".join(html.split())


def safe_href(href):
    href = (href or "").strip()
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return ""
    return href if href and scheme in LINK_SCHEMES else ""


FACTS_LIST_ITEMS = 3
FACTS_ITEM_WORDS = 8


class Reader:
    """Walks the tree, block by block."""

    def __init__(self, *, classic):
        self.classic, self.blocks, self.pending = classic, [], None

    def inline(self):
        if self.pending is None:
            self.pending = Inline(classic=self.classic)
        return self.pending

    def flush(self):
        if self.pending is not None:
            if lines := self.pending.result():
                self.blocks.append(Block("p", lines))
            self.blocks.extend(Block("figure", figure=f) for f in self.pending.figures)
        self.pending = None

    def children(self, node):
        for child in node.children:
            self.node(child)

    def node(self, node):
        if isinstance(node, PreformattedString):
            return
        if isinstance(node, NavigableString):
            if self.classic and re.search(r"\n[ \t\xa0]*\n", str(node)):
                for number, part in enumerate(re.split(r"\n[ \t\xa0]*\n", str(node))):
                    if number:
                        self.flush()
                    self.inline().text(part)
            elif str(node).strip() or self.pending is not None:
                self.inline().text(str(node))
            return
        if not isinstance(node, Tag) or node.name in SKIPPED:
            return
        name = node.name
        if name in HEADINGS or name in PARAGRAPHS or name in ("ul", "ol", "blockquote", "hr"):
            self.flush()
            self.block(node)
        elif name == "table":
            self.flush()
            self.table(node)
        elif name == "dl" and (pairs := credit_terms(node)):
            self.flush()
            self.credits(pairs)
        elif name == "dl" and (pairs := named_terms(node)):
            self.flush()  # a line each, "Ines Vaz as Mara Holm", as a cast list writes it
            lines = [Line(f"{a} as {b}", f"{escape(a)} as {escape(b)}") for a, b in pairs]
            self.blocks.append(Block("p", lines))
        elif name == "figure" and (image := node.find("img")) and not node.find("table"):
            self.flush()
            self.blocks.append(Block("figure", figure=figure(node, image)))
        elif name == "figure" and node.find("table"):
            self.flush()
            self.children(node)  # the table, then its caption as a paragraph
            self.flush()
        elif name in CONTAINERS or name in ("li", "figcaption", "tr"):
            self.flush()
            start = len(self.blocks)
            self.children(node)
            self.flush()
            if node.has_attr("data-factbox"):
                for block in self.blocks[start:]:
                    block.is_factbox = True
        else:
            inline_node(node, self.inline())

    def block(self, node):
        name = node.name
        if name in HEADINGS:
            if lines := lines_of(node, self.classic):
                text = " ".join(line.text for line in lines)
                html = " ".join(line.html for line in lines)
                self.blocks.append(Block(HEADINGS[name], [Line(text, html)]))
        elif name in ("ul", "ol"):
            items = [line for item in node.find_all("li") for line in item_lines(item, self)]
            if is_facts_list(items):  # "<li>1989</li><li>102 min</li><li>Studio X</li>"
                text = " · ".join(line.text for line in items)
                self.blocks.append(Block("p", [Line(text, " · ".join(i.html for i in items))]))
            elif items:
                self.blocks.append(Block(name, items))
        elif name == "blockquote":
            self.quote(node)
        elif name == "hr":
            self.blocks.append(Block("hr"))
        else:
            inline = Inline(classic=self.classic)
            inline_children(node, inline)
            if lines := inline.result():
                self.blocks.append(Block("p", lines))
            self.blocks.extend(Block("figure", figure=f) for f in inline.figures)

    def quote(self, node):
        citation = node.find(["cite", "figcaption"], recursive=False) or node.find(
            class_="wp-block-quote__citation"
        )
        cited = ""
        if citation is not None:
            cited = " ".join(line.html for line in lines_of(citation, self.classic))
            citation.extract()
        inner = Reader(classic=self.classic)
        inner.children(node)
        inner.flush()
        lines = [line for block in inner.blocks for line in block.lines]
        if lines or cited:
            self.blocks.append(Block("blockquote", lines, citation=cited))

    def credits(self, pairs):
        """A credits <dl>: a "Term: definition" line per term, as a facts box writes it."""
        lines = []
        for term, definitions in pairs:
            label = " ".join(line.text for line in lines_of(term, False)).rstrip(":")
            found = [line for node in definitions for line in lines_of(node, False)]
            text = ", ".join(line.text for line in found)
            html = ", ".join(line.html for line in found)
            lines.append(Line(f"{label}: {text}", f"<strong>{escape(label)}:</strong> {html}"))
        self.blocks.append(Block("p", lines))

    def table(self, node):
        if is_layout(node):  # the page's columns: read as blocks, a cell at a time
            for cell in own_cells(node):
                self.flush()
                self.children(cell)
            self.flush()
            return
        block, rows = Block("table"), []
        for row in own_rows(node):
            cells = row.find_all(["th", "td"])
            htmls = [" ".join(line.html for line in lines_of(cell, False)) for cell in cells]
            texts = [" ".join(line.text for line in lines_of(cell, False)) for cell in cells]
            if len(cells) == 2:  # "Chihiro<br><small>Main</small>": the small print is a note
                texts = [without_notes(cell, text) for cell, text in zip(cells, texts, strict=True)]
            if is_credit_row(texts):  # "Editor | Ines Vaz<br>Tomas Lind": a name a line
                texts[1] = ", ".join(line.text for line in lines_of(cells[1], False))
            if any(texts):
                block.cells.append(
                    [(cell.name, html) for cell, html in zip(cells, htmls, strict=True)]
                )
                block.lines.append(Line(text=row_text(texts), html=""))
                rows.append(texts)
        for line, text in zip(block.lines, cast_rows(rows) or [], strict=False):
            line.text = text  # "Name (Character)", by what the header row says
        if block.lines:
            self.blocks.append(block)


def is_facts_list(items):
    """Whether list `items` are a film's facts strip laid out as a list: three or more
    short items, half of them plainly facts, among them its year or running time."""
    from imports.strips import segment_facts  # the strips read text the blocks give

    if len(items) < FACTS_LIST_ITEMS or any(
        len(line.text.split()) > FACTS_ITEM_WORDS for line in items
    ):
        return False
    kinds = [[kind for kind, _ in segment_facts(line.text) or ()] for line in items]
    dated = any({"release", "runtime"} & set(found) for found in kinds)
    return dated and sum(bool(found) for found in kinds) * 2 >= len(items)


def item_lines(item, reader):
    """A list item as one line; a list inside it gives lines of its own (find_all)."""
    inline = Inline(classic=reader.classic)
    for child in item.children:
        if not (isinstance(child, Tag) and child.name in ("ul", "ol")):
            inline_node(child, inline)
    lines = inline.result()
    if len(lines) > 1:  # an item's line breaks stay in the item
        text = " ".join(line.text for line in lines)
        return [Line(text, "<br>".join(line.html for line in lines))]
    return lines


def lines_of(node, classic):
    inline = Inline(classic=classic)
    inline_children(node, inline)
    return inline.result()


def inline_children(node, inline):
    for child in node.children:
        inline_node(child, inline)


def inline_node(node, inline):
    if isinstance(node, PreformattedString):
        return
    if isinstance(node, NavigableString):
        inline.text(str(node))
        return
    if not isinstance(node, Tag) or node.name in SKIPPED:
        return
    name = node.name
    if name == "br":
        inline.line_break()
    elif name == "img":
        if node.get("src"):
            inline.figures.append(figure(None, node))
    elif name in INLINE_MARKS:
        inline.open(INLINE_MARKS[name], f"<{INLINE_MARKS[name]}>")
        inline_children(node, inline)
        inline.close()
    elif name == "a" and (href := safe_href(node.get("href"))):
        inline.open("a", f'<a href="{escape(href)}">')
        inline_children(node, inline)
        inline.close()
    elif name in ("ul", "ol", "table") or name in HEADINGS or name in PARAGRAPHS:
        inline.line_break()
        inline_children(node, inline)
        inline.line_break()
    else:
        inline_children(node, inline)


def figure(node, image):
    caption = node.find("figcaption") if node is not None else None
    return Figure(
        src=(image.get("src") or "").strip(),
        alt=" ".join((image.get("alt") or "").split()),
        caption=" ".join(line.html for line in lines_of(caption, False)) if caption else "",
    )


def html_blocks(content: str, *, classic: bool = False) -> list[Block]:
    """The blocks of a post's or page's HTML, shortcodes gone, captioned images as figures.

    `classic`: WordPress's classic editor, which stores paragraphs as blank lines and line
    breaks as newlines (WordPress adds the <p> and <br> when it shows the post).
    """
    content = CAPTION_SHORTCODE.sub(
        r"<figure>\g<image><figcaption>\g<caption></figcaption></figure>", content
    )
    reader, soup = Reader(classic=classic), BeautifulSoup(SHORTCODE.sub("", content), "html.parser")
    labels_coloned(soup)  # "<b>Director</b> X" in a post: the markup is the colon
    reader.children(soup)
    reader.flush()
    return reader.blocks


def block_html(block: Block) -> str:
    """The block as body HTML, with only its kept lines ("" when none is left)."""
    lines = [line for line in block.lines if line.kept]
    kind = block.kind
    if kind in ("h2", "h3", "p") and lines:
        return f"<{kind}>{'<br>'.join(line.html for line in lines)}</{kind}>"
    if kind in ("ul", "ol") and lines:
        return f"<{kind}>{''.join(f'<li><p>{line.html}</p></li>' for line in lines)}</{kind}>"
    if kind == "blockquote" and lines:
        cited = f"<p>— {block.citation}</p>" if block.citation else ""
        return f"<blockquote>{''.join(f'<p>{line.html}</p>' for line in lines)}{cited}</blockquote>"
    if kind == "table" and lines:
        rows = [
            "".join(f"<{tag}>{html}</{tag}>" for tag, html in cells)
            for cells, line in zip(block.cells, block.lines, strict=True)
            if line.kept
        ]
        return f"<table><tbody>{''.join(f'<tr>{row}</tr>' for row in rows)}</tbody></table>"
    if kind == "figure":
        return figure_html(block.figure)
    return "<hr>" if kind == "hr" else ""


def figure_html(figure: Figure, *, src="", file=""):
    """<figure> with its image and caption; `file` the stored image's id (data-file)."""
    data_file = f' data-file="{escape(file)}"' if file else ""
    image = f'<img src="{escape(src or figure.src)}" alt="{escape(figure.alt)}"{data_file}>'
    caption = f"<figcaption>{figure.caption}</figcaption>" if figure.caption else ""
    return f"<figure>{image}{caption}</figure>"
