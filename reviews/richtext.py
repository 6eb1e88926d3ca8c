"""Review bodies on the page: sanitized again, headings given anchors, a table of contents."""

import html
import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from reviews.images import picture_sources

HEADING = re.compile(r"<(h[23])>(.*?)</\1>", re.DOTALL)
#: Block-level closing tags, where plain text needs a space, and whole section headings.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption)>|<br\s*/?>")
HEADING_HTML = re.compile(r"<h[1-6][^>]*>.*?</h[1-6]>", re.DOTALL)
#: Words of a body kept as plain text for excerpts: more than any excerpt shows, so an
#: excerpt of the kept words still knows whether the body goes on.
EXCERPT_WORDS_KEPT = 80
#: Ids the page itself uses (sections, the comment form, comment anchors come next).
RESERVED_IDS = {
    "main", "toc", "scores", "verdict", "faq", "similar", "related",
    "comments", "comments-heading", "respond", "reply-title", "commentform",
}  # fmt: skip
COMMENT_ANCHOR = re.compile(r"comment-\d+")
#: A figure of the body, and the stored image (ReviewFigure) its <img data-file> names.
FIGURE = re.compile(r"<figure\b[^>]*>.*?</figure>", re.DOTALL)
FIGURE_IMAGE = re.compile(r'<img\b[^>]*\bdata-file="(\d+)"[^>]*>')
FIGURE_SIZES = "(min-width: 48rem) 46rem, 100vw"


@dataclass(frozen=True)
class TocEntry:
    level: int
    text: str
    anchor: str


def plain_text(body, *, headings=True):
    """An HTML body as plain text, blocks separated, entities decoded."""
    body = HEADING_HTML.sub(" ", body) if not headings else body
    return " ".join(html.unescape(strip_tags(BLOCK_END.sub(" ", body))).split())


def first_words(text, count=EXCERPT_WORDS_KEPT):
    return " ".join(text.split()[:count])


def sanitize(body):
    """The body field's own allow-list, applied again so nothing unsanitized reaches a page."""
    from reviews.models import Review

    return Review._meta.get_field("body").sanitize(body)


def body_figures(body, figures):
    """Each stored figure's image as a responsive picture from its renditions; a figure
    whose image is gone or not resized yet is left out (the upload itself is never linked)."""

    def picture(match):
        figure = figures.get(int(match.group(1)))
        sources = figure and picture_sources(figure.image_renditions, figure.image)
        if not sources:
            return ""
        context = {**sources, "alt": figure.alt, "sizes": FIGURE_SIZES, "loading": "lazy"}
        return render_to_string("includes/_picture.html", context).strip()

    def one_figure(match):
        html = match.group(0)
        if not FIGURE_IMAGE.search(html):
            return html
        html = FIGURE_IMAGE.sub(picture, html)
        return html if "<img" in html else ""

    return FIGURE.sub(one_figure, body)


def body_with_toc(body, figures=None):
    """Return the sanitized body with an id on every h2/h3, and the table of contents.

    `figures`: the review's stored images by id, which its figures show (body_figures)."""
    # Ids the page itself uses are never given to a heading.
    toc, used = [], set(RESERVED_IDS)

    def anchor_heading(match):
        tag, inner = match.groups()
        text = html.unescape(strip_tags(inner)).strip()
        anchor = base = slugify(text) or "section"
        if COMMENT_ANCHOR.fullmatch(base):
            anchor = base = f"{base}-section"
        n = 2
        while anchor in used:
            anchor, n = f"{base}-{n}", n + 1
        used.add(anchor)
        toc.append(TocEntry(level=int(tag[1]), text=text, anchor=anchor))
        return f'<{tag} id="{anchor}">{inner}</{tag}>'

    # The anchor is a slug (letters, digits, hyphens), so the markup stays safe.
    body = body_figures(sanitize(body), figures or {})
    return mark_safe(HEADING.sub(anchor_heading, body)), toc
