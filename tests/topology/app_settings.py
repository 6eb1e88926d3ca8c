"""The site's settings plus /topology/cached/, a page marked cacheable for nginx.

Until the app sends cache headers on its public pages, the outage test needs one page it
controls: it reads the database, as a real page does, and says what a cacheable
anonymous page will say (public, s-maxage, stale-if-error).
"""

from reviewsite.settings import *  # noqa: F403

ROOT_URLCONF = "tests.topology.app_urls"
