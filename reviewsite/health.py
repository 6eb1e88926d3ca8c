"""Health endpoints for the proxy and container orchestrators.

`/healthz` says the process is alive and touches nothing else, so a database outage never
gets healthy app processes restarted. `/readyz` says whether the process can serve pages:
a round trip to every configured database and to the cache, naming what failed.
Both are answered before host validation, so probes need not know the site's host name.
"""

import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import HttpResponse

logger = logging.getLogger(__name__)


class HealthCheckMiddleware:
    """Answer /healthz and /readyz ahead of every other middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return plain_response("ok")
        if request.path == "/readyz":
            return readiness_response()
        return self.get_response(request)


def plain_response(text, status=200):
    response = HttpResponse(f"{text}\n", status=status, content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


def readiness_response():
    """200 when every dependency answers; 503 listing those that did not."""
    failures = [name for name, check in readiness_checks() if not passes(name, check)]
    if failures:
        return plain_response("unavailable: " + ", ".join(failures), status=503)
    return plain_response("ready")


def readiness_checks():
    for alias in settings.DATABASES:
        yield f"database {alias}", lambda alias=alias: database_answers(alias)
    yield "cache", cache_answers


def passes(name, check):
    try:
        return check()
    except Exception as exc:
        # The reason goes to the log only: the answer is public and must not leak host names.
        logger.warning("readyz: %s failed: %s: %s", name, type(exc).__name__, exc)
        return False


def database_answers(alias):
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers():
    token = secrets.token_hex(8)
    cache.set("readyz", token, timeout=10)
    return cache.get("readyz") == token
