"""Pages that gather reviews around who or what they belong to: a franchise's films in
order, and an author's reviews. Like every public page, the page cache keeps them until
anything they show changes (Franchise, Film, AuthorProfile and Review are watched)."""

from django.db.models import F, Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, ListView

from reviews.models import AuthorProfile, Franchise, Review
from reviews.seo import breadcrumbs_jsonld
from reviews.views import FilteredReviewsMixin


class FranchiseDetailView(DetailView):
    """A franchise's films by release, each with its published reviews."""

    public_page = True
    model = Franchise
    context_object_name = "franchise"

    def get_context_data(self, **kwargs):
        reviews = Review.objects.published().select_related("author__author_profile")
        films = self.object.films.order_by(
            F("release_year").asc(nulls_last=True), F("release_date").asc(nulls_last=True), "pk"
        ).prefetch_related(
            Prefetch(
                "reviews",
                queryset=reviews.defer("body", "search_vector").order_by("-published_at"),
                to_attr="published_reviews",
            )
        )
        crumbs = [("Home", reverse("reviews:home")), (self.object.name, None)]
        return super().get_context_data(
            films=list(films.defer("search_vector")),
            jsonld=[breadcrumbs_jsonld(crumbs, request=self.request)],
            **kwargs,
        )


class AuthorDetailView(FilteredReviewsMixin, ListView):
    """An author's profile and published reviews, newest first, paginated."""

    template_name = "reviews/author_detail.html"
    heading = "Reviews by {}"
    description = "Film reviews by {}, newest first."

    def get_object(self):
        return get_object_or_404(
            AuthorProfile.objects.with_published_reviews(), slug=self.kwargs["slug"]
        )

    def filter_reviews(self, reviews, profile):
        return reviews.filter(author_id=profile.user_id)
