"""The search page as the search tests read it."""

from django.urls import reverse

from reviews.search import search_index_refresh

SEARCH_URL = reverse("reviews:search")


def get_search(client, query, **params):
    return client.get(SEARCH_URL, {"q": query, **params})


def found(client, query):
    """The reviews the search page lists for `query`, in order."""
    response = get_search(client, query)
    assert response.status_code == 200
    return list(response.context["reviews"])


def indexed(*reviews):
    """Refresh the index of `reviews` (a no-op on SQLite) and return them."""
    search_index_refresh(review_ids=[review.pk for review in reviews])
    return reviews
