"""The visitor's IP address, also behind the reverse proxies the site trusts."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client address: REMOTE_ADDR, or the right X-Forwarded-For entry behind proxies.

    With TRUSTED_PROXY_COUNT = n, the last n hops are our own proxies, so the client is the
    n-th address from the right; anything further left was written by the client and is
    not trusted. A malformed value gives None rather than a wrong address.
    """
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",")]
        hops = [hop for hop in hops if hop]
        address = hops[-proxies] if len(hops) >= proxies else ""
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
