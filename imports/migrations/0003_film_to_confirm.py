"""Films to confirm: reviews whose film the importer left to an editor; and the films an
editor picked in an import's preview."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("imports", "0002_skipped_files_keep_only_their_reason"),
        ("reviews", "0019_import_batch_to_imports"),
    ]

    operations = [
        migrations.AddField(
            model_name="importbatch",
            name="film_choices",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text='The films the editor picked in the preview, by document number: a film\'s id, or "new" for a new film. The import honours them.',
            ),
        ),
        migrations.CreateModel(
            name="FilmToConfirm",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("pending", "Film to confirm"), ("settled", "Settled")],
                        default="pending",
                        help_text="Settled once an editor chose the film or a new one.",
                        max_length=10,
                    ),
                ),
                (
                    "explanation",
                    models.TextField(help_text="Why the importer did not decide, for the editor."),
                ),
                (
                    "candidates",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="The catalogue films considered, best first, with the evidence for and against each: [{film_id, film, score, for, against, ruled_out}].",
                    ),
                ),
                (
                    "facts",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        help_text="What the document says about its film, to make a new film from if chosen.",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, help_text="When it was imported."
                    ),
                ),
                (
                    "settled_at",
                    models.DateTimeField(blank=True, help_text="When it was settled.", null=True),
                ),
                (
                    "review",
                    models.OneToOneField(
                        help_text="The imported review, a draft on the leading candidate until settled.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="film_to_confirm",
                        to="reviews.review",
                    ),
                ),
            ],
            options={
                "verbose_name": "film to confirm",
                "verbose_name_plural": "films to confirm",
                "indexes": [
                    models.Index(fields=["status", "created_at"], name="filmtoconfirm_status_idx")
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("status__in", ["pending", "settled"])),
                        name="filmtoconfirm_status_valid",
                    )
                ],
            },
        ),
    ]
