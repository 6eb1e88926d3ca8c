"""{% picture %}: an uploaded image as a responsive <picture>, from renditions made once."""

from django import template

from reviews.images import picture_sources

register = template.Library()


@register.inclusion_tag("includes/_picture.html")
def picture(
    image, renditions, alt, *, sizes="100vw", loading="lazy", css_class="", fetchpriority=""
):
    """WebP and fallback srcsets when renditions fit the image; nothing until they do.

    The upload itself is never linked: renditions are made from it once it is re-encoded
    (reviews.images.original_reencode), so readers only get bytes the site wrote.
    """
    sources = picture_sources(renditions, image) if image else None
    if not sources:
        return {}
    return {
        **sources,
        "alt": alt or "",
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
        "fetchpriority": fetchpriority,
    }
