import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reviews.models import Review
from reviewsite import paginator
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


def analyze_reviews():
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE reviews_review")


def full_counts(queries):
    return [q["sql"] for q in queries if "COUNT(" in q["sql"].upper() and "WHERE" not in q["sql"]]


@pytest.mark.postgres
def test_unfiltered_changelist_of_a_large_table_does_not_count_it(editor_client, monkeypatch):
    ReviewFactory.create_batch(3)
    analyze_reviews()
    monkeypatch.setattr(paginator, "ESTIMATE_ABOVE", 1)  # 3 rows count as "large" here
    with CaptureQueriesContext(connection) as captured:
        response = editor_client.get(reverse("admin:reviews_review_changelist"))
    assert response.context["cl"].result_count == 3  # the planner's estimate after ANALYZE
    assert full_counts(captured.captured_queries) == []


@pytest.mark.postgres
def test_small_tables_are_counted_exactly():
    ReviewFactory.create_batch(3)
    analyze_reviews()
    with CaptureQueriesContext(connection) as captured:
        assert paginator.EstimatedCountPaginator(Review.objects.all(), 10).count == 3
    assert len(full_counts(captured.captured_queries)) == 1


def test_filtered_lists_are_counted_exactly(monkeypatch):
    monkeypatch.setattr(paginator, "ESTIMATE_ABOVE", 0)
    ReviewFactory.create_batch(2)
    ReviewFactory(draft=True)
    assert paginator.EstimatedCountPaginator(Review.objects.drafts(), 10).count == 1
