"""The demo's pictures, drawn rather than shipped: a gradient with the title in white type."""

import io
import textwrap

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

#: Each kind of picture: its size in pixels and the size of its type.
POSTER, HERO, AVATAR = ((600, 900), 64), ((1600, 900), 96), ((400, 400), 160)


class Artist:
    """Draws in the colours of `palette` (colour names to hex); the names go into alt text."""

    def __init__(self, palette):
        self.palette = palette

    def poster(self, film, colours):
        """A film's poster and its alt text: the title, wrapped, over the year."""
        lines = [*textwrap.wrap(film.title, width=14), str(film.release_year)]
        image = self.draw(POSTER, colours, "\n".join(lines), f"{film.slug}-{film.release_year}.jpg")
        return image, alt_text("Poster", film.title, colours)

    def hero(self, review, colours):
        """A review's hero image and its alt text: the film's title, wrapped."""
        title = review.film.title
        text = "\n".join(textwrap.wrap(title, width=24))
        return self.draw(HERO, colours, text, f"{review.slug}.jpg"), alt_text(
            "Artwork", title, colours
        )

    def avatar(self, username, display_name, colours):
        """An author's avatar: their initials."""
        initials = "".join(word[0] for word in display_name.split())
        return self.draw(AVATAR, colours, initials, f"{username}.jpg")

    def draw(self, kind, colours, text, name):
        """A JPEG fading from the first colour to the second, `text` centred, for an ImageField."""
        size, font_size = kind
        top, bottom = (Image.new("RGB", size, self.palette[colour]) for colour in colours)
        image = Image.composite(bottom, top, Image.linear_gradient("L").resize(size))
        ImageDraw.Draw(image).multiline_text(
            (size[0] / 2, size[1] / 2),
            text,
            font=ImageFont.load_default(size=font_size),
            fill="white",
            anchor="mm",
            align="center",
            spacing=font_size // 3,
        )
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=85)
        return ContentFile(buffer.getvalue(), name=name)


def alt_text(kind, title, colours):
    return (
        f"{kind} for “{title}”: the title in white type on a gradient "
        f"from {colours[0]} to {colours[1]}."
    )
