"""The reviews app's background tasks: thin, they look rows up and call its services."""

from django.apps import apps
from django_tasks import task

from reviews import indexing, media, services


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
