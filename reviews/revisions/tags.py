"""Tags kept with versions: a review's or a film's keywords, by name.

Taggit's managers are not serialized into a version, so when a revision is saved the tag
names of each versioned object in it are kept beside its version (VersionTags), as they are
when the revision closes: after the admin's form has set them. A version kept before this
has no such row; its tags are unknown (None), not empty.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from reversion.signals import post_revision_commit

from reviews.models import VersionTags
from reviews.revisions.registry import VERSIONED, Tagged


def connect():
    """Keep tags with every revision saved from now on (from revisions.register)."""
    post_revision_commit.connect(record, dispatch_uid="revisions:tags")


def record(sender, revision, versions, **kwargs):
    """Keep the tag names each versioned object in `revision` has now, beside its version."""
    by_model = defaultdict(list)
    for version in versions:
        options = VERSIONED.get(version._model)
        if options is not None and options.tags:
            by_model[version._model].append(version)
    kept = []
    for model, model_versions in by_model.items():
        pks = [version.object_id for version in model_versions]
        names = {tagged.name: tag_names(model, tagged, pks) for tagged in VERSIONED[model].tags}
        kept += [
            VersionTags(
                version=version,
                names={name: found.get(version.object_id, []) for name, found in names.items()},
            )
            for version in model_versions
        ]
    VersionTags.objects.using(revision._state.db).bulk_create(kept)


def tag_names(model, tagged: Tagged, pks) -> dict[str, list[str]]:
    """{pk as text: sorted tag names} of `tagged`'s tags on the `model` rows `pks`."""
    through = model._meta.get_field(tagged.name).through
    if any(model_field.name == "content_type" for model_field in through._meta.fields):
        rows = through.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=pks
        ).values_list("object_id", "tag__name")
    else:
        rows = through.objects.filter(content_object__in=pks).values_list(
            "content_object", "tag__name"
        )
    found = defaultdict(list)
    for pk, name in rows:
        found[str(pk)].append(name)
    return {pk: sorted(names, key=str.casefold) for pk, names in found.items()}


def kept_tags(version) -> dict | None:
    """The tag names kept with `version` ({manager name: [names]}), or None if none were:
    the version predates them. The version is read with select_related("tags_kept")."""
    try:
        return version.tags_kept.names
    except VersionTags.DoesNotExist:
        return None


def tag_lines(model, tags: dict | None) -> dict:
    """Each tag manager's names as lines ({label: names}); nothing for unknown tags."""
    if tags is None:
        return {}
    return {tagged.label: tuple(tags.get(tagged.name, ())) for tagged in VERSIONED[model].tags}


def tags_restore(obj, snapshot) -> list[str]:
    """Give `obj` the tags of `snapshot` by name (a tag deleted since is made again); a
    version that kept none leaves the current ones, and says so."""
    tagged_managers = VERSIONED[type(obj)].tags
    if not tagged_managers:
        return []
    if snapshot.tags is None:
        return [
            f"{tagged.label}: version {snapshot.number} was kept before "
            f"{tagged.label.lower()} were versioned; kept the current ones."
            for tagged in tagged_managers
        ]
    for tagged in tagged_managers:
        getattr(obj, tagged.name).set(snapshot.tags.get(tagged.name, []))
    return []
