"""What the tests of the "Import reviews" pages share: documents, addresses, and the
editor's steps (start, confirm, retry), each running the tasks it enqueues on commit."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse

from imports.models import ImportBatch
from reviews.models import Film, Person, Review

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


def start(client, *, pasted="", files=(), status="draft", **fields):
    """Post the import form; the batch it made (the response is the preview's redirect)."""
    with run_tasks():
        data = {"pasted": pasted, "files": list(files), "status": status, **fields}
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
