"""What each group may do in the admin, and nothing more."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from comments.models import Comment, ModerationSettings
from reviews.models import Studio
from tests.comments.helpers import make_comment
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
    assert apps == {"reviews", "taggit", "imports"}  # imports: the films to confirm
    moderator_apps = moderator_client.get("/admin/").context["app_list"]
    assert {app["app_label"] for app in moderator_apps} == {"comments", "outbox"}


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


def comments_page(page):
    """The URL of one comments admin page, making the rows it needs."""
    if page in {"comment", "approve (asks on GET)"}:
        comment = Comment.objects.first() or make_comment()
        name = "change" if page == "comment" else "approve"
        return reverse(f"admin:comments_comment_{name}", args=[comment.pk])
    if page == "settings":
        row = ModerationSettings.objects.current()  # the defaults: no row until saved
        return reverse("admin:comments_moderationsettings_change", args=[row.pk])
    return reverse(
        {
            "queue": "admin:comments_comment_changelist",
            "personal data": "admin:comments_comment_personal_data",
        }[page]
    )


COMMENTS_PAGES = ["queue", "comment", "approve (asks on GET)", "settings", "personal data"]


@pytest.mark.parametrize("page", COMMENTS_PAGES)
@pytest.mark.parametrize(
    ("client_fixture", "status"),
    [("editor_client", 403), ("moderator_client", 200)],
)
def test_comments_pages_are_for_moderators_only(request, client_fixture, status, page):
    client = request.getfixturevalue(client_fixture)
    assert client.get(comments_page(page)).status_code == status


@pytest.mark.parametrize("page", COMMENTS_PAGES)
def test_anonymous_visitors_are_sent_from_comments_pages_to_the_login_page(client, page):
    response = client.get(comments_page(page))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.fixture
def comments_editor_without_moderation(db):
    """Staff who may view and change comments but lack comments.moderate_comment."""
    user = UserFactory(username="comment-clerk", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_comment", "change_comment"])
    )
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("action", ["approve", "spam", "trash"])
@pytest.mark.parametrize(
    ("client_fixture", "status"),
    [
        ("client", 302),  # to the login page
        ("editor_client", 403),
        ("comments_editor_without_moderation", 403),
    ],
)
def test_one_click_moderation_refuses_users_who_may_not_moderate(
    request, client_fixture, status, action
):
    client = request.getfixturevalue(client_fixture)
    comment = make_comment()
    response = client.post(reverse(f"admin:comments_comment_{action}", args=[comment.pk]))
    assert response.status_code == status
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert not comment.status_changes.exists()


@pytest.mark.parametrize("action", ["approve", "spam", "trash"])
def test_one_click_moderation_never_acts_on_get(moderator_client, action):
    comment = make_comment()
    response = moderator_client.get(reverse(f"admin:comments_comment_{action}", args=[comment.pk]))
    assert response.status_code == 200  # a page asking to confirm, with a POST button
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert not comment.status_changes.exists()


def test_one_click_moderation_needs_the_csrf_token(moderator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    comment = make_comment()
    response = client.post(reverse("admin:comments_comment_approve", args=[comment.pk]))
    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_without_the_moderate_permission_status_and_bulk_actions_are_out_of_reach(
    comments_editor_without_moderation,
):
    comment = make_comment()
    response = comments_editor_without_moderation.get(
        reverse("admin:comments_comment_change", args=[comment.pk])
    )
    assert response.status_code == 200
    assert "status" not in response.context["adminform"].form.fields
    queue = comments_editor_without_moderation.get(reverse("admin:comments_comment_changelist"))
    assert queue.context["action_form"] is None  # no bulk moderation either


def test_moderators_hold_every_comments_permission_a_view_of_the_outbox_and_nothing_else():
    perms = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name="Moderators").permissions.select_related("content_type")
    }
    assert {"comments.moderate_comment", "comments.change_comment"} <= perms
    assert {p for p in perms if not p.startswith("comments.")} == {"outbox.view_outgoingmail"}


def test_editors_open_the_studios_changelist_and_pick_studios_on_the_film_form(editor_client):
    Studio.objects.create(name="Lionsgate")
    Studio.objects.create(name="A24")
    assert editor_client.get(reverse("admin:reviews_studio_changelist")).status_code == 200

    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "reviews", "model_name": "film", "field_name": "studios", "term": "lion"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Lionsgate"]
