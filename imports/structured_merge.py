"""A page's structured data merged into what its text said: it fills, it never overrides.

The text is what readers see and what an editor can check, so it wins: a fact the page's
schema.org data or star widget gives fills only a fact the text left blank, and is listed
in `read_from_page_data` for the editor to confirm, as prose facts are in `read_from_text`.
Where the two disagree (another year, another director), the text's is kept and a warning
names both.
"""

import re

from imports.extracted import ExtractedReview, FilmFacts
from imports.star_widgets import WidgetRating
from imports.structured import SCHEMA_SOURCE, PageFacts
from imports.values import half_step, name_key, plain

SCALARS = {"year": "year", "runtime_minutes": "runtime", "certificate": "certificate"}
LISTS = {
    "directors": "director", "composers": "music", "producers": "producer",
    "writers": "writer", "editors": "editor", "cinematographers": "cinematographer",
    "genres": "genre", "countries": "country", "studios": "studio",
}  # fmt: skip


def merge_page_facts(review: ExtractedReview, facts: PageFacts, widget: WidgetRating | None):
    """Fill `review`'s blank facts from `facts` and `widget`; warn where they disagree."""
    review.warnings.extend(facts.notes)
    fill_film(review, facts.film)
    if review.film.year is None and (dated := titled_year(review.film.title, facts.titles)):
        review.film.year = dated[0]
        review.read_from_page_data.append(f"year {dated[0]} ({dated[1]})")
    fill_rating(review, facts, widget)
    if review.read_from_page_data:
        review.warnings.append(
            "Read from the page's structured data, please confirm: "
            + "; ".join(review.read_from_page_data)
            + "."
        )


def fill_film(review: ExtractedReview, given: FilmFacts):
    film, taken = review.film, review.read_from_page_data
    for name, label in SCALARS.items():
        value, known = getattr(given, name), getattr(film, name)
        if value in (None, ""):
            continue
        if known in (None, ""):
            setattr(film, name, value)
            taken.append(f"{label} {value}")
        elif str(known).casefold() != str(value).casefold():
            disagree(review, label, known, value)
    for name, label in LISTS.items():
        values, known = getattr(given, name), getattr(film, name)
        if values and not known:
            known.extend(values)
            taken.append(f"{label} {', '.join(values)}")
        elif values and name in ("directors",) and keys(values) != keys(known):
            disagree(review, label, ", ".join(known), ", ".join(values))
    fill_cast(review, given)


def fill_cast(review: ExtractedReview, given: FilmFacts):
    """Actors the text did not name join the cast; a character fills one the text left out."""
    known = {name_key(member.name): member for member in review.film.cast}
    for member in given.cast:
        if (same := known.get(name_key(member.name))) is None:
            review.film.cast.append(member)
            shown = f"{member.name} as {member.character}" if member.character else member.name
            review.read_from_page_data.append(f"cast {shown}")
        elif member.character and not same.character:
            same.character = member.character
            review.read_from_page_data.append(f"character {member.character} for {same.name}")


def fill_rating(review: ExtractedReview, facts: PageFacts, widget: WidgetRating | None):
    """The star widget's rating, else the schema.org one, when the text gave none."""
    offered = []
    if widget is not None:
        where = f"star widget “{widget.as_written}”"
        offered.append((widget.value, where, widget.conversion, widget.as_written))
    if facts.rating is not None:
        written = facts.rating_as_written
        offered.append((facts.rating, SCHEMA_SOURCE, facts.rating_conversion, written))
    elif facts.rating_conversion:
        review.warnings.append(
            f"Rating in {SCHEMA_SOURCE} not imported: {facts.rating_conversion}."
        )
    for value, where, conversion, written in offered:
        value = half_step(value)
        if review.rating is None:
            review.rating, review.rating_as_written = value, written
            review.read_from_page_data.append(f"rating {plain(value)}/10 ({where}: {conversion})")
        elif review.rating != value:
            disagree(review, "rating", f"{plain(review.rating)}/10", f"{plain(value)}/10 ({where})")


def titled_year(title, titles):
    """The year a page's <title> or og:title gives right after the film's own title
    ("Metropolis (1927) — Silent Sundays — Site"), with where it was; a year after any
    other name (a site's, another film's) is not this film's."""
    if not title:
        return None
    dated = re.compile(rf"(?<!\w){re.escape(title)}\s*[(\[](18[89]\d|19\d\d|20\d\d)[)\]]", re.I)
    for text, where in titles:
        if not where.startswith(SCHEMA_SOURCE) and (found := dated.search(text)):
            return int(found.group(1)), where
    return None


def disagree(review, label, known, value):
    review.warnings.append(
        f"The text gives {label} {known}; the page's structured data says {value}: "
        "the text's is kept."
    )


def keys(names) -> set[str]:
    return {name_key(name) for name in names}
