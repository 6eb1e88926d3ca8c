"""Profiles made before author pages get readable, unique slugs from their display names.

Transactional: SQLite cannot migrate inside the transaction other tests run in.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("reviews", "0020_score_comment_review_figure")]
AFTER = [("reviews", "0021_authorprofile_slug")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def test_existing_profiles_get_unique_slugs_from_their_names():
    apps = migrate(BEFORE)
    User = apps.get_model("auth", "User")
    Profile = apps.get_model("reviews", "AuthorProfile")
    names = ["Mira Okafor", "Mira Okafor", "¡¡¡"]
    for n, name in enumerate(names):
        user = User.objects.create(username=f"writer{n}", password="!")
        Profile.objects.create(user=user, display_name=name)
    try:
        apps = migrate(AFTER)
        slugs = apps.get_model("reviews", "AuthorProfile").objects.order_by("pk")
        assert list(slugs.values_list("slug", flat=True)) == [
            "mira-okafor",
            "mira-okafor-2",
            "author",
        ]
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
