"""Reading a WordPress export (WXR) into plain data, and a post into the text `extract` reads.

Nothing here touches the database. The XML goes through defusedxml with document type
declarations forbidden, so no entity is ever expanded (an XML bomb) or fetched (an external
entity reading a file or a URL). A post's HTML is read by `imports.html_extract`; its
text (`post_text`, by `wxr_html`) is what the size limit counts.
"""

import html
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.core.exceptions import ValidationError
from django.utils import timezone

from imports.wxr_html import html_text, one_line

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


def post_text(item: Item) -> str:
    """A post as plain text: its title line, a blank line, its text (for the size limit)."""
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
    if not urlsplit(url).netloc and not path.startswith("/"):
        relatives.append(path)  # a saved page's "Page_files/still.jpg"
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
