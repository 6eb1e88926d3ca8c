"""Reading a WordPress export (WXR) into plain data, and a post's HTML into plain text.

Nothing here touches the database. The XML goes through defusedxml with document type
declarations forbidden, so no entity is ever expanded (an XML bomb) or fetched (an external
entity reading a file or a URL). A post's HTML becomes the text shape `extract` reads: its
title line, then headings, paragraphs and "• " items separated by blank lines.
"""

import html
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.core.exceptions import ValidationError
from django.utils import timezone

#: A whole site's export is 1-50 MB; a larger file is refused before it is parsed.
MAX_EXPORT_BYTES = 100_000_000
#: The namespaces of the elements read, by the prefix the code reads them with.
PREFIXES = {
    **{f"http://wordpress.org/export/1.{n}/": "wp" for n in (0, 1, 2)},
    **{f"http://wordpress.org/export/1.{n}/excerpt/": "excerpt" for n in (0, 1, 2)},
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
}
#: Where the site's address is read from, best first: the sites of a network share the second.
SITE_ADDRESSES = ("wp:base_blog_url", "wp:base_site_url", "link")
#: The fields of an item read from another element than wp:<name>.
OTHER_TAGS = {
    "title": "title",
    "guid": "guid",
    "creator": "dc:creator",
    "content": "content:encoded",
    "excerpt": "excerpt:encoded",
}
UPLOADS_PATH = "/wp-content/uploads/"
WP_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
#: Shortcodes WordPress itself registers, and those of page builders ([vc_row], [et_pb_text]).
SHORTCODE = re.compile(
    r"\[/?(?:caption|wp_caption|gallery|embed|video|audio|playlist|[a-z]+_[\w-]+)\b[^\[\]]*\]"
)


class ExportRefused(Exception):
    """The export cannot be read at all; the message says why, for the person importing."""


# The export's elements, their fields named as the elements (wp:post_id is post_id).


@dataclass
class Author:
    author_id: str = ""
    author_login: str = ""
    author_email: str = ""
    author_display_name: str = ""
    author_first_name: str = ""
    author_last_name: str = ""


@dataclass
class WxrComment:
    comment_id: str = ""
    comment_author: str = ""
    comment_author_email: str = ""
    comment_author_url: str = ""
    comment_author_IP: str = ""
    comment_date: str = ""
    comment_date_gmt: str = ""
    comment_content: str = ""
    comment_approved: str = ""
    comment_type: str = ""
    comment_parent: str = ""
    comment_user_id: str = ""

    @property
    def submitted_at(self):
        return wp_date(self.comment_date_gmt, self.comment_date)


@dataclass
class Item:
    """One <item>: a post, page, attachment, menu item..."""

    post_id: str = ""
    post_name: str = ""  # the slug in the post's address
    post_type: str = ""
    title: str = ""
    guid: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    status: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_password: str = ""
    comment_status: str = ""
    attachment_url: str = ""
    categories: list[tuple[str, str]] = field(default_factory=list)  # (domain, name)
    meta: dict[str, str] = field(default_factory=dict)
    comments: list[WxrComment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what reading the export noticed

    @property
    def date(self):
        return wp_date(self.post_date_gmt, self.post_date)


@dataclass
class Export:
    site_url: str = ""
    is_wxr: bool = False
    authors: dict[str, Author] = field(default_factory=dict)  # by login
    posts: list[Item] = field(default_factory=list)
    attachments: dict[str, Item] = field(default_factory=dict)  # by post id
    other_items: int = 0


def export_read(source: Path | bytes) -> Export:
    """The export's authors, posts and attachments; raises ExportRefused with the reason."""
    if isinstance(source, Path):
        try:
            size_check(source.stat().st_size)
            stream = source.open("rb")
        except OSError as error:
            raise ExportRefused(f"cannot be read ({error.strerror or error})") from error
    else:
        size_check(len(source))
        stream = io.BytesIO(source)
    with stream:
        try:
            return parse(stream)
        except ParseError as error:
            line, column = error.position
            reason = str(error).split(":")[0]
            raise ExportRefused(
                f"refused: not well-formed XML at line {line}, column {column + 1} ({reason}); "
                "nothing was imported. Export the file again or correct it there."
            ) from error
        except DefusedXmlException as error:
            raise ExportRefused(
                "refused: the file has a document type declaration (<!DOCTYPE …>), which "
                "WordPress exports never have: its entities could expand into an XML bomb or "
                "read files on the server. Nothing in it was expanded or read."
            ) from error


def size_check(size):
    if size > MAX_EXPORT_BYTES:
        raise ExportRefused(
            f"refused: {size / 1_000_000:.1f} MB is over the "
            f"{MAX_EXPORT_BYTES // 1_000_000} MB limit for a WordPress export"
        )


def short(tag):
    """`tag` as "wp:post_id", "content:encoded"…; tags of other namespaces as they are."""
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        if prefix := PREFIXES.get(uri):
            return f"{prefix}:{local}"
    return tag


def parse(stream) -> Export:
    """Read items one at a time, forgetting each once read: memory stays small."""
    export, path, addresses = Export(), [], {}
    for event, element in iterparse(stream, events=("start", "end"), forbid_dtd=True):
        if event == "start":
            element.tag = short(element.tag)
            export.is_wxr = export.is_wxr or element.tag.startswith("wp:")
            path.append(element.tag)
            if len(path) == 1 and element.tag != "rss":
                raise ExportRefused(
                    f"refused: not a WordPress export: the file is <{element.tag}> XML, not an RSS "
                    "export (in WordPress: Tools → Export)"
                )
            continue
        path.pop()
        if path != ["rss", "channel"]:
            continue
        if element.tag == "item":
            item_add(export, element)
            element.clear()
        elif element.tag == "wp:author":
            author = fields_read(Author, element)
            export.authors[author.author_login] = author
        elif element.tag in SITE_ADDRESSES:
            addresses[element.tag] = (element.text or "").strip().rstrip("/")
    if not export.is_wxr:
        raise ExportRefused(
            "refused: not a WordPress export: an RSS feed without WordPress (wp:) elements; "
            "export the site from Tools → Export instead"
        )
    export.site_url = next(filter(None, map(addresses.get, SITE_ADDRESSES)), "")
    return export


def children(element):
    """The text of each child element, the first of each name."""
    texts = {}
    for child in element:
        texts.setdefault(child.tag, (child.text or "").strip())
    return texts


def fields_read(cls, element):
    """A `cls` with each of its text fields read from the element of that name."""
    texts = children(element)
    names = [name for name, kind in cls.__annotations__.items() if kind is str]
    return cls(**{name: texts.get(OTHER_TAGS.get(name, f"wp:{name}"), "") for name in names})


def item_add(export, element):
    item = fields_read(Item, element)
    for child in element:
        if child.tag == "category":
            name = html.unescape((child.text or "").strip())
            item.categories.append((child.get("domain", ""), name))
        elif child.tag == "wp:postmeta":
            meta = children(child)
            item.meta.setdefault(meta.get("wp:meta_key", ""), meta.get("wp:meta_value", ""))
        elif child.tag == "wp:comment":
            item.comments.append(fields_read(WxrComment, child))
    if item.post_type == "post":
        export.posts.append(item)
    elif item.post_type == "attachment":
        export.attachments[item.post_id] = item
    else:
        export.other_items += 1


def wp_date(gmt, local):
    """The UTC time of a WordPress date pair; the local time is taken as the site's zone."""
    for value, zone in ((gmt, UTC), (local, timezone.get_default_timezone())):
        try:
            naive = datetime.strptime((value or "").strip(), WP_DATE_FORMAT)
        except ValueError:
            continue  # also "0000-00-00 00:00:00": a draft's date not yet set
        return timezone.make_aware(naive, zone).astimezone(UTC)
    return None


# A post's HTML as text.

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


def row_text(cells):
    """A table row as a line: two cells as "Label: value", more as "a | b | c"."""
    cells = [" ".join(cell.split()) for cell in cells]
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


def post_text(item: Item) -> str:
    """The document `extract` reads for a post: its title line, a blank line, its text."""
    title = one_line(item.title)
    return f"{title}\n\n{html_text(item.content)}" if title else html_text(item.content)


def username_from(login):
    """The username of the user a WordPress login becomes: "wp-" and the login, made valid.

    The prefix keeps imported authors apart from this site's own accounts: an export's
    "admin" must never become, or write comments as, the local "admin".
    """
    cleaned = "".join(c if c.isalnum() or c in "@.+-_" else "_" for c in login.strip())
    return f"{IMPORTED_USER_PREFIX}{cleaned or 'author'}"[:150]


IMPORTED_USER_PREFIX = "wp-"


def upload_path(url, uploads: Path | None) -> Path | None:
    """The local copy of an uploaded file: under `uploads` at its path there, or by name."""
    if uploads is None:
        return None
    path = unquote(urlsplit(url).path)
    root = Path(uploads).resolve()
    relatives = [path.split(UPLOADS_PATH, 1)[1]] if UPLOADS_PATH in path else []
    for relative in [*relatives, PurePosixPath(path).name]:
        candidate = (root / relative).resolve()
        if relative and candidate.is_relative_to(root) and candidate.is_file():
            return candidate
    return None


def who(comment):
    """A comment as the report names it: its author's name and WordPress id, never e-mail."""
    return f"{one_line(comment.comment_author) or 'Anonymous'} (#{comment.comment_id})"


def valid(value, validator, max_length):
    """`value` if `validator` accepts it and it fits, else ""."""
    value = value.strip()
    if not value or len(value) > max_length:
        return ""
    try:
        validator(value)
    except ValidationError:
        return ""
    return value
