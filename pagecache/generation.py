"""The generation every cached page and fragment is keyed under, and what ends one.

A change to anything public pages show starts a new generation (a fresh random token), so
every page cached before it is never served again: nothing has to know which pages showed
what. A generation also ends by itself at the next moment a page changes without anyone
saving anything (a scheduled review going live), which `PAGE_CACHE_NEXT_CHANGE` names.

The token is random rather than a counter so that a Redis that lost its keys (a restart,
an eviction) can never bring back an old generation's pages.

Each process trusts the token it last read for PAGE_CACHE_GENERATION_SECONDS (1 s), so a
page it keeps in memory is served with no round trip at all: a change made by another
process reaches its readers within that second; one made by this process, at once.
"""

import logging
import secrets
import time

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


class _Seen:
    """The generation this process read last, and when (time.monotonic())."""

    value = None
    at = float("-inf")


seen = _Seen()


def remember(value):
    seen.value, seen.at = value, time.monotonic()
    return value


def forget():
    """Read the generation from the cache next time (tests, after clearing the cache)."""
    seen.value, seen.at = None, float("-inf")


def recently_seen():
    """The generation as this process last read it, if within PAGE_CACHE_GENERATION_SECONDS."""
    if time.monotonic() - seen.at < settings.PAGE_CACHE_GENERATION_SECONDS:
        return seen.value
    return None


def start(now=None) -> tuple[str, float | None]:
    """Begin a new generation now; return its token and when it ends by itself."""
    now = now or timezone.now()
    ends = next_change(now)
    live = (secrets.token_hex(8), ends.timestamp() if ends else None)
    cache.set(KEY, live, timeout=None)
    return remember(live)


def live(value, now=None) -> tuple[str, float | None]:
    """The live generation from the stored `value`, starting a new one when it is due."""
    now = now or timezone.now()
    if isinstance(value, tuple) and len(value) == 2:
        token, ends_at = value
        if ends_at is None or now.timestamp() < ends_at:
            return remember((token, ends_at))
    return start(now)


def current(now=None) -> str:
    """The live generation's token (as this process saw it within the last second)."""
    return live(recently_seen() or cache.get(KEY), now)[0]
