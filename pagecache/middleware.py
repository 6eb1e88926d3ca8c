"""Whole public pages for anonymous readers, from the shared cache.

A GET from a reader who carries none of the personal cookies (a session, a message to show,
a remembered commenter) is answered from the cache when the page was rendered in the live
generation; one round trip to Redis fetches both the generation and the page. A miss renders
the page and keeps it if its view is public (`public_page`) and the answer is the same for
everyone: a 200, no cookie set, nothing marked private.

Every answer says who may keep it: a kept page is `public` with a short `s-maxage` for the
proxy (and a CDN) and `max-age=0` for browsers, which revalidate with its ETag; anything
else is `private`. The proxy bypasses its cache on the same cookies (deploy/nginx).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.module_loading import import_string

from pagecache import generation
from pagecache.local import Recent

#: Headers a kept page is served with again; the rest are made fresh for each answer.
KEPT_HEADERS = {
    "content-type",
    "content-language",
    "x-frame-options",
    "vary",
    "content-security-policy",
    "permissions-policy",
}


#: Bumped whenever a kept page's layout changes, so pages kept by the previous release of the
#: code are never read by this one (a rolling deploy runs both for a while).
ENTRY_VERSION = 3


def page_key(request):
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()
    return f"pagecache:page:v{ENTRY_VERSION}:{digest}"


def bypasses_cache(request):
    """Whether this request must be answered for this visitor alone."""
    if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
        return True
    cookies = request.COOKIES
    return any(name in cookies for name in settings.PAGE_CACHE_BYPASS_COOKIES)


def is_public_view(request):
    match = getattr(request, "resolver_match", None)
    view = getattr(match, "func", None)
    if hasattr(view, "public_page"):  # a decorated function
        return bool(view.public_page)
    return bool(getattr(getattr(view, "view_class", None), "public_page", False))


def can_keep(request, response):
    """Whether `response` is the same for every reader without personal cookies."""
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Cache-Control")
        and is_public_view(request)
    )


def is_entry(entry):
    """A kept page as this release keeps them (anything else in its place is a miss)."""
    return isinstance(entry, tuple) and len(entry) == 6


class PageCacheMiddleware:
    """Serve and keep anonymous readers' pages (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.refreshers = [import_string(path) for path in settings.PAGE_CACHE_REFRESHERS]

    def __call__(self, request):
        if bypasses_cache(request):
            return private(self.get_response(request))
        if not settings.PAGE_CACHE_ENABLED:
            return self.answer(request, key=None, live=None)
        key = page_key(request)
        live, entry = self.lookup(key)
        if is_entry(entry) and entry[0] == live[0] and time.time() < entry[1]:
            recent.keep(key, entry)
            return self.from_cache(request, entry)
        return self.answer(request, key=key, live=live)

    @staticmethod
    def lookup(key):
        """The live generation and the kept page: the page from this process's recent ones
        when it is of the live generation (as this process last read it, within a second, or
        read again: a few bytes), else both from Redis in one round trip."""
        if (entry := recent.get(key)) is not None:
            live = generation.live(generation.recently_seen() or cache.get(generation.KEY))
            if entry[0] == live[0]:
                return live, entry
            recent.forget(key)
        stored = cache.get_many([generation.KEY, key])
        return generation.live(stored.get(generation.KEY)), stored.get(key)

    def answer(self, request, *, key, live):
        """Render the page; keep it if it is everyone's, and say who else may keep it."""
        response = self.get_response(request)
        if not can_keep(request, response):
            return private(response)
        now = time.time()
        expires = now + settings.PAGE_CACHE_SECONDS
        # A view may know its page changes by itself sooner (comments closing, say), and
        # the generation ends at the next scheduled publication.
        if own := getattr(response, "page_cache_expires_at", None):
            expires = min(expires, own.timestamp())
        if live is not None and live[1] is not None:
            expires = min(expires, live[1])
        if expires <= now:
            return private(response)
        etag = '"' + hashlib.blake2b(response.content, digest_size=12).hexdigest() + '"'
        response["ETag"] = etag
        if key is not None:
            headers = [(k, v) for k, v in response.items() if k.lower() in KEPT_HEADERS]
            content = response.content
            hints = [refresher.locate(content) for refresher in self.refreshers]
            entry = (live[0], expires, headers, etag, content, hints)
            cache.set(key, entry, timeout=max(1, int(expires - now)))
            recent.keep(key, entry)
            response["X-Page-Cache"] = "miss"
        return public(response, expires - now)

    def from_cache(self, request, entry):
        _, expires, headers, etag, content, hints = entry
        if request.headers.get("If-None-Match") == etag:
            response = HttpResponseNotModified()
        else:
            for refresher, hint in zip(self.refreshers, hints, strict=True):
                content = refresher.renew(content, hint)
            response = HttpResponse(content)
            response["Content-Length"] = str(len(content))
        for name, value in headers:
            response[name] = value
        response["ETag"] = etag
        response["X-Page-Cache"] = "hit"
        response["Cache-Control"] = public_cache_control(int(expires - time.time()))
        if not response.has_header("Vary"):
            response["Vary"] = "Cookie"
        return response


#: The pages this process served last (only the generation they belong to is read each time).
recent = Recent(lambda: settings.PAGE_CACHE_RECENT)


def public(response, seconds_left):
    """Let the proxy and a CDN keep the page briefly; browsers revalidate every time.

    A shared cache may serve the page for s-maxage seconds, then for as long again while it
    fetches a fresh copy in the background (stale-while-revalidate): a page read through it
    is at most twice PAGE_CACHE_PROXY_SECONDS old. While the app is down it may serve its
    last copy for a day (stale-if-error).
    """
    response["Cache-Control"] = public_cache_control(int(seconds_left))
    patch_vary_headers(response, ["Cookie"])
    return response


def public_cache_control(seconds_left):
    shared = max(0, min(settings.PAGE_CACHE_PROXY_SECONDS, seconds_left))
    return (
        f"public, max-age=0, s-maxage={shared}, stale-while-revalidate={shared}, "
        f"stale-if-error={settings.PAGE_CACHE_STALE_IF_ERROR}"
    )


def private(response):
    """Nobody but this visitor's browser keeps the answer (unless the view said otherwise)."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)
    patch_vary_headers(response, ["Cookie"])
    return response
