# ruff: noqa: RUF001, RUF002, RUF003  (the report quotes with typographic quotes; titles use dashes)
"""A saved web page (.html) read main content first, its site furniture dropped and listed.

The review is the page's main content: <main>, an element with role="main", the page's
one <article> (also inside <main>, where related posts sit beside it), else the block
with the most paragraph text; a facts box beside it (a sidebar's "Film Credits") is read
after it. Inside it, navigation, headers, footers, sidebars, forms,
comment sections, share and subscribe prompts and related-post widgets are dropped, each
listed in the report; the rest is read as any HTML body (`imports.html_extract`).
"""

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from imports.criterion_widgets import criterion_rows
from imports.expand_links import expand_links_dropped
from imports.factboxes import MARKER, mark_factboxes, outside_factboxes, title_header
from imports.headline_site import FILM_MARKER
from imports.hover_parts import hover_parts_written_out
from imports.html_extract import html_extract
from imports.html_labels import labels_coloned
from imports.names import is_name
from imports.page_categories import category_genres
from imports.patterns import YEAR_IN_BRACKETS
from imports.star_widgets import widget_rating
from imports.strips import is_facts_only
from imports.structured import REVIEW_TYPES, SCHEMA_SOURCE, known_title, page_facts
from imports.structured_merge import merge_page_facts
from imports.title_evidence import headline_film, is_sentence_part, mentions
from imports.title_parts import dashed_whole
from imports.wxr_html import one_line

PAGE_SUFFIXES = (".html", ".htm")
FURNITURE_TAGS = ("nav", "header", "footer", "aside", "form")
#: Words in an element's class or id that mark it as furniture ("jp-relatedposts").
FURNITURE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "widget",
    "comments", "comment", "respond", "related", "relatedposts", "yarpp", "share", "sharing",
    "sharedaddy", "social", "newsletter", "subscribe", "byline", "meta", "advert",
    "advertisement", "ads", "sponsored", "promo", "cookie", "popup", "modal", "skip",
    "kicker", "eyebrow",  # the section's name above a newspaper's headline
})  # fmt: skip
#: Beside "author" in a class, the box about the post's author: its name and bio.
AUTHOR_BOX_WORDS = frozenset({"box", "info", "bio", "card", "description", "about", "profile"})
NAME_WORDS = re.compile(r"[a-z]+")
TITLE_SITE = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")  # "Heat review | Site Name"
DESCRIBED_LENGTH = 60
SITE_NAME_WORDS = 4  # "The Reel Report | Heat": a site's name before the film's
EMPHASIS = ("em", "i", "cite", "q")
#: Class words of a cast grid's character cell, and of the block holding the grid.
CHARACTER_CLASS = frozenset({"character", "char", "role", "charname"})
CAST_CLASS = frozenset({"cast", "voice", "actors", "credits"})
CELL_TAGS = ("span", "a", "b", "strong", "small", "time")
WIDGET_WORDS = 6  # a star widget's own text: glyphs, "4 out of 5"
BLOCK_TEXT_TAGS = ("p", "li", "h2", "h3", "blockquote")
INLINE_TEXT_TAGS = ("b", "strong", "i", "em", "a", "span", "u", "font")
#: A blog post's own title (hAtom's class, which Blogger and WordPress themes give it):
#: over the blog's name in the page's <h1> when the post's text holds no <h1>.
ENTRY_TITLE = ("entry-title", "post-title", "p-name")  # "p-name": microformats' h-entry
#: Class words of a site's own name in its header ("<h1 class="site-title">"): no post's.
SITE_CLASS_WORDS = frozenset({"site", "logo", "brand", "masthead", "blogname"})
#: What holds a page's blocks of text: an e-mail's layout table cell is one of its columns.
BLOCK_HOLDERS = ("div", "section", "td")


def page_extract(content: str, *, figures: bool = False):
    """The review in a saved page, with the furniture it dropped in `dropped`; its images
    kept as figures if `figures` (the page was read from a folder its files may be in)."""
    soup = BeautifulSoup(content, "html.parser")
    facts = page_facts(soup)  # the JSON-LD is in scripts
    for code in soup(["script", "style", "noscript", "template"]):
        code.decompose()  # never read, nor counted among the words left out
    hover_parts_written_out(soup)
    hidden = hidden_dropped(soup) + expand_links_dropped(soup)
    labels_coloned(soup)  # "<span>Director</span> X": the markup is the colon
    cast_cells(soup)
    cells_apart(soup)
    main, how = main_content(soup)
    heading = main.find("h1") or soup.find(class_=ENTRY_TITLE) or post_h1(soup)
    title = one_line(heading.get_text(" ")) if heading else page_title(soup, main.get_text(" "))
    title_html = heading.decode_contents() if heading else ""  # its italics may name the film
    stressed = [tag.get_text(" ") for tag in heading.find_all(EMPHASIS)] if heading else []
    if heading is not None and main in heading.parents:
        heading.decompose()
    criteria = criterion_rows(main)  # before the widgets: their stars are scores
    widget, notes = widget_rating(main)
    if criteria:
        notes.append(f"Star rows read as criterion scores: {', '.join(criteria)}.")
    dropped = widgets_dropped(main)
    if how and not facts.film.genres:  # before the post's footer goes as furniture
        facts.film.genres = category_genres(main)
    for box in outside_factboxes(soup, main, title) if how else ():
        main.append(box.extract())  # the sidebar's facts box is the film's: read last
    if how and (header := title_header(soup, main, facts.film.title or title)):
        main.append(header)  # "Title (2016)", "2016 · 15 · 1h 58m" over a user's review
    mark_factboxes(main, title)
    dropped += furniture_dropped(main)
    outside = len(soup.get_text(" ").split()) - len(main.get_text(" ").split())
    if outside > 0 and how:
        dropped.insert(0, f"everything outside the page's {how} ({outside} words)")
    dropped[:0] = hidden
    review = html_extract(
        main.decode_contents(),
        title=title,
        title_html=title_html,
        figures=figures,
        dropped=dropped,
        known_title=page_known_title(facts, stressed, heading),
    )
    facts.notes.extend(notes)
    merge_page_facts(review, facts, widget)
    return review


def post_h1(soup):
    """The page's first <h1>, unless it is the site's name in the page's header."""
    heading = soup.find("h1")
    if heading is None or not heading.find_parent(("header", "nav")):
        return heading
    names = " ".join([*heading.get("class", []), heading.get("id", "")]).lower()
    links = [link.get("href", "") for link in heading.find_all("a")]
    is_site = SITE_CLASS_WORDS.intersection(NAME_WORDS.findall(names)) or links == ["/"]
    return None if is_site else heading


def page_known_title(facts, stressed, heading):
    """The film's name the page's data gives: the JSON-LD's always (a page with no <h1>
    is headed by its <title>, which may lead with a user review's summary: "“Dad of the
    year” - The Film (2016) user review"); a part of <title> or og:title only beside an
    <h1>, which it is weighed against."""
    known = known_title(facts, stressed)
    if heading is not None or (known and known[1].startswith(SCHEMA_SOURCE)):
        return known
    return None


def cast_cells(soup):
    """A cast grid's row of cells, the character's and its actors' ("<span class="char">
    Kiki</span><span class="va-jp">Minami Takayama</span><span class="va-en">…"), in a
    block its class calls the cast's, written as a cast list writes it: "Minami Takayama
    as Kiki, Kirsten Dunst as Kiki"."""
    rows = []
    for cell in soup.find_all(class_=True):
        row = cell.parent
        if not CHARACTER_CLASS.intersection(class_words(cell)) or row is None or row.name == "tr":
            continue
        if not any(CAST_CLASS & class_words(tag) for tag in [row, *row.parents][:3]):
            continue
        character = one_line(cell.get_text(" "))
        names = [one_line(tag.get_text(" ")) for tag in row.find_all(True, recursive=False)]
        names = [name for name in names if name and name != character]
        if character and names and all(is_name(name, strict=True) for name in names):
            row.clear()
            row.append(", ".join(f"{name} as {character}" for name in names))
            row.name = "li"
            rows.append(row)
    done = {id(row) for row in rows}
    for grid in {id(row.parent): row.parent for row in rows}.values():
        if all(id(child) in done for child in grid.find_all(True, recursive=False)):
            grid.name = "ul"  # one list under the grid's heading, as a cast list is


def class_words(tag):
    return set(NAME_WORDS.findall(" ".join(tag.get("class", [])).lower()))


def cells_apart(soup):
    """Set apart the cells a page's style lays out side by side with nothing between them
    in the markup ("<span class="char">Kiki</span><span class="va">Minami Takayama</span>",
    "<span>8.6</span><span>Overall</span>"), which would otherwise run into one word."""
    for cell in soup.find_all(CELL_TAGS, class_=True):
        before = cell.previous_sibling
        if (
            isinstance(before, Tag)
            and before.name in CELL_TAGS
            and before.has_attr("class")
            and len(before.get_text(strip=True)) > 1
            and len(cell.get_text(strip=True)) > 1
            and cell.get_text(strip=True)[0].isalnum()  # "9.5" "/10" is one figure
        ):
            cell.insert_before(" · ")


def hidden_dropped(soup):
    """Remove what the page never shows (an e-mail's preheader, a collapsed menu); listed."""
    dropped = []
    for tag in soup.find_all(is_hidden):
        if not tag.decomposed:
            text = one_line(tag.get_text(" "))[:DESCRIBED_LENGTH]
            dropped.append(f"hidden {tag.name} ({text})" if text else f"hidden {tag.name}")
            tag.decompose()
    return dropped


def is_hidden(tag) -> bool:
    style = tag.get("style", "").replace(" ", "").casefold()
    return tag.has_attr("hidden") or "display:none" in style or "visibility:hidden" in style


def widgets_dropped(main):
    """The star widgets read as the rating leave the body (their glyphs say no more)."""
    dropped = []
    for tag in main.find_all(attrs={"data-star-widget": True}):
        text = one_line(tag.get_text(" "))
        if len(text.split()) > WIDGET_WORDS:
            continue  # a box with more to say than the stars: it stays
        dropped.append(f"star widget {text} (read as the rating)" if text else "star widget")
        tag.decompose()
    return dropped


def main_content(soup):
    """The element holding the review, and how it was found ("" for the whole page)."""
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    articles = (main or soup).find_all("article")
    if len(articles) == 1:
        return with_heading_above(soup, articles[0]), "article"
    if main is not None:
        return main, "main content"
    if len(reviews := soup.find_all(is_review_item)) == 1:
        return reviews[0], "schema.org Review"
    if candidates := [tag for tag in soup.find_all(BLOCK_HOLDERS) if not is_furniture(tag)]:
        best = max(candidates, key=own_text_length)
        if own_text_length(best):
            return with_headline(soup, best), "largest block of text"
    return soup.body or soup, ""


def with_heading_above(soup, article):
    """The article widened to the page's headline above it, with what lies between (a
    film page's title card, staff table and cast over a user's review), when all that
    holds fewer words than the article; what follows the article (recommendations,
    comments) stays out."""
    heading = post_h1(soup)
    if heading is None or article in heading.parents or heading in article.descendants:
        return article
    if any(is_furniture(tag) for tag in [heading, *heading.parents]):
        return article
    shared = next((tag for tag in article.parents if heading in tag.descendants), None)
    if shared is None or shared.name in ("body", "html", "[document]"):
        return article
    children = [child for child in shared.children if isinstance(child, Tag)]
    first = next(child for child in children if child is heading or heading in child.descendants)
    last = next(child for child in children if child is article or article in child.descendants)
    between = children[children.index(first) : children.index(last) + 1]
    if not between or between[-1] is not last or children.index(first) > children.index(last):
        return article
    words = len(article.get_text(" ").split())
    if sum(len(child.get_text(" ").split()) for child in between) - words >= words:
        return article
    wrapper = soup.new_tag("div")
    first.insert_before(wrapper)
    for child in between:
        wrapper.append(child.extract())
    return wrapper


def is_review_item(tag) -> bool:
    """A microdata or RDFa Review: the element holding the review and its film's facts."""
    kinds = f"{tag.get('itemtype', '')} {tag.get('typeof', '')}".split()
    return any(kind.rsplit("/", 1)[-1] in REVIEW_TYPES for kind in kinds)


def with_headline(soup, block):
    """The block of text widened to the element it shares with the page's headline, when
    that is not the whole page and adds less than the block holds: the title and facts
    above a review's body are its own; a site's name in its header is not a headline."""
    heading = soup.find(class_=ENTRY_TITLE) or post_h1(soup)
    if heading is None or block in heading.parents:
        return block
    if any(is_furniture(tag) for tag in [heading, *heading.parents]):
        return block  # the site's name in its header, not the review's headline
    shared = next((tag for tag in block.parents if heading in tag.descendants), None)
    if shared is None or shared.name in ("body", "html", "[document]") or is_furniture(shared):
        return block
    words = len(block.get_text(" ").split())
    return shared if len(shared.get_text(" ").split()) - words < words else block


def own_text_length(tag):
    """Words in the paragraphs that are this element's children (not its descendants'),
    and in its own lines of text: a Blogger post is text and <br>s in one <div>."""
    return sum(
        len((child.get_text(" ") if isinstance(child, Tag) else str(child)).split())
        for child in tag.children
        if (isinstance(child, Tag) and child.name in (*BLOCK_TEXT_TAGS, *INLINE_TEXT_TAGS))
        or (isinstance(child, NavigableString) and not isinstance(child, PreformattedString))
    )


def page_title(soup, text=""):
    """The page's <title> without the site's name after it ("Heat review | Site"), or
    before it ("Site | Heat": a short first part with no "review" nor year) when `text`
    names the last part and never the first. A name the text writes with the part after
    the dash ("Saga: Impossible – Fallout review") keeps that part."""
    title = one_line(soup.find("title").get_text(" ")) if soup.find("title") else ""
    first = TITLE_SITE.sub("", title)
    last = title[len(first) :].strip(" |–—-")
    summary, *rest = re.split(r"\s+[|–—-]\s+", title, maxsplit=1)
    if rest and is_sentence_part(summary) and YEAR_IN_BRACKETS.search(rest[0]):
        return rest[0]  # "A user's summary. In sentences - The Film (2014) - Site"
    if last and (whole := dashed_whole(first, title, text)) != first:
        return whole + TITLE_SITE.sub("", title[len(whole) :])  # "Saga – Fallout review | Site"
    if (
        last
        and len(first.split()) <= SITE_NAME_WORDS
        and not FILM_MARKER.search(first)
        and mentions(text, headline_film(last)[0])
        and not mentions(text, first)
    ):
        return last
    return first


def is_furniture(tag):
    if not isinstance(tag, Tag) or tag.has_attr(MARKER):
        return False  # a facts box is the film's (`imports.factboxes`)
    if any(parent.has_attr(MARKER) for parent in tag.parents):
        return False
    if tag.name in FURNITURE_TAGS:
        return True
    names = " ".join([*tag.get("class", []), tag.get("id", ""), tag.get("role", "")]).lower()
    words = FURNITURE_WORDS.intersection(NAME_WORDS.findall(names))
    if words == {"meta"} and is_facts_only(one_line(tag.get_text(" "))):
        return False  # "movie-meta": "Drama · 2 hr 35 min · Italy", the film's facts line
    if "author" in NAME_WORDS.findall(names):  # "author-info", "about-author": a bio box
        words = words or AUTHOR_BOX_WORDS.intersection(NAME_WORDS.findall(names))
    return bool(words)


def furniture_dropped(main):
    """Remove the furniture inside the main content; a description of each, for the report."""
    dropped, words = [], len(main.get_text(" ").split())
    for tag in main.find_all(is_furniture):
        text = " ".join(tag.get_text(" ").split()) if not tag.decomposed else ""
        if tag.decomposed or len(text.split()) * 2 > words:
            continue  # inside furniture dropped already, or a wrapper of most of the page
        if len(text) > DESCRIBED_LENGTH:
            text = text[: DESCRIBED_LENGTH - 1].rstrip() + "…"
        what = tag.name + "".join(f".{name}" for name in tag.get("class", [])[:2])
        dropped.append(f"{what} ({text})" if text else what)
        tag.decompose()
    return dropped
