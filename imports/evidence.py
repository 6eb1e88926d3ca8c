"""What a document says about its film, as keys the catalogue can be compared with.

The title without what is not the film's ("(2019)", "Review", a draft's "(draft)"), the
keys a title is known by, and the document's year, people, characters, studios, countries,
franchises and the catalogue people its text names (`Evidence`), for `identity` to weigh.
"""

import re
import unicodedata
from dataclasses import dataclass

from imports.values import name_key
from reviews.models import Credit

#: What a title carries that is not the film's: "(draft)", "(2019)", "Review".
TITLE_NOISE = re.compile(
    r"\s*(?:\((?:draft|\d{4})\)|[-\u2013\u2014:|]?\s*(?:movie |film )?review)\s*$", re.IGNORECASE
)
#: A certificate after a title: "Ballerina (15)", "Weapons (R)", "Barbie (PG-13)".
CERTIFICATE = re.compile(r"\s*\((?:U|PG|PG-13|12A?|15|18|R|NC-17|G|TV-MA)\)\s*$")
#: WordPress marks a draft's title so in some exports: never part of a title.
DRAFT_SUFFIX = re.compile(r"\s*\(draft\)\s*$", re.IGNORECASE)


def film_title(title: str) -> str:
    """`title` without what is not the film's: "X (2019) Review (draft)" is "X"."""
    cleaned, previous = title, None
    while previous != cleaned:
        previous, cleaned = cleaned, TITLE_NOISE.sub("", CERTIFICATE.sub("", cleaned)).strip()
    return cleaned or title


def without_draft(title: str) -> str:
    """`title` without a draft's "(draft)" suffix."""
    return DRAFT_SUFFIX.sub("", title) or title


def title_variants(title: str) -> set[str]:
    """The name keys a film called `title` may be known by: all of it, or after its prefix."""
    keys = {name_key(title)}
    if ": " in title:
        keys.add(name_key(title.rsplit(": ", 1)[-1]))
    return keys - {""}


def words_key(text: str) -> str:
    """`text` as its words without accents or punctuation, case kept, space-separated."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    words = ("".join(c for c in word if c.isalnum()) for word in plain.split())
    return f" {' '.join(word for word in words if word)} "


@dataclass
class Evidence:
    """What a document says about its film, as keys the catalogue can be compared with."""

    year: int | None
    directors: dict[str, str]  # name key (the catalogue person's too, for a near miss) → name
    text_directors: dict[str, str]  # the same, for "directed by" in the text
    cast: dict[str, str]
    characters: set[str]
    studios: set[str]
    countries: set[str]
    words: str  # the text as `words_key` has it, to look for characters and franchises
    named: list  # catalogue people the text names
    franchises: dict[int, str]  # franchises the text mentions, by pk
    films_of: dict[str, set[int]]  # a document person's key → films they are credited on
    film_names: dict[int, str]  # those films, as the reasons name them
    directed: set[int]  # the films the document's directors are credited as directing
    film_years: dict[int, int | None]  # the year of each of those films


def evidence_read(extracted, *, catalogue) -> Evidence:
    """The document's evidence; one query, for the films its people are credited on."""
    facts, people = extracted.film, catalogue.people
    directors = people_keys(info_line_people(extracted, "directors"), people)
    cast = people_keys(info_line_people(extracted, "cast"), people)
    words = words_key(f"{extracted.title}\n{extracted.text}")
    evidence = Evidence(
        year=facts.year,
        directors=directors,
        text_directors=people_keys(extracted.directors_in_text, people),
        cast=cast,
        characters={name_key(m.character) for m in facts.cast if m.character} - {""},
        studios={name.casefold() for name in facts.studios},
        countries={code for name in facts.countries if (code := catalogue.country_code(name))},
        words=words,
        named=people.named_in(extracted.text),
        franchises={pk: name for pk, name in catalogue.franchises if words_key(name) in words},
        films_of={},
        film_names={},
        directed=set(),
        film_years={},
    )
    found = {person.pk: key for key in {**directors, **cast} if (person := people.exact(key))}
    credits = Credit.objects.filter(person_id__in=found, role__in=["director", "cast"])
    for person_id, film_id, role, title, year in credits.values_list(
        "person_id", "film_id", "role", "film__title", "film__release_year"
    ):
        evidence.films_of.setdefault(found[person_id], set()).add(film_id)
        evidence.film_names[film_id] = f"{title} ({year})" if year else title
        evidence.film_years[film_id] = year
        if role == "director" and found[person_id] in directors:
            evidence.directed.add(film_id)
    return evidence


def same_people_films(evidence: Evidence) -> set[int]:
    """Films, whatever their title, directed by the document's director in its year: the
    same film under another title, most likely ("Intimacy" for a page titled "Extras")."""
    if not evidence.year:
        return set()
    return {pk for pk in evidence.directed if evidence.film_years[pk] == evidence.year}


def people_keys(names, people) -> dict[str, str]:
    """`names` by name key; a near miss of a catalogue person ("Len wisemen") by theirs."""
    keys = {}
    for name in names:
        person = people.exact(name) or people.near(name)
        keys[name_key(person.name if person else name)] = name
    return keys


def info_line_people(extracted, fact) -> list[str]:
    """The names the document's info line gives for `fact` ("directors", "cast"), set aside
    or not: the evidence of which film it is about (`identity`) weighs them still."""
    if set_aside := extracted.set_aside.get(fact):
        return list(set_aside)
    values = getattr(extracted.film, fact)
    return [getattr(value, "name", value) for value in values]
