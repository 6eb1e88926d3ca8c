"""The admin's "Import reviews" pages: paste or upload, preview, confirm.

The worker previews and imports (imports.tasks); here the immediate backend runs each task
as it is enqueued, on commit, which `start` and `confirm` make happen.
"""

import datetime as dt
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.urls import reverse
from django.utils.html import escape

from imports import batches, forms
from imports.models import ImportBatch, ImportFile
from imports.tasks import preview_import_batch, run_import_batch
from reviews.models import Film, Person, Review
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "documents"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed documents not found at {SEEDS}")
IMPORT_URL = reverse("admin:reviews_review_import")
LANTERN = (FIXTURES / "bulleted_facts.txt").read_text(encoding="utf-8")
WXR = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old blog</title><wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login>critic</wp:author_login></wp:author>
<item><title>The Lantern Keeper</title><dc:creator>critic</dc:creator>
<content:encoded><![CDATA[<p>Genre: Drama</p><p>Director: Hana S\xc3\xb8rensen</p>
<p>A quiet film about a lighthouse.</p><p>Final Rating: 8/10</p>]]></content:encoded>
<wp:post_id>7</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:post_date>2024-01-02 10:00:00</wp:post_date></item>
</channel></rss>"""


def batch_url(batch):
    return reverse("admin:reviews_review_import_batch", args=[batch.pk])


def retry_url(batch):
    return reverse("admin:reviews_review_import_batch_retry", args=[batch.pk])


def upload(path_or_name, data=None):
    path = Path(path_or_name)
    return SimpleUploadedFile(path.name, path.read_bytes() if data is None else data)


def run_tasks():
    """Run what is enqueued on commit, as a request's commit would (the tasks run inline)."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def start(client, *, pasted="", files=(), status="draft"):
    """Post the import form; the batch it made (the response is the preview's redirect)."""
    with run_tasks():
        data = {"pasted": pasted, "files": list(files), "status": status}
        response = client.post(IMPORT_URL, data)
    assert response.status_code == 302, response.context["form"].errors
    batch = ImportBatch.objects.latest("pk")
    assert response["Location"] == batch_url(batch)
    return batch


def retry(client, batch):
    """Try the batch again (its new preview runs on commit); the page the retry leads to."""
    with run_tasks():
        response = client.post(retry_url(batch))
    assert response.status_code == 302 and response["Location"] == batch_url(batch)
    return client.get(batch_url(batch))


def confirm(client, batch):
    """Confirm the batch (its import task runs on commit); the page the confirmation leads to."""
    with run_tasks():
        response = client.post(batch_url(batch))
    assert response.status_code == 302 and response["Location"] == batch_url(batch)
    return client.get(batch_url(batch))


def counts():
    return Review.objects.count(), Film.objects.count(), Person.objects.count()


def test_review_changelist_links_to_the_import_page(editor_client):
    response = editor_client.get(reverse("admin:reviews_review_changelist"))
    assert f'href="{IMPORT_URL}"' in response.text


@pytest.mark.parametrize("url", [IMPORT_URL, "/admin/reviews/review/import/1/"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_moderators_cannot_import(moderator_client, editor):
    batch = ImportBatch.objects.create(created_by=editor)
    assert moderator_client.get(IMPORT_URL).status_code == 403
    assert moderator_client.post(IMPORT_URL, {"pasted": LANTERN}).status_code == 403
    assert moderator_client.post(batch_url(batch)).status_code == 403
    assert moderator_client.post(retry_url(batch)).status_code == 403
    assert not ImportBatch.objects.exclude(pk=batch.pk).exists()


def test_form_has_a_label_for_every_field(editor_client):
    response = editor_client.get(IMPORT_URL)
    assert response.status_code == 200
    assert response.templates[0].name == "admin/imports/import_form.html"
    for name in ("pasted", "files", "status"):
        assert f'for="id_{name}"' in response.text
    assert 'accept=".txt,.text,.md,.xml,.wxr" multiple' in response.text


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


def test_empty_form_is_an_error_on_the_paste_field(editor_client):
    response = editor_client.post(IMPORT_URL, {"pasted": "  \n", "status": "draft"})
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "pasted": ["Paste a review here, or choose files to upload."]
    }
    assert 'aria-describedby="id_pasted_helptext id_pasted_error"' in response.text
    assert "choose them again" not in response.text  # no files were chosen
    assert not ImportBatch.objects.exists()


def test_oversize_upload_is_an_error_that_keeps_the_pasted_text(editor_client, monkeypatch):
    monkeypatch.setattr(forms, "MAX_UPLOAD_BYTES", 1000)
    big = upload("archive.txt", b"Archive\n\n" + b" word" * 400)
    response = editor_client.post(
        IMPORT_URL, {"pasted": LANTERN, "files": [big], "status": "draft"}
    )
    assert response.status_code == 200
    assert "upload at most" in response.context["form"].errors["files"][0]
    assert "choose them again" in response.text
    assert "Mira Okafor as June, Tomás Reyes" in response.text  # still in the textarea
    assert not ImportBatch.objects.exists()


def test_binary_upload_is_previewed_as_skipped(editor_client):
    batch = start(editor_client, files=[upload("poster.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")])
    response = editor_client.get(batch_url(batch))
    [entry] = response.context["entries"]
    assert entry.row.outcome == "skipped" and entry.outcome == "Will be skipped"
    assert "binary file" in response.text


@needs_seeds
def test_seed_000_directors_contradiction_is_shown_in_the_preview(editor_client):
    batch = start(editor_client, files=[upload(next(SEEDS.glob("000_*.txt")))])
    page = editor_client.get(batch_url(batch)).text
    assert "The text says “Directed by Lee Chunghyun” but the film facts name Len wisemen" in page
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


def test_importing_a_wordpress_export_needs_its_own_permission(client, editor, editor_client):
    assert editor.has_perm("imports.import_wordpress")  # Editors have it
    start(editor_client, files=[upload("blog.xml", WXR)])
    ImportBatch.objects.all().delete()
    editor.groups.clear()
    editor.user_permissions.add(Permission.objects.get(codename="add_review"))
    client.force_login(get_user_model().objects.get(pk=editor.pk))
    response = client.post(IMPORT_URL, {"pasted": "", "files": [upload("blog.xml", WXR)]})
    assert "blog.xml: a WordPress export brings its authors" in response.text
    assert not ImportBatch.objects.exists()


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


# The work in the worker: the preview made once and stored, the import after the commit,
# failures an editor can read and retry, and a page that follows the work on its own.

REFRESH = '<meta http-equiv="refresh" content="2">'


def enqueued(task_queue):
    return [(result.task.name, list(result.args)) for result in task_queue.results]


def test_the_preview_is_made_once_and_reloading_only_reads_it(
    editor_client, monkeypatch, django_assert_num_queries
):
    runs, batch_rows = [], batches.batch_rows

    def counted(*args, **kwargs):
        runs.append(args)
        return batch_rows(*args, **kwargs)

    monkeypatch.setattr(batches, "batch_rows", counted)
    batch = start(editor_client, pasted=LANTERN)
    assert len(runs) == 1
    for _ in range(2):
        with django_assert_num_queries(5):  # session, user, its permissions, its groups', batch
            response = editor_client.get(batch_url(batch))
        assert "Mira Okafor as June" in response.text and "Confirm import" in response.text
    assert len(runs) == 1
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.PREVIEWED and len(batch.preview) == 1


def test_the_preview_is_enqueued_when_the_batch_commits(
    editor_client, task_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        editor_client.post(IMPORT_URL, {"pasted": LANTERN, "status": "draft"})
    batch = ImportBatch.objects.get()
    assert enqueued(task_queue) == [] and len(callbacks) == 1
    callbacks[0]()
    assert enqueued(task_queue) == [("preview_import_batch", [batch.pk, 1])]


def test_while_the_preview_is_made_the_page_says_so_and_refreshes_itself(editor_client, task_queue):
    batch = start(editor_client, pasted=LANTERN)  # queued, not run
    response = editor_client.get(batch_url(batch))
    assert response.context["title"] == "Import reviews: reading the documents"
    assert REFRESH in response.text and "The documents are being read" in response.text
    assert "Confirm import" not in response.text and "errornote" not in response.text
    assert not response.context["entries"]

    assert preview_import_batch.call(batch.pk, 1) is True  # the worker's turn
    response = editor_client.get(batch_url(batch))
    assert REFRESH not in response.text and "Confirm import" in response.text
    assert "Mira Okafor as June" in response.text and not Review.objects.exists()


def test_confirming_enqueues_the_import_once_and_the_page_follows_it(
    editor_client, editor, task_queue
):
    batch = start(editor_client, files=map(upload, sorted(FIXTURES.glob("*.txt"))))
    preview_import_batch.call(batch.pk, 1)
    with run_tasks():
        editor_client.post(batch_url(batch))
        second = editor_client.post(batch_url(batch), follow=True)
    assert "confirmed already; nothing was imported again" in second.text
    assert enqueued(task_queue)[1:] == [("run_import_batch", [batch.pk, 2])]
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.IMPORTING and batch.confirmed_by == editor

    response = editor_client.get(batch_url(batch))
    assert REFRESH in response.text and "Confirm import" not in response.text
    assert "being imported: 0 of 4 done" in " ".join(response.text.split())
    ImportBatch.objects.filter(pk=batch.pk).update(documents_done=3)
    assert "3 of 4 done" in " ".join(editor_client.get(batch_url(batch)).text.split())

    assert run_import_batch.call(batch.pk, 2) is True  # the worker's turn
    assert Review.objects.filter(author=editor).count() == 4
    response = editor_client.get(batch_url(batch))
    assert REFRESH not in response.text and "4 of 4 documents imported." in response.text
    batch.refresh_from_db()
    assert batch.documents_done == 4 and batch.preview == [] and not batch.files.exists()


def test_a_batch_without_a_preview_yet_cannot_be_confirmed(editor_client, task_queue):
    batch = start(editor_client, pasted=LANTERN)
    response = confirm(editor_client, batch)
    assert "no preview to confirm yet; nothing was imported" in response.text
    assert [name for name, _ in enqueued(task_queue)] == ["preview_import_batch"]
    assert ImportBatch.objects.get().status == ImportBatch.Status.PREVIEWING


def test_a_failed_preview_is_explained_and_can_be_tried_again(editor_client, monkeypatch):
    def broken(batch):
        raise RuntimeError("the importer broke")

    with monkeypatch.context() as patch:
        patch.setattr(batches, "batch_tasks", broken)
        batch = start(editor_client, pasted=LANTERN)
    response = editor_client.get(batch_url(batch))
    assert response.context["title"] == "Import reviews: stopped"
    failure = response.context["failure"]
    assert (
        failure.startswith("The preview stopped with an error") and "nothing was saved" in failure
    )
    assert f"import batch {batch.pk}, RuntimeError" in failure
    assert f'<p class="errornote" role="alert">{escape(failure)}</p>' in response.text
    assert "the importer broke" not in response.text  # the log has it, not the page
    assert REFRESH not in response.text and "Confirm import" not in response.text
    assert f'action="{retry_url(batch)}"' in response.text and "Try again" in response.text

    response = retry(editor_client, batch)
    assert "Confirm import" in response.text and "Mira Okafor as June" in response.text
    assert response.context["failure"] == "" and "errornote" not in response.text
    assert ImportBatch.objects.get().attempt == 2


def test_a_failed_import_keeps_what_it_imported_and_is_previewed_again(editor_client, monkeypatch):
    batch = start(editor_client, files=map(upload, sorted(FIXTURES.glob("*.txt"))))
    batch_row, rows = batches.batch_row, []

    def second_breaks(row, new_films):
        rows.append(row)
        if len(rows) == 2:
            raise RuntimeError("the database went away")
        return batch_row(row, new_films)

    with monkeypatch.context() as patch:
        patch.setattr(batches, "batch_row", second_breaks)
        response = confirm(editor_client, batch)
    assert Review.objects.count() == 1
    failure = response.context["failure"]
    assert failure.startswith("The import stopped with an error after 1 of 4 documents")
    assert "Try again" in response.text and "Confirm import" not in response.text

    response = retry(editor_client, batch)
    outcomes = [entry.outcome for entry in response.context["entries"]]
    assert outcomes.count("Already imported: no change") == 1, outcomes
    assert outcomes.count("Will be created") == 3, outcomes
    response = confirm(editor_client, batch)
    assert Review.objects.count() == 4 and "4 of 4 documents imported." in response.text


@pytest.mark.parametrize("stage", ["preview", "import"])
def test_work_that_stopped_shows_as_failed_after_a_while_and_can_be_tried_again(
    editor_client, task_queue, stage
):
    batch = start(editor_client, pasted=LANTERN)
    if stage == "import":
        preview_import_batch.call(batch.pk, 1)
        confirm(editor_client, batch)
    batch.refresh_from_db()
    later = batch.updated_at + batches.STALLED_AFTER

    with time_machine.travel(later - dt.timedelta(seconds=1), tick=False):
        response = editor_client.get(batch_url(batch))
        assert REFRESH in response.text and "Try again" not in response.text
        refused = editor_client.post(retry_url(batch), follow=True)
        assert "has not stopped, so nothing was started again" in refused.text
    with time_machine.travel(later + dt.timedelta(seconds=1), tick=False):
        response = editor_client.get(batch_url(batch))
        assert "has not moved for 15 minutes" in response.context["failure"]
        assert REFRESH not in response.text and "Try again" in response.text
        retry(editor_client, batch)

    attempt = batch.attempt + 1
    assert enqueued(task_queue)[-1] == ("preview_import_batch", [batch.pk, attempt])
    # The task the stopped worker held, were it to run now, does nothing.
    stale = run_import_batch if stage == "import" else preview_import_batch
    assert stale.call(batch.pk, batch.attempt) is False
    assert ImportBatch.objects.get().status == ImportBatch.Status.PREVIEWING
    assert preview_import_batch.call(batch.pk, attempt) is True
    assert "Confirm import" in editor_client.get(batch_url(batch)).text


def test_an_import_that_was_tried_again_stops_between_documents(editor_client, monkeypatch):
    batch = start(editor_client, files=map(upload, sorted(FIXTURES.glob("*.txt"))))
    batch_row = batches.batch_row

    def retried_after_the_first(row, new_films):
        # Another request tried the batch again meanwhile (its worker seemed stopped).
        ImportBatch.objects.filter(pk=batch.pk).update(status="previewing", attempt=3)
        return batch_row(row, new_films)

    monkeypatch.setattr(batches, "batch_row", retried_after_the_first)
    confirm(editor_client, batch)
    assert Review.objects.count() == 1
    assert ImportBatch.objects.get().status == ImportBatch.Status.PREVIEWING


def test_a_retry_url_only_takes_posts(editor_client):
    batch = start(editor_client, pasted=LANTERN)
    assert editor_client.get(retry_url(batch)).status_code == 405


@pytest.mark.parametrize("stage", ["working", "previewed", "done"])
def test_import_pages_are_never_cached(editor_client, task_queue, stage):
    batch = start(editor_client, pasted=LANTERN)
    if stage != "working":
        preview_import_batch.call(batch.pk, 1)
    if stage == "done":
        confirm(editor_client, batch)
        run_import_batch.call(batch.pk, 2)
    for url in (IMPORT_URL, batch_url(batch)):
        cache_control = editor_client.get(url)["Cache-Control"]
        assert "no-cache" in cache_control and "private" in cache_control, url
