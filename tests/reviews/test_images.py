"""Renditions of uploaded images (reviews.images), the service that keeps them, the command."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from reviews.images import FAILED, WIDTHS, renditions_make, renditions_state
from reviews.models import AuthorProfile, Film
from reviews.services import image_renditions_refresh
from tests.factories import PersonFactory, ReviewFactory, UserFactory
from tests.reviews.image_files import film_with_poster, image_bytes, render_picture, stored

pytestmark = pytest.mark.django_db


def widths_and_heights(entries):
    return [(width, height) for width, height, _ in entries]


def open_stored(name):
    with default_storage.open(name) as file:
        image = Image.open(file)
        image.load()
    return image


def test_large_jpeg_gets_webp_and_jpeg_renditions_at_every_width(photo_6000):
    renditions = renditions_make(stored("posters/heat.jpg", photo_6000))

    expected = [(width, round(width * 4000 / 6000)) for width in WIDTHS]
    assert widths_and_heights(renditions["webp"]) == expected
    assert widths_and_heights(renditions["fallback"]) == expected
    assert renditions["source"] == "posters/heat.jpg"
    assert (renditions["width"], renditions["height"]) == (6000, 4000)
    assert renditions["fallback_format"] == "JPEG"
    for key, image_format in (("webp", "WEBP"), ("fallback", "JPEG")):
        for width, height, name in renditions[key]:
            assert name.startswith("renditions/posters/heat-")
            image = open_stored(name)
            assert (image.format, image.size) == (image_format, (width, height))


@pytest.mark.parametrize(
    ("width", "expected_widths"),
    [(200, [200]), (320, [320]), (1000, [320, 480, 640, 960])],
)
def test_renditions_are_never_wider_than_the_original(width, expected_widths):
    renditions = renditions_make(stored("people/small.jpg", image_bytes((width, 100))))
    assert [width for width, _, _ in renditions["webp"]] == expected_widths
    assert [width for width, _, _ in renditions["fallback"]] == expected_widths


def test_rendition_names_are_the_same_when_made_again():
    field_file = stored("posters/again.jpg", image_bytes((700, 1000)))
    first = renditions_make(field_file)
    second = renditions_make(field_file, previous=first)  # as the service passes it
    assert first == second
    assert first["webp"][0][2].endswith("/320.webp")


def test_png_stays_png_and_keeps_its_transparency():
    data = image_bytes((800, 600), "PNG", mode="RGBA")
    renditions = renditions_make(stored("posters/logo.png", data))
    assert renditions["fallback_format"] == "PNG"
    image = open_stored(renditions["fallback"][0][2])
    assert (image.format, image.mode) == ("PNG", "RGBA")
    assert open_stored(renditions["webp"][0][2]).format == "WEBP"


def test_other_formats_fall_back_to_jpeg():
    renditions = renditions_make(stored("posters/old.gif", image_bytes((500, 500), "GIF")))
    assert renditions["fallback_format"] == "JPEG"
    assert open_stored(renditions["fallback"][0][2]).format == "JPEG"


def test_exif_rotated_photo_comes_out_upright():
    # Stored 600x400 lying on its side; orientation 6 says "turn a quarter clockwise".
    data = image_bytes((600, 400), orientation=6)
    renditions = renditions_make(stored("people/portrait.jpg", data))
    assert (renditions["width"], renditions["height"]) == (400, 600)
    assert widths_and_heights(renditions["webp"]) == [(320, 480)]
    image = open_stored(renditions["fallback"][0][2]).convert("RGB")
    red, _, blue = image.getpixel((160, 20))
    assert red > 200 and blue < 60  # the left half of the stored picture is now on top
    red, _, blue = image.getpixel((160, 460))
    assert red < 60 and blue > 100


@pytest.mark.parametrize(
    "data",
    [b"not an image at all", image_bytes((1200, 800))[:2000]],
    ids=["garbage", "truncated"],
)
def test_unreadable_image_gives_no_renditions_and_a_warning(data, caplog):
    assert renditions_make(stored("posters/broken.jpg", data)) == {}
    assert "Could not make renditions of 'posters/broken.jpg'" in caplog.text


def test_missing_file_gives_no_renditions(caplog):
    assert renditions_make(Film(poster="posters/gone.jpg").poster) == {}
    assert "posters/gone.jpg" in caplog.text


def test_service_is_a_no_op_when_renditions_are_up_to_date(django_assert_num_queries):
    film = film_with_poster()
    assert image_renditions_refresh(instance=film, field_name="poster") is True
    film.refresh_from_db()
    assert film.poster_renditions["source"] == film.poster.name
    with django_assert_num_queries(0):
        assert image_renditions_refresh(instance=film, field_name="poster") is False


def test_service_remakes_renditions_for_a_new_upload():
    film = film_with_poster()
    image_renditions_refresh(instance=film, field_name="poster")
    film.poster = ContentFile(image_bytes((500, 750)), name="new-poster.jpg")
    film.save()
    assert image_renditions_refresh(instance=film, field_name="poster") is True
    film.refresh_from_db()
    assert film.poster_renditions["source"] == film.poster.name
    assert film.poster_renditions["width"] == 500


def test_service_clears_renditions_when_the_image_is_removed():
    film = film_with_poster()
    image_renditions_refresh(instance=film, field_name="poster")
    film.poster, film.poster_alt = "", ""
    film.save()
    assert image_renditions_refresh(instance=film, field_name="poster") is True
    film.refresh_from_db()
    assert film.poster_renditions == {}
    assert image_renditions_refresh(instance=film, field_name="poster") is False


def test_service_records_an_unreadable_image_as_failed_once():
    film = film_with_poster(b"not an image")
    assert image_renditions_refresh(instance=film, field_name="poster") is True
    film.refresh_from_db()
    assert film.poster_renditions == {"source": film.poster.name, "failed": True}
    assert renditions_state(film.poster_renditions, film.poster) == FAILED
    assert image_renditions_refresh(instance=film, field_name="poster") is False  # same failure
    # Never linked: only re-encoded files reach readers, and this one could not be.
    assert render_picture(film.poster, film.poster_renditions, "Poster").strip() == ""


@pytest.mark.parametrize(
    ("make", "field_name", "renditions_field"),
    [
        (lambda upload: PersonFactory(photo=upload), "photo", "photo_renditions"),
        (
            lambda upload: ReviewFactory(hero_image=upload, hero_image_alt="A still."),
            "hero_image",
            "hero_renditions",
        ),
        (
            lambda upload: AuthorProfile.objects.create(
                user=UserFactory(), display_name="Critic", avatar=upload
            ),
            "avatar",
            "avatar_renditions",
        ),
    ],
    ids=["person", "review", "author"],
)
def test_service_fills_each_models_renditions_field(make, field_name, renditions_field):
    instance = make(ContentFile(image_bytes((400, 400)), name="picture.jpg"))
    assert image_renditions_refresh(instance=instance, field_name=field_name) is True
    instance.refresh_from_db()
    assert getattr(instance, renditions_field)["source"] == getattr(instance, field_name).name


def test_make_renditions_builds_missing_and_clears_stale_ones():
    film = film_with_poster()
    person = PersonFactory(photo_renditions={"source": "people/removed.jpg"})

    out = io.StringIO()
    call_command("make_renditions", stdout=out)
    assert "Renditions made or cleared: 2; images checked: 1." in out.getvalue()
    film.refresh_from_db()
    person.refresh_from_db()
    assert film.poster_renditions["source"] == film.poster.name
    assert person.photo_renditions == {}

    call_command("make_renditions", stdout=out)
    assert "Renditions made or cleared: 0; images checked: 1." in out.getvalue()
    call_command("make_renditions", "--force", stdout=out)
    assert "Renditions made or cleared: 1; images checked: 1." in out.getvalue()
