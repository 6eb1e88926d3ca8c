"""Responsive renditions of uploaded images: made once with Pillow when an image arrives.

Pages never resize anything: they read the dict stored beside the image (see
`renditions_make`) and turn it into `srcset`s with `picture_sources`.
"""

import hashlib
import io
import logging
import posixpath
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.signals import setting_changed
from django.dispatch import receiver
from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

#: Image fields that get renditions, and the JSON field that keeps them, per model.
RENDITIONS_FIELDS = {
    "reviews.film": {"poster": "poster_renditions"},
    "reviews.person": {"photo": "photo_renditions"},
    "reviews.review": {"hero_image": "hero_renditions"},
    "reviews.reviewfigure": {"image": "image_renditions"},
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
#: What uploads may be; each is re-encoded in its own format before pages link it.
UPLOAD_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}
REENCODE_OPTIONS = {
    "JPEG": {"quality": 92},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90},
    "GIF": {},
}


def validate_image_upload(file):
    """Refuse an upload that is no JPEG, PNG, WebP or GIF, or too large to decode safely.

    Only the header is read: a 13,000 x 13,000 PNG is refused before its 676 MB of pixels
    are ever decoded (Django's ImageField checks the file is an image, not its size).
    """
    try:
        position = file.tell() if hasattr(file, "tell") else None
        with Image.open(file) as image:
            image_format, (width, height) = image.format, image.size
        if position is not None:
            file.seek(position)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        message = "Upload an image: a JPEG, PNG, WebP or GIF file."
        raise ValidationError(message, code="invalid") from error
    if image_format not in UPLOAD_FORMATS:
        raise ValidationError(
            "Upload a JPEG, PNG, WebP or GIF image (this one is %(format)s).",
            code="format",
            params={"format": image_format},
        )
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise ValidationError(
            "This image is %(width)s x %(height)s pixels (%(megapixels)s megapixels); the "
            "largest accepted is %(limit)s megapixels. Please upload a smaller copy.",
            code="too_large",
            params={
                "width": f"{width:,}",
                "height": f"{height:,}",
                "megapixels": round(width * height / 1e6),
                "limit": round(settings.IMAGE_MAX_PIXELS / 1e6),
            },
        )


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
    """The record of a file no renditions could be made of: pages do not show it."""
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


def renditions_make(field_file, *, previous=None) -> dict:
    """Write WebP and fallback renditions of an image; a JSON-able record of them, or {}.

    The upload is re-encoded first, once: `previous`, the record made from this file
    before, says it was (and keeps the upload's digest, for importers to know it again).
    """
    if not field_file:
        return {}
    try:
        return _renditions_make(field_file, previous or {})
    except Exception:
        # Pillow raises many kinds of error on damaged files (OSError, SyntaxError,
        # ValueError, DecompressionBombError...); none of them may break a save or a page.
        logger.warning("Could not make renditions of %r", field_file.name, exc_info=True)
        return {}


def upload_digest(data: bytes) -> str:
    """What a renditions record keeps of an upload's bytes, which re-encoding replaced."""
    return hashlib.sha256(data).hexdigest()


def original_reencode(field_file) -> str:
    """Replace the stored upload with its pixels encoded afresh, in its own format.

    Whatever else the file held never reaches a reader: data after the image (a PNG with
    HTML appended is still a valid PNG), EXIF and XMP (camera, place taken), comments. Kept:
    the pixels, turned upright by their EXIF orientation, and the colour profile. A file too
    large to decode safely, or in a format uploads may not have, raises ValueError.
    """
    with field_file.storage.open(field_file.name, "rb") as source:
        data = source.read()
    with Image.open(io.BytesIO(data)) as image:
        image_format = image.format
        if image_format not in UPLOAD_FORMATS:
            raise ValueError(f"{field_file.name}: {image_format} is not an upload format")
        if image.width * image.height > settings.IMAGE_MAX_PIXELS:
            raise ValueError(f"{field_file.name}: {image.width}x{image.height} is too large")
        icc_profile = image.info.get("icc_profile")
        image = ImageOps.exif_transpose(image)  # Loads the pixels while `source` is open.
    options = dict(REENCODE_OPTIONS[image_format])
    if icc_profile:
        options["icc_profile"] = icc_profile
    if image_format == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    storage, name = field_file.storage, field_file.name
    storage.delete(name)
    if storage.save(name, ContentFile(buffer.getvalue())) != name:
        raise ValueError(f"{name}: the re-encoded file could not take the upload's name")
    return upload_digest(data)


def _renditions_make(field_file, previous):
    if previous.get("source") == field_file.name and previous.get("upload_sha256"):
        digest = previous["upload_sha256"]  # re-encoded when its renditions were first made
    else:
        digest = original_reencode(field_file)
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
        "upload_sha256": digest,
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
        "src": media_url(src[-1]),
        "width": width,
        "height": height,
    }


def public_url(field_file):
    """The URL readers may get for an image (its largest plain rendition), or None.

    Only re-encoded files are linked (see original_reencode): until the worker has made
    an image's renditions, pages show none of it.
    """
    if not field_file:
        return None
    label = field_file.instance._meta.label_lower
    renditions_field = RENDITIONS_FIELDS.get(label, {}).get(field_file.field.name)
    renditions = getattr(field_file.instance, renditions_field, None) if renditions_field else None
    if not renditions_are_current(renditions, field_file):
        return None
    try:
        return media_url(renditions["fallback"][-1][2])
    except (KeyError, IndexError, TypeError):
        return None


def srcset(entries):
    return ", ".join(f"{media_url(name)} {width}w" for width, _, name in entries)


@lru_cache(maxsize=50_000)
def media_url(name):
    """default_storage.url(name), remembered: a page of cards links dozens of renditions.

    Media URLs are plain and public (no signed, expiring ones: see STORAGES), so one
    name's URL only changes with the storage settings.
    """
    return default_storage.url(name)


@receiver(setting_changed)
def _forget_media_urls(*, setting, **kwargs):
    if setting in ("STORAGES", "MEDIA_URL", "MEDIA_ROOT"):
        media_url.cache_clear()
