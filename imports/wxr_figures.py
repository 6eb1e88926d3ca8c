"""A post's body images, imported as the review's figures as the featured image is.

The extracted body holds each image as `<figure><img src="(its address on WordPress)">`;
here, in the review's transaction, each file is found among the uploads, stored as a
`ReviewFigure` (resized at once, like the featured image) and the <img> made to name it
(`data-file`). An image whose file is not found is left out of the body, and reported.
"""

import io
import re
from html import escape, unescape
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image

from imports.wxr_read import upload_path
from reviews.images import upload_digest
from reviews.models import ReviewFigure
from reviews.richtext import FIGURE
from reviews.services import image_renditions_refresh

IMAGE_SOURCE = re.compile(r'<img\b[^>]*?\bsrc="([^"]*)"[^>]*>')
IMAGE_ALT = re.compile(r'\balt="([^"]*)"')
#: WordPress's resized copies ("ferry-1024x683.jpg"); the original is preferred.
SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")
MAX_IMAGE_BYTES = 30_000_000


class PostFiguresMixin:
    """The `Post` methods that import the images of its body (`self.uploads`, `self.warn`)."""

    @property
    def images_dry_run(self):
        """Whether images are found and reported but not stored: a dry run, or a preview."""
        return self.dry_run or not self.images

    def uploads_where(self):
        """Where an image was looked for, as a report says it."""
        if self.uploads:
            return self.uploads_label or f"in {self.uploads}"
        return (
            "(upload the export's images with it, one by one or its uploads folder as a "
            ".zip; or run `manage.py import_reviews EXPORT --uploads FOLDER`)"
        )

    def figures_found(self, body):
        """The addresses of the body's images whose files are among the uploads: when more
        are found than last time, the post is imported again, though its words are not new."""
        found = []
        for url in (unescape(match.group(1)) for match in IMAGE_SOURCE.finditer(body)):
            if upload_path(SIZE_SUFFIX.sub("", url), self.uploads) or upload_path(
                url, self.uploads
            ):
                found.append(url)
        return found

    def body_figures(self, review, result):
        if result.outcome not in ("created", "updated"):
            return  # unchanged, or edited here: the body is the one stored
        used = []

        def one_figure(match):
            html = match.group(0)
            image = IMAGE_SOURCE.search(html)
            if image is None or 'data-file="' in html:
                return html
            figure = self.figure_stored(review, unescape(image.group(1)), html)
            if figure is None:
                return ""
            if self.images_dry_run:
                return html
            used.append(figure.pk)
            tag = (
                f'<img src="{escape(figure.image.url)}" alt="{escape(figure.alt)}" '
                f'data-file="{figure.pk}">'
            )
            return html.replace(image.group(0), tag)

        body = FIGURE.sub(one_figure, review.body)
        if self.images_dry_run:
            return
        review.figures.exclude(source_url="").exclude(pk__in=used).delete()
        if body != review.body:
            review.body = body
            review.full_clean()
            review.save(update_fields=["body", "updated_at"])

    def figure_stored(self, review, url, html):
        """The review's figure for the image at `url`, stored now or before; None if the
        file is not among the uploads (reported)."""
        original = SIZE_SUFFIX.sub("", url)
        path = upload_path(original, self.uploads) or upload_path(url, self.uploads)
        data = path.read_bytes() if path and path.stat().st_size <= MAX_IMAGE_BYTES else b""
        if not is_image(data):
            where = self.uploads_where()
            self.warn(f"Image in the body not found {where}, left out of the body: {url}")
            return None
        alt = unescape(match.group(1)) if (match := IMAGE_ALT.search(html)) else ""
        figure = review.figures.filter(source_url=url[:500]).first()
        if figure is None:
            figure = ReviewFigure(review=review, source_url=url[:500])
        elif upload_digest(data) == (figure.image_renditions or {}).get("upload_sha256"):
            if figure.alt != alt[:255] and not self.images_dry_run:
                figure.alt = alt[:255]
                figure.save(update_fields=["alt"])
            return figure  # the very image imported before
        if self.images_dry_run:
            return figure
        figure.alt = alt[:255]
        figure.image.save(f"wp-{PurePosixPath(path.name)}", ContentFile(data), save=False)
        figure.full_clean()
        figure.save()
        image_renditions_refresh(instance=figure, field_name="image")
        return figure


def is_image(data):
    try:
        Image.open(io.BytesIO(data)).verify()
    except Exception:  # Pillow raises many kinds of error on files that are not images
        return False
    return True
