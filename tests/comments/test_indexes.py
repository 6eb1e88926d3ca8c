"""The queue, the counts, an item's approved comments and by_email() use indexes (PostgreSQL).

Enough rows are inserted in one INSERT … SELECT for the planner to prefer a sequential scan
wherever no index fits; bench/comments_explain.py times the same queries on a million rows.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments.models import Comment
from reviews.models import Review
from reviewsite.paginator import ESTIMATE_ABOVE
from tests.factories import ReviewFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ROWS = ESTIMATE_ABOVE + 50_000  # above it the unfiltered queue is not COUNTed
OBJECTS = 1_000
INDEX_SCANS = {"Index Scan", "Index Only Scan", "Bitmap Index Scan"}

# 1% pending, 10% spam, 2% trash, the rest approved; one comment a minute, newest first;
# ROWS / OBJECTS consecutive comments per item, the first ones on the review.
INSERT = """
    INSERT INTO comments_comment (
        content_type_id, object_pk, depth, author_name, author_email, author_url, text,
        status, status_reason, ip_address, user_agent, wants_reply_notification,
        submitted_at, updated_at
    )
    SELECT
        %(content_type)s, (i / %(per_object)s + %(first_pk)s)::text, 0, 'Commenter ' || i,
        'commenter' || (i %% 20000) || '@example.org', '', 'Comment number ' || i,
        CASE WHEN i %% 100 = 0 THEN 'pending' WHEN i %% 10 = 1 THEN 'spam'
             WHEN i %% 50 = 7 THEN 'trash' ELSE 'approved' END,
        '', ('10.0.' || (i %% 256) || '.' || (i %% 250 + 1))::inet, 'Mozilla/5.0', false,
        now() - i * interval '1 minute', now()
    FROM generate_series(1, %(rows)s) AS i
"""


@pytest.fixture
def review():
    """A review with ROWS / OBJECTS of the many comments, among OBJECTS items commented on."""
    review = ReviewFactory()
    with connection.cursor() as cursor:
        cursor.execute(
            INSERT,
            {
                "content_type": ContentType.objects.get_for_model(Review).pk,
                "per_object": ROWS // OBJECTS,
                "first_pk": review.pk,
                "rows": ROWS,
            },
        )
        cursor.execute("ANALYZE comments_comment")
    return review


def comment_scans(run):
    """(node type, index) of each scan of comments_comment in the plans of what `run` queries."""
    with CaptureQueriesContext(connection) as queries:
        run()
    scans = []
    with connection.cursor() as cursor:
        for query in queries:
            sql = query["sql"]
            if sql.startswith("SELECT") and '"comments_comment"' in sql:
                cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}")
                scans += list(relation_scans(cursor.fetchone()[0][0]["Plan"]))
    assert scans, "no query on comments_comment was made"
    return scans


def relation_scans(plan):
    if plan.get("Relation Name") == "comments_comment" or plan.get("Index Name", "").startswith(
        "comment"
    ):
        yield plan["Node Type"], plan.get("Index Name")
    for child in plan.get("Plans", []):
        yield from relation_scans(child)


def assert_read_from_indexes(scans, *expected_indexes):
    assert "Seq Scan" not in {node for node, _ in scans}, scans
    assert {node for node, _ in scans} & INDEX_SCANS, scans
    assert set(expected_indexes) <= {index for _, index in scans}, scans


def test_the_whole_queue_is_read_from_its_index(review, moderator_client):
    url = reverse("admin:comments_comment_changelist")
    scans = comment_scans(lambda: moderator_client.get(url))
    assert_read_from_indexes(scans, "comment_queue_order_idx")


def test_the_pending_queue_is_read_from_its_index(review, moderator_client):
    url = reverse("admin:comments_comment_changelist")
    scans = comment_scans(lambda: moderator_client.get(url, {"status__exact": "pending"}))
    assert_read_from_indexes(scans)


def test_the_pending_count_is_read_from_an_index(review, moderator_client):
    scans = comment_scans(lambda: moderator_client.get(reverse("admin:index")))
    assert_read_from_indexes(scans)


def test_an_items_approved_comments_are_read_from_its_index(review):
    approved = Comment.objects.for_object(review).approved()
    scans = comment_scans(lambda: (list(approved.all()), approved.count()))
    assert_read_from_indexes(scans, "comment_object_status_idx")


def test_comments_by_email_are_read_from_an_index(review):
    scans = comment_scans(lambda: list(Comment.objects.by_email("Commenter42@example.org")))
    assert_read_from_indexes(scans, "comment_email_ci_idx")
