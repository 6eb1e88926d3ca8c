"""The public pages' paths, as models link to them."""

from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, reverse


def page_path(name, **kwargs):
    """reverse(), remembered: a page of cards links hundreds of films, people and genres."""
    return _page_path(get_script_prefix(), name, *sorted(kwargs.items()))


@lru_cache(maxsize=50_000)
def _page_path(prefix, name, *kwargs):
    return reverse(name, kwargs=dict(kwargs))  # `prefix` keys the cache: reverse() reads it


@receiver(setting_changed)
def _forget_page_paths(*, setting, **kwargs):
    if setting == "ROOT_URLCONF":  # as Django clears its own URL caches (tests do this)
        _page_path.cache_clear()
