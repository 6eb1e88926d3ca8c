import datetime as dt
import io
from decimal import Decimal
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from reviews import services
from reviews.models import (
    AuthorProfile,
    Country,
    Criterion,
    FAQEntry,
    Franchise,
    Review,
    Score,
)
from tests.factories import (
    CreditFactory,
    FAQEntryFactory,
    GenreFactory,
    ReviewFactory,
    ScoreFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CONTENT_MODELS = [
    "film",
    "person",
    "genre",
    "country",
    "franchise",
    "review",
    "criterion",
    "authorprofile",
]


@pytest.fixture
def content():
    """One row of every content model, linked together."""
    credit = CreditFactory()
    review = ReviewFactory(film=credit.film)
    ScoreFactory(review=review)
    FAQEntryFactory(review=review)
    credit.film.genres.add(GenreFactory())
    credit.film.franchise = Franchise.objects.create(name="John Wick")
    credit.film.save()
    AuthorProfile.objects.create(user=review.author, display_name="Critic")
    return review


def png_upload(name="hero.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 36), "navy").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def admin_url(model, view, *args):
    return reverse(f"admin:reviews_{model}_{view}", args=args)


@pytest.mark.parametrize("model", CONTENT_MODELS)
def test_editor_sees_every_changelist(editor_client, content, model):
    response = editor_client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count >= 1


@pytest.mark.parametrize("model", [m for m in CONTENT_MODELS if m != "country"])
def test_editor_can_open_every_add_page(editor_client, model):
    assert editor_client.get(admin_url(model, "add")).status_code == 200


@pytest.mark.parametrize("model", CONTENT_MODELS)
def test_editor_can_open_every_change_page(editor_client, content, model):
    obj = {
        "film": content.film,
        "person": content.film.credits.first().person,
        "genre": content.film.genres.first(),
        "country": Country.objects.get(code="KR"),
        "franchise": content.film.franchise,
        "review": content,
        "criterion": Criterion.objects.first(),
        "authorprofile": AuthorProfile.objects.get(),
    }[model]
    assert editor_client.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_countries_cannot_be_added_or_deleted(editor_client):
    assert editor_client.get(admin_url("country", "add")).status_code == 403
    assert editor_client.get(admin_url("country", "delete", "KR")).status_code == 403


def test_new_review_starts_with_one_score_row_per_default_criterion(editor_client):
    response = editor_client.get(admin_url("review", "add"))
    formset = next(f for f in response.context["inline_admin_formsets"] if f.opts.model is Score)
    initial = [form.initial.get("criterion") for form in formset.formset.forms]
    defaults = list(Criterion.objects.filter(is_default=True).values_list("pk", flat=True))
    assert initial[: len(defaults)] == defaults


def review_form_data(film, author, **overrides):
    """POST data for the review add page, with empty default score rows."""
    criteria = list(Criterion.objects.filter(is_default=True))
    data = {
        "film": film.pk,
        "headline": "A dance of vengeance",
        "slug": "a-dance-of-vengeance",
        "kind": "review",
        "author": author.pk,
        "standfirst": "",
        "body": "<p>Body</p>",
        "hero_image_alt": "",
        "verdict": "Sharp and sad.",
        "rating": "9",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "is_open_for_comments": "on",
        "keywords": "revenge, ballet",
        "seo_description": "",
        "scores-TOTAL_FORMS": str(len(criteria)),
        "scores-INITIAL_FORMS": "0",
        "faq_entries-TOTAL_FORMS": "0",
        "faq_entries-INITIAL_FORMS": "0",
    }
    for index, criterion in enumerate(criteria):
        data[f"scores-{index}-criterion"] = criterion.pk
        data[f"scores-{index}-value"] = ""
    data.update(overrides)
    return data


def test_editor_adds_a_review_filling_only_some_scores(editor_client, editor, content):
    data = review_form_data(content.film, editor, **{"scores-0-value": "9", "scores-2-value": "10"})
    response = editor_client.post(admin_url("review", "add"), data)
    assert response.status_code == 302, response.context["errors"]
    review = Review.objects.get(slug="a-dance-of-vengeance")
    assert sorted(review.scores.values_list("value", flat=True)) == [Decimal(9), Decimal(10)]
    assert set(review.keywords.names()) == {"revenge", "ballet"}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("rating", "10.5", "Ensure this value is less than or equal to 10"),
        ("rating", "7.3", "steps of 0.5"),
        ("scores-0-value", "-1", "Ensure this value is greater than or equal to 0"),
    ],
)
def test_invalid_review_gets_readable_errors_and_keeps_input(
    editor_client, editor, content, field, value, message
):
    data = review_form_data(content.film, editor, **{field: value})
    response = editor_client.post(admin_url("review", "add"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "A dance of vengeance" in response.content.decode()
    assert not Review.objects.filter(slug="a-dance-of-vengeance").exists()


def test_hero_image_without_alt_is_a_form_error(editor_client, editor, content):
    data = review_form_data(content.film, editor, hero_image=png_upload())
    response = editor_client.post(admin_url("review", "add"), data)
    assert response.status_code == 200
    assert "Describe the hero image in its alt text." in response.content.decode()


def test_hero_image_with_alt_is_saved(editor_client, editor, content):
    data = review_form_data(
        content.film, editor, hero_image=png_upload(), hero_image_alt="A dancer in neon light"
    )
    assert editor_client.post(admin_url("review", "add"), data).status_code == 302
    review = Review.objects.get(slug="a-dance-of-vengeance")
    assert review.hero_image.width == 64


def test_two_scores_for_one_criterion_is_a_form_error(editor_client, editor, content):
    criterion = Criterion.objects.first()
    data = review_form_data(
        content.film,
        editor,
        **{
            "scores-0-criterion": criterion.pk,
            "scores-0-value": "8",
            "scores-1-criterion": criterion.pk,
            "scores-1-value": "9",
        },
    )
    response = editor_client.post(admin_url("review", "add"), data)
    assert response.status_code == 200
    assert "Please correct the duplicate data for criterion" in response.content.decode()


def test_publishing_from_the_form_without_a_time_means_now(editor_client, editor, content):
    data = review_form_data(content.film, editor, status="published")
    assert editor_client.post(admin_url("review", "add"), data).status_code == 302
    assert Review.objects.get(slug="a-dance-of-vengeance").is_published


def change_form_data(review, **overrides):
    """POST data for a review's change page: the review as it is, with `overrides`."""
    published_at = timezone.localtime(review.published_at) if review.published_at else None
    fields = {
        "headline": review.headline,
        "slug": review.slug,
        "status": review.status,
        "published_at_0": published_at.strftime("%Y-%m-%d") if published_at else "",
        "published_at_1": published_at.strftime("%H:%M:%S") if published_at else "",
        "scores-TOTAL_FORMS": "0",
    }
    return review_form_data(review.film, review.author, **(fields | overrides))


@pytest.fixture
def publish_spy():
    """services.review_publish, watched: the form must publish through it, as actions do."""
    with mock.patch.object(services, "review_publish", wraps=services.review_publish) as spy:
        yield spy


def test_publishing_from_the_add_form_goes_through_the_publish_service(
    editor_client, editor, content, publish_spy
):
    data = review_form_data(content.film, editor, status="published")
    assert editor_client.post(admin_url("review", "add"), data).status_code == 302
    review = Review.objects.get(slug="a-dance-of-vengeance")
    publish_spy.assert_called_once_with(review=review, at=review.published_at, by=editor, note="")
    assert review.is_published


def test_scheduling_a_draft_from_its_change_form_goes_through_the_publish_service(
    editor_client, editor, publish_spy
):
    draft = ReviewFactory(draft=True)
    data = change_form_data(
        draft, status="published", published_at_0="2031-05-01", published_at_1="09:30:00"
    )
    response = editor_client.post(admin_url("review", "change", draft.pk), data)
    assert response.status_code == 302, response.context["errors"]
    draft.refresh_from_db()
    assert draft.is_scheduled
    assert draft.published_at == timezone.make_aware(dt.datetime(2031, 5, 1, 9, 30))
    publish_spy.assert_called_once_with(review=draft, at=draft.published_at, by=editor, note="")


@pytest.mark.parametrize("state", ["draft", "live"])
def test_saving_without_publishing_leaves_the_publish_service_out(
    editor_client, publish_spy, state
):
    review = ReviewFactory(**({"draft": True} if state == "draft" else {}))
    data = change_form_data(review, headline="A new headline")
    response = editor_client.post(admin_url("review", "change", review.pk), data)
    assert response.status_code == 302, response.context["errors"]
    saved = Review.objects.get(pk=review.pk)
    assert (saved.headline, saved.status) == ("A new headline", review.status)
    assert saved.is_published == (state == "live")
    publish_spy.assert_not_called()


def test_criteria_average_warns_when_far_from_the_rating(editor_client, content):
    content.rating = Decimal("4")
    content.save()
    response = editor_client.get(admin_url("review", "change", content.pk))
    assert "is more than 1 from the criteria average" in response.content.decode()


def test_publish_unpublish_and_feature_actions(editor_client):
    drafts = ReviewFactory.create_batch(2, draft=True)
    url = admin_url("review", "changelist")
    ids = [review.pk for review in drafts]
    editor_client.post(url, {"action": "publish", "_selected_action": ids})
    assert Review.objects.published().count() == 2
    editor_client.post(url, {"action": "feature", "_selected_action": ids})
    assert Review.objects.filter(is_featured=True).count() == 2
    editor_client.post(url, {"action": "unpublish", "_selected_action": ids[:1]})
    assert list(Review.objects.drafts()) == drafts[:1]


@pytest.mark.parametrize("visibility", ["live", "scheduled", "draft"])
def test_changelist_filters_by_visibility(editor_client, visibility):
    live, scheduled, draft = (
        ReviewFactory(),
        ReviewFactory(scheduled=True),
        ReviewFactory(draft=True),
    )
    expected = {"live": live, "scheduled": scheduled, "draft": draft}[visibility]
    response = editor_client.get(admin_url("review", "changelist"), {"visibility": visibility})
    assert list(response.context["cl"].result_list) == [expected]


def test_changelist_finds_reviews_whose_imported_faq_needs_review(editor_client):
    flagged, fine = ReviewFactory(), ReviewFactory()
    FAQEntry.objects.create(review=flagged, question="?", answer="An answer.", needs_review=True)
    FAQEntry.objects.create(review=flagged, question="Q?", answer="Another.", needs_review=True)
    FAQEntry.objects.create(review=fine, question="Q?", answer="A.")
    response = editor_client.get(admin_url("review", "changelist"), {"faq": "needs_review"})
    assert list(response.context["cl"].result_list) == [flagged]


def test_review_search_finds_film_titles_and_people(editor_client, content):
    person = content.film.credits.first().person
    url = admin_url("review", "changelist")
    for query in [content.film.title, person.name]:
        response = editor_client.get(url, {"q": query})
        assert list(response.context["cl"].result_list) == [content]


def test_author_choices_are_staff_only(editor_client, editor):
    outsider = UserFactory(username="reader", is_staff=False)
    response = editor_client.get(admin_url("review", "add"))
    choices = response.context["adminform"].form.fields["author"].queryset
    assert editor in choices and outsider not in choices


@pytest.mark.parametrize("state", ["draft", "scheduled", "live"])
def test_staff_preview_shows_reviews_in_every_state(editor_client, state):
    review = ReviewFactory(**({state: True} if state != "live" else {}))
    response = editor_client.get(review.get_preview_url())
    assert response.status_code == 200
    assert response.context["is_preview"]
    assert review.headline in response.content.decode()


@pytest.mark.parametrize("state", ["draft", "scheduled"])
def test_preview_is_a_404_for_the_public(client, state):
    review = ReviewFactory(**{state: True})
    assert client.get(review.get_preview_url()).status_code == 404
    assert client.get(review.get_absolute_url()).status_code == 404
