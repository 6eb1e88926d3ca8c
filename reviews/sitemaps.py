"""Sitemaps of the public pages; reviews appear only once published.

/sitemap.xml is an index of one sitemap per section, each in pages of PAGE_SIZE addresses,
so a page of the sitemap costs the same however large the site grows.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.db.models.functions import Greatest
from django.urls import reverse

from reviews.models import AuthorProfile, Film, Franchise, Genre, Person, Review

#: Addresses per sitemap page (the protocol allows 50,000; search engines fetch pages apart).
PAGE_SIZE = 2000


class StaticSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["reviews:home"]

    def location(self, name):
        return reverse(name)


class ReviewSitemap(Sitemap):
    limit = PAGE_SIZE

    def items(self):
        return (
            Review.objects.published()
            .only("slug", "updated_at", "published_at")
            .order_by("-published_at", "-pk")
        )

    def lastmod(self, review):
        return review.modified_at

    def get_latest_lastmod(self):
        """For the index: one aggregate, not every review loaded to find the latest."""
        modified = Greatest("updated_at", "published_at")
        return self.items().aggregate(latest=Max(modified))["latest"]


class FilmSitemap(Sitemap):
    limit = PAGE_SIZE

    def items(self):
        return Film.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, film):
        return film.updated_at

    def get_latest_lastmod(self):
        return Film.objects.aggregate(latest=Max("updated_at"))["latest"]


class PersonSitemap(Sitemap):
    limit = PAGE_SIZE

    def items(self):
        return Person.objects.only("slug").order_by("pk")


class GenreSitemap(Sitemap):
    limit = PAGE_SIZE

    def items(self):
        return Genre.objects.only("slug").order_by("pk")


class FranchiseSitemap(Sitemap):
    limit = PAGE_SIZE

    def items(self):
        return Franchise.objects.only("slug").order_by("pk")


class AuthorSitemap(Sitemap):
    limit = PAGE_SIZE

    def items(self):
        return AuthorProfile.objects.with_published_reviews().only("slug").order_by("pk")


sitemaps = {
    "static": StaticSitemap,
    "reviews": ReviewSitemap,
    "films": FilmSitemap,
    "people": PersonSitemap,
    "genres": GenreSitemap,
    "franchises": FranchiseSitemap,
    "authors": AuthorSitemap,
}
