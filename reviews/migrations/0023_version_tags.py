"""Versions keep the tags (a review's keywords) taggit does not serialize: VersionTags."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("reviews", "0022_review_workflow"),
    ]

    operations = [
        migrations.CreateModel(
            name="VersionTags",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "names",
                    models.JSONField(
                        default=dict,
                        help_text="Each tag manager's name (keywords) and the tag names it held, sorted.",
                    ),
                ),
                (
                    "version",
                    models.OneToOneField(
                        help_text="The version these tags belong to.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tags_kept",
                        to="reversion.version",
                    ),
                ),
            ],
            options={
                "verbose_name": "version's tags",
                "verbose_name_plural": "versions' tags",
            },
        ),
    ]
