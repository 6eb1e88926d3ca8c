import datetime as dt
import json
import xml.etree.ElementTree as ET
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core.files.base import ContentFile
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from reviews import facts
from reviews.models import AuthorProfile, Film, Review
from reviews.seo import breadcrumbs_jsonld, film_jsonld, review_jsonld
from reviews.services import image_renditions_refresh
from reviews.sitemaps import ReviewSitemap
from tests.factories import (
    CreditFactory,
    FilmFactory,
    GenreFactory,
    PersonFactory,
    ReviewFactory,
)
from tests.reviews.image_files import image_bytes

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ORIGIN = "http://testserver"


class ScriptCollector(HTMLParser):
    """What a browser's HTML parser sees inside each <script> element."""

    def __init__(self):
        super().__init__()
        self.scripts, self._open = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open = {"type": dict(attrs).get("type"), "text": ""}
            self.scripts.append(self._open)

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def render(source, request=None, **context):
    context = {"request": request or RequestFactory().get("/"), **context}
    return Template("{% load seo %}" + source).render(Context(context))


def rendered_jsonld(data):
    parser = ScriptCollector()
    parser.feed(render("{% jsonld data %}", data=data))
    return parser.scripts


def largest_rendition_url(renditions):
    return f"http://testserver/media/{renditions['fallback'][-1][2]}"


@pytest.fixture
def rf_request():
    return RequestFactory().get("/")


@pytest.fixture
def film():
    film = FilmFactory(
        title="Ballerina",
        release_date=dt.date(2025, 6, 6),
        poster=ContentFile(image_bytes((600, 900)), name="ballerina.jpg"),
        poster_alt="A dancer with a gun",
    )
    image_renditions_refresh(instance=film, field_name="poster")
    film.genres.add(GenreFactory(name="Action"))
    CreditFactory(
        film=film, person=PersonFactory(name="Len Wiseman"), role="director", character=""
    )
    for order in range(6, 0, -1):
        CreditFactory(film=film, person=PersonFactory(name=f"Actor {order}"), billing_order=order)
    CreditFactory(film=film, person=PersonFactory(name="A Writer"), role="writer", character="")
    return film


@pytest.fixture
def review(film):
    review = ReviewFactory(film=film, headline="Grace and fury", rating=Decimal("8.5"))
    AuthorProfile.objects.create(user=review.author, display_name="Ada Critic")
    return review


def load_film_facts(film):
    """Load what the pages load for a film's info line and structured data: its facts."""
    facts.load_film_facts([film])
    return film


def loaded_review(review):
    loaded = Review.objects.with_cards().get(pk=review.pk)
    load_film_facts(loaded.film)
    return loaded


# Sitemap and robots.txt


def sitemap_locations(client):
    """Every address the sitemap index leads to, with its lastmod."""
    response = client.get(reverse("sitemap"))
    assert response.status_code == 200
    index = ET.fromstring(response.content)
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    locations = {}
    for sitemap in index.findall("sm:sitemap", SITEMAP_NS):
        section = client.get(sitemap.findtext("sm:loc", namespaces=SITEMAP_NS))
        assert section.status_code == 200
        urlset = ET.fromstring(section.content)
        assert urlset.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
        for url in urlset.findall("sm:url", SITEMAP_NS):
            loc = url.findtext("sm:loc", namespaces=SITEMAP_NS)
            locations[loc] = url.findtext("sm:lastmod", namespaces=SITEMAP_NS)
    return locations


def test_sitemap_lists_published_reviews_and_public_pages(client, review):
    locations = sitemap_locations(client)
    review_url = ORIGIN + review.get_absolute_url()
    assert locations[review_url] == review.updated_at.date().isoformat()
    person = review.film.credits.get(role="director").person
    genre = review.film.genres.get()
    for page in [reverse("reviews:home"), review.film.get_absolute_url()]:
        assert ORIGIN + page in locations
    assert ORIGIN + person.get_absolute_url() in locations
    assert ORIGIN + genre.get_absolute_url() in locations


def test_a_scheduled_review_was_not_modified_before_it_appeared(client, review, rf_request):
    """Written on the 1st and scheduled for the 10th: readers first saw it on the 10th."""
    written = review.published_at - dt.timedelta(days=9)
    Review.objects.filter(pk=review.pk).update(updated_at=written)
    review.refresh_from_db()

    data = review_jsonld(loaded_review(review), request=rf_request)
    assert dt.datetime.fromisoformat(data["dateModified"]) == review.published_at
    review_url = ORIGIN + review.get_absolute_url()
    assert sitemap_locations(client)[review_url] == review.published_at.date().isoformat()


def test_sitemap_leaves_out_draft_and_scheduled_reviews(client):
    draft = ReviewFactory(draft=True)
    scheduled = ReviewFactory(scheduled=True)
    locations = sitemap_locations(client)
    assert ORIGIN + draft.get_absolute_url() not in locations
    assert ORIGIN + scheduled.get_absolute_url() not in locations
    assert not any("/preview/" in location for location in locations)


def test_robots_txt_blocks_admin_and_previews_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /reviews/*/preview/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


# JSON-LD


def test_review_jsonld_carries_what_google_requires_for_a_critic_review(review, rf_request):
    (script,) = rendered_jsonld(review_jsonld(loaded_review(review), request=rf_request))
    assert script["type"] == "application/ld+json"
    data = json.loads(script["text"])
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Review"
    assert data["name"] == "Grace and fury"
    movie = data["itemReviewed"]
    assert movie["@type"] == "Movie"
    assert movie["name"] == "Ballerina"
    # The largest re-encoded rendition, never the upload itself.
    assert movie["image"] == largest_rendition_url(review.film.poster_renditions)
    assert movie["dateCreated"] == "2025-06-06"
    assert movie["director"] == [
        {
            "@type": "Person",
            "name": "Len Wiseman",
            "url": ORIGIN
            + Film.objects.get().credits.get(role="director").person.get_absolute_url(),
        }
    ]
    assert [actor["name"] for actor in movie["actor"]] == [f"Actor {n}" for n in range(1, 6)]
    assert "sameAs" not in movie
    assert data["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 8.5,
        "bestRating": 10,
        "worstRating": 0,
    }
    assert data["author"] == {"@type": "Person", "name": "Ada Critic"}
    assert dt.datetime.fromisoformat(data["datePublished"]) == review.published_at
    assert dt.datetime.fromisoformat(data["dateModified"]) == review.updated_at
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "reviewsite",
        "url": "http://testserver/",
    }
    assert data["inLanguage"] == "en"


def test_review_jsonld_reads_only_what_the_page_loaded(
    review, rf_request, django_assert_num_queries
):
    loaded = loaded_review(review)
    with django_assert_num_queries(0):
        render("{% jsonld data %}", data=review_jsonld(loaded, request=rf_request))


def test_review_jsonld_falls_back_to_hero_image_and_release_year(rf_request):
    review = ReviewFactory(
        film=FilmFactory(release_year=2014),
        hero_image=ContentFile(image_bytes((800, 450)), name="hero.jpg"),
        hero_image_alt="A dancer",
        rating=None,
    )
    image_renditions_refresh(instance=review, field_name="hero_image")
    data = review_jsonld(loaded_review(review), request=rf_request)
    # Without a rating it is an Article about the film: a Review needs reviewRating.
    assert data["@type"] == "Article"
    assert "reviewRating" not in data and "itemReviewed" not in data
    assert data["about"]["image"] == largest_rendition_url(review.hero_renditions)
    assert data["about"]["dateCreated"] == "2014"
    assert data["author"] == {"@type": "Person", "name": "The editors"}  # no profile, no name


def test_jsonld_cannot_close_the_script_element(rf_request):
    headline = "</script><script>alert(1)</script>"
    review = ReviewFactory(headline=headline, standfirst="Fish & <chips>")
    html = render(
        "{% jsonld data %}", data=review_jsonld(loaded_review(review), request=rf_request)
    )
    assert html.count("<script") == 1 and html.count("</script>") == 1
    (script,) = rendered_jsonld(review_jsonld(loaded_review(review), request=rf_request))
    data = json.loads(script["text"])
    assert data["name"] == headline
    assert data["reviewBody"] == "Fish & <chips>"


def test_film_jsonld_aggregates_published_ratings(film, rf_request, django_assert_num_queries):
    ReviewFactory(film=film, rating=Decimal("8.5"))
    ReviewFactory(film=film, rating=Decimal("6"))
    ReviewFactory(film=film, rating=None, kind=Review.Kind.FEATURE)
    load_film_facts(film)
    reviews = list(Review.objects.published().with_cards().filter(film=film))
    with django_assert_num_queries(0):
        (script,) = rendered_jsonld(film_jsonld(film, reviews=reviews, request=rf_request))
    data = json.loads(script["text"])
    assert data["@type"] == "Movie"
    assert data["name"] == "Ballerina"
    assert data["genre"] == ["Action"]
    assert data["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 7.3,
        "bestRating": 10,
        "worstRating": 0,
        "ratingCount": 2,
    }


@pytest.mark.parametrize("ratings", [[], [None]])
def test_film_jsonld_has_no_aggregate_rating_without_rated_reviews(film, rf_request, ratings):
    reviews = [ReviewFactory(film=film, rating=rating) for rating in ratings]
    data = film_jsonld(load_film_facts(film), reviews=reviews, request=rf_request)
    assert data["@type"] == "Movie"
    assert "aggregateRating" not in data


def test_breadcrumbs_number_positions_from_one_with_absolute_urls(review, rf_request):
    items = [("Home", "/"), (review.film, review.film.get_absolute_url()), (review.headline, None)]
    (script,) = rendered_jsonld(breadcrumbs_jsonld(items, request=rf_request))
    data = json.loads(script["text"])
    assert data["@type"] == "BreadcrumbList"
    assert data["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://testserver/"},
        {
            "@type": "ListItem",
            "position": 2,
            "name": "Ballerina (2025)",
            "item": ORIGIN + review.film.get_absolute_url(),
        },
        {"@type": "ListItem", "position": 3, "name": "Grace and fury"},
    ]


def test_jsonld_renders_one_script_per_item_and_nothing_for_none():
    scripts = rendered_jsonld([{"@type": "Thing"}, None, {"@type": "Other"}])
    assert [json.loads(script["text"])["@type"] for script in scripts] == ["Thing", "Other"]
    assert render("{% jsonld data %}", data=None) == ""


# Meta tags


def meta(html):
    """{property or name: content} of the rendered <meta> tags, and the canonical href."""

    class Collector(HTMLParser):
        tags = {}

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "meta":
                self.tags[attrs.get("property") or attrs["name"]] = attrs["content"]
            elif tag == "link":
                self.tags[f"link:{attrs['rel']}"] = attrs["href"]

    collector = Collector()
    collector.feed(html)
    return collector.tags


def test_meta_tags_for_a_review_page(review):
    html = render(
        '{% meta_tags title=review.headline description=review.standfirst og_type="article" '
        "canonical=review.get_absolute_url image=review.film.poster "
        "image_alt=review.film.poster_alt published_time=review.published_at "
        "modified_time=review.updated_at %}",
        request=RequestFactory().get(review.get_preview_url()),
        review=review,
    )
    tags = meta(html)
    canonical = ORIGIN + review.get_absolute_url()
    assert tags["link:canonical"] == canonical
    assert tags["og:url"] == canonical
    assert tags["og:type"] == "article"
    assert tags["og:title"] == tags["twitter:title"] == "Grace and fury"
    assert tags["og:description"] == tags["twitter:description"] == "A short standfirst."
    assert tags["og:image"] == largest_rendition_url(review.film.poster_renditions)
    assert tags["og:image:alt"] == "A dancer with a gun"
    assert tags["og:site_name"] == "reviewsite"
    assert tags["twitter:card"] == "summary_large_image"
    assert dt.datetime.fromisoformat(tags["article:published_time"]) == review.published_at
    assert dt.datetime.fromisoformat(tags["article:modified_time"]) == review.updated_at


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ({"utm_source": "x"}, "http://testserver/genres/action/"),
        ({"page": "1"}, "http://testserver/genres/action/"),
        ({"page": "2", "utm_source": "x"}, "http://testserver/genres/action/?page=2"),
    ],
)
def test_meta_tags_without_image_use_a_summary_card_and_the_request_path(query, canonical):
    html = render(
        '{% meta_tags title="Action" description="Action films." %}',
        request=RequestFactory().get("/genres/action/", query),
    )
    tags = meta(html)
    assert tags["link:canonical"] == tags["og:url"] == canonical
    assert tags["og:type"] == "website"
    assert tags["twitter:card"] == "summary"
    assert "og:image" not in tags and "article:published_time" not in tags


def test_meta_tags_escape_what_they_are_given():
    title = '"><script>alert(1)</script>'
    html = render("{% meta_tags title=title description=title %}", title=title)
    assert "<script" not in html
    assert "&quot;&gt;&lt;script&gt;" in html
    assert meta(html)["og:title"] == title


def test_the_sitemap_index_pages_each_section(client, monkeypatch):
    monkeypatch.setattr(ReviewSitemap, "limit", 2)
    ReviewFactory.create_batch(3)
    index = ET.fromstring(client.get(reverse("sitemap")).content)
    pages = [
        s.findtext("sm:loc", namespaces=SITEMAP_NS) for s in index.findall("sm:sitemap", SITEMAP_NS)
    ]
    assert f"{ORIGIN}/sitemap-reviews.xml" in pages
    assert f"{ORIGIN}/sitemap-reviews.xml?p=2" in pages
    second = ET.fromstring(client.get("/sitemap-reviews.xml", {"p": 2}).content)
    assert len(second.findall("sm:url", SITEMAP_NS)) == 1
