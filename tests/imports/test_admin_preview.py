"""The "Import reviews" pages: the preview of what was pasted or uploaded, then confirming it.

The worker previews and imports (imports.tasks); here the immediate backend runs each task
as it is enqueued, on commit, which `start` and `confirm` make happen.
"""

import pytest
from django.test import Client
from django.urls import reverse

from imports.models import ImportBatch, ImportFile
from reviews.models import Film, Review
from tests.factories import UserFactory
from tests.imports.admin_helpers import (
    FIXTURES,
    LANTERN,
    SEEDS,
    WXR,
    batch_url,
    confirm,
    counts,
    needs_seeds,
    retry_url,
    run_tasks,
    start,
    upload,
)

pytestmark = pytest.mark.django_db


def test_preview_of_a_pasted_document_shows_what_was_read_and_saves_nothing(editor_client):
    before = counts()
    batch = start(editor_client, pasted=LANTERN)
    response = editor_client.get(batch_url(batch))
    assert response.status_code == 200
    page = response.text
    assert "Nothing has been saved yet" in page and "Will be created" in page
    for fact in (
        "The Lantern Keeper (2023)",
        "new film",
        "Drama, Mystery",
        "Hana Sørensen",
        "Mira Okafor as June",
        "Tomás Reyes as The Keeper",
        "Paul Whitcombe",
        "Northlight Pictures",
        "Cinematography 9",
        "Editing Rhythm",
        "107 min",
        "“Editing Rhythm” is a new scoring criterion: added to the criteria.",  # a warning
    ):
        assert fact in page, fact
    assert response.context["totals"]["created"] == 1
    assert "Confirm import" in page
    assert counts() == before
    assert ImportFile.objects.get(batch=batch).name == "Pasted text"


def test_confirming_creates_draft_reviews_by_the_editor_and_links_them(editor_client, editor):
    files = sorted(FIXTURES.glob("*.txt"))
    batch = start(editor_client, files=map(upload, files))
    response = confirm(editor_client, batch)
    reviews = Review.objects.filter(author=editor)
    assert reviews.count() == len(files)
    assert set(reviews.values_list("status", flat=True)) == {Review.Status.DRAFT}
    lantern = reviews.get(film__title="The Lantern Keeper")
    assert lantern.scores.count() == 4 and lantern.film.credits.filter(role="cast").exists()
    for review in reviews:
        assert reverse("admin:reviews_review_change", args=[review.pk]) in response.text
    assert "4 of 4 documents imported." in response.text
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE and len(batch.report) == len(files)
    assert not batch.files.exists()


@pytest.mark.postgres
def test_confirmed_reviews_can_be_searched_for(editor_client, django_capture_on_commit_callbacks):
    batch = start(editor_client, pasted=LANTERN, status="published")
    with django_capture_on_commit_callbacks(execute=True):  # the import, then the indexing
        editor_client.post(batch_url(batch))
    assert list(Review.objects.search("lighthouse")) == [Review.objects.get()]


def test_published_status_publishes_the_new_reviews(editor_client):
    batch = start(editor_client, pasted=LANTERN, status="published")
    confirm(editor_client, batch)
    review = Review.objects.get()
    assert review.status == Review.Status.PUBLISHED and review.published_at is not None


def test_a_second_confirmation_imports_nothing_more(editor_client):
    batch = start(editor_client, pasted=LANTERN)
    confirm(editor_client, batch)
    after_first = counts()
    response = confirm(editor_client, batch)
    assert counts() == after_first
    assert "confirmed already; nothing was imported again" in response.text
    assert response.context["totals"]["created"] == 1  # the first import's report, again


def test_a_batch_another_request_is_importing_is_not_imported_again(editor_client):
    batch = start(editor_client, pasted=LANTERN)
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.IMPORTING)
    response = confirm(editor_client, batch)
    assert not Review.objects.exists()
    assert "These documents are being imported" in response.text
    assert "Confirm import" not in response.text


def test_the_result_page_reads_only_the_batch(editor_client, django_assert_num_queries):
    batch = start(editor_client, files=map(upload, sorted(FIXTURES.glob("*.txt"))))
    confirm(editor_client, batch)
    with django_assert_num_queries(5):  # session, user, its permissions, its groups', batch
        response = editor_client.get(batch_url(batch))
    assert response.status_code == 200 and response.context["totals"]["created"] == 4


def test_another_editor_cannot_see_or_confirm_the_batch(editor_client, editor):
    batch = start(editor_client, pasted=LANTERN)
    other = UserFactory(username="other-editor", is_staff=True)
    other.groups.set(editor.groups.all())
    client = Client()
    client.force_login(other)
    assert client.get(batch_url(batch)).status_code == 404
    with run_tasks():
        assert client.post(batch_url(batch)).status_code == 404
        assert client.post(retry_url(batch)).status_code == 404
    assert not Review.objects.exists()


def test_a_superuser_can_confirm_an_editors_batch(editor_client, admin_client, admin_user):
    batch = start(editor_client, pasted=LANTERN)
    confirm(admin_client, batch)
    assert Review.objects.get().author == admin_user


def test_binary_upload_is_previewed_as_skipped(editor_client):
    batch = start(editor_client, files=[upload("poster.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")])
    response = editor_client.get(batch_url(batch))
    [entry] = response.context["entries"]
    assert entry.row.outcome == "skipped" and entry.outcome == "Will be skipped"
    assert "binary file" in response.text


def test_skipped_uploads_keep_their_reason_and_not_their_bytes(editor_client):
    too_large = upload("archive.txt", b"A long line of text.\n" * 60_000)  # 1.3 MB
    binary = upload("poster.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    batch = start(editor_client, files=[too_large, binary, upload("lantern.txt", LANTERN.encode())])

    stored = list(batch.files.values_list("name", "problem").order_by("position"))
    assert [name for name, _ in stored] == ["archive.txt", "poster.txt", "lantern.txt"]
    assert "over the 1 MB limit" in stored[0][1] and "binary file" in stored[1][1]
    assert [len(bytes(file.data)) for file in batch.files.order_by("position")][:2] == [0, 0]
    response = editor_client.get(batch_url(batch))
    outcomes = [entry.outcome for entry in response.context["entries"]]
    assert outcomes == ["Will be skipped", "Will be skipped", "Will be created"]


@needs_seeds
def test_seed_000_directors_contradiction_is_shown_in_the_preview(editor_client):
    batch = start(editor_client, files=[upload(next(SEEDS.glob("000_*.txt")))])
    page = editor_client.get(batch_url(batch)).text
    assert "Not applied: contradicted by the text (the text says it is directed by Lee" in page
    assert "Len wisemen" in page and "Ethan Hawke" in page
    assert "5 without a question" in page


@needs_seeds
def test_preview_of_the_five_seeds_agrees_with_their_import(editor_client):
    batch = start(editor_client, files=map(upload, sorted(SEEDS.glob("*.txt"))))
    response = editor_client.get(batch_url(batch))
    preview = response.context["totals"]
    # 001-003 go to the Ballerina that 000 makes: new, but not theirs, nor in the catalogue.
    assert [entry.row.is_film_from_batch for entry in response.context["entries"]][:4] == [
        False,
        True,
        True,
        True,
    ]
    assert "the new film an earlier document of this import makes" in response.text
    films = Film.objects.count()
    result = confirm(editor_client, batch).context["totals"]
    assert preview == result
    assert result["created"] == 5 and Film.objects.count() - films == result["films"]


def test_wordpress_export_upload_is_previewed(editor_client):
    batch = start(editor_client, files=[upload("blog.xml", WXR)])
    response = editor_client.get(batch_url(batch))
    rows = [entry.row for entry in response.context["entries"]]
    assert rows and all(row.outcome == "created" for row in rows), rows
    assert not Review.objects.exists()


def test_preview_of_two_posts_about_one_new_film_agrees_with_their_import(admin_client):
    second = (
        b"<item><title>The Lantern Keeper Review</title><dc:creator>critic</dc:creator>"
        b"<content:encoded><![CDATA[<p>Director: Hana S\xc3\xb8rensen</p>"
        b"<p>Still a quiet film.</p>]]></content:encoded><wp:post_id>8</wp:post_id>"
        b"<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n</channel>"
    )
    export = WXR.replace(b"</channel>", second)
    batch = start(admin_client, files=[upload("blog.xml", export)])
    preview = admin_client.get(batch_url(batch)).context
    assert [entry.row.outcome for entry in preview["entries"]] == ["created", "created"]
    assert preview["totals"]["films"] == 1 and not Film.objects.exists()
    confirm(admin_client, batch)
    assert Film.objects.count() == 1 and Review.objects.count() == 2
