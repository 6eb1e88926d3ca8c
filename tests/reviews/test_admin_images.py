"""Images uploaded in the admin: resized by the worker after the save, state on the form."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template

from reviews.images import READY, WIDTHS, renditions_state
from reviews.models import Film, Person, Review
from reviews.services import image_renditions_refresh
from reviews.tasks import make_renditions
from tests.factories import FilmFactory, PersonFactory
from tests.reviews.image_files import film_with_poster, image_bytes
from tests.reviews.test_admin import admin_url, review_form_data

pytestmark = pytest.mark.django_db


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
