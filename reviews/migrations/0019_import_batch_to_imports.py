"""ImportBatch and ImportFile belong to the imports app from now on (imports 0001).

Only the migration state forgets them here: their tables, rows and content types stay,
and imports takes them over as they are.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("reviews", "0018_film_updated_at_idx")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ImportFile"),
                migrations.DeleteModel(name="ImportBatch"),
            ],
            database_operations=[],
        ),
    ]
