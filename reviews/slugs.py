"""Readable unique slugs: the title, then the title and year, then a counter."""

from itertools import count

from django.utils.text import slugify


def unique_slug(instance, text, *, extra=None, field="slug"):
    """Return a slug for `instance` that no other row of its model uses.

    "Ballerina" gets ``ballerina``; a second "Ballerina" from 2025 gets
    ``ballerina-2025``; after that a counter is added.
    """
    model = type(instance)
    max_length = model._meta.get_field(field).max_length
    base = slugify(text)[: max_length - 12].strip("-") or model._meta.model_name
    taken = model._default_manager.exclude(pk=instance.pk)

    def free(slug):
        return not taken.filter(**{field: slug}).exists()

    if free(base):
        return base
    if extra and free(with_extra := f"{base}-{extra}"):
        return with_extra
    stem = f"{base}-{extra}" if extra else base
    return next(slug for n in count(2) if free(slug := f"{stem}-{n}"))
