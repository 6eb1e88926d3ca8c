"""A label set apart by its element rather than a colon: "<span class="lbl">Director</span>
<a>Park Chan-wook</a>", "<b>Music</b> Lee Byung-woo".

Film databases and user-review pages style the label and drop the colon, so the line reads
"Director Park Chan-wook", which the facts reader cannot tell from a sentence. When an
element's whole text is a film fact label, it opens its line, and a capitalised value
follows it, the label gets its colon back: the page said as much with its markup.
"""

from bs4 import Tag

from imports.patterns import fact_of_label

#: Inline elements a label is styled with.
LABEL_TAGS = ("span", "strong", "b", "em", "i", "label", "small")
#: The lines a label may open.
LINE_TAGS = ("li", "p", "div", "td", "dd")
#: Values that may start with a digit: "Runtime 119 min", "Released 2006".
NUMERIC_FACTS = ("runtime", "release")


def labels_coloned(soup) -> None:
    """Give each styled label opening its line its colon ("Director" → "Director:")."""
    for tag in soup.find_all(LABEL_TAGS):
        text = tag.get_text(" ").strip()
        if not text or text.endswith(":") or (fact := fact_of_label(text)) is None:
            continue
        if tag.parent is None or tag.parent.name not in LINE_TAGS or not opens_line(tag):
            continue
        value = value_after(tag)
        if value[:1].isupper() or (value[:1].isdigit() and fact in NUMERIC_FACTS):
            tag.append(":")


def opens_line(tag) -> bool:
    """Whether nothing but white space comes before `tag` in its parent."""
    for sibling in tag.previous_siblings:
        if isinstance(sibling, Tag) or str(sibling).strip():
            return False
    return True


def value_after(tag) -> str:
    """The text after `tag` on its line, up to a line break."""
    parts = []
    for sibling in tag.next_siblings:
        if isinstance(sibling, Tag) and sibling.name == "br":
            break
        text = sibling.get_text(" ") if isinstance(sibling, Tag) else str(sibling)
        parts.append(text)
    return " ".join("".join(parts).split())
