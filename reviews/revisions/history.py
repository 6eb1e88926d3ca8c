"""Reading versions back: an object's history as numbered snapshots, oldest first.

Version N is the object's Nth version. A snapshot holds the object's fields as they were,
the lines of its related rows (a review's scores, say) and tags (its keywords, when the
version kept them: tags.py) and, for a revert, those rows.
Reading a history costs two queries, and one per model the versions point at (films,
authors, criteria …) for their names.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from reversion.models import Version

from reviews.revisions.registry import VERSIONED, parent_field, related_model
from reviews.revisions.tags import kept_tags, tag_lines


class VersionNotFound(LookupError):
    pass


@dataclass
class Snapshot:
    number: int
    version: Version
    fields: dict  # attname -> value, many-to-many fields as lists of primary keys
    lines: dict = field(default_factory=dict)  # related label -> tuple of lines
    rows: dict = field(default_factory=dict)  # related name -> [unsaved model instances]
    tags: dict | None = None  # tag manager name -> tag names; None: not kept (an old version)
    names: "Names" = None
    changed: list = field(default_factory=list)  # labels changed since the version before
    is_latest: bool = False  # the object as it is now, unless changed since without a version

    @property
    def revision(self):
        return self.version.revision


class Names:
    """The names of the rows versions point at (a film, an author), looked up in bulk."""

    def __init__(self):
        self.wanted, self.found = defaultdict(set), {}

    def want(self, model, pks):
        self.wanted[model].update(pk for pk in pks if pk is not None)

    def load(self):
        for model, pks in self.wanted.items():
            for pk, row in model._base_manager.in_bulk(pks).items():
                self.found[model, pk] = str(row)

    def get(self, model, pk):
        if pk is None:
            return "—"
        return self.found.get((model, pk), f"#{pk} (deleted)")


#: Versions a page of history shows: a long-lived review's hundreds stay a page at a time.
HISTORY_PAGE_SIZE = 50


def history(obj, numbers=None):
    """`obj`'s versions (those numbered `numbers`, a run of consecutive ones, if given) as
    snapshots, oldest first, each with what it changed since the version before it."""
    wanted = None if numbers is None else {*numbers, *(n - 1 for n in numbers if n > 1)}
    found = snapshots(obj, wanted)
    for previous, snapshot in zip([None, *found], found, strict=False):
        snapshot.changed = changed_labels(obj, previous, snapshot)
    return [snapshot for snapshot in found if numbers is None or snapshot.number in numbers]


def history_page(obj, page: int):
    """A page of `obj`'s history, newest first: (snapshots, version count, has older page).
    Page 1 holds the newest HISTORY_PAGE_SIZE versions; a page past the oldest is empty."""
    total = Version.objects.get_for_object(obj).count()
    newest = total - (page - 1) * HISTORY_PAGE_SIZE
    oldest = max(1, newest - HISTORY_PAGE_SIZE + 1)
    numbers = range(oldest, newest + 1) if newest >= 1 else range(0)
    entries = history(obj, numbers) if numbers else []
    return entries[::-1], total, oldest > 1


def snapshots(obj, numbers=None):
    """`obj`'s versions (only those numbered `numbers`, if given) as snapshots."""
    versions = list(
        Version.objects.get_for_object(obj)
        .select_related("revision__user", "tags_kept")
        .defer("serialized_data")
        .order_by("pk")
    )
    found = {
        version.revision_id: Snapshot(
            number=number,
            version=version,
            fields={},
            tags=kept_tags(version),
            is_latest=number == len(versions),
        )
        for number, version in enumerate(versions, start=1)
        if numbers is None or number in numbers
    }
    if numbers is not None and len(found) != len(set(numbers)):
        raise VersionNotFound(numbers)
    if found:
        read(obj, found)
    return sorted(found.values(), key=lambda snapshot: snapshot.number)


def read(obj, found):
    """Fill the snapshots `found` (by revision) with the object's and its rows' data."""
    model, options = type(obj), VERSIONED[type(obj)]
    row_models = {related.name: related_model(model, related) for related in options.related}
    types = ContentType.objects.get_for_models(model, *row_models.values())
    data = Version.objects.filter(revision_id__in=found, content_type__in=types.values())
    names = Names()
    for version in data:
        snapshot, fields = found[version.revision_id], version.field_dict
        if version.content_type_id == types[model].id and version.object_id == str(obj.pk):
            snapshot.fields = fields
            want_names(names, model, fields)
        for related in options.related:
            row_model, parent = row_models[related.name], parent_field(model, related)
            if version.content_type_id == types[row_model].id and fields[parent] == obj.pk:
                snapshot.rows.setdefault(related.name, []).append(version._object_version.object)
                want_names(names, row_model, fields, parent=parent)
    names.load()
    for snapshot in found.values():
        snapshot.names = names
        snapshot.lines = {
            **related_lines(model, options, snapshot, names),
            **tag_lines(model, snapshot.tags),
        }


def want_names(names, model, fields, parent=None):
    for model_field in model._meta.get_fields():
        if model_field.is_relation and model_field.concrete and model_field.attname != parent:
            if model_field.many_to_many:
                names.want(model_field.related_model, fields.get(model_field.attname) or [])
            elif model_field.attname in fields:
                names.want(model_field.related_model, [fields[model_field.attname]])


def related_lines(model, options, snapshot, names):
    lines = {}
    for related in options.related:
        row_model = related_model(model, related)

        def name_of(field_name, pk, row_model=row_model):
            return names.get(row_model._meta.get_field(field_name).related_model, pk)

        rows = snapshot.rows.get(related.name, [])
        lines[related.label] = tuple(sorted(related.line(row_fields(row), name_of) for row in rows))
    return lines


def row_fields(row):
    return {
        model_field.attname: getattr(row, model_field.attname)
        for model_field in row._meta.concrete_fields
    }


def compared_fields(model):
    """The fields an editor sets, in form order: what a comparison shows."""
    return [
        model_field
        for model_field in [*model._meta.concrete_fields, *model._meta.many_to_many]
        if model_field.editable and not model_field.primary_key and model_field.serialize
    ]


def changed_labels(obj, previous, snapshot):
    if previous is None:
        return []
    model = type(obj)
    labels = [
        str(model_field.verbose_name)
        for model_field in compared_fields(model)
        if differs(model_field, previous.fields, snapshot.fields)
    ]
    # Lines one of the two did not keep (tags, before versions kept them) are unknown.
    labels += [
        label
        for label, lines in snapshot.lines.items()
        if label in previous.lines and previous.lines[label] != lines
    ]
    return labels


def differs(model_field, old, new):
    if model_field.attname not in old and model_field.attname not in new:
        return False
    before, after = old.get(model_field.attname), new.get(model_field.attname)
    if model_field.many_to_many:
        return set(before or []) != set(after or [])
    return before != after
