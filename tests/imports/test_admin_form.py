"""The "Import reviews" form: who may use it, and what it refuses before any batch is made."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from imports import forms
from imports.models import ImportBatch
from tests.imports.admin_helpers import (
    IMPORT_URL,
    LANTERN,
    WXR,
    batch_url,
    retry_url,
    start,
    upload,
)

pytestmark = pytest.mark.django_db


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
    assert (
        'accept=".txt,.text,.md,.html,.htm,.xml,.wxr,.jpg,.jpeg,.png,.gif,.webp,.zip" multiple'
        in response.text
    )


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


def test_importing_a_wordpress_export_needs_its_own_permission(client, editor, editor_client):
    assert editor.has_perm("imports.import_wordpress")  # Editors have it
    start(editor_client, files=[upload("blog.xml", WXR)])
    ImportBatch.objects.all().delete()
    editor.groups.clear()
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_review", "change_any_review"])
    )  # may import reviews, not WordPress exports
    client.force_login(get_user_model().objects.get(pk=editor.pk))
    response = client.post(IMPORT_URL, {"pasted": "", "files": [upload("blog.xml", WXR)]})
    assert "blog.xml: a WordPress export brings its authors" in response.text
    assert not ImportBatch.objects.exists()
