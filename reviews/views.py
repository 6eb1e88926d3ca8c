"""Public pages. Every query a page needs is made here; templates never query."""

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from reviews.models import Country, Credit, Film, Genre, Person, Review

CARDS_PER_PAGE = 12


def review_cards():
    """Published reviews as cards, newest first."""
    return Review.objects.published().with_cards().order_by("-published_at", "-pk")


class ReviewListMixin:
    """A paginated list of review cards; ?page=abc or ?page=0 is a 404, never an error."""

    paginate_by = CARDS_PER_PAGE
    context_object_name = "reviews"


class HomeView(ReviewListMixin, ListView):
    template_name = "reviews/home.html"

    def get_queryset(self):
        return review_cards()


def with_review_page(reviews):
    """Everything the review page shows, in a fixed number of queries."""
    return reviews.with_cards().prefetch_related(
        "scores__criterion",
        "faq_entries",
        "keywords",
        "film__genres",
        "film__countries",
        Prefetch(
            "film__credits",
            queryset=Credit.objects.select_related("person").order_by(
                "role", "billing_order", "pk"
            ),
        ),
    )


class ReviewDetailView(DetailView):
    context_object_name = "review"

    def get_queryset(self):
        return with_review_page(Review.objects.published())


class ReviewPreviewView(PermissionRequiredMixin, ReviewDetailView):
    """Staff see drafts and scheduled reviews as the public will; everyone else gets a 404."""

    permission_required = "reviews.view_review"

    def handle_no_permission(self):
        raise Http404("No review found matching the query")

    def get_queryset(self):
        return with_review_page(Review.objects.all())

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_preview=True, **kwargs)


class FilmDetailView(DetailView):
    context_object_name = "film"

    def get_queryset(self):
        return Film.objects.select_related("franchise").prefetch_related(
            "genres",
            "countries",
            Prefetch("credits", queryset=Credit.objects.select_related("person")),
            Prefetch("reviews", queryset=review_cards(), to_attr="published_reviews"),
        )


class PersonDetailView(DetailView):
    context_object_name = "person"

    def get_queryset(self):
        return Person.objects.prefetch_related(
            Prefetch(
                "credits",
                queryset=Credit.objects.select_related("film").order_by(
                    "role", "-film__release_year"
                ),
            )
        )


class ReviewsOfFilmsMixin(ReviewListMixin):
    """Cards of published reviews of the films matched by `film_filter`."""

    template_name = "reviews/review_list.html"
    film_filter = ""

    def get_queryset(self):
        self.object = self.get_object()
        return review_cards().filter(**{self.film_filter: self.object})

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=str(self.object), **kwargs)


class GenreDetailView(ReviewsOfFilmsMixin, ListView):
    film_filter = "film__genres"

    def get_object(self):
        return get_object_or_404(Genre, slug=self.kwargs["slug"])


class CountryDetailView(ReviewsOfFilmsMixin, ListView):
    film_filter = "film__countries"

    def get_object(self):
        return get_object_or_404(Country, code=self.kwargs["code"].upper())
