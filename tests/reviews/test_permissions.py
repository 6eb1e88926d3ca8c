"""What each group may do in the admin, and nothing more."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

CONTENT_PAGES = [
    "admin:reviews_review_changelist",
    "admin:reviews_review_add",
    "admin:reviews_film_changelist",
    "admin:reviews_film_add",
    "admin:reviews_person_changelist",
    "admin:reviews_criterion_changelist",
    "admin:taggit_tag_changelist",
]
USER_MANAGEMENT_PAGES = [
    "admin:auth_user_changelist",
    "admin:auth_user_add",
    "admin:auth_group_changelist",
]


@pytest.mark.parametrize("page", CONTENT_PAGES)
@pytest.mark.parametrize(
    ("client_fixture", "status"),
    [("editor_client", 200), ("moderator_client", 403)],
)
def test_content_pages_are_for_editors_only(request, client_fixture, status, page):
    client = request.getfixturevalue(client_fixture)
    assert client.get(reverse(page)).status_code == status


@pytest.mark.parametrize("page", CONTENT_PAGES + USER_MANAGEMENT_PAGES)
def test_anonymous_visitors_are_sent_to_the_login_page(client, page):
    response = client.get(reverse(page))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("page", USER_MANAGEMENT_PAGES)
@pytest.mark.parametrize("client_fixture", ["editor_client", "moderator_client"])
def test_no_group_manages_users(request, client_fixture, page):
    client = request.getfixturevalue(client_fixture)
    assert client.get(reverse(page)).status_code == 403


def test_editor_can_delete_a_review(editor_client):
    review = ReviewFactory()
    url = reverse("admin:reviews_review_delete", args=[review.pk])
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    assert not type(review).objects.filter(pk=review.pk).exists()


def test_moderator_cannot_change_a_review(moderator_client):
    review = ReviewFactory()
    url = reverse("admin:reviews_review_change", args=[review.pk])
    assert moderator_client.post(url, {"headline": "Changed"}).status_code == 403


def test_admin_index_shows_each_group_only_its_apps(editor_client, moderator_client):
    apps = {app["app_label"] for app in editor_client.get("/admin/").context["app_list"]}
    assert apps == {"reviews", "taggit"}
    moderator_apps = moderator_client.get("/admin/").context["app_list"]
    assert "reviews" not in {app["app_label"] for app in moderator_apps}


def test_editors_hold_every_content_permission_and_no_auth_permission():
    perms = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name="Editors").permissions.select_related("content_type")
    }
    assert {"reviews.add_review", "reviews.publish_review"} - perms == {"reviews.publish_review"}
    assert {"reviews.change_film", "reviews.delete_person", "taggit.change_tag"} <= perms
    assert not {p for p in perms if p.startswith("auth.")}


def test_staff_without_a_group_sees_nothing(client):
    client.force_login(UserFactory(username="bare-staff", is_staff=True))
    assert client.get(reverse("admin:reviews_review_changelist")).status_code == 403
