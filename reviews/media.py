"""Uploaded files no row refers to any more: replaced or deleted images and their renditions.

Replacing a poster, or deleting a film, leaves the old file and its renditions in storage.
The files are listed through `default_storage` (so this works on S3 too), only under the
folders image fields upload to and the renditions folder, and a file younger than
MEDIA_ORPHAN_GRACE is kept: it may belong to an upload whose row is not committed yet.
"""

import logging
import posixpath
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import timezone

from reviews import images

logger = logging.getLogger(__name__)


def media_folders() -> list[str]:
    """The storage folders image fields upload to, and the renditions folder."""
    folders = {images.ROOT}
    for label, fields in images.RENDITIONS_FIELDS.items():
        model = apps.get_model(label)
        folders.update(model._meta.get_field(name).upload_to.strip("/") for name in fields)
    return sorted(folders)


def media_referenced() -> set[str]:
    """Every stored name an image field or a renditions record refers to."""
    names = set()
    for label, fields in images.RENDITIONS_FIELDS.items():
        model = apps.get_model(label)
        for field_name, renditions_field in fields.items():
            rows = model.objects.values_list(field_name, renditions_field)
            for name, renditions in rows.iterator(chunk_size=2000):
                names.add(name)
                names.update(images.renditions_names(renditions))
    return names - {"", None}


def media_orphans(*, now: datetime | None = None) -> list[str]:
    """Stored files under the media folders that nothing refers to, older than the grace."""
    cutoff = (now or timezone.now()) - settings.MEDIA_ORPHAN_GRACE
    referenced = media_referenced()
    return [
        name
        for folder in media_folders()
        for name in _files_under(folder)
        if name not in referenced and default_storage.get_modified_time(name) < cutoff
    ]


def media_orphans_delete(*, dry_run: bool = False, now: datetime | None = None) -> list[str]:
    """Delete the orphaned files (only list them with `dry_run`); the names, sorted."""
    orphans = sorted(media_orphans(now=now))
    if not dry_run:
        for name in orphans:
            default_storage.delete(name)
        logger.info("Deleted %d orphaned media files.", len(orphans))
    return orphans


def _files_under(folder):
    if not default_storage.exists(folder):
        return
    directories, files = default_storage.listdir(folder)
    for name in files:
        yield posixpath.join(folder, name)
    for directory in directories:
        yield from _files_under(posixpath.join(folder, directory))
