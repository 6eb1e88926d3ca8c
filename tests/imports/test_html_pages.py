"""Saved web pages (.html) are read main content first, their furniture dropped and listed."""

from django.conf import settings

from imports.html_pages import page_extract
from reviews.models import Credit, Review
from tests.imports.helpers import run

PAGE = settings.BASE_DIR / "tests" / "fixtures" / "pages" / "tidewater-review.html"


def test_the_main_content_is_read_and_the_furniture_dropped_and_listed():
    review = page_extract(PAGE.read_text(encoding="utf-8"))
    assert (review.title, review.film.title, review.film.year) == (
        "Tidewater (2024) Review",
        "Tidewater",
        2024,
    )
    # The sidebar's and the related post's "Director:" lines are not this film's.
    assert review.film.directors == ["Pol Marrec"]
    assert review.film.writers == ["Pol Marrec", "Anouk Le Dantec"]
    assert review.rating == 8
    body = review.body_html
    assert "<h2>The town</h2>" in body and "<h3>The sound</h3>" in body  # h4 is a subsection
    link = '<a href="https://harbour-lights.example/2022/the-keeper-review/">'
    assert f"{link}Marrec's first feature</a>" in body and "<em>already</em>" in body
    assert "<p>— Marrec, in the press notes</p></blockquote>" in body
    for furniture in ("Skip to content", "Home", "Share this", "Saltmarsh", "Leave a Reply"):
        assert furniture not in body
    dropped = " | ".join(review.dropped)
    for listed in (
        "outside the page's main content",
        "nav.breadcrumbs",
        "By Ines Varga",
        "Share this",
        "Saltmarsh (2021) Review",
        "div.comments-area",
        "image The lamp room at dawn",
    ):
        assert listed in dropped
    assert any(warning.startswith("Left out of the body (8)") for warning in review.warnings)


def test_a_page_without_main_is_read_from_its_largest_block_of_text():
    page = (
        "<html><body><div class='menu'><p>Home</p><p>Reviews</p></div>"
        "<div class='content'><h1>Quiet Hours Review</h1><p>Director: Ada Holm</p>"
        "<p>A night nurse and a patient who will not sleep trade stories until dawn.</p>"
        "<p>It is small, and exactly the right size.</p></div>"
        "<div class='footer-links'><p>Contact</p></div></body></html>"
    )
    review = page_extract(page)
    assert (review.title, review.film.directors) == ("Quiet Hours Review", ["Ada Holm"])
    assert review.body_html == (
        "<p>A night nurse and a patient who will not sleep trade stories until dawn.</p>"
        "<p>It is small, and exactly the right size.</p>"
    )
    assert review.dropped[0] == "everything outside the page's largest block of text (3 words)"


def test_import_reviews_imports_a_saved_page(author):
    output = run(PAGE)
    assert "1 created" in output and "Left out of the body (7)" in output
    assert "Image in the body not found beside the page" in output  # no Tidewater_files/
    review = Review.objects.get()
    assert review.film.title == "Tidewater" and review.rating == 8
    director = Credit.objects.get(film=review.film, role=Credit.Role.DIRECTOR)
    assert director.person.name == "Pol Marrec"
    assert "<h3>The sound</h3>" in review.body
    assert "1 unchanged" in run(PAGE)
