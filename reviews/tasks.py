"""The reviews app's background tasks: thin, they look rows up and call its services."""

from django.apps import apps
from django_tasks import task

from reviews import images, indexing, media, services
from reviewsite.background import enqueue_on_commit


@task()
def delete_orphaned_media() -> int:
    """Daily: delete uploaded files no row refers to any more (after a grace period)."""
    return len(media.media_orphans_delete())


@task()
def make_renditions(model_label: str, pk: int, field_name: str, source: str) -> bool:
    """Make (or clear) an image's renditions, unless the row holds another file by now."""
    instance = apps.get_model(model_label).objects.filter(pk=pk).first()
    if instance is None or (getattr(instance, field_name).name or "") != source:
        return False  # deleted, or replaced: the replacement enqueued a task of its own
    return services.image_renditions_refresh(instance=instance, field_name=field_name)


@task()
def refresh_indexes(film_ids: list[int] | None = None, review_ids: list[int] | None = None):
    """Bring the search vectors and relations of these films (and their reviews) and these
    reviews up to date: enqueued by reviews.indexing after each committed change."""
    indexing.indexes_refresh(film_ids=film_ids or (), review_ids=review_ids or ())


def renditions_enqueue(instance) -> None:
    """After the save commits, have the worker make renditions of each image of `instance`
    whose renditions are not of its current file (an upload, or an image brought back)."""
    label = instance._meta.label_lower
    for field_name, renditions_field in images.RENDITIONS_FIELDS.get(label, {}).items():
        field_file = getattr(instance, field_name)
        if images.renditions_outdated(getattr(instance, renditions_field), field_file):
            source = field_file.name or ""
            enqueue_on_commit(make_renditions, label, instance.pk, field_name, source)
