"""Responsive renditions of uploaded images: made once with Pillow when an image arrives.

Pages never resize anything: they read the dict stored beside the image (see
`renditions_make`) and turn it into `srcset`s with `picture_sources`.
"""

import hashlib
import io
import logging
import posixpath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import ExifTags, Image, ImageOps

logger = logging.getLogger(__name__)

#: Image fields that get renditions, and the JSON field that keeps them, per model.
RENDITIONS_FIELDS = {
    "reviews.film": {"poster": "poster_renditions"},
    "reviews.person": {"photo": "photo_renditions"},
    "reviews.review": {"hero_image": "hero_renditions"},
    "reviews.authorprofile": {"avatar": "avatar_renditions"},
}

#: Widths made for every image, never wider than the original.
WIDTHS = (320, 480, 640, 960, 1280, 1600, 1920)
#: The plain `src` of an <img>, for the rare browser that ignores srcset.
SRC_WIDTH = 960
ROOT = "renditions"
SAVE_OPTIONS = {
    "WEBP": {"quality": 80, "method": 4},
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
}
EXTENSIONS = {"WEBP": "webp", "JPEG": "jpg", "PNG": "png"}
#: EXIF orientations that turn the picture a quarter: width and height swap.
QUARTER_TURNS = {5, 6, 7, 8}


def renditions_widths(width):
    """The widths to make for an image `width` pixels wide: at least one, none wider."""
    return [w for w in WIDTHS if w <= width] or [width]


#: What the admin shows of an image's renditions (see renditions_state).
READY, BEING_MADE, FAILED = "ready", "being made", "could not be made"


def renditions_are_current(renditions, field_file):
    """True when `renditions` were made from this very file with today's widths."""
    if not renditions or renditions.get("source") != field_file.name or renditions.get("failed"):
        return False
    made = [width for width, _, _ in renditions.get("webp", [])]
    return made == renditions_widths(renditions.get("width", 0))


def renditions_names(renditions) -> list[str]:
    """Every stored file a renditions record names (none for a damaged record)."""
    if not isinstance(renditions, dict):
        return []
    entries = [*renditions.get("webp", []), *renditions.get("fallback", [])]
    return [entry[2] for entry in entries if isinstance(entry, list | tuple) and len(entry) == 3]


def renditions_failed(field_file) -> dict:
    """The record of a file no renditions could be made of: pages show it as uploaded."""
    return {"source": field_file.name, "failed": True}


def renditions_state(renditions, field_file) -> str:
    """READY, BEING_MADE (the worker has yet to run), FAILED, or "" without an image."""
    if not field_file:
        return ""
    if renditions_are_current(renditions, field_file):
        return READY
    if renditions and renditions.get("source") == field_file.name and renditions.get("failed"):
        return FAILED
    return BEING_MADE


def renditions_outdated(renditions, field_file) -> bool:
    """Whether the renditions must be made (or cleared) for the image as it is now."""
    if not field_file:
        return bool(renditions)
    return renditions_state(renditions, field_file) == BEING_MADE


def renditions_make(field_file) -> dict:
    """Write WebP and fallback renditions of an image; a JSON-able record of them, or {}."""
    if not field_file:
        return {}
    try:
        return _renditions_make(field_file)
    except Exception:
        # Pillow raises many kinds of error on damaged files (OSError, SyntaxError,
        # ValueError, DecompressionBombError...); none of them may break a save or a page.
        logger.warning("Could not make renditions of %r", field_file.name, exc_info=True)
        return {}


def _renditions_make(field_file):
    with field_file.storage.open(field_file.name, "rb") as source:
        image = Image.open(source)
        source_format, source_mode = image.format, image.mode
        is_turned = image.getexif().get(ExifTags.Base.Orientation) in QUARTER_TURNS
        width, height = image.size[::-1] if is_turned else image.size
        widths = renditions_widths(width)
        if source_format == "JPEG":
            # Decode at 1/2, 1/4 or 1/8 scale when that still covers the widest rendition:
            # a 6000x4000 photo decodes to 3000x2000, in a quarter of the time and memory.
            largest = (widths[-1], scaled_height(widths[-1], width, height))
            image.draft(source_mode, largest[::-1] if is_turned else largest)
        icc_profile = image.info.get("icc_profile")
        ImageOps.exif_transpose(image, in_place=True)  # Loads the pixels while `source` is open.
    image = working_mode(image)
    if image.mode != source_mode:
        icc_profile = None  # A CMYK or grey profile would describe the wrong colours.
    fallback = source_format if source_format in ("JPEG", "PNG") else "JPEG"
    directory = renditions_directory(field_file.name)
    renditions = {
        "source": field_file.name,
        "width": width,
        "height": height,
        "fallback_format": fallback,
        "webp": [],
        "fallback": [],
    }
    for rendition_width in reversed(widths):
        size = (rendition_width, scaled_height(rendition_width, width, height))
        resized = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        for key, image_format in (("webp", "WEBP"), ("fallback", fallback)):
            name = rendition_save(resized, directory, rendition_width, image_format, icc_profile)
            renditions[key].insert(0, [*size, name])
    return renditions


def scaled_height(new_width, width, height):
    return max(1, round(new_width * height / width))


def working_mode(image):
    """RGB, or RGBA for transparent images: what resizing and every encoder handle."""
    if image.mode in ("RGBA", "LA", "PA") or image.has_transparency_data:
        return image.convert("RGBA")
    return image if image.mode == "RGB" else image.convert("RGB")


def renditions_directory(source_name):
    """`renditions/posters/heat-1a2b3c4d`: one folder per uploaded file, stable across runs."""
    folder, filename = posixpath.split(source_name)
    stem = posixpath.splitext(filename)[0]
    digest = hashlib.sha256(source_name.encode()).hexdigest()[:8]
    return posixpath.join(ROOT, folder, f"{stem}-{digest}")


def rendition_save(image, directory, width, image_format, icc_profile):
    """Encode one rendition and store it under its fixed name, replacing an older one."""
    if image_format == "JPEG" and image.mode == "RGBA":
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    buffer = io.BytesIO()
    options = SAVE_OPTIONS[image_format]
    if icc_profile:
        options = {**options, "icc_profile": icc_profile}
    image.save(buffer, image_format, **options)
    name = posixpath.join(directory, f"{width}.{EXTENSIONS[image_format]}")
    # The storage would otherwise add a random suffix to a name that exists already.
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(buffer.getvalue()))


def picture_sources(renditions, field_file):
    """What a <picture> needs from stored renditions, or None if they do not fit the file."""
    try:
        if not renditions_are_current(renditions, field_file):
            return None
        webp, fallback = renditions["webp"], renditions["fallback"]
        src = [name for width, _, name in fallback if width <= SRC_WIDTH] or [fallback[0][2]]
        width, height, _ = fallback[-1]
    except (KeyError, IndexError, TypeError, ValueError):
        logger.warning("Unusable renditions for %r: %r", field_file.name, renditions)
        return None
    return {
        "webp_srcset": srcset(webp),
        "srcset": srcset(fallback),
        "src": default_storage.url(src[-1]),
        "width": width,
        "height": height,
    }


def srcset(entries):
    return ", ".join(f"{default_storage.url(name)} {width}w" for width, _, name in entries)
