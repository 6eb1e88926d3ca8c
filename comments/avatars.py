"""Avatars drawn here, from a keyed hash of the e-mail address: no third party sees a visitor.

A 5x5 grid, mirrored left to right, in one colour (the classic identicon). The hash is keyed
with SECRET_KEY (salted_hmac), so the picture cannot be matched to an address elsewhere the
way a plain MD5 (Gravatar's) can, and neither the address nor its hash appears in the page.
"""

from functools import lru_cache

from django.utils.crypto import salted_hmac
from django.utils.html import format_html

GRID = 5


def identicon_svg(key, *, size=48):
    """An inline SVG identicon for `key` (an e-mail address, or a name when there is none)."""
    return _identicon(key.strip().lower(), size)


@lru_cache(maxsize=4096)  # drawn once per commenter and process, not per comment shown
def _identicon(key, size):
    digest = salted_hmac("comments.avatar", key, algorithm="sha256").digest()
    hue = int.from_bytes(digest[:2], "big") % 360
    half = (GRID + 1) // 2
    cells = [
        (column, row)
        for row in range(GRID)
        for column in range(half)
        if digest[2 + row * half + column] % 2
    ]
    mirrored = {(GRID - 1 - column, row) for column, row in cells} | set(cells)
    path = "".join(f"M{column} {row}h1v1h-1z" for column, row in sorted(mirrored))
    return format_html(
        '<svg class="avatar rounded flex-shrink-0" width="{size}" height="{size}" '
        'viewBox="-0.5 -0.5 6 6" aria-hidden="true" focusable="false">'
        '<rect x="-0.5" y="-0.5" width="6" height="6" fill="hsl({hue} 45% 92%)"/>'
        '<path d="{path}" fill="hsl({hue} 55% 42%)"/></svg>',
        size=size,
        hue=hue,
        path=path,
    )


def placeholder_svg(*, size=48):
    """A grey silhouette, the same for everyone: for comments whose address is not vouched for.

    A pending comment is shown to its author only, but its identicon would still let them
    check whether an address they typed is a known commenter's.
    """
    return format_html(
        '<svg class="avatar rounded flex-shrink-0" width="{size}" height="{size}" '
        'viewBox="0 0 6 6" aria-hidden="true" focusable="false">'
        '<rect width="6" height="6" fill="#e2e3e5"/>'
        '<circle cx="3" cy="2.3" r="1.2" fill="#6c757d"/>'
        '<path d="M0.9 6a2.1 2.1 0 0 1 4.2 0z" fill="#6c757d"/></svg>',
        size=size,
    )
