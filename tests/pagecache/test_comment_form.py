"""The "Leave a Reply" form works on a kept page: no per-visitor token, a stamp of this moment."""

import datetime as dt
import re

import pytest
import time_machine
from django.core import signing
from django.test import Client
from django.utils import timezone

from comments.forms import STAMP_SALT, form_stamp, refresh_form_stamps
from comments.models import Comment
from tests.factories import CommentFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def review():
    review = ReviewFactory()
    # A returning commenter is approved at once; any answer would do for these tests.
    CommentFactory(content_object=review, author_email="dana@example.org")
    return review


def form_fields(html):
    """The form's fields as a browser without JavaScript would send them."""
    form = html[html.index('<form id="commentform"') :]
    form = form[: form.index("</form>")]
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))
    return {**fields, "name": "Dana", "email": "dana@example.org", "comment": "Well argued."}


def stamp_age(html, now):
    stamp = form_fields(html)["timestamp"]
    return now.timestamp() - signing.loads(stamp, salt=STAMP_SALT)["at"]


def test_a_visitor_without_javascript_posts_from_a_kept_page(review):
    url = review.get_absolute_url()
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        Client().get(url)
        reader = Client(enforce_csrf_checks=True)  # a browser with no cookie at all
        page = reader.get(url)
        assert page["X-Page-Cache"] == "hit"
        html = page.content.decode()
        assert "csrfmiddlewaretoken" not in html
        traveller.shift(dt.timedelta(minutes=1))
        response = reader.post(url, form_fields(html))
    assert response.status_code == 303
    assert Comment.objects.filter(text="Well argued.").exists()


def test_a_page_kept_for_hours_serves_a_stamp_of_this_moment(review):
    url = review.get_absolute_url()
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        Client().get(url)
        traveller.shift(dt.timedelta(hours=3))  # the form would have expired after two
        page = Client().get(url)
        assert page["X-Page-Cache"] == "hit"
        # Stamped this very second (renewed stamps are signed once a second per page).
        assert 0 <= stamp_age(page.content.decode(), timezone.now()) < 1
        traveller.shift(dt.timedelta(minutes=2))
        response = Client(enforce_csrf_checks=True).post(url, form_fields(page.content.decode()))
    assert response.status_code == 303


def test_a_robot_posting_at_once_from_a_kept_page_is_still_too_fast(review):
    url = review.get_absolute_url()
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        Client().get(url)
        traveller.shift(dt.timedelta(hours=1))
        page = Client().get(url)
        response = Client().post(url, form_fields(page.content.decode()))
    assert response.status_code == 400
    assert "That was quick!" in response.content.decode()


def test_a_post_from_another_site_is_refused(review):
    url = review.get_absolute_url()
    page = Client().get(url).content.decode()
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=1)):
        response = Client(enforce_csrf_checks=True).post(
            url, form_fields(page), HTTP_ORIGIN="https://evil.example"
        )
    assert response.status_code == 403
    assert not Comment.objects.filter(text="Well argued.").exists()


def test_a_post_from_this_site_with_its_origin_is_taken(review):
    url = review.get_absolute_url()
    page = Client().get(url).content.decode()
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=1)):
        response = Client(enforce_csrf_checks=True).post(
            url, form_fields(page), HTTP_ORIGIN="http://testserver"
        )
    assert response.status_code == 303


def test_a_signed_in_member_still_needs_the_csrf_token(review):
    member = Client(enforce_csrf_checks=True)
    member.force_login(UserFactory())
    url = review.get_absolute_url()
    page = member.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    fields = {"comment": "Signed in.", "timestamp": form_fields(page)["timestamp"]}
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=1)):
        refused = member.post(url, fields)
        taken = member.post(url, {**fields, "csrfmiddlewaretoken": token})
    assert refused.status_code == 403
    assert taken.status_code == 303
    assert Comment.objects.filter(text="Signed in.").count() == 1


def test_refreshing_stamps_renews_every_form_and_leaves_forgeries_alone(review):
    old = form_stamp(review, now=timezone.now() - dt.timedelta(days=1))
    page = (
        f'<input type="hidden" name="timestamp" value="{old}">'
        '<input type="hidden" name="timestamp" value="forged">'
        f'<input type="hidden" name="timestamp" value="{old}">'
    ).encode()
    now = timezone.now()
    refreshed = refresh_form_stamps(page, now=now).decode()
    stamps = re.findall(r'value="([^"]+)"', refreshed)
    assert stamps[1] == "forged"
    for stamp in (stamps[0], stamps[2]):
        served = signing.loads(stamp, salt=STAMP_SALT)
        assert served == {"object": f"reviews.review:{review.pk}", "at": now.timestamp()}
    assert refresh_form_stamps(b"<p>No form here.</p>") == b"<p>No form here.</p>"
