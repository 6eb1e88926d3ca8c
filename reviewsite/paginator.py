"""Paginators that do not COUNT huge tables: the admin's, and the public listings'."""

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

#: Above this many rows (by the planner's estimate) an unfiltered list shows an estimate.
ESTIMATE_ABOVE = 100_000


class EstimatedCountPaginator(Paginator):
    """Use PostgreSQL's row estimate for unfiltered lists of large tables.

    An exact COUNT(*) reads the whole table; the admin only needs it to number pages.
    Filtered lists are narrowed by an index and are still counted exactly.
    """

    @cached_property
    def count(self):
        query = getattr(self.object_list, "query", None)
        if query is not None and not query.where:
            estimate = self._estimate(self.object_list)
            if estimate is not None and estimate > ESTIMATE_ABOVE:
                return estimate
        return super().count

    @staticmethod
    def _estimate(queryset):
        connection = connections[queryset.db]
        if connection.vendor != "postgresql":
            return None
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
                [queryset.model._meta.db_table],
            )
            row = cursor.fetchone()
        return row[0] if row else None


class LookaheadPaginator(Paginator):
    """Counts no further than LOOKAHEAD pages past the page asked for.

    A listing's first page then costs the same whether a genre holds twenty reviews or
    twenty thousand; `is_capped` says when more pages follow than were counted ("of 11+").
    """

    LOOKAHEAD = 10

    def __init__(self, object_list, per_page, *, page=1, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        number = int(page) if str(page).isdigit() else 1
        self.limit = (max(1, number) + self.LOOKAHEAD) * per_page + 1

    @cached_property
    def count(self):
        rows = self.object_list
        if hasattr(rows, "query"):  # a QuerySet: COUNT over a LIMIT, never the whole list
            return rows.order_by().values("pk")[: self.limit].count()
        return min(len(rows), self.limit)

    @property
    def is_capped(self):
        return self.count >= self.limit
