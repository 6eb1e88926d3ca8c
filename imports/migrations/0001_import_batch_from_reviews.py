"""ImportBatch and ImportFile, moved here from reviews (reviews 0019) with their rows.

The models keep the tables they had (`db_table`), so the move changes nothing in the
database: rows, sequences, indexes and constraints stay as they were, and a web process
still running the previous release keeps working while the new one is deployed. The two
content types are relabelled, so their permissions, and the groups and users holding
them, follow the models: Editors keep "Can import WordPress exports", now
`imports.import_wordpress`.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models, router

MOVED = ["importbatch", "importfile"]


def content_types_move(apps, schema_editor, *, source, target):
    """Relabel the moved models' content types from `source` to `target`.

    If `target` has its own already (post_migrate made them after a migrate that stopped
    between the two apps), whoever held a permission of `source` gets its twin there,
    and the content type of `source` goes, with its permissions.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    if not router.allow_migrate_model(db, ContentType):
        return
    types = ContentType.objects.db_manager(db)
    for model in MOVED:
        old = types.filter(app_label=source, model=model).first()
        new = types.filter(app_label=target, model=model).first()
        if old is None:
            continue
        if new is None:
            old.app_label = target
            old.save(update_fields=["app_label"])
            continue
        permissions_hand_over(apps, db, old, new)
        old.delete()
    types.clear_cache()


def permissions_hand_over(apps, db, old, new):
    """Give the holders of each permission of content type `old` the same one of `new`."""
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.using(db).filter(content_type=old):
        twin, _ = Permission.objects.using(db).get_or_create(
            content_type=new, codename=permission.codename, defaults={"name": permission.name}
        )
        twin.group_set.add(*permission.group_set.all())
        twin.user_set.add(*permission.user_set.all())


def forward(apps, schema_editor):
    content_types_move(apps, schema_editor, source="reviews", target="imports")


def backward(apps, schema_editor):
    content_types_move(apps, schema_editor, source="imports", target="reviews")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("reviews", "0019_import_batch_to_imports"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ImportBatch",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now,
                                help_text="Batches are deleted a day later, imported or not.",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("previewing", "Being previewed"),
                                    ("previewed", "Waiting for confirmation"),
                                    ("importing", "Importing"),
                                    ("done", "Imported"),
                                    ("failed", "Failed"),
                                ],
                                default="previewing",
                                help_text="Changed only from the state it was read in, so a second click imports nothing.",
                                max_length=10,
                            ),
                        ),
                        (
                            "attempt",
                            models.PositiveIntegerField(
                                default=1,
                                help_text="Counts the previews and imports asked for; a task works only while its number is the batch's, so one left behind by a retry stops.",
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now,
                                help_text="When the work last moved on (asked for, a document imported, finished): a preview or import with no news for a long while has stopped.",
                            ),
                        ),
                        (
                            "documents_done",
                            models.PositiveIntegerField(
                                default=0,
                                help_text="Documents the import has finished so far, for its page to show.",
                            ),
                        ),
                        (
                            "review_status",
                            models.CharField(
                                blank=True,
                                choices=[("draft", "Draft"), ("published", "Published")],
                                help_text="The status new reviews get; blank: drafts, but WordPress posts keep theirs.",
                                max_length=10,
                            ),
                        ),
                        (
                            "preview",
                            models.JSONField(
                                blank=True,
                                default=list,
                                help_text="One row per document: what confirming would do, as the preview found it.",
                            ),
                        ),
                        (
                            "report",
                            models.JSONField(
                                blank=True,
                                default=list,
                                help_text="One row per document, as the import left it.",
                            ),
                        ),
                        (
                            "error",
                            models.TextField(
                                blank=True,
                                help_text="Why the preview or import failed, in words for the editor.",
                            ),
                        ),
                        (
                            "confirmed_by",
                            models.ForeignKey(
                                blank=True,
                                help_text="The editor who confirmed the import: the author of its new reviews.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "created_by",
                            models.ForeignKey(
                                help_text="The editor who uploaded the documents; only they can see and confirm them.",
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="import_batches",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "reviews_importbatch",
                        "permissions": [
                            (
                                "import_wordpress",
                                "Can import WordPress exports, authors and comments",
                            )
                        ],
                        "indexes": [
                            models.Index(fields=["created_at"], name="importbatch_created_at_idx")
                        ],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    (
                                        "status__in",
                                        ["previewing", "previewed", "importing", "done", "failed"],
                                    )
                                ),
                                name="importbatch_status_valid",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("review_status__in", ["", "draft", "published"])
                                ),
                                name="importbatch_review_status_valid",
                            ),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="ImportFile",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "name",
                            models.CharField(
                                help_text="The uploaded file's name, or what was pasted.",
                                max_length=255,
                            ),
                        ),
                        ("data", models.BinaryField(help_text="The document exactly as uploaded.")),
                        (
                            "position",
                            models.PositiveSmallIntegerField(
                                help_text="Documents are imported in this order."
                            ),
                        ),
                        (
                            "batch",
                            models.ForeignKey(
                                db_index=False,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="files",
                                to="imports.importbatch",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "reviews_importfile",
                        "ordering": ["batch", "position"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("batch", "position"),
                                name="importfile_unique_batch_position",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forward, backward),
    ]
