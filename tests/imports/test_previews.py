"""A stored preview reads back as the preview page showed it when it was made (no database)."""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from django.conf import settings

from imports.batches import BatchRow
from imports.documents import extract
from imports.previews import preview_data, preview_rows

FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "documents"


def stored(rows):
    """`rows` as a JSONField stores and returns them."""
    return preview_rows(json.loads(json.dumps(preview_data(rows))), BatchRow)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda path: path.stem)
def test_every_fact_the_preview_lists_reads_back_the_same(path):
    extracted = extract(path.read_text(encoding="utf-8"))
    row = BatchRow(
        name=path.name,
        outcome="created",
        review="Review of a film",
        review_id=7,
        film="A film (2023)",
        is_film_created=True,
        warnings=["a warning"],
        extracted=extracted,
        headline=extracted.title,
    )

    [back] = stored([row])

    assert replace(back, extracted=None) == replace(row, extracted=None)
    assert back.extracted.film == extracted.film  # dates, cast and all
    for name in ("title", "scores", "rating", "rating_as_written", "verdict", "keywords"):
        assert getattr(back.extracted, name) == getattr(extracted, name), name
    assert back.extracted.dropped == extracted.dropped
    assert [(item.question, item.is_question_missing) for item in back.extracted.faq] == [
        (item.question, item.is_question_missing) for item in extracted.faq
    ]


def test_the_lantern_keepers_dates_and_decimals_keep_their_types():
    extracted = extract((FIXTURES / "bulleted_facts.txt").read_text(encoding="utf-8"))
    [back] = stored([BatchRow(name="Pasted text", extracted=extracted)])
    assert back.extracted.film.release_date == extracted.film.release_date is not None
    assert back.extracted.rating == extracted.rating is not None
    assert back.extracted.scores and back.extracted.scores == extracted.scores


def test_the_documents_text_is_not_stored():
    extracted = extract((FIXTURES / "bulleted_facts.txt").read_text(encoding="utf-8"))
    data = json.dumps(preview_data([BatchRow(name="Pasted text", extracted=extracted)]))
    assert "lighthouse is shot like a character" not in data  # the body
    assert "older children, perhaps" not in data.lower()  # an FAQ answer


def test_a_row_without_facts_reads_back_without_them():
    row = BatchRow(name="poster.txt", warnings=["skipped: a binary file"])
    assert stored([row]) == [row]
