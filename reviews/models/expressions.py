"""Query pieces the catalogue's and the reviews' querysets build on."""

from django.db import connections, models
from django.db.models import Q


def either(first, second):
    """`pk` in either subquery: a UNION of the two short lists of ids, looked up by primary
    key, where the database allows a LIMIT inside one (PostgreSQL); else an OR (SQLite),
    which would make PostgreSQL read every row to test each against both lists."""
    if connections[first.db].features.supports_slicing_ordering_in_compound:
        return Q(pk__in=first.union(second))
    return Q(pk__in=first) | Q(pk__in=second)


class SubqueryCount(models.Subquery):
    """The number of rows a correlated subquery returns (0 when none)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"
    output_field = models.IntegerField()


def count_subquery(queryset, column):
    """COUNT(DISTINCT column) over a correlated queryset, as an annotation."""
    return SubqueryCount(queryset.order_by().values(column).distinct())
