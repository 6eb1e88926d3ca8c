from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("reviews", "0006_studios")]

    operations = [
        migrations.AddField(
            model_name="review",
            name="import_fingerprint",
            field=models.CharField(
                blank=True,
                db_default="",
                editable=False,
                help_text="SHA-256 of the document last imported into this review.",
                max_length=64,
            ),
        ),
        migrations.AddField(
            model_name="review",
            name="import_key",
            field=models.CharField(
                blank=True,
                db_default="",
                editable=False,
                help_text="Where an import found this review (a WordPress post's GUID), to update it.",
                max_length=255,
            ),
        ),
        migrations.AddConstraint(
            model_name="review",
            constraint=models.UniqueConstraint(
                condition=models.Q(("import_key", ""), _negated=True),
                fields=("import_key",),
                name="review_import_key_unique",
            ),
        ),
    ]
