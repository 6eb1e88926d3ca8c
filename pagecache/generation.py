"""The generation every cached page and fragment is keyed under, and what ends one.

A change to anything public pages show starts a new generation (a fresh random token), so
every page cached before it is never served again: nothing has to know which pages showed
what. A generation also ends by itself at the next moment a page changes without anyone
saving anything (a scheduled review going live), which `PAGE_CACHE_NEXT_CHANGE` names.

The token is random rather than a counter so that a Redis that lost its keys (a restart,
an eviction) can never bring back an old generation's pages.
"""

import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

KEY = "pagecache:generation"


def next_change(now):
    """When pages will change by themselves after `now` (a datetime), or None."""
    path = getattr(settings, "PAGE_CACHE_NEXT_CHANGE", "")
    return import_string(path)(now) if path else None


def start(now=None) -> tuple[str, float | None]:
    """Begin a new generation now; return its token and when it ends by itself."""
    now = now or timezone.now()
    ends = next_change(now)
    live = (secrets.token_hex(8), ends.timestamp() if ends else None)
    cache.set(KEY, live, timeout=None)
    return live


def live(value, now=None) -> tuple[str, float | None]:
    """The live generation from the stored `value`, starting a new one when it is due."""
    now = now or timezone.now()
    if isinstance(value, tuple) and len(value) == 2:
        token, ends_at = value
        if ends_at is None or now.timestamp() < ends_at:
            return token, ends_at
    return start(now)


def current(now=None) -> str:
    """The live generation's token."""
    return live(cache.get(KEY), now)[0]
