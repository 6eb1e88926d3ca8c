"""What starts a new generation: a committed change to anything public pages show.

Apps name their public models once (`watch(Model)`, in their AppConfig.ready); every save,
delete and many-to-many change of those models, through the admin, a service, an import or
the shell, then ends the generation when its transaction commits. A change that readers
cannot see (a new comment held for moderation, say) fails a `when` test, so spam never
empties the cache. Bulk `QuerySet.update()` sends no signal: code that changes what pages
show that way calls `pages_changed()` itself.
"""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from pagecache import generation

logger = logging.getLogger(__name__)

#: model -> the test a changed instance must pass to end the generation (None: always).
WATCHED = {}


def watch(model, *, when=None):
    """End the page generation whenever a row of `model` changes.

    `when(row, created=…, update_fields=…)`, if given, says whether readers can see the
    change (on delete, created is False and update_fields None).
    """
    WATCHED[model] = when
    uid = f"pagecache:{model._meta.label_lower}"
    post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}:save")
    post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}:delete")
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=f"{uid}:{field.name}")


def _changed(sender, instance, using="default", created=False, update_fields=None, **kwargs):
    when = WATCHED.get(sender)
    if when is None or when(instance, created=created, update_fields=update_fields):
        pages_changed(using=using)


def _m2m_changed(sender, instance, action, using="default", **kwargs):
    if action.startswith("post_"):
        pages_changed(using=using)


def pages_changed(*, using="default"):
    """Start a new page generation once the current transaction commits (at once outside one)."""
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        _start_quietly()
        return
    # One new generation per commit, however many rows the transaction changed: every
    # callback of a batch shares it, and only the first to run starts the generation.
    batch = getattr(connection, "_pagecache_batch", None)
    waiting = any(
        callback == getattr(batch, "run", None) for _, callback, _ in connection.run_on_commit
    )
    if batch is None or batch.done or not waiting:
        batch = connection._pagecache_batch = _Batch()
    transaction.on_commit(batch.run, using=using)


class _Batch:
    done = False

    def run(self):
        if not self.done:
            self.done = True
            _start_quietly()


def _start_quietly():
    """A cache that cannot be reached must not undo a change that committed."""
    try:
        generation.start()
    except Exception:
        logger.exception("Could not start a new page generation: pages may be stale.")
