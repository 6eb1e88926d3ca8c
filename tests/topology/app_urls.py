from django.http import HttpResponse
from django.urls import path

from reviews.models import Review
from reviewsite.urls import handler500  # noqa: F401 (the site's 503 for a database outage)
from reviewsite.urls import urlpatterns as site_urlpatterns


def cached_page(request):
    response = HttpResponse(f"{Review.objects.count()} reviews")
    response["Cache-Control"] = "public, max-age=0, s-maxage=1, stale-if-error=86400"
    return response


urlpatterns = [path("topology/cached/", cached_page), *site_urlpatterns]
