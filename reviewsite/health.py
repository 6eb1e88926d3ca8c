"""A health check for load balancers and container orchestrators."""

from django.db import connection
from django.http import HttpResponse


class HealthCheckMiddleware:
    """Answer /healthz before host validation, so probes need not know the site's host name."""

    path = "/healthz"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != self.path:
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except Exception:
            return HttpResponse("database unavailable", status=503, content_type="text/plain")
        return HttpResponse("ok", content_type="text/plain")
