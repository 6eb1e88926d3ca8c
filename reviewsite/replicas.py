"""Public reads from a PostgreSQL read replica, when DATABASE_REPLICA_URL names one.

Only an anonymous reader's GET or HEAD reads from the replica: a request carrying none of
the personal cookies (the ones nginx and the page cache bypass on: a session, a message, a
remembered commenter), so nobody waits to see their own change through a lagging copy.
Within such a request the primary still answers anything inside a transaction and every
read after a write. Everything else (writes, the admin, signed-in users, commands, the
worker) uses the primary only.
"""

import contextvars

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
#: Set while answering a public read request: whether it has written yet.
_public_read = contextvars.ContextVar("reviewsite_public_read", default=None)


class ReplicaMiddleware:
    """Mark anonymous readers' GET and HEAD requests as public reads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_public_read(request):
            return self.get_response(request)
        token = _public_read.set({"wrote": False})
        try:
            return self.get_response(request)
        finally:
            _public_read.reset(token)


def is_public_read(request):
    if request.method not in ("GET", "HEAD"):
        return False
    return not any(name in request.COOKIES for name in settings.PAGE_CACHE_BYPASS_COOKIES)


class ReplicaRouter:
    """Reads of public read requests to the replica; all else to the primary."""

    def db_for_read(self, model, **hints):
        state = _public_read.get()
        if state is None or state["wrote"] or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return REPLICA

    def db_for_write(self, model, **hints):
        if (state := _public_read.get()) is not None:
            state["wrote"] = True
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # Both aliases hold the same rows.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica copies the primary's schema; it is never migrated itself.
        return db == DEFAULT_DB_ALIAS
