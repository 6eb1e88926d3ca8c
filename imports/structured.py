# ruff: noqa: RUF001  (page titles use typographic dashes; the patterns must too)
"""What a saved page's machine-readable data says of its film: schema.org JSON-LD and titles.

Sites describe the film a review is about in `<script type="application/ld+json">` (a
schema.org Review whose `itemReviewed` is a Movie, or a Movie alone, or either inside an
`@graph`) or in the page's markup (microdata, RDFa Lite: `imports.microdata`), and name
the page in `<title>` and Open Graph's `og:title`. `page_facts(soup)` reads them, before
the page's scripts are thrown away, into `PageFacts`: film facts, the review's rating with
how it was converted, and title evidence. Pure functions, no database:
`structured_merge` decides what of it the review takes. The Review's author is the critic,
never a film credit; a Movie's dates are the film's, a Review's are the review's.
"""

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from imports.extracted import CastMember, FilmFacts
from imports.microdata import microdata_items
from imports.names import is_name
from imports.title_shapes import is_category, without_category
from imports.values import plain

#: "PT2H10M", "PT130M", "P0DT1H45M": ISO 8601 durations as schema.org writes them.
ISO_DURATION = re.compile(
    r"^P(?:\d+D)?T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:\d+(?:\.\d+)?S)?$", re.I
)
YEAR_START = re.compile(r"^\s*((?:18|19|20|21)\d\d)\b")
#: A Movie's own dates, most telling first (never the Review's `datePublished`).
FILM_DATES = ("dateCreated", "datePublished", "releasedEvent", "releasedAt", "copyrightYear")
#: What old pages wrap a script's text in, for old browsers: never part of the JSON.
WRAPPING = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
#: A Movie's people, by the FilmFacts field they fill; a Movie's `author` and `creator`
#: are its writers (persons only: a studio is often its `creator`).
FILM_PEOPLE = {
    "director": "directors", "musicBy": "composers", "producer": "producers",
    "author": "writers", "creator": "writers", "editor": "editors",
}  # fmt: skip
#: A `contributor`'s Role (`roleName`, or a `Person`'s `jobTitle`), by the field it fills.
CONTRIBUTOR_ROLES = {
    "director": "directors", "writer": "writers", "screenplay": "writers",
    "screenwriter": "writers", "composer": "composers", "music": "composers",
    "producer": "producers", "editor": "editors", "film editor": "editors",
    "cinematographer": "cinematographers", "director of photography": "cinematographers",
    "cinematography": "cinematographers",
}  # fmt: skip
#: schema.org's default scale when `bestRating` is left out (Google's structured data
#: guide and schema.org before 2023 state it); trusted only for values it can hold.
DEFAULT_BEST = Decimal(5)
SCHEMA_SOURCE = "the page's schema.org data"
REVIEW_TYPES = frozenset({"Review", "CriticReview"})  # never a UserReview: a reader's
MAX_TITLE_WORDS = 12
TITLE_SEPARATORS = re.compile(r"\s+[|–—]\s+|\s+-\s+")
TITLE_COLON = re.compile(r":\s+")
#: What a page title adds to a film's: "review", "Film review", "(2021)", "Movie Review".
TITLE_NOISE = re.compile(
    r"^(?:(?:film|movie)\s+)?review\s*$|\s*\((?:18|19|20)\d\d\)\s*|\s+(?:film\s+|movie\s+)?review$"
    r"|^(?:(?:film|movie)\s+)?review\s*:\s*|^(?:film|movie)\s+review\s+",
    re.IGNORECASE,
)


@dataclass
class PageFacts:
    """The film facts, rating and titles a page's structured data gives, and its notes."""

    film: FilmFacts = field(default_factory=FilmFacts)
    rating: Decimal | None = None
    rating_as_written: str = ""
    rating_conversion: str = ""  # "4 of 5 is 8/10", or why it was not read
    titles: list[tuple[str, str]] = field(default_factory=list)  # (title, where it was)
    notes: list[str] = field(default_factory=list)  # malformed data, ambiguity


def page_facts(soup) -> PageFacts:
    """What `soup`'s JSON-LD, `og:title` and `<title>` say (read before scripts go)."""
    facts = PageFacts()
    movie, review = reviewed_movie(json_ld_items(soup, facts.notes), facts.notes)
    if movie is None:  # the markup's items, when the scripts describe no film
        movie, review = reviewed_movie(microdata_items(soup), facts.notes)
    if movie is not None:
        facts.film = movie_facts(movie)
        if facts.film.title:
            facts.titles.append((facts.film.title, f"{SCHEMA_SOURCE} (Movie name)"))
    if review is not None and movie is not None:
        review_rating(review.get("reviewRating"), facts)
    if (og := soup.find("meta", attrs={"property": "og:title"})) and og.get("content"):
        facts.titles.append((" ".join(og["content"].split()), "og:title"))
    if (title := soup.find("title")) and title.get_text(strip=True):
        facts.titles.append((" ".join(title.get_text(" ").split()), "<title>"))
    return facts


def json_ld_items(soup, notes) -> list[dict]:
    """Every object in the page's JSON-LD blocks, lists and `@graph`s flattened."""
    items = []
    for number, script in enumerate(soup.find_all("script", type="application/ld+json"), 1):
        text = WRAPPING.sub("", script.string or script.get_text() or "null")
        try:
            data = json.loads(text, strict=False)  # a raw newline inside a string is common
        except ValueError as error:
            notes.append(f"JSON-LD block {number} is not valid JSON ({error.msg}): ignored.")
            continue
        items.extend(flattened(data))
    return items


def flattened(data):
    if isinstance(data, list):
        return [item for part in data for item in flattened(part)]
    if not isinstance(data, dict):
        return []
    graph = data.get("@graph")
    return [data] + (flattened(graph) if isinstance(graph, list | dict) else [])


def types_of(item) -> set[str]:
    kinds = item.get("@type", []) if isinstance(item, dict) else []
    return {
        str(kind).rsplit("/", 1)[-1] for kind in (kinds if isinstance(kinds, list) else [kinds])
    }


def reviewed_movie(items, notes):
    """The Movie the page reviews and the Review of it (either may be None)."""
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    reviews = [item for item in items if types_of(item) & REVIEW_TYPES]
    for review in reviews:
        for reviewed in as_list(review.get("itemReviewed")):
            if isinstance(reviewed, dict) and set(reviewed) == {"@id"}:  # in the @graph
                reviewed = by_id.get(reviewed["@id"], reviewed)
            if types_of(reviewed) & {"Movie", "Film"}:
                return reviewed, review
    movies = [item for item in items if types_of(item) & {"Movie", "Film"}]
    if len(movies) == 1:
        movie = movies[0]
        own = [r for r in as_list(movie.get("review")) if types_of(r) & REVIEW_TYPES]
        unattached = [r for r in reviews if not r.get("itemReviewed")]
        # One review of it is the page's; several are readers' (never the critic's rating).
        return movie, next(iter(unattached or (own if len(own) == 1 else [])), None)
    if len(movies) > 1:
        notes.append(f"{SCHEMA_SOURCE} describes {len(movies)} films and reviews none: ignored.")
    return None, None


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def text_of(value) -> str:
    """A value as text: a string, a number, or a thing's `name`."""
    if isinstance(value, dict):
        value = value.get("name", "")
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def movie_facts(movie) -> FilmFacts:
    film = FilmFacts(title=text_of(movie.get("name")))
    film.year = next((year for key in FILM_DATES if (year := year_of(movie.get(key)))), None)
    for key, name in FILM_PEOPLE.items():
        setattr(film, name, unique([*getattr(film, name), *person_names(movie.get(key))]))
    for name, people in contributors(movie.get("contributor")).items():
        setattr(film, name, unique([*getattr(film, name), *people]))
    film.cast = cast_of(as_list(movie.get("actor")) + as_list(movie.get("actors")))
    film.runtime_minutes = minutes(text_of(movie.get("duration")))
    film.genres = unique(text_of(genre) for genre in as_list(movie.get("genre")))
    film.countries = unique(text_of(place) for place in as_list(movie.get("countryOfOrigin")))
    film.studios = unique(text_of(company) for company in as_list(movie.get("productionCompany")))
    return film


def year_of(value) -> int | None:
    if isinstance(value, dict):  # a PublicationEvent
        value = value.get("startDate")
    match = YEAR_START.match(text_of(value))
    return int(match.group(1)) if match else None


def minutes(duration: str) -> int | None:
    """Minutes in an ISO 8601 duration ("PT2H10M" is 130), or None."""
    match = ISO_DURATION.match(duration.strip())
    if not match or not (match.group("hours") or match.group("minutes")):
        return None
    total = int(match.group("hours") or 0) * 60 + int(match.group("minutes") or 0)
    return total if 0 < total <= 1000 else None


def person_names(value) -> list[str]:
    """The people's names in `value`, never an organisation's."""
    people = [item for item in as_list(value) if "Organization" not in types_of(item)]
    return unique(name for person in people if is_name(name := text_of(person)))


def contributors(value) -> dict[str, list[str]]:
    """A Movie's `contributor`s by the FilmFacts field their role fills: a Role
    (`roleName`, the Person in `contributor`) or a Person with a `jobTitle`; others aside."""
    found: dict[str, list[str]] = {}
    for item in as_list(value):
        role, person = "", item
        if isinstance(item, dict) and "Role" in " ".join(types_of(item)):
            role, person = text_of(item.get("roleName")), item.get("contributor")
        elif isinstance(item, dict):
            role = text_of(item.get("jobTitle"))
        if (field_name := CONTRIBUTOR_ROLES.get(role.casefold())) is not None:
            found.setdefault(field_name, []).extend(person_names(person))
    return found


def cast_of(actors) -> list[CastMember]:
    """Actors as Persons, names, or PerformanceRoles with the character they play."""
    cast, seen = [], set()
    for actor in actors:
        character = ""
        if "PerformanceRole" in types_of(actor):
            character = text_of(actor.get("characterName"))
            actor = actor.get("actor")
        elif isinstance(actor, dict):  # a Person given the character it plays
            character = text_of(actor.get("characterName"))
        name = text_of(actor)
        if is_name(name) and name.casefold() not in seen:
            seen.add(name.casefold())
            cast.append(CastMember(name, character))
    return cast


def unique(values) -> list[str]:
    found = []
    for value in values:
        if value and value.casefold() not in {known.casefold() for known in found}:
            found.append(value)
    return found


def review_rating(rating, facts: PageFacts):
    """The Review's `reviewRating` on 0-10, or a note saying why it could not be read."""
    if not isinstance(rating, dict):
        return
    value, best, worst = (
        number(rating.get(key)) for key in ("ratingValue", "bestRating", "worstRating")
    )
    if value is None:
        return
    written = f"ratingValue {plain(value)}" + (f", bestRating {plain(best)}" if best else "")
    facts.rating_as_written = f"{written} ({SCHEMA_SOURCE})"
    if best is None and value > DEFAULT_BEST:
        facts.rating_conversion = f"{plain(value)} with no bestRating: the scale is unknown"
        return
    assumed = " (no bestRating: schema.org's default of 5)" if best is None else ""
    best = best or DEFAULT_BEST
    low = worst if worst is not None and worst > 1 else Decimal(0)  # 1-5 stars: 4 is 8/10
    if best <= low or not low <= value <= best:
        facts.rating_conversion = f"{plain(value)} is off its scale of {plain(best)}"
        return
    facts.rating = (value - low) * 10 / (best - low)
    facts.rating_conversion = (
        f"{plain(value)} of {plain(best)}{assumed} is {plain(facts.rating)}/10"
    )


def number(value) -> Decimal | None:
    try:
        return Decimal(text_of(value).replace(",", ".")) if text_of(value) else None
    except InvalidOperation:
        return None


def known_title(facts: PageFacts, emphasised=()) -> tuple[str, str] | None:
    """The film's name as the page's data gives it plainly, and where: the JSON-LD Movie's
    name; else a part of `og:title` or `<title>` marked as a review's ("Heat review | Site")
    or one the headline emphasises (`emphasised`: the texts of its <em>, <i>, <cite>). A
    part marked as a category's review ("The Film - Anime Movie Review", "X | Blu-ray Review")
    marks the part before it: the category is no film's name (`imports.title_shapes`)."""
    marked, plain_parts = [], []
    for title, where in facts.titles:
        if where.startswith(SCHEMA_SOURCE):
            return title, where
        segments = TITLE_SEPARATORS.split(title)
        if where == "<title>" and len(segments) > 1:
            segments = segments[:-1]  # "… | The Lantern": the site's name
        # Whole segments first: "Dune: Part Two review" names "Dune: Part Two", not "Part Two".
        parts = segments + [part for segment in segments for part in TITLE_COLON.split(segment)]
        for at, part in enumerate(parts):
            cleaned = " ".join(TITLE_NOISE.sub(" ", without_category(part)).split()).strip(" -–—:|")
            if cleaned != part.strip() and is_category(cleaned):  # "Spotlight review" too:
                before = parts[at - 1].strip(" -–—:|") if 0 < at < len(segments) else ""
                marked.extend([(before, where)] if before else [])  # "X - Anime Movie Review"
                continue  # a category alone is the headline's to read, against the text
            if cleaned and len(cleaned.split()) <= MAX_TITLE_WORDS:
                (marked if cleaned != part.strip() else plain_parts).append((cleaned, where))
    stressed = {" ".join(text.split()).casefold() for text in emphasised}
    plain_parts = [(part, where) for part, where in plain_parts if part.casefold() in stressed]
    return next(iter(marked + plain_parts), None)
