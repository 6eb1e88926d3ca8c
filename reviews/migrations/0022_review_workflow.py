"""The newsroom workflow: review statuses and their log, the workflow's permissions (granted
by reviewsite/roles.py), stored consistency warnings."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0021_authorprofile_slug"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ReviewTransition",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "from_status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("in_review", "In review"),
                            ("changes_requested", "Changes requested"),
                            ("approved", "Approved"),
                            ("published", "Published"),
                        ],
                        help_text="The status the review left.",
                        max_length=20,
                    ),
                ),
                (
                    "to_status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("in_review", "In review"),
                            ("changes_requested", "Changes requested"),
                            ("approved", "Approved"),
                            ("published", "Published"),
                        ],
                        help_text="The status the review reached.",
                        max_length=20,
                    ),
                ),
                (
                    "at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, help_text="When it was moved."
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="What the editor asked for, or any word that came with the move.",
                    ),
                ),
            ],
            options={
                "ordering": ["-at", "-pk"],
            },
        ),
        migrations.AlterModelOptions(
            name="review",
            options={
                "ordering": ["-published_at", "-pk"],
                "permissions": [
                    ("submit_review", "Can submit reviews for an editor's review"),
                    ("approve_review", "Can approve submitted reviews or request changes"),
                    ("publish_review", "Can publish, schedule and unpublish reviews"),
                    ("change_any_review", "Can edit reviews by any author"),
                ],
            },
        ),
        migrations.AddField(
            model_name="review",
            name="consistency_warnings",
            field=models.JSONField(
                blank=True,
                default=list,
                editable=False,
                help_text="What reviews.consistency found when the review was last saved.",
            ),
        ),
        migrations.AlterField(
            model_name="review",
            name="status",
            field=models.CharField(
                choices=[
                    ("draft", "Draft"),
                    ("in_review", "In review"),
                    ("changes_requested", "Changes requested"),
                    ("approved", "Approved"),
                    ("published", "Published"),
                ],
                db_index=True,
                default="draft",
                help_text="Published with a future publish time: scheduled.",
                max_length=20,
            ),
        ),
        migrations.AddConstraint(
            model_name="review",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "status__in",
                        ["draft", "in_review", "changes_requested", "approved", "published"],
                    )
                ),
                name="review_status_valid",
            ),
        ),
        migrations.AddField(
            model_name="reviewtransition",
            name="by",
            field=models.ForeignKey(
                blank=True,
                help_text="Who moved it; blank when the site itself did (an import, a command).",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="reviewtransition",
            name="review",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="transitions",
                to="reviews.review",
            ),
        ),
        migrations.AddIndex(
            model_name="reviewtransition",
            index=models.Index(fields=["review", "-at"], name="reviewtransition_review_idx"),
        ),
        migrations.AddConstraint(
            model_name="reviewtransition",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "to_status__in",
                        ["draft", "in_review", "changes_requested", "approved", "published"],
                    )
                ),
                name="reviewtransition_to_status_valid",
            ),
        ),
    ]
