"""Comments by e-mail, case-insensitively (by_email: export, erasure, returning commenters)."""

import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0003_comment_queue_order_idx"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(
                django.db.models.functions.text.Upper("author_email"),
                models.F("submitted_at"),
                name="comment_email_ci_idx",
            ),
        ),
    ]
