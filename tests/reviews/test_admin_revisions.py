"""Versions in the admin: every save keeps one; History compares two and reverts."""

import importlib
from decimal import Decimal

import pytest
import reversion
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from reviews import revisions
from reviews.models import Criterion, Review, VersionTags
from tests.factories import FAQEntryFactory, ReviewFactory, ScoreFactory

pytestmark = pytest.mark.django_db


def url(view, review, *args):
    return reverse(f"admin:reviews_review_{view}", args=[review.pk, *args])


def change_data(review, **overrides):
    """The review's change form as the admin shows it, with `overrides`."""
    published_at = timezone.localtime(review.published_at)
    scores = list(review.scores.all())
    data = {
        "film": review.film_id,
        "headline": review.headline,
        "slug": review.slug,
        "kind": review.kind,
        "author": review.author_id,
        "standfirst": review.standfirst,
        "body": review.body,
        "hero_image_alt": "",
        "verdict": review.verdict,
        "rating": str(review.rating),
        "status": review.status,
        "published_at_0": published_at.strftime("%Y-%m-%d"),
        "published_at_1": published_at.strftime("%H:%M:%S"),
        "is_open_for_comments": "on",
        "keywords": "",
        "seo_description": "",
        "scores-TOTAL_FORMS": str(len(scores)),
        "scores-INITIAL_FORMS": str(len(scores)),
        "faq_entries-TOTAL_FORMS": "0",
        "faq_entries-INITIAL_FORMS": "0",
    }
    for index, score in enumerate(scores):
        data |= {
            f"scores-{index}-id": score.pk,
            f"scores-{index}-review": review.pk,
            f"scores-{index}-criterion": score.criterion_id,
            f"scores-{index}-value": str(score.value),
        }
    return data | overrides


@pytest.fixture
def review():
    review = ReviewFactory(headline="Heat", body="<p>A heist in Los Angeles.</p>")
    ScoreFactory(review=review, criterion=Criterion.objects.get(name="Direction"), value=7)
    return review


@pytest.fixture
def edited(editor_client, review):
    """The review saved twice in the admin: versions 1 and 2."""
    for headline, body, score in [
        ("Heat, revisited", "<p>A heist in Los Angeles.</p>", "7"),
        ("Heat, thirty years on", "<p>A <b>famous</b> heist in Los Angeles.</p>", "9"),
    ]:
        data = change_data(review, headline=headline, body=body, **{"scores-0-value": score})
        response = editor_client.post(url("change", review), data)
        assert response.status_code == 302, response.context["errors"]
    return review


def test_an_admin_save_keeps_a_version_with_who_and_what_changed(edited, editor):
    versions = Version.objects.get_for_object(edited).order_by("pk")
    assert [v.revision.user for v in versions] == [editor, editor]
    assert "Changed Headline and Body" in versions[1].revision.get_comment()
    assert versions[1].field_dict["headline"] == "Heat, thirty years on"
    latest = revisions.history(edited)[-1]
    assert latest.changed == ["headline", "body", "Criterion scores"]
    assert latest.lines["Criterion scores"] == ("Direction: 9.0/10",)


def test_the_history_page_lists_versions_newest_first(editor_client, edited):
    response = editor_client.get(url("history", edited))
    assert response.status_code == 200
    assert [entry.number for entry in response.context["entries"]] == [2, 1]
    assert "headline, body, Criterion scores" in response.text


def test_the_compare_page_shows_what_differs_side_by_side(editor_client, edited):
    response = editor_client.get(url("compare", edited), {"old": 1, "new": 2})
    assert response.status_code == 200
    labels = [difference.label for difference in response.context["differences"]]
    assert labels == ["Headline", "Body", "Criterion scores"]
    page = response.text
    assert "<del>Heat, revisited</del>" in page and "<ins>Heat, thirty years on</ins>" in page
    assert "<ins> famous</ins>" in page  # the body's words, never its tags
    assert "&lt;b&gt;" not in page and "<b>famous" not in page
    assert "<del>Direction: 7.0/10</del>" in page and "<ins>Direction: 9.0/10</ins>" in page


def test_markup_typed_as_text_is_shown_escaped(editor_client, review):
    with reversion.create_revision():
        review.save()
    with reversion.create_revision():
        review.headline = "<script>alert('headline')</script>"
        review.body = "<p>&lt;img src=x onerror=alert(1)&gt;</p>"
        review.save()
    page = editor_client.get(url("compare", review), {"old": 1, "new": 2}).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#x27;headline&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_the_compare_page_makes_a_fixed_number_of_queries(
    editor_client, edited, django_assert_num_queries
):
    for position in range(3):
        FAQEntryFactory(review=edited, question=f"Question {position}?", position=position)
    editor_client.post(url("change", edited), change_data(edited, headline="Heat, again"))
    # session, user, the review, the user's and groups' permissions, the review's versions,
    # the two versions' data, then the names they point at: criteria, films, users.
    with django_assert_num_queries(10):
        response = editor_client.get(url("compare", edited), {"old": 1, "new": 3})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query", [{}, {"old": "x", "new": "2"}, {"old": "1", "new": "1"}, {"old": "1", "new": "99"}]
)
def test_a_bad_comparison_goes_back_to_the_history(editor_client, edited, query):
    response = editor_client.get(url("compare", edited), query)
    assert response.status_code == 302 and response["Location"] == url("history", edited)


def test_reverting_restores_fields_and_scores_and_says_so(editor_client, edited, editor):
    response = editor_client.post(url("revert", edited, 1))
    assert response.status_code == 302 and response["Location"] == url("change", edited)
    edited.refresh_from_db()
    assert edited.headline == "Heat, revisited" and "famous" not in edited.body
    assert list(edited.scores.values_list("value", flat=True)) == [Decimal(7)]
    latest = revisions.history(edited)[-1]
    assert (latest.number, latest.revision.user) == (3, editor)
    assert latest.revision.get_comment() == "Reverted to version 1"
    page = editor_client.get(url("change", edited)).text
    assert "Reverted to version 1; saved as a new version." in page


def test_a_revert_is_asked_for_with_a_post(editor_client, edited):
    assert editor_client.get(url("revert", edited, 1)).status_code == 405
    assert Review.objects.get(pk=edited.pk).headline == "Heat, thirty years on"


@pytest.mark.parametrize(
    ("who", "view", "status"),
    [
        ("editor", "history", 200),
        ("editor", "compare", 200),
        ("editor", "revert", 302),
        ("moderator", "history", 403),
        ("moderator", "compare", 403),
        ("moderator", "revert", 403),
        ("viewer", "history", 200),
        ("viewer", "compare", 200),
        ("viewer", "revert", 403),
        ("anonymous", "history", 302),
        ("anonymous", "compare", 302),
        ("anonymous", "revert", 302),
    ],
)
def test_history_needs_the_view_permission_and_a_revert_the_change_one(
    request, edited, who, view, status
):
    client = Client()
    if who == "viewer":
        from django.contrib.auth.models import Permission

        from tests.factories import UserFactory

        user = UserFactory(username="viewer", is_staff=True)
        user.user_permissions.add(Permission.objects.get(codename="view_review"))
        client.force_login(user)
    elif who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    if view == "revert":
        response = client.post(url("revert", edited, 1))
    elif view == "compare":
        response = client.get(url("compare", edited), {"old": 1, "new": 2})
    else:
        response = client.get(url(view, edited))
    assert response.status_code == status
    if who == "anonymous":
        assert response["Location"].startswith(reverse("admin:login"))
    if view == "revert" and status != 302:
        assert Review.objects.get(pk=edited.pk).headline == "Heat, thirty years on"


def test_a_film_and_a_person_have_their_history_pages_too(editor_client, edited):
    film_history = reverse("admin:reviews_film_history", args=[edited.film_id])
    assert editor_client.get(film_history).status_code == 200


def test_only_older_versions_offer_a_revert(editor_client, edited):
    page = editor_client.get(url("compare", edited), {"old": 1, "new": 2}).text
    assert url("revert", edited, 1) in page and url("revert", edited, 2) not in page


def test_an_action_on_the_list_is_a_version_by_who_took_it(editor_client, editor, review):
    data = {"action": "unpublish", "_selected_action": [review.pk]}
    assert editor_client.post(reverse("admin:reviews_review_changelist"), data).status_code == 302
    (version,) = Version.objects.get_for_object(review)
    assert (version.revision.user, version.revision.get_comment()) == (editor, "Unpublished")
    assert version.field_dict["status"] == Review.Status.DRAFT


def test_a_long_history_is_shown_a_page_at_a_time(editor_client, review, monkeypatch):
    """Versions pile up over a review's life: each page reads and shows only its own."""
    module = importlib.import_module(
        "reviews.revisions.history"
    )  # the package's name is a function
    monkeypatch.setattr(module, "HISTORY_PAGE_SIZE", 2)
    for headline in ["One", "Two", "Three"]:
        data = change_data(review, headline=headline)
        assert editor_client.post(url("change", review), data).status_code == 302
    first = editor_client.get(url("history", review))
    assert [entry.number for entry in first.context["entries"]] == [3, 2]
    assert first.context["entries"][0].changed == ["headline"]
    assert 'href="?page=2">Older versions' in first.text and "Newer versions" not in first.text
    second = editor_client.get(url("history", review), {"page": "2"})
    assert [entry.number for entry in second.context["entries"]] == [1]
    assert 'href="?page=1">Newer versions' in second.text
    assert editor_client.get(url("history", review), {"page": "x"}).context["page"] == 1


def test_keywords_typed_in_the_form_are_compared_and_reverted(editor_client, review):
    for keywords in ["heist, noir", "heist, Los Angeles"]:
        response = editor_client.post(url("change", review), change_data(review, keywords=keywords))
        assert response.status_code == 302
    compared = editor_client.get(url("compare", review), {"old": 1, "new": 2})
    assert [difference.label for difference in compared.context["differences"]] == ["Keywords"]
    assert "<del>noir</del>" in compared.text and "<ins>Los Angeles</ins>" in compared.text
    assert editor_client.post(url("revert", review, 1)).status_code == 302
    assert sorted(review.keywords.names()) == ["heist", "noir"]


def test_reverting_to_a_version_without_keywords_keeps_them_and_says_so(editor_client, review):
    editor_client.post(url("change", review), change_data(review, headline="Heat, revisited"))
    editor_client.post(url("change", review), change_data(review, keywords="heist"))
    first = Version.objects.get_for_object(review).order_by("pk").first()
    VersionTags.objects.filter(version=first).delete()  # kept before keywords were
    response = editor_client.post(url("revert", review, 1), follow=True)
    assert list(review.keywords.names()) == ["heist"]
    assert Review.objects.get(pk=review.pk).headline == "Heat, revisited"
    assert (
        "Keywords: version 1 was kept before keywords were versioned; kept the current ones."
        in response.text
    )
