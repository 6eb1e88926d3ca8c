"""A film's facts in a static site's front matter, as Jekyll and Hugo themes keep them in a
block of their own under the post's fields:

    film:
      title: "Stalker"
      director: "Andrei Tarkovsky"
      country: [France, Italy]
      runtime: 161
      studio: "Mosfilm"

Only such a block is read (under "film:", "movie:"), and only the keys that name a film's
fact: the post's own fields beside it (its date, tags, categories, author) are never the
film's year, genres or people.
"""

import re

#: The keys of a film's block, and what the film then holds (`FactsMixin.fact` names).
FRONT_MATTER_KEYS = {
    "director": "directors", "directors": "directors", "directed_by": "directors",
    "writer": "writers", "writers": "writers", "screenplay": "writers",
    "country": "countries", "countries": "countries",
    "runtime": "runtime", "running_time": "runtime", "duration": "runtime", "length": "runtime",
    "studio": "studios", "studios": "studios", "production_company": "studios",
    "distributor": "studios", "genre": "genres", "genres": "genres",
    "cinematographer": "cinematographers", "cinematography": "cinematographers",
    "composer": "composers", "music": "composers", "editor": "editors",
    "producer": "producers", "producers": "producers", "year": "release",
    "release_year": "release",
}  # fmt: skip
#: The keys a film's block goes under.
FILM_BLOCK = re.compile(r"^(?P<indent>\s*)(?:film|movie)\s*:\s*$", re.IGNORECASE)
FIELD = re.compile(r"^(?P<indent>\s+)(?P<key>[A-Za-z_-]+)\s*:\s*(?P<value>.*?)\s*$")
LIST_ITEM = re.compile(r"^\s+-\s+(?P<value>.+?)\s*$")


def film_block(lines):
    """The (key, value) fields of the front matter's film block, lists joined with commas
    ("[France, Italy]" and "- France" items alike); [] when there is none."""
    fields, inside, indent = [], False, ""
    for line in lines:
        if block := FILM_BLOCK.match(line):
            inside, indent = True, block.group("indent")
            continue
        if not inside:
            continue
        if (field := FIELD.match(line)) and len(field.group("indent")) > len(indent):
            fields.append([field.group("key").casefold().replace("-", "_"), field["value"]])
        elif (item := LIST_ITEM.match(line)) and fields:
            fields[-1][1] = ", ".join(filter(None, (fields[-1][1], item.group("value"))))
        else:
            break  # the block ends where the post's own fields go on
    return [(key, unquoted(value)) for key, value in fields]


def unquoted(value):
    """A YAML value as text: quotes and a list's brackets off ("[France, Italy]")."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    return ", ".join(part.strip().strip("\"'") for part in value.split(",") if part.strip())


class FrontMatterFactsMixin:
    """The `Extractor` method that reads a front matter's film block."""

    def front_matter_facts(self, lines):
        """Read the film's facts from the front matter's film block (`film_block`)."""
        for key, value in film_block(lines):
            name = FRONT_MATTER_KEYS.get(key)
            if not name or not value:
                continue
            if name == "release" and self.review.film.year is not None:
                continue  # the headline's year stands
            if name == "runtime" and value.isdigit():
                value = f"{value} min"
            self.fact(name, value)
