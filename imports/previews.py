"""A batch's preview as JSON: stored once by the preview task, shown on every reload.

A row keeps what the preview page lists of it (outcome, review, film and whether it is new
or made by an earlier document, warnings) and the facts read from the document: film facts,
scores, rating, verdict, FAQ questions, keywords and the lines left out. Not the document's
text or body, which the page never shows: the import reads the documents again.
"""

from dataclasses import fields
from datetime import date
from decimal import Decimal

from imports.extracted import FAQ, CastMember, ExtractedReview, FilmFacts

#: The film facts that are plain JSON values already (lists of names, numbers, text).
PLAIN_FILM_FIELDS = [
    field.name for field in fields(FilmFacts) if field.name not in ("release_date", "cast")
]
#: The extracted facts the page lists that are plain JSON values already.
PLAIN_FACTS = [
    "title", "rating_as_written", "verdict", "keywords", "dropped", "read_from_text",
    "read_from_page_data", "set_aside",
]  # fmt: skip


def preview_data(rows) -> list[dict]:
    """`rows` (BatchRow) as JSON values, the extracted facts cut to what the page lists."""
    return [{**vars(row), "extracted": facts_data(row.extracted)} for row in rows]


def preview_rows(data, row_class) -> list:
    """The rows `preview_data` stored, as `row_class` (BatchRow) with their facts."""
    return [row_class(**{**row, "extracted": facts_from(row["extracted"])}) for row in data]


def facts_data(extracted: ExtractedReview | None) -> dict | None:
    """What the preview lists of `extracted`, as JSON values (decimals and dates as text)."""
    if extracted is None:
        return None
    film = extracted.film
    return {
        **{name: getattr(extracted, name) for name in PLAIN_FACTS},
        "film": {
            **{name: getattr(film, name) for name in PLAIN_FILM_FIELDS},
            "release_date": film.release_date.isoformat() if film.release_date else None,
            "cast": [[member.name, member.character] for member in film.cast],
        },
        "scores": [[criterion, str(value)] for criterion, value in extracted.scores],
        "rating": None if extracted.rating is None else str(extracted.rating),
        # The page counts the questions and those missing: the answers are not kept.
        "faq": [[item.question, item.is_question_missing] for item in extracted.faq],
    }


def facts_from(data: dict | None) -> ExtractedReview | None:
    """The `ExtractedReview` `facts_data` stored, with what it left out empty."""
    if data is None:
        return None
    film = data["film"]
    release_date = film["release_date"]
    return ExtractedReview(
        **{name: data[name] for name in PLAIN_FACTS if name in data},  # older previews: fewer
        film=FilmFacts(
            **{name: film[name] for name in PLAIN_FILM_FIELDS if name in film},
            release_date=date.fromisoformat(release_date) if release_date else None,
            cast=[CastMember(name, character) for name, character in film["cast"]],
        ),
        scores=[(criterion, Decimal(value)) for criterion, value in data["scores"]],
        rating=None if data["rating"] is None else Decimal(data["rating"]),
        faq=[FAQ(question, "", is_question_missing=missing) for question, missing in data["faq"]],
    )
