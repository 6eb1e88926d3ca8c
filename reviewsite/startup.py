"""Turn a missing required setting into a one-line message instead of a traceback."""

import contextlib
import sys

from django.core.exceptions import ImproperlyConfigured


class MissingSetting(ImproperlyConfigured):
    """A required environment variable is unset or unsafe."""


@contextlib.contextmanager
def exit_on_missing_setting():
    """Exit with status 1 and the setting's message when settings refuse to load."""
    try:
        yield
    except MissingSetting as exc:
        sys.stderr.write(f"reviewsite: {exc}\n")
        sys.exit(1)
