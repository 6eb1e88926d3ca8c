"""A page's schema.org microdata and RDFa Lite read as the JSON-LD objects they stand for.

Some sites mark the film and the review up in the page itself rather than in a script:
`<div itemscope itemtype="https://schema.org/Movie">` with `itemprop="name"`, `director`
(itself an `itemscope` Person), `duration` in a `<time datetime="PT2H5M">`, `reviewRating`
with `ratingValue` in a `<meta content="4">`; RDFa Lite writes the same with `typeof` and
`property`. `microdata_items(soup)` turns each top-level item into the dict JSON-LD would
give (`{"@type": "Review", "itemReviewed": {...}}`), so `imports.structured` reads both
the same way and the same rule holds: the page's data fills what the text left blank.
"""

from bs4 import Tag

#: Where an element keeps its value rather than in its text (the microdata spec's table).
VALUE_ATTRIBUTES = {
    "meta": "content", "time": "datetime", "data": "value", "meter": "value",
    "a": "href", "link": "href", "area": "href", "img": "src", "audio": "src",
    "video": "src", "source": "src", "object": "data",
}  # fmt: skip


def is_item(tag) -> bool:
    return tag.has_attr("itemscope") or tag.has_attr("typeof")


def properties_of(tag) -> list[str]:
    """The schema.org names `tag` gives a value for (RDFa's `og:` and other prefixes aside)."""
    names = f"{tag.get('itemprop', '')} {tag.get('property', '')}".split()
    return [name.rsplit("/", 1)[-1] for name in names if ":" not in name or "schema.org" in name]


def microdata_items(soup) -> list[dict]:
    """Every item of the page that is no other item's property, as a JSON-LD-like dict."""
    return [
        item_of(tag)
        for tag in soup.find_all(is_item)
        if not properties_of(tag) or not any(is_item(parent) for parent in tag.parents)
    ]


def item_of(scope: Tag) -> dict:
    kinds = f"{scope.get('itemtype', '')} {scope.get('typeof', '')}".split()
    item: dict = {"@type": [kind.rsplit("/", 1)[-1] for kind in kinds]}
    for tag in own_properties(scope):
        value = item_of(tag) if is_item(tag) else value_of(tag)
        for name in properties_of(tag):
            item.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in item.items()}


def own_properties(scope: Tag):
    """The elements giving `scope`'s properties: not those inside a nested item."""
    for tag in scope.find_all(properties_of):
        owner = next((parent for parent in tag.parents if is_item(parent)), None)
        if owner is scope:
            yield tag


def value_of(tag: Tag) -> str:
    attribute = VALUE_ATTRIBUTES.get(tag.name)
    if tag.has_attr("content"):
        attribute = "content"  # RDFa's way, on any element
    if attribute and tag.has_attr(attribute):
        return " ".join(str(tag[attribute]).split())
    return " ".join(tag.get_text(" ").split())
