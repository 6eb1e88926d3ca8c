"""Head tags for sharing and search: JSON-LD scripts and canonical/OpenGraph/Twitter meta."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from reviews.images import public_url

register = template.Library()

# As json_script does: inside <script> the HTML parser ends the element at "</script>"
# whatever the JSON says, so <, > and & become \u escapes that JSON parsers read back.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def jsonld(data):
    """`data` (a dict, or a list of them) as <script type="application/ld+json"> elements."""
    items = data if isinstance(data, list | tuple) else [data]
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        ((mark_safe(_script_json(item)),) for item in items if item),
    )


def _script_json(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)


@register.inclusion_tag("includes/_meta.html", takes_context=True)
def meta_tags(
    context,
    *,
    title,
    description="",
    canonical=None,
    image=None,
    image_alt="",
    og_type="website",
    published_time=None,
    modified_time=None,
):
    """Canonical link, OpenGraph and Twitter card tags with absolute URLs.

    `canonical` defaults to the request path, keeping only ?page=N (N > 1); `image` is a
    URL or an image field file (linked by its largest rendition); the times are datetimes
    (for og_type "article").
    """
    request = context["request"]
    # An image field: its public (re-encoded) copy, when there is one yet.
    image_url = public_url(image) if hasattr(image, "field") else image
    return {
        "site_name": settings.SITE_NAME,
        "title": title,
        "description": description,
        "canonical": request.build_absolute_uri(canonical or _canonical_path(request)),
        "image": request.build_absolute_uri(image_url) if image_url else None,
        "image_alt": image_alt,
        "og_type": og_type,
        "published_time": published_time,
        "modified_time": modified_time,
    }


def _canonical_path(request):
    # Each page of a list is its own canonical page; tracking and filter parameters are not.
    page = request.GET.get("page", "")
    if page.isdigit() and int(page) > 1:
        return f"{request.path}?page={int(page)}"
    return request.path
