"""The unfiltered moderation queue (pending first, then newest first) read from an index."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0002_moderators_group"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(
                models.Case(
                    models.When(status="pending", then=models.Value(0)), default=models.Value(1)
                ),
                models.OrderBy(models.F("submitted_at"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="comment_queue_order_idx",
            ),
        ),
    ]
