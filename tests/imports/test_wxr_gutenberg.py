"""A WordPress 6.1 export written with Gutenberg blocks keeps its bodies' structure."""

import re
from decimal import Decimal

import pytest
from django.conf import settings
from PIL import Image

from reviews.models import Review, ReviewFigure, Score
from tests.imports.helpers import run, write

EXPORT = settings.BASE_DIR / "tests" / "fixtures" / "wxr" / "gutenberg-6.1.xml"
SITE = "https://lantern-row.example"
STORM = f"{SITE}/wp-content/uploads/2025/06/breakwater-storm-1024x576.jpg"


@pytest.fixture
def uploads(tmp_path):
    """wp-content/uploads with the storm still (its original, not the resized copy the body
    links) and without the Quarry Road one."""
    folder = tmp_path / "uploads"
    (folder / "2025" / "06").mkdir(parents=True)
    Image.new("RGB", (80, 45), (20, 40, 70)).save(folder / "2025/06/breakwater-storm.jpg")
    return folder


def review(post_id):
    return Review.objects.get(import_key=f"{SITE}/?p={post_id}")


def headings(body):
    return re.findall(r"<(h[1-6])>(.*?)</\1>", body)


def test_headings_emphasis_links_quotes_and_tables_keep_their_structure(author, uploads):
    run(EXPORT, "--uploads", uploads)
    body = review(21).body
    assert headings(body) == [("h2", "A town that would rather not know"), ("h3", "The storm")]
    assert "<strong>Breakwater</strong>" in body and "<em>far</em>" in body
    link = f'<a href="{SITE}/2023/11/02/the-ledger-review/">The Ledger</a>'
    assert link in body
    assert (
        "<blockquote><p>I wanted the sea to feel like a deadline, not a monster.</p>"
        "<p>— Maren Solvik, at the press screening</p></blockquote>"
    ) in body
    assert "<tr><th>Festival</th><th>Award</th></tr>" in body
    assert "<td>Haugesund</td><td>Best Nordic Feature</td>" in body
    # The facts table is taken out where it sat: read as facts, gone from the body.
    assert "104 min" not in body and "<td>Tove Aaland" not in body
    film = review(21).film
    assert (film.title, film.release_year, film.runtime_minutes) == ("Breakwater", 2024, 104)
    cast = film.credits.filter(role="cast").values_list("person__name", flat=True)
    assert sorted(cast) == ["Kasper Brekke", "Tove Aaland"]


def test_no_caption_or_citation_becomes_a_heading(author, uploads):
    run(EXPORT, "--uploads", uploads)
    for post_id in (21, 22):
        texts = [text for _, text in headings(review(post_id).body)]
        assert not any("storm sequence" in text or "Solvik," in text for text in texts)
        assert "Somewhere past" not in " ".join(texts)
    assert "<figcaption>The storm sequence, shot in a real gale</figcaption>" in review(21).body


def test_every_score_line_survives_with_its_comment(author, uploads):
    output = run(EXPORT, "--uploads", uploads)
    scores = Score.objects.filter(review=review(21)).select_related("criterion")
    assert {(s.criterion.name, s.value, s.comment) for s in scores} == {
        ("Direction", Decimal("9.0"), "patient until it is ruthless"),
        ("Performance", Decimal("8.5"), "Aaland carries the quiet"),
        ("Screenplay", Decimal("7.0"), "the subplot with the mayor's son goes nowhere"),
        ("Sound & Score", Decimal("8.0"), "the foghorn motif earns its keep"),
    }
    assert "9/10" not in review(21).body and "Scores" not in review(21).body
    assert (review(21).rating, review(21).verdict) == (
        8.5,
        "A civic thriller with real water in it.",
    )
    # A table of scores is taken out whole, its heading with it; what was dropped is listed.
    quarry = review(22)
    assert {s.criterion.name: s.value for s in quarry.scores.all()} == {
        "Direction": Decimal("7.0"),
        "Performance": Decimal("8.0"),
    }
    assert "<table>" not in quarry.body and "How it scores" not in quarry.body
    assert "Taken out of the body as film facts" in output
    assert "“Direction: 9/10 – patient until it is ruthless”" in output  # noqa: RUF001
    assert "Left out of the body (1): “Criterion: Score”." in output


def test_images_become_figures_with_their_alt_and_caption(author, uploads):
    output = run(EXPORT, "--uploads", uploads)
    storm = ReviewFigure.objects.get(review=review(21))
    assert storm.source_url == STORM
    assert storm.alt == "Waves breaking over an unfinished concrete wall at night"
    assert storm.image.name.startswith("reviews/figures/wp-breakwater-storm")
    assert storm.image_renditions.get("webp"), "resized at once, as featured images are"
    assert f'data-file="{storm.pk}"' in review(21).body
    # Quarry Road's image is not among the uploads: left out of the body, and said so.
    assert not ReviewFigure.objects.filter(review=review(22)).exists()
    assert "<figure>" not in review(22).body
    assert "Image in the body not found in" in output and "quarry-road-car.jpg" in output


def test_the_review_page_shows_a_figure_from_its_renditions(author, uploads, client):
    run(EXPORT, "--uploads", uploads)
    breakwater = review(21)
    page = client.get(breakwater.get_absolute_url()).text
    figure = re.search(r"<figure><picture>.*?</figure>", page, re.DOTALL).group(0)
    assert "renditions/reviews/figures/" in figure and 'alt="Waves breaking' in figure
    assert "The storm sequence, shot in a real gale" in figure
    assert "/media/reviews/figures/" not in figure  # the upload itself is never linked
    ReviewFigure.objects.all().delete()
    page = client.get(breakwater.get_absolute_url()).text
    assert "The storm sequence" not in page and "<h3 id=" in page


def test_stock_and_announcement_posts_are_reported_and_left_out(author, uploads):
    output = run(EXPORT, "--uploads", uploads)
    assert "2 created" in output and "2 omitted" in output
    assert "WordPress's stock “Hello world!” post" in output
    assert "it names no film" in output
    assert not Review.objects.filter(headline__in=["Hello world!"]).exists()
    output = run(EXPORT, "--uploads", uploads, "--include-non-reviews")
    assert "2 created, 0 updated, 2 unchanged" in output
    assert Review.objects.filter(headline="Hello world!").exists()


def test_importing_the_same_export_twice_changes_nothing(author, uploads, tmp_path):
    run(EXPORT, "--uploads", uploads)
    before = {r.pk: (r.body, r.updated_at) for r in Review.objects.all()}
    figures = list(ReviewFigure.objects.values_list("pk", "image", "alt"))
    scores = list(Score.objects.values_list("pk", "value", "comment"))
    output = run(EXPORT, "--uploads", uploads)
    assert "0 created, 0 updated, 2 unchanged" in output
    assert {r.pk: (r.body, r.updated_at) for r in Review.objects.all()} == before
    assert list(ReviewFigure.objects.values_list("pk", "image", "alt")) == figures
    assert list(Score.objects.values_list("pk", "value", "comment")) == scores
    # A changed link target is a change, though the words are the same.
    edited = EXPORT.read_text(encoding="utf-8").replace("2023/11/02/the-ledger", "ledger")
    output = run(write(tmp_path / "export.xml", edited), "--uploads", uploads)
    assert "0 created, 1 updated, 1 unchanged" in output
    assert f'<a href="{SITE}/ledger-review/">' in review(21).body
    # The image is the one imported before: the same row and file, named in the new body.
    assert list(ReviewFigure.objects.values_list("pk", "image", "alt")) == figures
    assert f'data-file="{figures[0][0]}"' in review(21).body


def test_images_found_later_are_imported_by_the_next_run(author, uploads, tmp_path):
    output = run(EXPORT)  # as from the admin: no uploads, so no image
    assert "or run `manage.py import_reviews EXPORT --uploads FOLDER`" in output
    assert "<figure>" not in review(21).body and not ReviewFigure.objects.exists()
    output = run(EXPORT, "--uploads", uploads)
    assert "0 created, 1 updated, 1 unchanged" in output  # Quarry Road's image is still missing
    assert f'data-file="{ReviewFigure.objects.get().pk}"' in review(21).body


def test_editors_see_the_body_images_of_a_review_in_its_admin_page(author, uploads, editor_client):
    run(EXPORT, "--uploads", uploads)
    change = f"/admin/reviews/review/{review(21).pk}/change/"
    page = editor_client.get(change).text
    assert "image in the body" in page.lower() and 'value="Waves breaking over' in page
    page = editor_client.get(f"/admin/reviews/review/{review(22).pk}/change/").text
    assert "image in the body" not in page.lower()  # none: no empty section
