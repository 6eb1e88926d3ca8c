"""The answer when the database is unreachable: the branded 503, not a 500.

The page is a plain file, `static/errors/503.html`, that nginx serves too when no app process
answers; reading it touches neither the database nor a template (context processors query).
"""

import sys
from functools import cache

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.views import defaults

#: Errors that mean "the database cannot be reached now", not "this code is wrong".
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
#: Seconds a client (or crawler) should wait before trying again.
RETRY_AFTER_SECONDS = 5
PAGE = settings.BASE_DIR / "static" / "errors" / "503.html"


@cache
def unavailable_page():
    return PAGE.read_bytes()


def service_unavailable():
    response = HttpResponse(unavailable_page(), status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500: the branded 503 for a database outage, the site's 500 page otherwise.

    Django calls it while handling the exception (from a view or a middleware alike), so
    sys.exc_info() names the error.
    """
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return service_unavailable()
    return defaults.server_error(request, template_name)
