"""The images an editor uploads with a WordPress export in the admin: its uploads folder.

`manage.py import_reviews EXPORT --uploads FOLDER` finds each post's featured image and
body images in a copy of WordPress's wp-content/uploads. In the admin the editor uploads
that folder as a .zip, or the image files one by one, beside the export. They are kept
with the batch's documents (`ImportFile`, in the database, so any worker can run the
batch) and laid out in a temporary folder while a worker previews or imports it; the
importer looks a file up there by its path under /wp-content/uploads/, else by its name.
"""

import logging
import tempfile
import zipfile
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path, PurePosixPath

logger = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
ARCHIVE_SUFFIXES = (".zip",)
#: What one archive may unpack to: a zip bomb stops here, not at the disk's end.
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
#: WordPress's own folders, dropped from a member's path: "wp-content/uploads/2025/06/x.jpg"
#: is found as "2025/06/x.jpg", as the export's addresses name it.
UPLOADS_PREFIXES = ("wp-content/uploads/", "uploads/")


def is_batch_image(name: str) -> bool:
    """Whether an uploaded file is an image or an archive of images, not a document."""
    return Path(name).suffix.lower() in (*IMAGE_SUFFIXES, *ARCHIVE_SUFFIXES)


def is_archive(name: str) -> bool:
    return Path(name).suffix.lower() in ARCHIVE_SUFFIXES


@contextmanager
def uploads_folder(files):
    """A temporary folder holding `files` (a batch's image and archive `ImportFile`s), laid
    out as WordPress's uploads folder; None when there are none. Removed afterwards."""
    if not files:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="reviewsite-uploads-") as folder:
        root = Path(folder)
        for file in files:
            data = bytes(file.data)  # PostgreSQL gives a memoryview
            if is_archive(file.name):
                unpack(data, root, name=file.name)
            elif name := PurePosixPath(file.name.replace("\\", "/")).name:
                (root / name).write_bytes(data)
        yield root


def unpack(data: bytes, root: Path, *, name: str) -> None:
    """The images in the zip archive `data`, written under `root` at their own paths.

    Only image files are taken; a member whose path leaves the folder ("../x", "/etc/x"),
    or that would take the archive past MAX_UNPACKED_BYTES, is skipped and logged.
    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        logger.warning("Import upload %s is not a zip archive: its images are not read.", name)
        return
    unpacked = 0
    with archive:
        for member in archive.infolist():
            relative = member_path(member)
            if relative is None:
                continue
            unpacked += member.file_size
            if unpacked > MAX_UNPACKED_BYTES:
                logger.warning("Import upload %s unpacks past its limit: the rest skipped.", name)
                return
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(member))


def member_path(member: zipfile.ZipInfo) -> PurePosixPath | None:
    """Where an archive's member goes under the folder, or None for a folder, a file
    that is not an image, or a path that would leave the folder."""
    path = PurePosixPath(member.filename.replace("\\", "/"))
    if member.is_dir() or path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    if path.is_absolute() or ".." in path.parts or ":" in path.parts[0]:
        logger.warning("Import upload member %r skipped: its path leaves the folder.", str(path))
        return None
    text = str(path)
    for prefix in UPLOADS_PREFIXES:
        if prefix in text:
            text = text.split(prefix, 1)[1]
            break
    return PurePosixPath(text)
