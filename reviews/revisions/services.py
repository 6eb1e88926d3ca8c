"""Reverting to a version: a save like any other, recorded as a version of its own."""

import reversion
from django.db import models, transaction

from reviews import tasks
from reviews.revisions.history import compared_fields, snapshots
from reviews.revisions.registry import VERSIONED, related_model
from reviews.revisions.tags import tags_restore


def version_revert(*, obj: models.Model, number: int, user) -> list[str]:
    """Restore `obj` to its version `number`: its fields, related rows and tags, but not its
    URL or publication (`Versioned.kept`). Saved as a new version, "Reverted to version N".

    Returns what could not be restored (an image or a row whose file or criterion is gone,
    tags a version kept before tags were versioned: the current ones stay).
    Raises VersionNotFound, or ValidationError when the old values no longer validate.
    """
    (target,) = snapshots(obj, numbers={number})
    options = VERSIONED[type(obj)]
    with transaction.atomic(), reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(f"Reverted to version {number}")
        skipped, many = restore_fields(obj, target, options.kept)
        obj.full_clean()
        obj.save()
        for model_field, pks in many:
            getattr(obj, model_field.name).set(
                model_field.related_model._base_manager.filter(pk__in=pks)
            )
        for related in options.related:
            skipped += restore_rows(obj, related, target.rows.get(related.name, []))
        skipped += tags_restore(obj, target)
        reversion.add_to_revision(obj)  # with the rows as they are now
        tasks.renditions_enqueue(obj)
    return skipped


def restore_fields(obj, target, kept):
    skipped, many = [], []
    for model_field in compared_fields(type(obj)):
        if model_field.name in kept or model_field.attname not in target.fields:
            continue
        value = target.fields[model_field.attname]
        if model_field.many_to_many:
            many.append((model_field, value))
        elif (
            isinstance(model_field, models.FileField)
            and value
            and not value.storage.exists(value.name)
        ):
            skipped.append(
                f"{model_field.verbose_name}: the file {value.name} is gone; kept the current one."
            )
        else:
            setattr(obj, model_field.attname, value)
    return skipped, many


def restore_rows(obj, related, rows):
    """Replace the object's related rows with the version's, under their old keys; rows
    pointing at something deleted since (a criterion, a person) are left out."""
    getattr(obj, related.name).all().delete()
    parent = type(obj)._meta.get_field(related.name).field.name
    targets = [
        model_field
        for model_field in related_model(type(obj), related)._meta.concrete_fields
        if model_field.is_relation and model_field.name != parent
    ]
    existing = {
        model_field.name: set(
            model_field.related_model._base_manager.filter(
                pk__in={getattr(row, model_field.attname) for row in rows}
            ).values_list("pk", flat=True)
        )
        for model_field in targets
    }
    skipped = []
    for row in rows:
        gone = [
            model_field
            for model_field in targets
            if getattr(row, model_field.attname) not in {None, *existing[model_field.name]}
        ]
        if gone:
            skipped.append(
                f"{related.label}: a row was not restored, its {gone[0].verbose_name} is gone."
            )
            continue
        row.save(force_insert=True)
    return skipped
