"""An export's images uploaded with it in the admin: loose, or its uploads folder zipped."""

import io
import zipfile

import pytest
from django.conf import settings
from PIL import Image

from imports.batch_uploads import MAX_UNPACKED_BYTES, member_path, unpack
from imports.models import ImportBatch
from reviews.models import Review, ReviewFigure
from tests.imports.admin_helpers import IMPORT_URL, confirm, start, upload

pytestmark = pytest.mark.django_db

WXR = settings.BASE_DIR / "tests" / "fixtures" / "wxr"
SITE = "https://salt-and-celluloid.example"


def jpeg(colour=(90, 120, 140)):
    data = io.BytesIO()
    Image.new("RGB", (64, 40), colour).save(data, "JPEG")
    return data.getvalue()


def zipped(members):
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return data.getvalue()


def stored_images():
    media = settings.MEDIA_ROOT
    return sorted(p.name for p in media.rglob("*") if p.is_file()) if media.exists() else []


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def test_a_zipped_uploads_folder_brings_the_featured_image_stored_only_on_confirmation(
    editor_client, media
):
    uploads = zipped(
        {
            "wp-content/uploads/2025/06/salt-orchard-still.jpg": jpeg(),
            "wp-content/uploads/2025/06/notes.txt": b"not an image",
        }
    )
    files = [upload(WXR / "export.xml"), upload("uploads.zip", uploads)]
    batch = start(editor_client, files=files)

    preview = str(ImportBatch.objects.get(pk=batch.pk).preview)
    assert "salt-orchard-still.jpg" not in preview  # found: no "not found" warning
    assert "Featured image not found" in preview  # the second post's, not uploaded
    assert stored_images() == []  # the preview stores no file its rollback would leave behind
    confirm(editor_client, batch)
    assert any(name.startswith("wp-salt-orchard-still") for name in stored_images())
    orchard = Review.objects.get(import_key=f"{SITE}/?p=10")
    assert orchard.hero_image.name.startswith("reviews/wp-salt-orchard-still")
    assert orchard.hero_image_alt == "A fisherman stands among pear trees above a grey sea"
    assert not ImportBatch.objects.get(pk=batch.pk).files.exists()


def test_loose_images_are_found_by_name_for_the_bodys_figures(editor_client, media):
    still = upload("breakwater-storm.jpg", jpeg((20, 40, 70)))
    batch = start(editor_client, files=[upload(WXR / "gutenberg-6.1.xml"), still])
    confirm(editor_client, batch)
    [figure] = ReviewFigure.objects.all()
    assert figure.source_url.endswith("/2025/06/breakwater-storm-1024x576.jpg")
    assert f'data-file="{figure.pk}"' in figure.review.body
    missing = "Image in the body not found among the images uploaded with the export"
    assert missing in str(ImportBatch.objects.get(pk=batch.pk).report)


def test_images_without_an_export_are_refused_and_the_pasted_text_kept(editor_client):
    data = {"pasted": "My review, kept.", "files": [upload("poster.jpg", jpeg())]}
    response = editor_client.post(IMPORT_URL, {**data, "status": "draft"})
    assert response.status_code == 200 and not ImportBatch.objects.exists()
    assert "Upload the export (.xml) with them" in str(response.context["form"].errors)
    assert "My review, kept." in response.text


def test_an_unreadable_zip_is_refused_with_the_way_out(editor_client):
    files = [upload(WXR / "export.xml"), upload("uploads.zip", b"PK\x03\x04 broken")]
    response = editor_client.post(IMPORT_URL, {"pasted": "", "files": files, "status": "draft"})
    assert response.status_code == 200 and not ImportBatch.objects.exists()
    assert "uploads.zip: not a zip archive that can be read" in str(response.context["form"].errors)


def test_archive_members_never_leave_the_folder(tmp_path):
    root = tmp_path / "uploads"
    root.mkdir()
    archive = zipped(
        {
            "../escaped.jpg": jpeg(),
            "/etc/absolute.jpg": jpeg(),
            "C:/windows.jpg": jpeg(),
            "2025/06/kept.jpg": jpeg(),
            "2025/06/script.php": b"<?php ?>",
        }
    )
    unpack(archive, root, name="uploads.zip")
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert written == ["uploads/2025/06/kept.jpg"]


def test_an_archive_stops_at_its_unpacked_limit(tmp_path, monkeypatch):
    monkeypatch.setattr("imports.batch_uploads.MAX_UNPACKED_BYTES", 1_000)
    archive = zipped({"a.png": b"\0" * 800, "b.png": b"\0" * 800})
    unpack(archive, tmp_path, name="uploads.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]
    assert MAX_UNPACKED_BYTES == 500 * 1024 * 1024  # the real limit is untouched


def test_wordpress_folders_are_taken_off_a_members_path():
    info = zipfile.ZipInfo("site/wp-content/uploads/2024/01/still.webp")
    assert str(member_path(info)) == "2024/01/still.webp"
    assert member_path(zipfile.ZipInfo("2024/")) is None
