"""Data derived from the catalogue, kept current off the request: search vectors and
relations (similar reviews, related films).

Reviews, films, people and credits change through the admin, the importer, the demo loader
and the shell alike, so signals (reviews.signals) note what changed; each transaction's
changes are gathered here and handed to the worker once, after the commit (a rolled-back
change, such as the admin import's preview, refreshes nothing).
"""

from django.db import transaction

from reviews.relations import relations_refresh
from reviews.search import search_index_refresh


def indexes_refresh(*, review_ids=(), film_ids=()) -> None:
    """Bring the search vectors and relations of these reviews and films up to date."""
    search_index_refresh(film_ids=film_ids, review_ids=review_ids)
    relations_refresh(review_ids=review_ids, film_ids=film_ids)


class _Pending:
    """The reviews and films one transaction changed, refreshed together after it commits."""

    def __init__(self):
        self.review_ids, self.film_ids, self.done = set(), set(), False

    def run(self):
        if self.done:
            return
        self.done = True
        from reviews import tasks  # reviews.tasks builds on this module

        tasks.refresh_indexes.enqueue(
            review_ids=sorted(self.review_ids), film_ids=sorted(self.film_ids)
        )


def is_waiting(connection, callback):
    """Whether `callback` waits for the current transaction's commit (not run, not dropped)."""
    return any(waiting == callback for _, waiting, _ in connection.run_on_commit)


def changed(*, review_ids=(), film_ids=(), using="default"):
    """Note that these reviews or films changed: their derived data is refreshed after commit."""
    review_ids = {pk for pk in review_ids if pk is not None}
    film_ids = {pk for pk in film_ids if pk is not None}
    if not (review_ids or film_ids):
        return
    connection = transaction.get_connection(using)
    pending = getattr(connection, "_reviews_indexes_pending", None)
    if pending is None or pending.done or not is_waiting(connection, pending.run):
        pending = connection._reviews_indexes_pending = _Pending()
    pending.review_ids.update(review_ids)
    pending.film_ids.update(film_ids)
    # Every change registers the shared batch; the first callback to run refreshes it all.
    transaction.on_commit(pending.run, using=using)
