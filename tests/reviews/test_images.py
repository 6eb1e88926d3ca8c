import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template import Context, Template
from django.utils.safestring import mark_safe
from PIL import ExifTags, Image, ImageDraw

from reviews.images import FAILED, READY, WIDTHS, renditions_make, renditions_state
from reviews.models import AuthorProfile, Film, Person, Review
from reviews.services import image_renditions_refresh
from reviews.tasks import make_renditions
from tests.factories import FilmFactory, PersonFactory, ReviewFactory, UserFactory
from tests.reviews.test_admin import admin_url, review_form_data

pytestmark = pytest.mark.django_db

XSS_ALT = '"><script>alert(1)</script>'
ESCAPED_XSS_ALT = 'alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'


def image_bytes(size, image_format="JPEG", *, mode="RGB", orientation=None):
    """A picture whose left half is red, so a turned copy shows where the left went."""
    image = Image.new(mode, size, "navy")
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 2 - 1, size[1]), fill="red")
    exif = Image.Exif()
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    buffer = io.BytesIO()
    image.save(buffer, image_format, exif=exif)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def photo_6000():
    """A 6000x4000 JPEG, as a camera or an editor's phone would upload it."""
    return image_bytes((6000, 4000))


def stored(name, data):
    """The field file an ImageField holds once `data` is uploaded as `name`."""
    return Film(poster=default_storage.save(name, ContentFile(data))).poster


def widths_and_heights(entries):
    return [(width, height) for width, height, _ in entries]


def open_stored(name):
    with default_storage.open(name) as file:
        image = Image.open(file)
        image.load()
    return image


def render_picture(image, renditions, alt, options=""):
    template = Template(f"{{% load images %}}{{% picture image renditions alt {options} %}}")
    return template.render(Context({"image": image, "renditions": renditions, "alt": alt}))


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
    first, second = renditions_make(field_file), renditions_make(field_file)
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


def film_with_poster(data=None, name="poster.jpg"):
    poster = ContentFile(data or image_bytes((700, 1000)), name=name)
    return FilmFactory(poster=poster, poster_alt="A poster.")


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
    html = render_picture(film.poster, film.poster_renditions, "Poster")
    assert "srcset" not in html and f'src="{film.poster.url}"' in html


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


def test_picture_tag_renders_srcsets_sizes_dimensions_and_lazy_loading():
    film = film_with_poster(image_bytes((1000, 1500)))
    image_renditions_refresh(instance=film, field_name="poster")

    html = render_picture(
        film.poster, film.poster_renditions, film.poster_alt, 'sizes="(min-width: 768px) 25vw"'
    )

    base = f"/media/{film.poster_renditions['webp'][0][2].rsplit('/', 1)[0]}"
    webp = ", ".join(f"{base}/{w}.webp {w}w" for w in (320, 480, 640, 960))
    jpeg = ", ".join(f"{base}/{w}.jpg {w}w" for w in (320, 480, 640, 960))
    assert f'<source type="image/webp" srcset="{webp}" sizes="(min-width: 768px) 25vw">' in html
    assert f'src="{base}/960.jpg" srcset="{jpeg}" sizes="(min-width: 768px) 25vw"' in html
    assert 'width="960" height="1440"' in html
    assert 'alt="A poster."' in html
    assert 'loading="lazy" decoding="async"' in html
    assert "fetchpriority" not in html


def test_picture_tag_can_load_the_hero_image_first():
    film = film_with_poster()
    image_renditions_refresh(instance=film, field_name="poster")
    html = render_picture(
        film.poster,
        film.poster_renditions,
        "Poster",
        'loading="eager" fetchpriority="high" css_class="img-fluid rounded"',
    )
    assert 'loading="eager"' in html and 'fetchpriority="high"' in html
    assert 'class="img-fluid rounded"' in html and "lazy" not in html


@pytest.mark.parametrize("alt", [XSS_ALT, mark_safe(XSS_ALT)], ids=["text", "marked-safe"])
def test_picture_tag_escapes_the_alt_text(alt):
    film = film_with_poster()
    image_renditions_refresh(instance=film, field_name="poster")
    for renditions in (film.poster_renditions, {}):
        html = render_picture(film.poster, renditions, alt)
        assert ESCAPED_XSS_ALT in html
        assert "<script>" not in html


def test_picture_tag_shows_the_upload_until_renditions_exist():
    film = film_with_poster(image_bytes((700, 1000)))
    html = render_picture(film.poster, film.poster_renditions, film.poster_alt)
    assert "<picture>" not in html and "srcset" not in html
    assert f'<img src="{film.poster.url}" width="700" height="1000"' in html
    assert 'alt="A poster."' in html


def test_picture_tag_ignores_renditions_of_a_previous_image():
    film = film_with_poster()
    image_renditions_refresh(instance=film, field_name="poster")
    film.poster = ContentFile(image_bytes((500, 750)), name="replaced.jpg")
    film.save()
    html = render_picture(film.poster, film.poster_renditions, "Poster")
    assert "srcset" not in html and f'src="{film.poster.url}"' in html


def test_picture_tag_survives_a_missing_file():
    html = render_picture(Film(poster="posters/gone.jpg").poster, {}, "Poster")
    assert '<img src="/media/posters/gone.jpg" alt="Poster"' in html


def test_picture_tag_renders_nothing_without_an_image():
    assert render_picture(Film().poster, {}, "Poster").strip() == ""
    assert render_picture(None, None, "Poster").strip() == ""


def test_editor_upload_of_a_large_photo_has_renditions_once_the_worker_ran(
    editor_client, editor, photo_6000, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("night-shoot.jpg", photo_6000, content_type="image/jpeg")
    data = review_form_data(
        FilmFactory(), editor, hero_image=upload, hero_image_alt="Eve on a rooftop at night."
    )
    with django_capture_on_commit_callbacks(execute=True):  # the save commits; tasks run
        response = editor_client.post(admin_url("review", "add"), data)
    assert response.status_code == 302, response.context["errors"]

    review = Review.objects.get(slug=data["slug"])
    assert [width for width, _, _ in review.hero_renditions["webp"]] == list(WIDTHS)
    # The call the review page makes for its hero image, above the fold.
    html = Template(
        "{% load images %}{% picture review.hero_image review.hero_renditions "
        'review.hero_image_alt sizes="(min-width: 48rem) 46rem, 100vw" loading="eager" '
        'fetchpriority="high" css_class="img-fluid rounded mb-4" %}'
    ).render(Context({"review": review}))
    assert '<source type="image/webp" srcset="/media/renditions/' in html
    assert "/1920.webp 1920w" in html
    assert 'width="1920" height="1280"' in html
    assert 'alt="Eve on a rooftop at night."' in html


def test_editor_sees_when_an_uploaded_image_could_not_be_resized(
    editor_client, editor, django_capture_on_commit_callbacks
):
    # Truncated JPEGs pass the form's check but cannot be decoded.
    upload = SimpleUploadedFile("cut.jpg", image_bytes((1200, 800))[:2000], "image/jpeg")
    data = review_form_data(FilmFactory(), editor, hero_image=upload, hero_image_alt="A still.")
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(admin_url("review", "add"), data)
    review = Review.objects.get(slug=data["slug"])
    assert review.hero_renditions == {"source": review.hero_image.name, "failed": True}

    response = editor_client.get(admin_url("review", "change", review.pk))
    assert "Could not be made: the file could not be read as an image" in response.text


def test_an_upload_in_the_admin_is_resized_by_the_worker_not_the_request(
    editor_client, editor, task_queue, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("still.jpg", image_bytes((800, 500)), "image/jpeg")
    data = review_form_data(FilmFactory(), editor, hero_image=upload, hero_image_alt="A still.")
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(admin_url("review", "add"), data)

    review = Review.objects.get(slug=data["slug"])
    assert review.hero_renditions == {}  # nothing resized in the request
    [task] = [r for r in task_queue.results if r.task.name == "make_renditions"]
    assert task.args == ["reviews.review", review.pk, "hero_image", review.hero_image.name]
    response = editor_client.get(admin_url("review", "change", review.pk))
    assert "Being made (reload to check)" in response.text

    task.task.call(*task.args)
    review.refresh_from_db()
    assert renditions_state(review.hero_renditions, review.hero_image) == READY
    assert (
        "Ready: pages show sizes"
        in editor_client.get(admin_url("review", "change", review.pk)).text
    )


def test_saving_without_a_new_image_enqueues_no_resizing(
    editor_client, task_queue, django_capture_on_commit_callbacks
):
    person = PersonFactory(photo=ContentFile(image_bytes((400, 500)), name="face.jpg"))
    image_renditions_refresh(instance=person, field_name="photo")
    form = {"name": "Ana de Armas", "slug": person.slug, "birth_year": "", "bio": "Actor."}
    formset = {"credits-TOTAL_FORMS": "0", "credits-INITIAL_FORMS": "0"}
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(admin_url("person", "change", person.pk), form | formset)
    assert response.status_code == 302, response.context["errors"]
    assert Person.objects.get(pk=person.pk).bio == "Actor."
    assert [r.task.name for r in task_queue.results] == []  # no film shows the name


def test_the_resizing_task_skips_a_file_replaced_meanwhile():
    film = film_with_poster(name="first.jpg")
    first = film.poster.name
    film.poster = ContentFile(image_bytes((500, 750)), name="second.jpg")
    film.save()
    assert make_renditions.call("reviews.film", film.pk, "poster", first) is False
    assert make_renditions.call("reviews.film", film.pk + 1000, "poster", first) is False
    assert Film.objects.get(pk=film.pk).poster_renditions == {}
    assert make_renditions.call("reviews.film", film.pk, "poster", film.poster.name) is True


def test_person_admin_makes_renditions_of_an_uploaded_photo(
    editor_client, django_capture_on_commit_callbacks
):
    photo = SimpleUploadedFile("face.jpg", image_bytes((400, 500)), "image/jpeg")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            admin_url("person", "add"),
            {
                "name": "Ana de Armas",
                "slug": "",
                "photo": photo,
                "bio": "",
                "credits-TOTAL_FORMS": "0",
                "credits-INITIAL_FORMS": "0",
            },
        )
    assert response.status_code == 302, response.context["errors"]
    assert Person.objects.get().photo_renditions["width"] == 400
