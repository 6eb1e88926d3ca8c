import datetime as dt
import io
import os

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from reviews.images import renditions_names
from reviews.media import media_folders, media_orphans_delete
from reviews.services import image_renditions_refresh
from reviews.tasks import delete_orphaned_media
from tests.factories import FilmFactory, PersonFactory
from tests.reviews.image_files import image_bytes

pytestmark = pytest.mark.django_db

LATER = dt.timedelta(days=2)  # past the one-day grace


def film_with_poster(name):
    film = FilmFactory(
        poster=ContentFile(image_bytes((700, 1000)), name=name), poster_alt="A poster."
    )
    image_renditions_refresh(instance=film, field_name="poster")
    film.refresh_from_db()
    return film


def files(folder=""):
    found = []
    directories, names = default_storage.listdir(folder)
    found += [os.path.join(folder, name) for name in names]
    for directory in directories:
        found += files(os.path.join(folder, directory))
    return set(found)


@pytest.fixture
def replaced_and_deleted():
    """A film whose poster was replaced, and a film deleted: what each left behind."""
    replaced = film_with_poster("first.jpg")
    old = {replaced.poster.name, *renditions_names(replaced.poster_renditions)}
    replaced.poster = ContentFile(image_bytes((500, 750)), name="second.jpg")
    replaced.save()
    image_renditions_refresh(instance=replaced, field_name="poster")
    replaced.refresh_from_db()

    deleted = film_with_poster("gone.jpg")
    old |= {deleted.poster.name, *renditions_names(deleted.poster_renditions)}
    deleted.delete()
    kept = {replaced.poster.name, *renditions_names(replaced.poster_renditions)}
    return old, kept


def test_only_files_no_row_refers_to_are_deleted(replaced_and_deleted):
    orphans, kept = replaced_and_deleted
    assert len(orphans) == 2 * (1 + 3 * 2)  # each 700 px poster, and 3 widths in 2 formats
    person = PersonFactory(photo=ContentFile(image_bytes((300, 300)), name="face.jpg"))

    deleted = media_orphans_delete(now=timezone.now() + LATER)

    assert set(deleted) == orphans
    assert files() == kept | {person.photo.name}


def test_a_fresh_file_is_kept_whatever_refers_to_it(replaced_and_deleted):
    orphans, _ = replaced_and_deleted
    in_flight = default_storage.save("posters/uploading.jpg", ContentFile(b"..."))
    # An hour before the run: its row may not be committed yet.
    an_hour_ago = (timezone.now() + LATER - dt.timedelta(hours=1)).timestamp()
    os.utime(default_storage.path(in_flight), (an_hour_ago, an_hour_ago))

    assert set(media_orphans_delete(now=timezone.now() + LATER)) == orphans
    assert default_storage.exists(in_flight)
    assert media_orphans_delete() == []  # and nothing is older than a day yet


def test_files_outside_the_image_folders_are_never_touched(settings):
    other = default_storage.save("exports/report.csv", ContentFile(b"a,b"))
    assert "exports" not in media_folders()
    assert media_orphans_delete(now=timezone.now() + LATER) == []
    assert default_storage.exists(other)


def test_the_daily_job_deletes_them(replaced_and_deleted, monkeypatch):
    orphans, kept = replaced_and_deleted
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime.now(dt.UTC) + LATER)
    assert delete_orphaned_media.call() == len(orphans)
    assert files() == kept


def test_the_command_lists_them_with_dry_run_and_deletes_them_without(
    replaced_and_deleted, settings
):
    orphans, kept = replaced_and_deleted
    settings.MEDIA_ORPHAN_GRACE = dt.timedelta(0)
    out = io.StringIO()
    call_command("delete_orphaned_media", "--dry-run", stdout=out)
    assert set(out.getvalue().splitlines()[:-1]) == orphans
    assert f"Would delete {len(orphans)} orphaned files" in out.getvalue()
    assert files() == orphans | kept

    call_command("delete_orphaned_media", stdout=out)
    assert f"Deleted {len(orphans)} orphaned files" in out.getvalue()
    assert files() == kept
