"""EXPLAIN ANALYZE of the comment queries moderators and readers make, on a million comments.

    DJANGO_DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/reviewsite \\
        .venv/bin/python bench/comments_explain.py [--rows 1000000] [--runs 5] [--keep]

PostgreSQL only. Creates a scratch database named after DATABASE_URL's with `_comments_bench`
appended (Django's test-database machinery: created and migrated, then dropped at the end
unless --keep), loads --rows comments with one INSERT … SELECT over generate_series, runs
VACUUM ANALYZE, and prints for each query the scans in its plan and the median planning and
execution times over --runs runs of EXPLAIN (ANALYZE, BUFFERS). The queries are made by the
same querysets and admin ordering as the site, captured as Django sends them.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: 1% pending, 10% spam, 2% trash, the rest approved; one comment a minute, newest first;
#: 20,000 e-mail addresses; 50 consecutive comments per item (20,000 items by default).
INSERT = """
    INSERT INTO comments_comment (
        content_type_id, object_pk, depth, author_name, author_email, author_url, text,
        status, status_reason, ip_address, user_agent, wants_reply_notification,
        submitted_at, updated_at
    )
    SELECT
        %(content_type)s, (i / 50 %% %(objects)s + 1)::text, 0, 'Commenter ' || i,
        'commenter' || (i %% 20000) || '@example.org', '',
        'Comment number ' || i || ': ' || repeat('words ', 20 + i %% 40),
        CASE WHEN i %% 100 = 0 THEN 'pending' WHEN i %% 10 = 1 THEN 'spam'
             WHEN i %% 50 = 7 THEN 'trash' ELSE 'approved' END,
        '', ('10.' || (i %% 200) || '.' || (i %% 256) || '.' || (i %% 250 + 1))::inet,
        'Mozilla/5.0 (bench)', false, now() - i * interval '1 minute', now()
    FROM generate_series(1, %(rows)s) AS i
"""


def queries():
    """(label, callable running the query) for each query worth timing."""
    import datetime as dt

    from django.db.models import Q
    from django.utils import timezone

    from comments.models import Comment
    from reviews.models import Review

    item = Review(pk=42)  # the rows reference items by primary key only
    cutoff = timezone.now() - dt.timedelta(days=90)
    return [
        ("queue, page 1 (admin, unfiltered)", lambda: list(Comment.objects.queue()[:50])),
        ("queue, page 100 (admin, unfiltered)", lambda: list(Comment.objects.queue()[4950:5000])),
        (
            "pending queue, page 1 (admin, filtered)",
            lambda: list(Comment.objects.pending().order_by("-submitted_at", "-pk")[:50]),
        ),
        ("pending count (admin index)", lambda: Comment.objects.pending().count()),
        (
            "an item's approved comments",
            lambda: list(Comment.objects.for_object(item).approved()),
        ),
        (
            "an item's approved count",
            lambda: Comment.objects.for_object(item).approved().count(),
        ),
        (
            "comments by e-mail (export, erase)",
            lambda: list(Comment.objects.by_email("commenter42@example.org")),
        ),
        (
            "IP anonymization, one batch",
            lambda: list(
                Comment.objects.filter(submitted_at__lt=cutoff)
                .filter(Q(ip_address__isnull=False) | ~Q(user_agent=""))
                .values_list("pk", flat=True)[:1000]
            ),
        ),
    ]


def captured_sql(run):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        run()
    return [q["sql"] for q in captured if '"comments_comment"' in q["sql"]][-1]


def scans(plan):
    if "Scan" in plan["Node Type"]:
        where = plan.get("Index Name") or plan.get("Relation Name")
        yield f"{plan['Node Type']} ({where})"
    for child in plan.get("Plans", []):
        yield from scans(child)


def explain(sql, runs):
    from django.db import connection

    planning, execution = [], []
    with connection.cursor() as cursor:
        for _ in range(runs):
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}")
            result = cursor.fetchone()[0][0]
            planning.append(result["Planning Time"])
            execution.append(result["Execution Time"])
    plan = result["Plan"]
    return statistics.median(planning), statistics.median(execution), plan


def load(rows, objects):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from reviews.models import Review

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            INSERT,
            {
                "content_type": ContentType.objects.get_for_model(Review).pk,
                "objects": objects,
                "rows": rows,
            },
        )
    loaded = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE comments_comment")
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('comments_comment'))")
        size = cursor.fetchone()[0]
    print(f"Loaded {rows:,} comments in {loaded:.1f} s; table and indexes: {size}.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--objects", type=int, default=20_000, help="items commented on")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")
    import django

    django.setup()
    from django.db import connection

    if connection.vendor != "postgresql":
        sys.exit("PostgreSQL only: set DATABASE_URL=postgres://…")
    name = connection.settings_dict["NAME"]
    connection.settings_dict["TEST"]["NAME"] = scratch = f"{name}_comments_bench"
    print(f"Scratch database {scratch} (dropped at the end unless --keep).")
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        load(args.rows, args.objects)
        print(f"\nMedian of {args.runs} runs of EXPLAIN (ANALYZE, BUFFERS):\n")
        print(f"{'query':40} {'planning':>9} {'execution':>10}  rows  scans")
        for label, run in queries():
            planning, execution, plan = explain(captured_sql(run), args.runs)
            print(
                f"{label:40} {planning:7.2f}ms {execution:8.2f}ms {plan['Actual Rows']:5}  "
                + ", ".join(scans(plan))
            )
    finally:
        if not args.keep:
            connection.creation.destroy_test_db(name, verbosity=0)


if __name__ == "__main__":
    main()
