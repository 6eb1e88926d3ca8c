"""Settings for bench/servers.py: the site's own, plus a page that does no database work."""

from reviewsite.settings import *  # noqa: F403

ROOT_URLCONF = "bench.plain_urls"
