"""The visitor's IP address, also behind the reverse proxies the site trusts.

Comments (flood limits, moderation) and admin login lockouts (django-axes) key on it.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client address: the right X-Forwarded-For entry behind proxies, else REMOTE_ADDR.

    With TRUSTED_PROXY_COUNT = n, the last n hops are our own proxies, so the client is the
    n-th address from the right; anything further left was written by the client and is
    not trusted. A request that did not come through them (no such entry, or a malformed
    one) is keyed on the socket's address: per-address limits must never see no address
    at all, or a request without the header would escape them.
    """
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote
    hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",")]
    hops = [hop for hop in hops if hop]
    forwarded = _address(hops[-proxies]) if len(hops) >= proxies else None
    return forwarded or remote


def _address(text):
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None
