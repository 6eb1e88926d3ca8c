"""A saved page read from disk brings its images: they become the review's figures."""

import pytest
from django.conf import settings
from PIL import Image

from imports.html_pages import page_extract
from reviews.models import Review, ReviewFigure
from tests.imports.helpers import run

PAGE = settings.BASE_DIR / "tests" / "fixtures" / "pages" / "tidewater-review.html"
LAMP = "https://harbour-lights.example/wp-content/uploads/2025/03/tidewater-lamp.jpg"


@pytest.fixture
def saved_page(tmp_path, settings):
    """The page as a browser saves it "complete": its image in Tidewater_files/, not yet there."""
    settings.MEDIA_ROOT = tmp_path / "media"
    folder = tmp_path / "saved"
    folder.mkdir()
    page = folder / "tidewater-review.html"
    page.write_text(
        PAGE.read_text(encoding="utf-8").replace(LAMP, "Tidewater_files/tidewater-lamp.jpg"),
        encoding="utf-8",
    )
    return page


def lamp_is_saved(page):
    (page.parent / "Tidewater_files").mkdir()
    lamp = page.parent / "Tidewater_files" / "tidewater-lamp.jpg"
    Image.new("RGB", (60, 40), (200, 180, 90)).save(lamp)


def test_a_pages_image_beside_it_becomes_a_figure_with_its_alt_text(author, saved_page):
    lamp_is_saved(saved_page)
    output = run(saved_page)
    assert "1 created" in output and "not found" not in output
    review = Review.objects.get()
    [figure] = ReviewFigure.objects.filter(review=review)
    assert figure.alt == "The lamp room at dawn" and figure.image.name.endswith(".jpg")
    assert f'data-file="{figure.pk}"' in review.body
    assert "The lamp room, lit for real" in review.body  # the caption stays
    assert "1 unchanged" in run(saved_page)


def test_an_image_copied_beside_the_page_later_is_imported_by_the_next_run(author, saved_page):
    output = run(saved_page)
    assert "Image in the body not found beside the page" in output
    assert "Tidewater_files/tidewater-lamp.jpg" in output
    assert "<figure>" not in Review.objects.get().body and not ReviewFigure.objects.exists()
    lamp_is_saved(saved_page)
    assert "1 updated" in run(saved_page)
    assert ReviewFigure.objects.filter(review=Review.objects.get()).count() == 1


def test_an_image_path_cannot_leave_the_pages_folder(author, saved_page, tmp_path):
    Image.new("RGB", (10, 10)).save(tmp_path / "outside.jpg")
    html = saved_page.read_text(encoding="utf-8")
    saved_page.write_text(html.replace("Tidewater_files/tidewater-lamp.jpg", "../outside.jpg"))
    output = run(saved_page)
    assert "not found beside the page" in output and not ReviewFigure.objects.exists()


def test_a_pasted_or_uploaded_page_drops_its_images_and_lists_them():
    review = page_extract(PAGE.read_text(encoding="utf-8"))  # no folder: figures=False
    assert "<img" not in review.body_html
    assert any("The lamp room at dawn" in line for line in review.dropped)
