"""A saved blog post's category links that name a film genre: "Categories: Reviews, Sci-Fi".

WordPress and most blog engines file a post under categories and link each one
(`rel="category tag"`, or an address under /category/). Where a category is a film genre
the blog has said what the film is; the others ("Reviews", "Features") are the blog's
sections. Links in menus, sidebars and related posts file other posts and are never read.
"""

import re

from imports.names import GENRES
from imports.star_widgets import is_elsewhere
from imports.wxr_html import one_line

CATEGORY_ADDRESS = re.compile(r"/(?:category|categories|genres?)/", re.IGNORECASE)


def category_genres(main) -> list[str]:
    """The genres `main`'s own category links name, as the blog spells them."""
    found: list[str] = []
    for link in main.find_all("a", href=True):
        if "category" not in (link.get("rel") or []) and not CATEGORY_ADDRESS.search(link["href"]):
            continue
        name = one_line(link.get_text(" "))
        if not is_genre(name) or is_elsewhere(link, main):
            continue
        if name.casefold() not in {known.casefold() for known in found}:
            found.append(name)
    return found


def is_genre(name: str) -> bool:
    return "-".join(name.casefold().split()) in GENRES
