"""Pictures for the image tests: made in memory, stored as uploads, rendered by the tag."""

import io

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template import Context, Template
from PIL import ExifTags, Image, ImageDraw

from reviews.models import Film
from tests.factories import FilmFactory


def image_bytes(size, image_format="JPEG", *, mode="RGB", orientation=None):
    """A picture whose left half is red, so a turned copy shows where the left went."""
    image = Image.new(mode, size, "navy")
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 2 - 1, size[1]), fill="red")
    exif = Image.Exif()
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    buffer = io.BytesIO()
    image.save(buffer, image_format, exif=exif)
    return buffer.getvalue()


def stored(name, data):
    """The field file an ImageField holds once `data` is uploaded as `name`."""
    return Film(poster=default_storage.save(name, ContentFile(data))).poster


def render_picture(image, renditions, alt, options=""):
    """What {% picture %} renders for `image` with `options` (template tag arguments)."""
    template = Template(f"{{% load images %}}{{% picture image renditions alt {options} %}}")
    return template.render(Context({"image": image, "renditions": renditions, "alt": alt}))


def film_with_poster(data=None, name="poster.jpg"):
    """A film with an uploaded poster (a 700x1000 JPEG unless `data`), not yet resized."""
    poster = ContentFile(data or image_bytes((700, 1000)), name=name)
    return FilmFactory(poster=poster, poster_alt="A poster.")
