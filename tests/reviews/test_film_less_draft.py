"""A draft without its film (an import left its title to confirm): the database and the
model refuse any other status, every move out of draft says to choose the film first, and
the admin's pages, desk, history and checks show such a draft without a 500."""

from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from reviews import services
from reviews.models import Review
from tests.factories import FilmFactory, ReviewFactory
from tests.reviews.test_admin import change_form_data

Status = Review.Status
CHANGELIST = reverse("admin:reviews_review_changelist")


@pytest.fixture
def film_less(editor):
    return ReviewFactory(film=None, draft=True, author=editor, headline="Notes from the pictures")


def form_data(review, *, film="", **overrides):
    """The change form's POST data for `review`, with `film` (its id, or "" for none)."""
    fields = ("author", "headline", "slug", "status", "published_at")
    shown = SimpleNamespace(
        film=SimpleNamespace(pk=film), **{f: getattr(review, f) for f in fields}
    )
    return change_form_data(shown, **overrides)


def change_url(review):
    return reverse("admin:reviews_review_change", args=[review.pk])


@pytest.mark.parametrize("status", [s for s in Status.values if s != Status.DRAFT])
def test_the_database_keeps_a_review_without_film_a_draft(film_less, status):
    with pytest.raises(IntegrityError), transaction.atomic():
        Review.objects.filter(pk=film_less.pk).update(status=status)


@pytest.mark.parametrize("status", [Status.IN_REVIEW, Status.PUBLISHED])
def test_validation_asks_for_the_film_before_the_review_leaves_draft(film_less, status):
    film_less.status = status
    with pytest.raises(ValidationError) as refused:
        film_less.full_clean()
    assert refused.value.message_dict["film"] == [
        "Choose the review's film before it leaves draft."
    ]


def test_a_draft_without_film_is_valid(film_less):
    film_less.full_clean()


@pytest.mark.parametrize(
    ("move", "words"),
    [
        (services.review_publish, "publishing or scheduling it"),
        (services.review_submit, "submitting it for review"),
    ],
)
def test_every_move_out_of_draft_asks_for_the_film_first(film_less, editor, move, words):
    with pytest.raises(ValidationError) as refused:
        move(review=film_less, by=editor)
    assert refused.value.message_dict["film"] == [f"Choose the review's film before {words}."]
    film_less.refresh_from_db()
    assert film_less.status == Status.DRAFT
    assert not film_less.transitions.exists()


def test_the_site_itself_cannot_publish_it_either(film_less):
    with pytest.raises(ValidationError):
        services.review_publish(review=film_less, by=None)


def test_the_admin_pages_show_a_draft_without_film(film_less, editor_client):
    listed = editor_client.get(CHANGELIST)
    assert listed.status_code == 200
    assert "Notes from the pictures" in listed.text
    form = editor_client.get(change_url(film_less))
    assert form.status_code == 200
    assert "The review has no film yet" in form.text  # the consistency check, beside the film
    assert editor_client.get(reverse("admin:index")).status_code == 200  # the desk
    assert editor_client.get(film_less.get_preview_url()).status_code == 200
    history = reverse("admin:reviews_review_history", args=[film_less.pk])
    assert editor_client.get(history).status_code == 200


def test_saving_it_as_a_draft_without_film_works_and_keeps_a_version(film_less, editor_client):
    data = form_data(film_less, headline="Notes, revised")
    assert editor_client.post(change_url(film_less), data).status_code == 302
    film_less.refresh_from_db()
    assert film_less.headline == "Notes, revised"
    assert film_less.film is None
    assert editor_client.get(change_url(film_less)).status_code == 200


def test_its_history_compares_the_version_without_film_with_the_one_with(film_less, editor_client):
    url = change_url(film_less)
    assert editor_client.post(url, form_data(film_less, headline="First")).status_code == 302
    film = FilmFactory(title="The Salt Road")
    assert editor_client.post(url, form_data(film_less, film=film.pk)).status_code == 302
    compare = reverse("admin:reviews_review_compare", args=[film_less.pk])
    page = editor_client.get(compare, {"old": 1, "new": 2})
    assert page.status_code == 200
    assert "The Salt Road" in page.text


def test_publishing_it_from_the_form_says_to_choose_the_film(film_less, editor_client):
    data = form_data(film_less, _move="published")
    response = editor_client.post(change_url(film_less), data)
    assert response.status_code == 200
    assert "Choose the review&#x27;s film before" in response.text
    assert Review.objects.get(pk=film_less.pk).status == Status.DRAFT


def test_publishing_it_with_an_action_says_so_and_moves_nothing(film_less, editor_client):
    response = editor_client.post(
        CHANGELIST, {"action": "publish", "_selected_action": [film_less.pk]}, follow=True
    )
    assert response.status_code == 200
    assert "Choose the review&#x27;s film before" in response.text
    assert Review.objects.get(pk=film_less.pk).status == Status.DRAFT


def test_choosing_its_film_lets_it_be_published(film_less, editor_client):
    film = FilmFactory()
    data = form_data(film_less, film=film.pk, _move="published")
    assert editor_client.post(change_url(film_less), data).status_code == 302
    film_less.refresh_from_db()
    assert (film_less.film, film_less.status) == (film, Status.PUBLISHED)


def test_public_pages_never_show_a_review_without_film(film_less, client):
    published = ReviewFactory()
    assert list(Review.objects.published()) == [published]
    assert all(review.film_id for review in Review.objects.published())
    assert client.get(film_less.get_absolute_url()).status_code == 404
    assert client.get("/").status_code == 200
