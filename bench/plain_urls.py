"""The site's URLs plus /bench/plain/: 40 KB of HTML through the whole middleware stack."""

from django.http import HttpResponse
from django.urls import path

from reviewsite.urls import urlpatterns as site_urlpatterns

PARAGRAPH = "<p>" + "A plain paragraph of a long film review, repeated to size. " * 16 + "</p>\n"
BODY = ("<!doctype html><title>plain</title>\n" + PARAGRAPH * 42)[: 40 * 1024]


def plain(request):
    return HttpResponse(BODY)


urlpatterns = [path("bench/plain/", plain), *site_urlpatterns]
