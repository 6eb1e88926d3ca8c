"""Migration operations for PostgreSQL-only database features.

The site also runs on SQLite (make run, the quick test run); there these indexes are
simply absent and search falls back to a plain scan. The model state still records
them, so makemigrations sees no difference between the two databases.
"""

from django.db import migrations


class PostgresAddIndex(migrations.AddIndex):
    """AddIndex that only touches a PostgreSQL database (GIN, trigram operator classes)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
