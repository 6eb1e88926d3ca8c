"""Django's PostgreSQL backend, sending parameters apart from the SQL so statements can be
prepared: PostgreSQL then plans a page's queries once per connection, not on every request.

A statement takes at most 65,535 parameters that way (with them written into the SQL there
was no limit), so bulk inserts and updates are cut into batches that fit.
"""

from django.db.backends.postgresql import base, operations

#: The PostgreSQL wire protocol's limit on one statement's parameters.
MAX_PARAMETERS = 65_535


class DatabaseOperations(operations.DatabaseOperations):
    def bulk_batch_size(self, fields, objs):
        """As many rows as fit the protocol's parameter limit."""
        return max(1, MAX_PARAMETERS // max(1, len(fields)))


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
