"""Markdown documents are read as Markdown: no `#` or `**` left, formatting kept."""

from decimal import Decimal
from pathlib import Path

from django.conf import settings

from imports.documents import extract
from imports.markdown import markdown_lines

FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "document_forms"


def markdown_review():
    return extract((FIXTURES / "markdown_review.md").read_text(encoding="utf-8"), markdown=True)


def test_title_and_facts_lose_their_markup():
    review = markdown_review()
    film = review.film
    assert review.title == "Night Ferry (2023) review: a slow crossing"
    assert (film.title, film.year, film.runtime_minutes) == ("Night Ferry", 2023, 110)
    assert film.directors == ["Sara Lind"] and film.composers == ["Pia Storm"]
    assert [(m.name, m.character) for m in film.cast] == [
        ("Mo Berg", "Anton"),
        ("Ilse Raan", "Mira"),
    ]
    assert "#" not in review.body_html and "**" not in review.body_html


def test_headings_emphasis_links_and_lists_become_the_bodys_own():
    html = markdown_review().body_html
    assert '<a href="https://example.org/ferry">his last run</a>' in html
    assert "<em>tired</em>" in html
    assert "<h2>What works</h2><ul><li><p>the <strong>engine room</strong> sequences" in html
    assert "<h3>A note on sound</h3>" in html


def test_scores_and_rating_in_markdown_are_read_as_in_text():
    review = markdown_review()
    assert review.scores == [
        ("Direction", Decimal(9)),
        ("Acting", Decimal(8)),
        ("Sound", Decimal(7)),
    ]
    assert (review.rating, review.verdict) == (Decimal(8), "A crossing worth making.")
    assert review.score_comments == {"Direction": "tight and confident"}


def test_raw_html_in_markdown_stays_text():
    html = markdown_review().body_html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_same_text_as_plain_text_keeps_its_markup_characters():
    text = (FIXTURES / "markdown_review.md").read_text(encoding="utf-8")
    assert extract(text).title.startswith("# **Night Ferry**")
    assert extract(text, markdown=True).fingerprint == extract(text).fingerprint


def test_markdown_lines_keep_line_breaks_and_list_numbers():
    document = markdown_lines("Director: A  \nCast: B\n\n3. third\n4. fourth\n")
    assert [line for line in document.lines if line] == [
        "Director: A",
        "Cast: B",
        "3. third",
        "4. fourth",
    ]
