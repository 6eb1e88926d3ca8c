"""/favicon.ico, which browsers and crawlers ask for whatever the pages link.

nginx serves the collected file itself (deploy/nginx); this answers the same bytes wherever
requests reach Django (runserver, a deployment without the proxy), never a 404 page.
"""

from functools import cache

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.http import require_safe

FAVICON = settings.BASE_DIR / "static" / "img" / "favicon.ico"
#: A day, as nginx says: a new icon reaches readers by the next day.
MAX_AGE = 86400


@cache
def favicon_bytes():
    return FAVICON.read_bytes()


@require_safe
def favicon(request):
    """The site's icon, as static/img/favicon.ico."""
    response = HttpResponse(favicon_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response
