"""RSS 2.0 feed of the latest published reviews."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.html import escape

from reviews.facts import facts_of, load_film_facts
from reviews.models import Review

FEED_LENGTH = 20


class LatestReviewsFeed(Feed):
    language = "en"

    def title(self):
        return f"{settings.SITE_NAME}: latest reviews"

    def description(self):
        return f"The latest film reviews, analysis and features from {settings.SITE_NAME}."

    def link(self):
        return reverse("reviews:home")

    def items(self):
        reviews = list(
            Review.objects.published()
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
