"""The demo as loaded through the importer: films, reviews, critics, comments, dates."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from comments.models import Comment, StatusChange
from demo.services import demo_load
from reviews.models import AuthorProfile, Credit, Criterion, Film, Person, Review

WICK_BALLERINA = "From the World of John Wick: Ballerina"
#: The one demo review changed after its publication (extras.toml: revised_at).
REVISED, REVISED_AT = "john-wick-rules-of-the-house", datetime(2025, 6, 9, 16, 30, tzinfo=UTC)
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo once for the module (it draws 19 images) and roll it back after."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        result = demo_load()
        yield result
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def media_root(loaded):
    """Overrides the suite's per-test media folder: the demo's images live in the module's."""


@pytest.fixture
def demo(loaded, db):
    # Each test runs in its own savepoint inside the module's transaction.
    return loaded


@pytest.mark.django_db
def test_demo_load_creates_films_reviews_and_authors(demo):
    assert demo is True
    assert Film.objects.count() == 8
    assert Review.objects.count() == 9
    assert Review.objects.published().count() == 7
    assert AuthorProfile.objects.count() == 2


@pytest.mark.django_db
def test_both_ballerina_films_exist_with_distinct_slugs(demo):
    korean = Film.objects.get(title="Ballerina", release_year=2023)
    wick = Film.objects.get(title=WICK_BALLERINA, release_year=2025)
    assert korean.slug != wick.slug
    assert list(korean.countries.values_list("code", flat=True)) == ["KR"]
    assert list(wick.countries.values_list("code", flat=True)) == ["US"]
    assert wick.franchise.name == "John Wick" and korean.franchise is None
    assert set(korean.genres.values_list("name", flat=True)) == {"Action", "Thriller"}


@pytest.mark.django_db
def test_ballerina_credits_are_billed_in_order(demo):
    wick = Film.objects.get(title=WICK_BALLERINA)
    cast = wick.credits.filter(role=Credit.Role.CAST).select_related("person")
    assert [(c.person.name, c.character) for c in cast][:2] == [
        ("Ana de Armas", "Eve Macarro"),
        ("Keanu Reeves", "John Wick"),
    ]
    assert wick.credits.get(role=Credit.Role.DIRECTOR).person.name == "Len Wiseman"
    assert wick.credits.get(role=Credit.Role.WRITER).person.name == "Shay Hatten"
    korean = Film.objects.get(title="Ballerina")
    assert korean.credits.get(character="Ok-ju").person.name == "Jeon Jong-seo"


@pytest.mark.django_db
def test_people_in_several_films_are_one_person(demo):
    keanu = Person.objects.get(name="Keanu Reeves")
    assert set(keanu.films.values_list("title", flat=True)) == {"John Wick", WICK_BALLERINA}
    assert Person.objects.filter(name="Lance Reddick").count() == 1


@pytest.mark.django_db
def test_365_days_credits_both_directors(demo):
    film = Film.objects.get(title="365 Days")
    directors = film.credits.filter(role=Credit.Role.DIRECTOR).values_list(
        "person__name", flat=True
    )
    assert list(directors) == ["Barbara Białowąs", "Tomasz Mandes"]


@pytest.mark.django_db
def test_the_2025_ballerina_has_pieces_of_different_kinds(demo):
    reviews = Review.objects.published().filter(film__title=WICK_BALLERINA)
    assert reviews.count() >= 2
    assert len(set(reviews.values_list("kind", flat=True))) >= 2


@pytest.mark.django_db
def test_draft_and_scheduled_reviews_are_hidden_from_the_public(demo):
    draft = Review.objects.drafts().get()
    scheduled = Review.objects.scheduled().get()
    published = Review.objects.published()
    assert draft not in published and scheduled not in published
    assert scheduled.is_scheduled and not draft.is_published


@pytest.mark.django_db
def test_every_film_is_complete(demo):
    for film in Film.objects.all():
        assert film.synopsis and film.release_year, film
        assert film.genres.exists() and film.countries.exists(), film
        assert film.credits.filter(role=Credit.Role.DIRECTOR).exists(), film
        assert film.keywords.exists(), film
        assert film.poster_alt, film
        with Image.open(film.poster.path) as poster:
            assert poster.size == (600, 900)


@pytest.mark.django_db
def test_every_published_review_is_complete(demo):
    criteria = set(Criterion.objects.filter(is_default=True))
    for review in Review.objects.published().prefetch_related("scores__criterion"):
        assert {score.criterion for score in review.scores.all()} == criteria, review
        assert not review.rating_disagrees_with_scores(), review
        assert review.verdict and review.standfirst and review.seo_description, review
        assert 3 <= review.faq_entries.count() <= 4, review
        assert review.keywords.exists(), review
        for tag in ("<h2>", "<ul>", "<blockquote>"):
            assert tag in review.body, (review, tag)
        assert review.hero_image_alt, review
        with Image.open(review.hero_image.path) as hero:
            assert hero.size == (1600, 900)


@pytest.mark.django_db
def test_published_dates_are_fixed_in_the_past(demo):
    years = {review.published_at.year for review in Review.objects.published()}
    assert years <= {2025, 2026}


@pytest.mark.django_db
def test_authors_are_editors_who_cannot_log_in_yet(demo):
    for profile in AuthorProfile.objects.select_related("user"):
        user = profile.user
        assert user.is_staff and not user.is_superuser
        assert not user.has_usable_password()
        assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
        assert profile.display_name and profile.bio and profile.avatar
        assert user.reviews.exists()


@pytest.mark.django_db
def test_second_call_loads_nothing(demo):
    counts = Film.objects.count(), Review.objects.count(), get_user_model().objects.count()
    assert demo_load() is False
    assert (Film.objects.count(), Review.objects.count()) == counts[:2]
    assert get_user_model().objects.count() == counts[2]


@pytest.mark.django_db
def test_the_featured_review_has_a_threaded_conversation_and_a_queue_to_moderate(demo):
    featured = Review.objects.get(is_featured=True)
    comments = Comment.objects.for_object(featured)
    approved = comments.approved()
    assert approved.count() == 4 and max(c.depth for c in approved) == 2
    assert sorted(comments.exclude(status="approved").values_list("status", flat=True)) == [
        "pending",
        "spam",
    ]
    assert all(c.submitted_at > featured.published_at for c in comments)
    assert StatusChange.objects.filter(reason="demo content").count() == 6


@pytest.mark.django_db
def test_film_facts_come_from_the_documents_and_the_rest_from_the_extras(demo):
    korean = Film.objects.get(title="Ballerina")
    assert korean.runtime_minutes == 93 and korean.original_title == "발레리나"
    assert list(korean.keywords.names().order_by("name")) == [
        "friendship",
        "korean cinema",
        "netflix",
        "revenge",
    ]
    review = Review.objects.get(slug="ballerina-2023-review")
    assert review.import_fingerprint and review.headline.startswith("Ballerina (2023) review:")
    assert "<blockquote><p>Every fight in Ballerina is really an argument" in review.body
    assert Review.objects.get(slug="two-ballerinas").film.title == WICK_BALLERINA


@pytest.mark.django_db
def test_published_reviews_last_changed_when_published_unless_revised(demo):
    for review in Review.objects.published():
        expected = REVISED_AT if review.slug == REVISED else review.published_at
        assert review.updated_at == expected, review
        assert review.imported_at == review.updated_at, review  # not an editor's change since
    scheduled = Review.objects.scheduled().get()
    assert scheduled.updated_at < scheduled.published_at


@pytest.mark.django_db
def test_films_last_changed_when_their_first_review_was_published(demo):
    wick = Film.objects.get(title=WICK_BALLERINA)
    assert wick.updated_at == Review.objects.get(slug="ballerina-review-ana-de-armas").published_at
    assert Film.objects.get(title="John Wick").updated_at == datetime(2025, 5, 28, 9, tzinfo=UTC)


def review_jsonld(content):
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    return next(data for data in map(json.loads, scripts) if data["@type"] == "Review")


@pytest.mark.django_db
def test_only_the_revised_review_says_updated_and_its_date_modified_follows(demo, client):
    for review in Review.objects.published():
        content = client.get(review.get_absolute_url()).content.decode()
        is_revised = review.slug == REVISED
        assert ("Updated <time" in content) is is_revised, review
        modified = datetime.fromisoformat(review_jsonld(content)["dateModified"])
        assert modified == (REVISED_AT if is_revised else review.published_at), review
        if is_revised:
            assert ">June 9, 2025</time>" in content


@pytest.mark.django_db
def test_sitemap_lastmod_is_the_publication_day_or_the_revision_day(demo, client):
    response = client.get(reverse("sitemap-section", args=["reviews"]))
    lastmods = {
        url.findtext("sm:loc", namespaces=SITEMAP_NS).rstrip("/").rsplit("/", 1)[-1]: url.findtext(
            "sm:lastmod", namespaces=SITEMAP_NS
        )
        for url in ET.fromstring(response.content).findall("sm:url", SITEMAP_NS)
    }
    assert lastmods[REVISED] == "2025-06-09"
    assert lastmods["ballerina-review-ana-de-armas"] == "2025-06-06"
    assert len(lastmods) == 7
