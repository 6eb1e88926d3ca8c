"""The settings the test suite runs with: the site's own, minus what only slows tests down.

Everything else stays as in production, so the tests exercise the real configuration.
"""

from reviewsite.settings import *  # noqa: F403

# Factories and fixtures log users in hundreds of times; PBKDF2's million iterations cost
# seconds per test module and prove nothing here (tests/test_settings.py checks the real list).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Tasks run inline as they are enqueued (on commit: see django_capture_on_commit_callbacks);
# tests of what is enqueued switch to django-tasks' DummyBackend with the settings fixture.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Each test starts from an empty in-process cache (tests/conftest.py); whole pages and
# fragments are kept only where a test turns them on, as the page cache's tests do.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
PAGE_CACHE_ENABLED = False
FRAGMENT_CACHE_ENABLED = False
