"""Public pages. Every query a page needs is made here; templates never query.

Parts of a page that may come from the fragment cache are loaded lazily (ReviewPage): the
view's code still makes the query, but only when the page's template first asks for it.
"""

from functools import cached_property

from django.conf import settings
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import (
    Prefetch,
    prefetch_related_objects,
)
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.generic import DetailView, ListView
from taggit.models import Tag

from comments import moderation
from comments.views import CommentsMixin
from reviews.facts import load_film_facts
from reviews.models import (
    Country,
    Credit,
    Criterion,
    FAQEntry,
    Film,
    Genre,
    Person,
    Review,
    Score,
)
from reviews.richtext import body_with_toc
from reviews.seo import breadcrumbs_jsonld, film_jsonld, review_jsonld
from reviewsite.paginator import LookaheadPaginator

CARDS_PER_PAGE = 12
SIMILAR_POSTS = 3
RELATED_FILMS = 4


def with_film_facts(reviews):
    """Give the films of `reviews` (cards) their facts: one query whatever their number."""
    load_film_facts([review.film for review in reviews])
    return reviews


class ReviewCardsMixin:
    """A paginated list of review cards; ?page=abc or ?page=0 is a 404, never an error."""

    public_page = True  # the same for every anonymous reader: pagecache keeps it
    paginate_by = CARDS_PER_PAGE
    context_object_name = "reviews"
    template_name = "reviews/review_list.html"

    def reviews(self):
        return Review.objects.published().with_cards()

    def get_queryset(self):
        return self.reviews().order_by("-published_at", "-pk")

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True):
        page = self.request.GET.get(self.page_kwarg, 1)
        return LookaheadPaginator(queryset, per_page, page=page, orphans=orphans)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # One batch for every card on the page, featured ones included.
        with_film_facts([*context["object_list"], *context.get("featured", [])])
        return context


class HomeView(ReviewCardsMixin, ListView):
    template_name = "reviews/home.html"

    def get_context_data(self, **kwargs):
        featured = []
        if self.request.GET.get("page") in (None, "1"):
            featured = list(self.reviews().filter(is_featured=True).order_by("-published_at")[:3])
        return super().get_context_data(featured=featured, **kwargs)


class ReviewArchiveView(ReviewCardsMixin, ListView):
    extra_context = {"heading": "All reviews", "description": "Every review, newest first."}


class FilteredReviewsMixin(ReviewCardsMixin):
    """Review cards narrowed to what the URL names (a genre, a country, a year, a keyword)."""

    heading = "{}"
    description = "Reviews of {}, newest first."

    def get_object(self):
        raise NotImplementedError

    def filter_reviews(self, reviews, obj):
        raise NotImplementedError

    def get_queryset(self):
        self.object = self.get_object()
        return self.filter_reviews(super().get_queryset(), self.object)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object,
            heading=self.heading.format(self.object),
            description=self.description.format(self.object),
            **kwargs,
        )


class GenreDetailView(FilteredReviewsMixin, ListView):
    heading = "{} films"
    description = "Reviews of {} films, newest first."

    def get_object(self):
        return get_object_or_404(Genre, slug=self.kwargs["slug"])

    def filter_reviews(self, reviews, genre):
        return reviews.filter(film__genres=genre)


class CountryDetailView(FilteredReviewsMixin, ListView):
    heading = "Films from {}"
    description = "Reviews of films from {}, newest first."

    def get(self, request, *args, code, **kwargs):
        if code != code.lower():  # one address per page: /countries/fi/, never /countries/FI/
            url = reverse("reviews:country-detail", kwargs={"code": code.lower()})
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
        return super().get(request, *args, code=code, **kwargs)

    def get_object(self):
        return get_object_or_404(Country, code=self.kwargs["code"].upper())

    def filter_reviews(self, reviews, country):
        return reviews.filter(film__countries=country)


class YearDetailView(FilteredReviewsMixin, ListView):
    heading = "Films released in {}"
    description = "Reviews of films released in {}, newest first."

    def get_object(self):
        if not Film.objects.filter(release_year=self.kwargs["year"]).exists():
            raise Http404("No films from that year")
        return self.kwargs["year"]

    def filter_reviews(self, reviews, year):
        return reviews.filter(film__release_year=year)


class TagDetailView(FilteredReviewsMixin, ListView):
    heading = "Keyword: {}"
    description = "Reviews about {}, newest first."

    def get_object(self):
        # A keyword used only on drafts or scheduled reviews must not show that it exists.
        published = Review.objects.published().filter(keywords__slug=self.kwargs["slug"])
        return get_object_or_404(Tag, slug=self.kwargs["slug"], pk__in=published.values("keywords"))

    def filter_reviews(self, reviews, tag):
        return reviews.filter(keywords=tag)


def related_films(film, limit=RELATED_FILMS):
    return list(Film.objects.related_to(film).select_related("franchise")[:limit])


def review_rows(reviews):
    """Reviews with everything their page shows of them: film, franchise, author, profile."""
    rows = reviews.select_related("film__franchise", "author__author_profile")
    return rows.defer("search_vector", "film__search_vector")


#: What a review's page shows outside its kept parts (its title, description, comment form).
SHELL_FIELDS = [
    "slug", "headline", "kind", "standfirst", "seo_description", "body_excerpt", "word_count",
    "status", "published_at", "is_open_for_comments", "film_id", "author_id",
]  # fmt: skip


class ReviewPage:
    """What a review's page shows around the review, each part loaded when the page asks.

    The head and the article are page fragments (pagecache): for a signed-in reader whose
    fragments are kept, none of these queries runs, and the view loaded only the review's
    SHELL_FIELDS; a part rendered anew loads the whole review first.
    """

    def __init__(self, review, request, *, shell_only=False):
        self.shell, self.request, self.shell_only = review, request, shell_only

    @cached_property
    def base(self):
        """The whole review (the view's own row, unless it loaded only the shell)."""
        if not self.shell_only:
            return self.shell
        return review_rows(Review.objects.all()).get(pk=self.shell.pk)

    @cached_property
    def review(self):
        """The review with its scores, FAQ, keywords and the facts of every film shown."""
        review = self.base
        prefetch_related_objects(
            [review],
            Prefetch("scores", queryset=Score.objects.select_related("criterion")),
            Prefetch("faq_entries", queryset=FAQEntry.objects.filter(needs_review=False)),
            "keywords",
        )
        with_film_facts([review, *self.similar])  # film cards (related) show no facts
        return review

    @cached_property
    def similar(self):
        published = Review.objects.published().with_cards()
        return list(published.similar_to(self.base)[:SIMILAR_POSTS])

    @cached_property
    def related(self):
        # Only a draft's preview may lack a film (an import's title to confirm).
        return related_films(self.base.film) if self.base.film_id else []

    @property
    def poster(self):
        return self.base.film.poster if self.base.film_id else None

    @property
    def poster_alt(self):
        return self.base.film.poster_alt if self.base.film_id else ""

    @cached_property
    def neighbours(self):
        return Review.objects.published().neighbours_of(self.base)

    @cached_property
    def body(self):
        body = self.base.body
        # Only a body with stored images costs the query for them.
        figures = self.base.figures.in_bulk() if 'data-file="' in body else {}
        return body_with_toc(body, figures)

    @cached_property
    def jsonld(self):
        crumbs = [("Home", reverse("reviews:home")), ("Reviews", reverse("reviews:review-list"))]
        about = [review_jsonld(self.review, request=self.request)] if self.base.film_id else []
        return [
            *about,
            breadcrumbs_jsonld([*crumbs, (self.base.headline, None)], request=self.request),
        ]


class ReviewDetailView(CommentsMixin, DetailView):
    """A review, and under it its comments and the form, which posts back here."""

    public_page = True
    context_object_name = "review"

    def reviews(self):
        return Review.objects.published()

    def keeps_parts(self):
        """Whether the page's head, article and thread may come from the fragment cache."""
        return settings.FRAGMENT_CACHE_ENABLED

    def get_queryset(self):
        # No comment count here: only the comment thread shows it, and a kept thread needs
        # none (Discussion.count counts when the thread is rendered).
        if self.keeps_parts():
            return self.reviews().only(*SHELL_FIELDS)
        return review_rows(self.reviews())

    def get_context_data(self, **kwargs):
        page = ReviewPage(self.object, self.request, shell_only=self.keeps_parts())
        return super().get_context_data(page=page, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        # The page changes by itself when comments close with age.
        moderation_settings = context["discussion"].settings
        closes_at = moderation.comments_close_at(self.object, settings=moderation_settings)
        if closes_at is not None and closes_at > timezone.now():
            response.page_cache_expires_at = closes_at
        return response


class ReviewPreviewView(PermissionRequiredMixin, ReviewDetailView):
    """Staff see drafts and scheduled reviews as the public will; everyone else gets a 404."""

    permission_required = "reviews.view_review"
    public_page = False

    def handle_no_permission(self):
        raise Http404("No review found matching the query")

    def reviews(self):
        # Writers preview their own reviews only (reviews.workflow).
        return Review.objects.for_user(self.request.user)

    def keeps_parts(self):
        return False  # a preview keeps nothing

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_preview=True, **kwargs)


class FilmDetailView(DetailView):
    public_page = True
    context_object_name = "film"

    def get_queryset(self):
        # The page lists every credit, not a card's few: the film's own relations.
        return Film.objects.select_related("franchise").prefetch_related(
            "keywords",
            "studios",
            "genres",
            "countries",
            Prefetch("credits", queryset=Credit.objects.select_related("person")),
        )

    def get_context_data(self, **kwargs):
        film = self.object
        reviews = list(
            Review.objects.published().with_cards().filter(film=film).order_by("-published_at")
        )
        related = related_films(film)  # film cards show no facts
        crumbs = [("Home", reverse("reviews:home")), (str(film), None)]
        return super().get_context_data(
            reviews=reviews,
            rated_count=sum(review.rating is not None for review in reviews),
            jsonld=[
                film_jsonld(film, reviews=reviews, request=self.request),
                breadcrumbs_jsonld(crumbs, request=self.request),
            ],
            average_rating=Review.average_rating(reviews),
            criterion_averages=Criterion.objects.averages_for(film=film),
            related_films=related,
            **kwargs,
        )


class PersonDetailView(DetailView):
    public_page = True
    context_object_name = "person"

    def get_queryset(self):
        return Person.objects.prefetch_related(
            Prefetch(
                "credits",
                queryset=Credit.objects.select_related("film").order_by(
                    "role", "-film__release_year", "billing_order"
                ),
            )
        )

    def get_context_data(self, **kwargs):
        person = self.object
        reviews = with_film_facts(
            list(
                Review.objects.published()
                .with_cards()
                # A semi-join: no DISTINCT over every credit of a long career.
                .filter(film__in=Credit.objects.filter(person=person).values("film"))
                .order_by("-published_at", "-pk")[:CARDS_PER_PAGE]
            )
        )
        return super().get_context_data(
            filmography=Credit.group_by_role(person.credits.all()), reviews=reviews, **kwargs
        )
