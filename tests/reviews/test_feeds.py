import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from reviews.models import AuthorProfile
from tests.factories import GenreFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
EMAIL = re.compile(rb"[\w.+-]+@[\w-]+\.[\w.]+")


def get_feed(client):
    response = client.get(reverse("feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return response, ET.fromstring(response.content)


def test_feed_is_rss_2_of_published_reviews_only(client):
    live = ReviewFactory(headline="Tom & Jerry <3: a review")
    ReviewFactory(headline="Draft review", draft=True)
    ReviewFactory(headline="Scheduled review", scheduled=True)
    _, rss = get_feed(client)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    links = [item.findtext("link") for item in rss.iter("item")]
    assert links == [f"http://testserver{live.get_absolute_url()}"]
    assert "Draft review" not in str(ET.tostring(rss))
    assert "Scheduled review" not in str(ET.tostring(rss))


def test_feed_lists_the_twenty_latest_reviews_newest_first(client):
    reviews = ReviewFactory.create_batch(21)
    _, rss = get_feed(client)
    links = [item.findtext("link") for item in rss.iter("item")]
    newest = sorted(reviews, key=lambda review: review.published_at, reverse=True)[:20]
    assert links == [f"http://testserver{review.get_absolute_url()}" for review in newest]


def test_feed_item_carries_byline_dates_standfirst_and_categories(client):
    review = ReviewFactory(standfirst="Grace & fury <on> point.")
    AuthorProfile.objects.create(user=review.author, display_name="Ada Critic")
    review.film.genres.add(GenreFactory(name="Action"), GenreFactory(name="Thriller"))
    review.keywords.add("ballet", "revenge")
    _, rss = get_feed(client)
    (item,) = rss.iter("item")
    assert item.findtext(DC_CREATOR) == "Ada Critic"
    assert item.find("author") is None
    assert item.findtext("pubDate").startswith(review.published_at.strftime("%a, %d %b %Y"))
    # Plain text is escaped once more, so feed readers that render HTML show it as typed.
    assert item.findtext("description") == "Grace &amp; fury &lt;on&gt; point."
    assert {c.text for c in item.iter("category")} == {"Action", "Thriller", "ballet", "revenge"}
    assert item.find("enclosure") is None


def test_feed_never_shows_an_email_address(client):
    # No profile, and a username that is itself an address: the byline falls back.
    author = UserFactory(username="critic@example.com", email="critic@example.com")
    ReviewFactory(author=author)
    response, rss = get_feed(client)
    assert rss.find("channel/item").findtext(DC_CREATOR) == "The editors"
    assert not EMAIL.search(response.content)


@pytest.mark.parametrize("count", [2, 12])
def test_feed_query_count_does_not_grow_with_reviews(client, django_assert_num_queries, count):
    for review in ReviewFactory.create_batch(count):
        AuthorProfile.objects.create(user=review.author, display_name=f"Critic {review.pk}")
        review.film.genres.add(GenreFactory())
        review.keywords.add("keyword")
    with django_assert_num_queries(3):
        get_feed(client)
