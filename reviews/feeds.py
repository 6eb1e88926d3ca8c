"""RSS 2.0 feeds: the latest published reviews, and an author's."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape

from reviews.facts import facts_of, load_film_facts
from reviews.models import AuthorProfile, Review

FEED_LENGTH = 20


class LatestReviewsFeed(Feed):
    language = "en"

    def title(self):
        return f"{settings.SITE_NAME}: latest reviews"

    def description(self):
        return f"The latest film reviews, analysis and features from {settings.SITE_NAME}."

    def link(self):
        return reverse("reviews:home")

    def reviews(self, obj=None):
        return Review.objects.published()

    def items(self, obj=None):
        reviews = list(
            self.reviews(obj)
            .with_cards()
            .prefetch_related("keywords")
            .order_by("-published_at", "-pk")[:FEED_LENGTH]
        )
        load_film_facts([review.film for review in reviews])  # genres become categories
        return reviews

    # Readers treat <title> and <description> as HTML; both fields are plain text.
    def item_title(self, review):
        return escape(review.headline)

    def item_description(self, review):
        return escape(review.standfirst or review.seo_description or review.verdict)

    def item_pubdate(self, review):
        return review.published_at

    def item_updateddate(self, review):
        return review.updated_at

    def item_author_name(self, review):
        return review.byline

    def item_categories(self, review):
        genres = [genre.name for genre in facts_of(review.film).genres]
        return genres + [tag.name for tag in review.keywords.all()]


class AuthorReviewsFeed(LatestReviewsFeed):
    """One author's latest published reviews (/authors/<slug>/feed/)."""

    def get_object(self, request, slug):
        return get_object_or_404(AuthorProfile.objects.with_published_reviews(), slug=slug)

    def title(self, profile):
        return f"{settings.SITE_NAME}: reviews by {profile.display_name}"

    def description(self, profile):
        return f"The latest film reviews by {profile.display_name} on {settings.SITE_NAME}."

    def link(self, profile):
        return profile.get_absolute_url()

    def reviews(self, profile):
        return Review.objects.published().filter(author_id=profile.user_id)
