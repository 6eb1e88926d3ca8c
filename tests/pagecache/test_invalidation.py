"""Each change to what pages show makes the pages that show it fresh, at once."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import update_last_login
from django.utils import timezone
from taggit.models import Tag

from comments import services as comment_services
from comments.models import Comment, ModerationSettings
from reviews import services
from reviews.models import AuthorProfile
from tests.factories import CommentFactory, CreditFactory, ReviewFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def review():
    review = ReviewFactory(headline="Heat, thirty years on")
    review.keywords.add("heist")
    return review


def kept(client, url):
    """Fetch `url` twice: the second answer comes from the cache."""
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    return response


def fresh(client, url):
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss", "a change left the page stale"
    return response.content.decode()


def change(captured, action):
    with captured(execute=True):
        action()


def test_publishing_a_review_puts_it_on_the_home_page(
    client, review, django_capture_on_commit_callbacks
):
    draft = ReviewFactory(draft=True, headline="A draft goes live")
    assert "A draft goes live" not in kept(client, "/").content.decode()
    change(django_capture_on_commit_callbacks, lambda: services.review_publish(review=draft))
    assert "A draft goes live" in fresh(client, "/")


def test_editing_a_review_shows_the_edit_on_its_page_and_the_home_page(
    client, review, django_capture_on_commit_callbacks
):
    kept(client, "/")
    kept(client, review.get_absolute_url())

    def edit():
        review.headline = "Heat, revisited"
        review.save()

    change(django_capture_on_commit_callbacks, edit)
    assert "Heat, revisited" in fresh(client, "/")
    assert "Heat, revisited" in fresh(client, review.get_absolute_url())


def test_unpublishing_a_review_takes_it_down(client, review, django_capture_on_commit_callbacks):
    kept(client, review.get_absolute_url())
    change(django_capture_on_commit_callbacks, lambda: services.review_unpublish(review=review))
    assert client.get(review.get_absolute_url()).status_code == 404
    assert "Heat, thirty years on" not in fresh(client, "/")


def test_a_scheduled_review_appears_at_its_time_with_nothing_run(
    client, review, django_capture_on_commit_callbacks
):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        with django_capture_on_commit_callbacks(execute=True):
            ReviewFactory(
                headline="Out on Friday", published_at=timezone.now() + dt.timedelta(hours=2)
            )
        assert "Out on Friday" not in kept(client, "/").content.decode()
        traveller.shift(dt.timedelta(hours=1, minutes=59))
        assert client.get("/")["X-Page-Cache"] == "hit"
        traveller.shift(dt.timedelta(minutes=1))
        assert "Out on Friday" in fresh(client, "/")


def test_approving_a_comment_shows_it_on_the_review(
    client, review, django_capture_on_commit_callbacks
):
    comment = CommentFactory(
        content_object=review, text="Held words.", status=Comment.Status.PENDING
    )
    assert "Held words." not in kept(client, review.get_absolute_url()).content.decode()
    change(
        django_capture_on_commit_callbacks,
        lambda: comment_services.comment_approve(comment=comment),
    )
    assert "Held words." in fresh(client, review.get_absolute_url())


def test_trashing_an_approved_comment_removes_it(
    client, review, django_capture_on_commit_callbacks
):
    comment = CommentFactory(content_object=review, text="Soon gone.")
    assert "Soon gone." in kept(client, review.get_absolute_url()).content.decode()
    change(
        django_capture_on_commit_callbacks, lambda: comment_services.comment_trash(comment=comment)
    )
    assert "Soon gone." not in fresh(client, review.get_absolute_url())


def test_editing_a_comment_shows_the_new_text(client, review, django_capture_on_commit_callbacks):
    comment = CommentFactory(content_object=review, text="Before the edit.")
    kept(client, review.get_absolute_url())

    def edit():
        comment.text = "After the edit."
        comment.save()

    change(django_capture_on_commit_callbacks, edit)
    assert "After the edit." in fresh(client, review.get_absolute_url())


def test_a_new_comment_nobody_else_sees_leaves_pages_kept(
    client, review, django_capture_on_commit_callbacks
):
    kept(client, review.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        CommentFactory(content_object=review, status=Comment.Status.PENDING)
        CommentFactory(content_object=review, status=Comment.Status.SPAM)
    assert client.get(review.get_absolute_url())["X-Page-Cache"] == "hit"


def rename_film(review):
    review.film.title = "Heat (director's cut)"
    review.film.save()
    return review.film.title


def rename_director(review):
    director = review.film.credits.get(role="director").person
    director.name = "Michael Mann"
    director.save()
    return director.name


def rename_keyword(review):
    keyword = Tag.objects.get(name="heist")
    keyword.name = "bank robbery"
    keyword.save()
    return keyword.name


def add_keyword(review):
    review.keywords.add("Los Angeles")
    return "Los Angeles"


@pytest.mark.parametrize("edit", [rename_film, rename_director, rename_keyword, add_keyword])
def test_editing_the_film_its_people_or_keywords_shows_on_the_review(
    client, review, django_capture_on_commit_callbacks, edit
):
    CreditFactory(film=review.film, role="director", character="")
    url = review.get_absolute_url()
    kept(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        shown = edit(review)
    assert shown in fresh(client, url)


def test_editing_the_moderation_settings_shows_on_the_review(
    client, review, django_capture_on_commit_callbacks
):
    assert "Leave a Reply" in kept(client, review.get_absolute_url()).content.decode()

    def close_comments():
        ModerationSettings.objects.create(pk=1, close_after_days=1)

    change(django_capture_on_commit_callbacks, close_comments)
    assert "Comments are closed." in fresh(client, review.get_absolute_url())


def test_renaming_the_author_shows_on_the_byline(
    client, review, django_capture_on_commit_callbacks
):
    kept(client, review.get_absolute_url())
    change(
        django_capture_on_commit_callbacks,
        lambda: AuthorProfile.objects.create(user=review.author, display_name="Pauline Kael"),
    )
    assert "Pauline Kael" in fresh(client, review.get_absolute_url())


def test_a_login_does_not_end_the_generation(client, review, django_capture_on_commit_callbacks):
    kept(client, "/")
    with django_capture_on_commit_callbacks(execute=True):
        update_last_login(None, review.author)
    assert client.get("/")["X-Page-Cache"] == "hit"
