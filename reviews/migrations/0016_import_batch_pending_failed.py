from django.db import migrations
from django.db.models import F

# Batches waiting for confirmation were previewed in the request, so none has a stored
# preview: they say so and offer to try again (which previews them in the worker).
MADE_BEFORE = "Uploaded before previews were made in the background: try again to see it."


def forward(apps, schema_editor):
    ImportBatch = apps.get_model("reviews", "ImportBatch")
    ImportBatch.objects.update(updated_at=F("created_at"))
    ImportBatch.objects.filter(status="pending").update(status="failed", error=MADE_BEFORE)


def backward(apps, schema_editor):
    # Before 0015 a batch was previewed on its page whenever it was not imported yet.
    ImportBatch = apps.get_model("reviews", "ImportBatch")
    ImportBatch.objects.filter(status__in=["previewing", "previewed", "failed"]).update(
        status="pending"
    )


class Migration(migrations.Migration):
    # Rows change here, the table in 0015 and 0017: PostgreSQL refuses to alter a table in
    # the transaction that changed its rows ("pending trigger events").
    dependencies = [("reviews", "0015_import_batch_lifecycle")]

    operations = [
        migrations.RunPython(forward, backward),
    ]
