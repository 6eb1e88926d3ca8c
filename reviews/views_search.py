"""The search page: reviews, films and people matching ?q=, a mistyped query corrected."""

from dataclasses import dataclass, field

from django.core.paginator import InvalidPage
from django.http import Http404
from django.views.generic import ListView

from reviews import search
from reviews.models import Film, Review

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_SIDEBAR_SIZE = 5


@dataclass
class Found:
    """What one query finds: reviews (a queryset, not yet run), its best films, and whether
    more reviews matched than are ranked."""

    reviews: object
    films: list = field(default_factory=list)
    capped: bool = False


def find(query):
    """The reviews and films matching `query` (a query without a problem)."""
    # The best films head the sidebar; their reviews are among the candidates ranked.
    films = list(
        Film.objects.search(query).only("title", "slug", "release_year")[: search.TITLE_CANDIDATES]
    )
    published, among, capped = Review.objects.published(), None, False
    if search.is_postgres():
        candidates = search.review_candidates(published.search_matches(query), films=films)
        among, capped = candidates.ids, candidates.capped
    reviews = published.with_cards().search(query, among=among)
    return Found(reviews.defer("body", "search_vector", "film__search_vector"), films, capped)


class SearchView(ListView):
    """Published reviews matching ?q= (ranked on PostgreSQL), with films and people.

    A query that finds no review but whose correction does ("balerina") shows the
    correction's results; ?exact=1 searches for the query as typed.
    """

    public_page = True
    template_name = "reviews/search.html"
    context_object_name = "reviews"
    paginate_by = SEARCH_RESULTS_PER_PAGE

    def get_queryset(self):
        self.query = search.cleaned(self.request.GET.get("q", ""))
        self.problem = search.query_problem(self.query)
        self.suggestion = self.corrected = None
        self.exact = self.request.GET.get("exact") == "1"
        if self.problem:
            self.found = Found(Review.objects.none())
        else:
            self.found = find(self.query)
        return self.found.reviews

    def paginate_queryset(self, queryset, page_size):
        """As ListView's, with the correction's reviews when the query's are none (the page
        number applies to them: page 2 of the corrected results exists)."""
        paginator = self.get_paginator(queryset, page_size)
        # Only when nothing matched, so a search that finds makes the same queries.
        if not self.problem and not paginator.count:
            self.suggestion = search.suggestion(self.query)
        if self.suggestion and not self.exact:
            corrected = find(self.suggestion)
            corrected_paginator = self.get_paginator(corrected.reviews, page_size)
            if corrected_paginator.count:
                self.found, self.corrected = corrected, self.suggestion
                paginator = corrected_paginator
        try:
            page = paginator.page(self.request.GET.get(self.page_kwarg) or 1)
        except InvalidPage as error:
            raise Http404(f"Invalid page: {error}") from error
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(query=self.query, problem=self.problem, **kwargs)
        if not self.problem:
            context["searched"] = self.corrected or self.query
            # The people the visitor meant: for "Len Wisemen", Len Wiseman (on SQLite too).
            named = self.query if self.exact else self.suggestion or self.query
            context["films"] = self.found.films[:SEARCH_SIDEBAR_SIZE]
            context["people"] = list(search.people_matching(named)[:SEARCH_SIDEBAR_SIZE])
            context["capped"] = self.found.capped
            if self.corrected:
                context["corrected"] = self.corrected
            elif self.suggestion:
                context["suggestion"] = self.suggestion
        return context
