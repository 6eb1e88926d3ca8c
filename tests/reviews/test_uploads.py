"""Uploaded images: refused when too large to decode safely, re-encoded before readers see them."""

import io
import struct
import zlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from reviews.images import renditions_make, validate_image_upload
from reviews.models import Person
from tests.factories import PersonFactory
from tests.reviews.image_files import image_bytes, stored

pytestmark = [
    pytest.mark.django_db,
    # Pillow warns of the huge canvases these tests send; refusing them is the point.
    pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
]


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_canvas_png(width=13_000, height=13_000):
    """A PNG whose header promises width x height RGBA pixels, in a few hundred bytes.

    Its pixel data is the start of a zlib stream of zeros: enough for Pillow (and Django's
    ImageField, which verifies chunks without decoding) to take it for an image.
    """
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    pixels = zlib.compressobj().compress(b"\0" * 65536)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", pixels)
        + png_chunk(b"IEND", b"")
    )


def person_form(client, **fields):
    """POST data for the person add page, with its credits formset empty."""
    page = client.get("/admin/reviews/person/add/").content.decode()
    prefix = page.split('-TOTAL_FORMS"')[0].rsplit('name="', 1)[1]
    return {
        "name": "Ana de Armas",
        "slug": "ana-de-armas",
        f"{prefix}-TOTAL_FORMS": "0",
        f"{prefix}-INITIAL_FORMS": "0",
        **fields,
    }


def test_a_small_file_with_a_huge_canvas_is_refused_before_it_is_decoded(editor_client):
    data = huge_canvas_png()
    assert len(data) < 2_000
    upload = SimpleUploadedFile("portrait.png", data, content_type="image/png")
    response = editor_client.post(
        "/admin/reviews/person/add/", person_form(editor_client, photo=upload)
    )
    assert response.status_code == 200  # the form again, with what was typed
    errors = response.context["adminform"].form.errors["photo"]
    assert errors == [
        "This image is 13,000 x 13,000 pixels (169 megapixels); the largest accepted is 40 "
        "megapixels. Please upload a smaller copy."
    ]
    assert 'value="Ana de Armas"' in response.content.decode()
    assert not Person.objects.exists()


def test_the_limit_is_a_setting(settings):
    settings.IMAGE_MAX_PIXELS = 100 * 100
    validate_image_upload(io.BytesIO(image_bytes((100, 100))))
    with pytest.raises(Exception, match="101 x 100 pixels"):
        validate_image_upload(io.BytesIO(image_bytes((101, 100))))


def test_a_format_uploads_may_not_have_is_refused_by_name(editor_client):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "red").save(buffer, "BMP")
    upload = SimpleUploadedFile("portrait.bmp", buffer.getvalue(), content_type="image/bmp")
    response = editor_client.post(
        "/admin/reviews/person/add/", person_form(editor_client, photo=upload)
    )
    assert response.context["adminform"].form.errors["photo"] == [
        "Upload a JPEG, PNG, WebP or GIF image (this one is BMP)."
    ]


def test_a_stored_huge_canvas_is_never_decoded_by_the_worker():
    field_file = stored("people/huge.png", huge_canvas_png())
    assert renditions_make(field_file) == {}  # recorded as failed by the service


def test_a_polyglot_never_reaches_a_reader_byte_for_byte():
    html = b"<html><script>alert(document.cookie)</script></html>"
    person = PersonFactory(photo=ContentFile(image_bytes((400, 400), "PNG") + html, "p.png"))
    renditions = renditions_make(person.photo)

    with person.photo.open("rb") as stored_file:
        kept = stored_file.read()
    assert html not in kept  # the upload itself was replaced by a re-encoded copy
    with Image.open(io.BytesIO(kept)) as image:
        assert image.format == "PNG" and image.size == (400, 400)
        assert image.getpixel((10, 10))[:3] == (255, 0, 0)  # the pixels are kept
    assert renditions["upload_sha256"]  # what the importer knows it by


def test_re_encoding_drops_exif_but_keeps_orientation():
    data = image_bytes((300, 200), orientation=6)  # a phone held upright
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Phone"
    buffer = io.BytesIO()
    with Image.open(io.BytesIO(data)) as image:
        image.save(buffer, "JPEG", exif=exif)
    person = PersonFactory(photo=ContentFile(buffer.getvalue(), "upright.jpg"))
    renditions_make(person.photo)
    with person.photo.open("rb") as stored_file, Image.open(stored_file) as image:
        assert image.size == (200, 300)  # turned upright
        assert not image.getexif()  # camera make and orientation gone
