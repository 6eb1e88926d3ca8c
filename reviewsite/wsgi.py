"""WSGI entry point, used by gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

from reviewsite.startup import exit_on_missing_setting

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")

with exit_on_missing_setting():
    application = get_wsgi_application()
