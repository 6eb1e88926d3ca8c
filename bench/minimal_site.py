"""The framework reference: a minimal Django site whose one view returns a constant 40 KB page.

bench/topology.py serves it with the same app server and options as reviewsite, so the ratio
between the two says how close reviewsite comes to what Django can render at all:

    DJANGO_SETTINGS_MODULE=bench.minimal_site gunicorn bench.minimal_site:application

Django's default middleware (security, sessions, common, CSRF, auth, messages, clickjacking)
and no database, as `startproject` would make it.
"""

import os
import sys
from pathlib import Path

from django.http import HttpResponse
from django.urls import path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "minimal-bench-site-only-" + "x" * 40)
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = __name__
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
DATABASES = {}
USE_TZ = True

PAGE = ("<!doctype html><title>Minimal</title>" + ("<p>" + "x" * 76 + "</p>\n") * 490)[:40960]


def page(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", page)]

os.environ.setdefault("DJANGO_SETTINGS_MODULE", __name__)

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
