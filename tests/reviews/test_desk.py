"""The editors' desk on the admin index: what each person finds there, and its fixed cost."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from imports.models import FilmToConfirm, ImportBatch
from reviews import desk
from reviews.models import Review
from tests.comments.helpers import make_comment
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
Status = Review.Status
WARNING = [{"code": "film_year", "field": "film", "message": "No year."}]


def member(username, *groups):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def fill(size, *, writer, editor):
    """`size` reviews in every section of the desk, comments waiting, imports to confirm."""
    for _ in range(size):
        ReviewFactory(draft=True, author=editor)
        ReviewFactory(draft=True, author=writer)
        ReviewFactory(status=Status.IN_REVIEW, published_at=None, author=writer)
        ReviewFactory(status=Status.CHANGES_REQUESTED, published_at=None, author=writer)
        ReviewFactory(status=Status.APPROVED, published_at=None, author=writer)
        ReviewFactory(published_at=NOW + dt.timedelta(days=3), author=writer)
        ReviewFactory(published_at=NOW + dt.timedelta(days=30), author=writer)  # too far ahead
        ReviewFactory(published_at=NOW - dt.timedelta(days=1), consistency_warnings=WARNING)
        make_comment()
        ImportBatch.objects.create(created_by=editor, status=ImportBatch.Status.PREVIEWED)
        FilmToConfirm.objects.create(review=ReviewFactory(draft=True), explanation="Two films.")


@pytest.fixture
def writer():
    return member("writer", "Writers")


@pytest.fixture
def chief():
    """An editor who moderates comments too: every section of the desk."""
    return member("chief", "Editors", "Moderators")


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("size", [1, 9])
def test_the_desk_costs_the_same_queries_whatever_the_data(
    chief, writer, size, django_assert_num_queries
):
    fill(size, writer=writer, editor=chief)
    client = client_for(chief)
    client.get(reverse("admin:index"))  # sessions and permissions warmed up
    # Session, user, its own and its groups' permissions, seven review sections, films to
    # confirm, import batches, comments, and the recent actions Django's index shows.
    with django_assert_num_queries(15):
        response = client.get(reverse("admin:index"))
    assert response.status_code == 200


@time_machine.travel(NOW, tick=False)
def test_an_editor_finds_each_section_with_links_to_the_reviews(chief, writer):
    fill(1, writer=writer, editor=chief)
    sections = {s.key: s for s in desk.sections_for(chief, now=NOW)}
    expected = {
        "mine": Review.objects.filter(author=chief, status=Status.DRAFT),
        "in_review": Review.objects.filter(status=Status.IN_REVIEW),
        "changes": Review.objects.filter(status=Status.CHANGES_REQUESTED),
        "approved": Review.objects.filter(status=Status.APPROVED),
        "scheduled": Review.objects.filter(published_at=NOW + dt.timedelta(days=3)),
        "published": Review.objects.filter(published_at__lte=NOW).order_by("-published_at", "-pk"),
        "warnings": Review.objects.exclude(consistency_warnings=[]),
    }
    for key, reviews in expected.items():
        assert [r.pk for r in sections[key].rows] == [r.pk for r in reviews], key
    content = client_for(chief).get(reverse("admin:index")).content.decode()
    in_review = expected["in_review"].get()
    assert reverse("admin:reviews_review_change", args=[in_review.pk]) in content
    batch = ImportBatch.objects.get()
    assert reverse("admin:reviews_review_import_batch", args=[batch.pk]) in content
    to_confirm = FilmToConfirm.objects.get()
    assert reverse("admin:imports_filmtoconfirm_change", args=[to_confirm.pk]) in content
    assert f"Film to confirm: {to_confirm.review.headline}" in content
    pending = Comment.objects.pending().get()
    assert reverse("admin:comments_comment_change", args=[pending.pk]) in content
    assert "Comments: 1 pending" in content
    assert 'id="content-main"' in content  # the app list is still there, under the desk


@time_machine.travel(NOW, tick=False)
def test_a_section_shows_its_first_rows_and_links_to_all_of_them(chief, writer):
    for _ in range(desk.SHOWN + 2):
        ReviewFactory(status=Status.IN_REVIEW, published_at=None, author=writer)
    section = next(s for s in desk.sections_for(chief, now=NOW) if s.key == "in_review")
    assert (len(section.rows), section.total) == (desk.SHOWN, desk.SHOWN + 2)
    response = client_for(chief).get(section.url)
    assert response.status_code == 200
    assert response.context["cl"].result_count == desk.SHOWN + 2


@time_machine.travel(NOW, tick=False)
def test_a_writer_finds_only_their_own_reviews_and_no_comments(chief, writer):
    fill(1, writer=writer, editor=chief)
    sections = desk.sections_for(writer, now=NOW)
    authors = {review.author_id for section in sections for review in section.rows}
    assert authors == {writer.pk}
    content = client_for(writer).get(reverse("admin:index")).content.decode()
    assert "Pending comments" not in content
    assert "My drafts" in content


def test_a_moderator_finds_the_comment_queue_and_no_reviews(moderator_client):
    make_comment()
    content = moderator_client.get(reverse("admin:index")).content.decode()
    assert "Comments: 1 pending" in content
    assert "Awaiting review" not in content


@time_machine.travel(NOW, tick=False)
def test_the_desk_dates_say_their_year(chief, writer):
    ReviewFactory(published_at=dt.datetime(2025, 6, 20, 9, 30, tzinfo=dt.UTC), author=writer)
    ReviewFactory(status=Status.IN_REVIEW, published_at=None, author=writer)
    content = client_for(chief).get(reverse("admin:index")).content.decode()
    assert "20 Jun 2025, 09:30" in content  # last year's, not "20 Jun"
    assert "2 Mar 2026</span>" in content  # updated today, in review
