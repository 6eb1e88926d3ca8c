"""What the film fact grids share: a review's text or page built around the blocks a
cell gives, and the ISO codes of the countries read."""

import json

from imports.catalogue import country_code
from imports.documents import extract
from imports.html_pages import page_extract

TEXT = (
    "A paragraph about the film, long enough to be the text of the review, and then some "
    "more words about its people."
)
MORE = "The second paragraph goes on about the score and the light, and how it all ends."


def text(head, *blocks, markdown=False):
    """A text (or Markdown) review headed `head` with `blocks` before its paragraphs."""
    body = "\n\n".join((*blocks, TEXT, MORE))
    return extract(f"{'# ' if markdown else ''}{head}\n\n{body}\n", markdown=markdown).film


def page(head, *blocks, data=None):
    """A saved page: `head` in its <h1>, `blocks` (HTML) before the paragraphs."""
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>' if data else ""
    body = "".join(blocks)
    return page_extract(
        f"<html><head>{script}</head><body><article><h1>{head}</h1>{body}"
        f"<p>{TEXT}</p><p>{MORE}</p></article></body></html>"
    ).film


def codes(film):
    return sorted(country_code(country) for country in film.countries)
