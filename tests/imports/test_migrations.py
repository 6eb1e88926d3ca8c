"""Moving ImportBatch and ImportFile from reviews to imports keeps every row and grant.

The test database is migrated back to before the move, given rows as that state has them,
then migrated forward again. Transactional: SQLite cannot migrate inside the transaction
other tests run in (pytest-django runs these tests after all the others).
"""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from imports.models import ImportBatch

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("reviews", "0018_film_updated_at_idx")]


def migrate(targets=None):
    """Migrate the test database to `targets` (default: the latest), and return its apps."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def granted(apps, group, model, codename):
    """Give `group` the permission `codename` on `model` of reviews; its content type."""
    content_type = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="reviews", model=model
    )[0]
    permission = apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename}
    )[0]
    group.permissions.add(permission)
    return content_type


def rows_before_the_move(apps):
    """A batch with its file, made through the models as reviews had them."""
    user = apps.get_model("auth", "User").objects.create(username="mover", password="!")
    batch = apps.get_model("reviews", "ImportBatch").objects.create(
        created_by=user, status="previewed", preview=[{"name": "lantern.txt"}]
    )
    apps.get_model("reviews", "ImportFile").objects.create(
        batch=batch, name="lantern.txt", data=b"The Lantern Keeper\n", position=0
    )
    return batch.pk


def test_the_move_to_imports_keeps_the_rows_and_who_holds_their_permissions():
    try:
        before = migrate(BEFORE)
        batch_pk = rows_before_the_move(before)
        movers = before.get_model("auth", "Group").objects.create(name="Movers")
        batch_type = granted(before, movers, "importbatch", "import_wordpress")
        granted(before, movers, "importfile", "view_importfile")
        # As if post_migrate had made imports' own before its migration ran.
        before.get_model("contenttypes", "ContentType").objects.create(
            app_label="imports", model="importfile"
        )
    finally:
        migrate()
    ContentType.objects.clear_cache()

    batch = ImportBatch.objects.select_related("created_by").get(pk=batch_pk)
    assert (batch.status, batch.preview) == ("previewed", [{"name": "lantern.txt"}])
    assert batch.created_by.username == "mover"
    file = batch.files.get()
    assert (file.name, bytes(file.data)) == ("lantern.txt", b"The Lantern Keeper\n")
    assert ContentType.objects.get_for_model(ImportBatch).pk == batch_type.pk  # relabelled
    assert not ContentType.objects.filter(app_label="reviews", model__startswith="import")
    movers = Group.objects.get(name="Movers").permissions.select_related("content_type")
    perms = {f"{p.content_type.app_label}.{p.codename}" for p in movers}
    assert perms == {"imports.import_wordpress", "imports.view_importfile"}
