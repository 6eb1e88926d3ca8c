import pytest
from django.test import RequestFactory

from reviewsite.client import client_ip


@pytest.mark.parametrize(
    ("proxies", "forwarded", "remote", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1", "10.0.0.1"),  # no proxy: the header is the client's lie
        (1, "203.0.113.9", "10.0.0.1", "203.0.113.9"),
        (1, "198.51.100.7, 203.0.113.9", "10.0.0.1", "203.0.113.9"),  # left part is spoofable
        (2, "198.51.100.7, 203.0.113.9", "10.0.0.1", "198.51.100.7"),
        # Not through our proxies (no header, or a broken one): the socket's address, so
        # per-address limits still apply (a missing address once escaped them).
        (1, "", "10.0.0.1", "10.0.0.1"),
        (1, "not-an-ip", "10.0.0.1", "10.0.0.1"),
        (2, "203.0.113.9", "10.0.0.1", "10.0.0.1"),  # fewer hops than proxies
        (0, "", "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_ip_trusts_only_our_own_proxies(settings, proxies, forwarded, remote, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
