"""What browsers may do on the site's pages: Content-Security-Policy and Permissions-Policy.

Imported by settings, so nothing here touches Django's app registry.

No page carries an inline script or style, nor a per-request nonce: whole pages are kept for
every anonymous reader (pagecache/), and a nonce shared by everyone who reads a kept page
would protect nothing. Scripts and styles come from the site's own static files. The one
exception is the admin's rich-text editor, whose import map is inline: its form asks for a
nonce (reviewsite/admin_media.py), which django-csp then names in that answer's policy only.
"""

from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF

#: Browser features the site never uses, denied to its pages and to anything they embed
#: (only names Chromium knows: an unknown one is a console warning on every page).
DENIED_FEATURES = (
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)

PERMISSIONS_POLICY = {feature: [] for feature in DENIED_FEATURES}


def media_origins(*, bucket="", region="", endpoint_url="", custom_domain="") -> list[str]:
    """Where uploaded images are served from when they are not the site's own /media/."""
    if custom_domain:
        return [f"https://{custom_domain}"]
    if endpoint_url:
        parts = urlsplit(endpoint_url)
        return [f"{parts.scheme}://{parts.netloc}"]
    if bucket:
        hosts = [f"{bucket}.s3.amazonaws.com"]
        if region:
            hosts.append(f"{bucket}.s3.{region}.amazonaws.com")
        return [f"https://{host}" for host in hosts]
    return []


def content_security_policy(*, media=(), report_uri="") -> dict:
    """django-csp's setting: the site's own files only, no plugins, no framing, no inline code.

    data: images are Bootstrap's: its form controls draw their arrows and ticks as inline
    SVG in the stylesheet.
    """
    directives = {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],  # NONCE: dropped unless a page asked for one
        "style-src": [SELF],
        "img-src": [SELF, "data:", *media],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
    if report_uri:
        directives["report-uri"] = [report_uri]
    return {"DIRECTIVES": directives}
