"""WordPress posts and the film they are about: a stock post is no review, a draft's
"(draft)" is no part of a title, and a post about a catalogue film never copies it."""

import pytest

from reviews.models import Film, Review
from tests.imports.admin_helpers import batch_url, confirm, start, upload
from tests.imports.helpers import run, write

pytestmark = pytest.mark.django_db

POST = """<item><title>{title}</title><dc:creator>critic</dc:creator>
<content:encoded><![CDATA[{content}]]></content:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:status>{status}</wp:status>
<wp:post_type>post</wp:post_type><wp:post_date>2025-06-20 10:00:00</wp:post_date></item>"""
POSTS = {
    "hello": (
        "Hello world!",
        "<p>Welcome to WordPress. This is your first post. Edit or "
        "delete it, then start writing!</p>",
        "publish",
    ),
    "draft": (
        "Night Walk (draft)",
        "<p>Director: Ada Virtanen</p><p>A slow film about a city at night.</p><p>Rating: 3/5</p>",
        "draft",
    ),
    "wick": (
        "Ballerina (2025) Review",
        "<p>Director: Len Wiseman</p><p>Cast: Ana de Armas, "
        "Keanu Reeves</p><p>The John Wick spin-off is a film of plates and fire.</p>"
        "<p>Rating: 4/5</p>",
        "publish",
    ),
}


def export(tmp_path, *names):
    items = "\n".join(
        POST.format(title=title, content=content, status=status, post_id=number)
        for number, (title, content, status) in enumerate(map(POSTS.get, names), start=1)
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title><wp:wxr_version>1.2</wp:wxr_version><link>https://blog.example</link>
<wp:author><wp:author_login>critic</wp:author_login></wp:author>
{items}
</channel></rss>"""
    return write(tmp_path / "export.xml", xml)


def test_the_stock_hello_world_post_is_left_out_unless_asked(author, tmp_path):
    path = export(tmp_path, "hello")
    output = run(path)
    assert "omitted: not a review (WordPress's stock “Hello world!” post)" in output
    assert not Review.objects.filter(headline="Hello world!").exists()
    assert not Film.objects.filter(title="Hello world!").exists()
    run(path, "--include-non-reviews")
    # Asked for, it comes in; but no film is made under its weak title: a title to confirm.
    review = Review.objects.get(headline="Hello world!")
    assert (review.film, review.status) == (None, Review.Status.DRAFT)
    assert not Film.objects.filter(title="Hello world!").exists()


def test_a_drafts_suffix_is_not_in_the_film_title(author, tmp_path):
    run(export(tmp_path, "draft"))
    review = Review.objects.get(import_key__startswith="https://blog.example")
    assert review.film.title == "Night Walk" and review.headline == "Night Walk"
    assert review.status == Review.Status.DRAFT


def test_a_post_about_the_2025_ballerina_lands_on_the_catalogue_film(ballerinas, author, tmp_path):
    _, wick = ballerinas
    films = Film.objects.count()
    path = export(tmp_path, "wick")
    output = run(path)
    assert Review.objects.get(slug="ballerina-2025-review").film == wick
    assert Film.objects.count() == films
    assert "0 new film(s) were made" in output
    assert "1 unchanged" in run(path)


def test_the_admin_preview_reports_the_stock_post_as_no_review(editor_client, tmp_path):
    path = export(tmp_path, "hello", "draft")
    batch = start(editor_client, files=[upload(path)])
    page = editor_client.get(batch_url(batch)).text
    assert "Omitted (in WordPress&#x27;s trash, or not a review)" in page
    assert "omitted: not a review (WordPress&#x27;s stock “Hello world!” post)" in page
    confirm(editor_client, batch)
    imported = Review.objects.filter(import_key__startswith="https://blog.example")
    assert list(imported.values_list("headline", flat=True)) == ["Night Walk"]
