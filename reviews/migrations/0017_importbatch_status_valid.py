from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("reviews", "0016_import_batch_pending_failed")]

    operations = [
        migrations.AddConstraint(
            model_name="importbatch",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["previewing", "previewed", "importing", "done", "failed"])
                ),
                name="importbatch_status_valid",
            ),
        ),
    ]
