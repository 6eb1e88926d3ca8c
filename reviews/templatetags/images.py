"""{% picture %}: an uploaded image as a responsive <picture>, from renditions made once."""

from django import template

from reviews.images import picture_sources

register = template.Library()


@register.inclusion_tag("includes/_picture.html")
def picture(
    image, renditions, alt, *, sizes="100vw", loading="lazy", css_class="", fetchpriority=""
):
    """WebP and fallback srcsets when renditions fit the image; the upload itself if not."""
    if not image:
        return {}
    sources = picture_sources(renditions, image) or {"src": image.url, **upload_size(image)}
    return {
        **sources,
        "alt": alt or "",
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
        "fetchpriority": fetchpriority,
    }


def upload_size(image):
    """Width and height from the upload's header, or neither if the file cannot be read."""
    try:
        return {"width": image.width, "height": image.height}
    except (OSError, ValueError, TypeError):
        return {}
