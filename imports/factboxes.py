"""A review's facts box: the film's facts set beside the text, read as facts, not furniture.

Newspapers and blogs put the film's facts in a box inside the article: an <aside>, or a
div or section classed "factbox", "infobox", "details" or "film-info", holding label lines
("Country: Norway", "Running time: 128 minutes"), a <dl> or <table> of them, or a strip
("Dir. X · DoP Y · 2019 · 104 min"). Such a box
is the film's, unlike the asides of related posts, most-read lists and newsletter prompts
beside it, which stay furniture: a box is a facts box only when most of its lines are
film fact labels (`FACT_LABELS`) and it is not headed or classed as a teaser. A label
may head its values rather than lead their line: a heading ("<h4>Director</h4>") or a
bold line over a list, or "Director:" in a box row of its own. A page's sidebar often
holds the box, outside the review's main content: `outside_factboxes` finds it there.
`mark_factboxes(main)` marks each with `data-factbox`, for the page reader to keep.
"""

import re

from bs4 import Tag

from imports.furniture import TEASER_HEADING
from imports.patterns import CAST_HEADING, FACT_LABEL, FACT_OF_LABEL
from imports.strips import is_strip, segment_facts

#: Class or id names of a facts box (compared whole, hyphens and underscores ignored).
FACTBOX_NAMES = frozenset({
    "factbox", "facts", "filmfacts", "infobox", "info", "details", "filminfo", "filmdetails",
    "movieinfo", "moviedetails", "moviefacts", "credits", "filmcredits", "keyfacts",
    "information", "filminformation", "movieinformation", "moviecredits", "crew", "castcrew",
    "castandcrew", "keycrew", "filmcrew",
})  # fmt: skip
#: A word that names a facts box among others: "credits-panel", "Cast & crew".
BOX_WORDS = frozenset({"credits", "crew", "factbox", "infobox", "filmfacts"})
#: Words of a class that name a box of credits however it goes on ("credits-panel"), on
#: the box or on the list it holds ("<ul class="credits-summary">").
CREDITS_WORDS = frozenset({"credits", "crew"})
#: Class or id words that make a box someone else's: teasers, prompts, lists.
NOT_FACTS_WORDS = frozenset({
    "related", "relatedposts", "yarpp", "widget", "sidebar", "newsletter", "subscribe",
    "popular", "trending", "recommended", "promo", "share", "sharing", "social", "comments",
    "teaser", "teasers", "nav", "menu", "ads", "advert", "mostread", "most",
})  # fmt: skip
#: Words that say where a box sits, not whose it is: a box also named as the film's
#: facts ("film-details sidebar") is the film's.
PLACE_WORDS = frozenset({"sidebar", "widget"})
MARKER = "data-factbox"
#: What heads a label's values: a heading, or a line all in bold.
LABEL_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")
#: A box row of its own: a <div> or <span> holding text and inline tags only.
ROW_TAGS = ("div",)
BLOCK_CHILDREN = ("div", "p", "ul", "ol", "table", "dl", "section", "h2", "h3", "h4", "h5", "h6")
MIN_LABELS = 2
CREW_HEADING = re.compile(r"^(?:the\s+)?(?:staff|crew|key\s+crew|production\s+credits)\s*:?$", re.I)
PROSE_WORDS = 30  # longer than a fact line ever is ("Cast: …" lists a dozen names)
WORD = re.compile(r"[a-z]+")


def mark_factboxes(main, headline="") -> list[Tag]:
    """The facts boxes inside `main`, outermost first, each marked with `data-factbox`;
    a box titled with a film `headline` does not name is another film's."""
    return marked(main.find_all(["aside", "div", "section"]), headline)


def outside_factboxes(soup, main, headline="") -> list[Tag]:
    """The facts boxes outside `main` (a sidebar's "Film Credits"), marked as
    `mark_factboxes` marks them; never one holding `main`."""
    tags = soup.find_all(["aside", "div", "section"])
    return marked(
        [tag for tag in tags if not (tag is main or main in tag.parents or tag in main.parents)],
        headline,
    )


def marked(tags, headline) -> list[Tag]:
    found = []
    for tag in tags:
        if any(parent.has_attr(MARKER) for parent in tag.parents if isinstance(parent, Tag)):
            continue
        if is_factbox(tag, headline):
            tag[MARKER] = "1"
            found.append(tag)
    return found


def is_factbox(tag, headline="") -> bool:
    names = [*tag.get("class", []), tag.get("id", "")]
    if (heading := tag.find(["h2", "h3", "h4", "h5", "h6"], recursive=False)) is not None:
        names.append(heading.get_text(" "))  # "Film Credits", "Details": a box's own title
    named = is_named(names) or bool(
        BOX_WORDS.intersection(WORD.findall(" ".join(names).casefold()))
    )
    named = named or bool(CREDITS_WORDS.intersection(class_words(tag)))
    if not (tag.name == "aside" or named):
        return False
    words = WORD.findall(" ".join(names[:2]).casefold())
    if is_named(tag.get("class", [])):  # "film-details sidebar": its place beside its name
        words = [word for word in words if word not in PLACE_WORDS]
    if NOT_FACTS_WORDS.intersection(words) or teaser_headed(tag):
        return False
    lines = box_lines(tag)
    if any(len(line.split()) > PROSE_WORDS for line in lines):
        return False  # a paragraph of prose: the review's text, wrapped with its facts
    labelled = [line for line in lines if is_label_line(line)]
    if any(names_other_film(line, headline) for line in labelled):
        return False
    strips = [line for line in lines if line not in labelled and is_strip(line)]
    facts = len(labelled) + MIN_LABELS * len(strips)  # a strip holds several facts
    credits = credit_rows(tag)
    return facts >= MIN_LABELS and (len(labelled) + len(strips) + credits) * 2 >= len(lines)


def class_words(tag) -> list[str]:
    """The words of the classes and ids of `tag` and of the lists it holds."""
    lists = tag.find_all(["ul", "ol", "dl", "table"], recursive=False)
    names = [" ".join([*item.get("class", []), item.get("id", "")]) for item in (tag, *lists)]
    return WORD.findall(" ".join(names).casefold())


def is_named(names) -> bool:
    """Whether one of `names` (classes, an id, a heading) names a facts box."""
    return any(re.sub(r"[-_\s&]", "", name.casefold()) in FACTBOX_NAMES for name in names)


def credit_rows(tag) -> int:
    """How many list items, table rows and paragraph lines the box sets under a credits
    heading of its own ("Staff", "Crew", "Cast", "Characters & Voice Actors"): a name a
    line, each a fact."""
    count = 0
    for heading in tag.find_all(["h2", "h3", "h4", "h5", "h6"]):
        text = " ".join(heading.get_text(" ").split())
        if not (CAST_HEADING.match(text) or CREW_HEADING.match(text)):
            continue
        following = heading.find_next_sibling()
        if following is not None and following.name in ("ul", "ol", "table"):
            count += len(following.find_all(["li", "tr"]))
        elif following is not None and following.name == "p":  # one actor a line, by <br>s
            count += len([line for line in block_lines(following) if line])
    return count


def names_other_film(line, headline) -> bool:
    """ "Film: Deep Water" in a box on a page headlined about another film."""
    match = FACT_LABEL.match(line)
    if not headline or FACT_OF_LABEL.get(match.group("label").casefold()) != "film":
        return False
    title = line[match.end() :].strip().casefold()
    return not re.search(rf"(?<!\w){re.escape(title)}(?!\w)", headline.casefold())


def teaser_headed(tag) -> bool:
    heading = tag.find(["h1", "h2", "h3", "h4", "h5", "h6"])
    return heading is not None and bool(TEASER_HEADING.match(heading.get_text(" ").strip()))


def box_lines(tag) -> list[str]:
    """The box's lines, other headings aside: list items, paragraph lines, rows of their
    own, <dt>/<dd> pairs, and a label heading its list as one "Label: values" line."""
    lines, headed = [], set()
    for heading, values, items in headed_lists(tag):
        headed.update([id(heading.parent), id(values), *(id(item) for item in items)])
        items = ", ".join(one_line(item) for item in items)
        lines.append(f"{one_line(heading).rstrip(':')}: {items}")
    for row in tag.find_all(["tr", "dt"]):
        cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all(["th", "td"])]
        if row.name == "dt" and (value := row.find_next_sibling("dd")):
            cells = [" ".join(row.get_text(" ").split()), " ".join(value.get_text(" ").split())]
        if len(cells) == 2 and all(cells):
            lines.append(f"{cells[0].rstrip(':')}: {cells[1]}")
    for block in tag.find_all(["li", "p", *ROW_TAGS]):
        if id(block) in headed or (block.name in ROW_TAGS and block.find(BLOCK_CHILDREN)):
            continue
        lines.extend(line for line in block_lines(block) if line)
    return lines


def headed_lists(tag):
    """(label, list, items) in `tag`: a heading or bold line that is a film fact label
    ("Director", "Genres:") with a list right after it, a paragraph of links only
    (a page's genre links: "<h3>Genres</h3><p><a>Drama</a> <a>War</a></p>"), or a block
    of text (a wiki infobox's row: "<h3>Directed by</h3><div>X</div>")."""
    for heading in tag.find_all(LABEL_HEADINGS):
        values = heading.find_next_sibling()
        if heading.name in ("strong", "b"):
            holder = heading.parent
            if holder is None or one_line(holder) != one_line(heading):
                continue  # bold words inside a sentence
            values = holder.find_next_sibling() if holder is not tag else None
        if values is None or not is_label(one_line(heading)):
            continue
        if values.name in ("ul", "ol"):
            yield heading, values, values.find_all("li")
        elif values.name == "p" and (links := links_only(values)):
            yield heading, values, links
        elif values.name in ("div", "dd") and not values.find(BLOCK_CHILDREN) and one_line(values):
            yield heading, values, [values]  # "<h3>Directed by</h3><div>X</div>": a wiki's row


def links_only(paragraph) -> list[Tag]:
    """The links of a paragraph that holds nothing else, or []."""
    links = paragraph.find_all("a", recursive=False)
    text = "".join(node for node in paragraph.find_all(string=True, recursive=False))
    return links if links and not text.strip() else []


def is_label(text) -> bool:
    return text.rstrip(": ").casefold() in FACT_OF_LABEL


def one_line(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def block_lines(block) -> list[str]:
    """A paragraph's or item's lines, a new one at each <br>."""
    lines, current = [], []
    for node in block.descendants:
        if isinstance(node, Tag) and node.name == "br":
            lines.append(" ".join("".join(current).split()))
            current = []
        elif not isinstance(node, Tag):
            current.append(str(node))
    return [*lines, " ".join("".join(current).split())]


def is_label_line(line: str) -> bool:
    """ "Country: Norway": a film fact's label first, then its value."""
    match = FACT_LABEL.match(line)
    return bool(match and line[match.end() :].strip())


#: "Train to Busan (2016)": a heading naming the film, its year after it.
YEAR_AFTER = re.compile(r"\s*\(\d{4}\)$")


def title_header(soup, main, film_title) -> Tag | None:
    """A page's header for the film outside the review (an h3 naming the film the page's
    data names, a list "2016 · 15 · 1h 58m" and its genre links under it), as a facts box
    of the strips it holds, for the page reader to keep; None when the page has none."""
    if not film_title:
        return None
    for heading in soup.find_all(["h1", "h2", "h3", "h4"]):
        holder = heading.parent
        named = YEAR_AFTER.sub("", one_line(heading)).casefold() == film_title.casefold()
        if not named or holder is None or main in holder.parents or holder is main:
            continue
        lines = [
            line for tag in holder.find_all(["ul", "ol", "div", "p"]) if (line := strip_of(tag))
        ]
        if lines:
            box = soup.new_tag("div", attrs={MARKER: "1"})
            for line in lines:
                box.append(soup.new_tag("p", string=line))
            return box
    return None


def strip_of(tag) -> str:
    """ "2016 · 15 · 1h 58m" for a list of facts or a paragraph of them, "Action, Horror"
    for a row of genre links; "" when `tag` is neither."""
    if tag.find(BLOCK_CHILDREN):
        return ""
    if tag.name == "p":  # "Gillo Pontecorvo · Italy, Algeria · 1966 · 121 min" under a hero's title
        return line if is_strip(line := one_line(tag)) else ""
    items = [one_line(item) for item in tag.find_all(["li", "a"])]
    line = " · ".join(items) if tag.name in ("ul", "ol") else ", ".join(items)
    return line if len(items) > 1 and (is_strip(line) or segment_facts(line)) else ""
