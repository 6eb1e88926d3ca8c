"""Which models keep versions, with which related rows, and what a revert leaves alone."""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import reversion
from django.db import models


@dataclass(frozen=True)
class Related:
    """Rows that belong to a versioned object and are versioned with it (an admin inline)."""

    name: str  # the reverse accessor on the object, e.g. "scores"
    label: str
    line: Callable[[dict, Callable], str]  # (the row's fields, name_of) -> one line of text


@dataclass(frozen=True)
class Tagged:
    """A tag manager (django-taggit) whose tag names are kept with each version (tags.py)."""

    name: str  # the manager on the object, e.g. "keywords"
    label: str


@dataclass(frozen=True)
class Versioned:
    related: tuple[Related, ...] = ()
    tags: tuple[Tagged, ...] = ()
    #: Editable fields a revert keeps as they are now: the URL, and whether and when the
    #: object is public, are decisions of their own, not part of an old text.
    kept: frozenset[str] = frozenset({"slug"})


def score_line(fields, name_of):
    value = f"{Decimal(fields['value']):.1f}"  # 7 as saved, 7.0 as read back: one way
    return f"{name_of('criterion', fields['criterion_id'])}: {value}/10"


def faq_line(fields, name_of):
    return f"{fields['position']}. {fields['question']} — {fields['answer']}"


def credit_line(fields, name_of):
    from reviews.models import Credit

    line = f"{Credit.Role(fields['role']).label}: {name_of('person', fields['person_id'])}"
    return f"{line} as {fields['character']}" if fields["character"] else line


def _versioned():
    from reviews.models import Film, Person, Review

    return {
        Review: Versioned(
            related=(
                Related("scores", "Criterion scores", score_line),
                Related("faq_entries", "FAQ", faq_line),
            ),
            tags=(Tagged("keywords", "Keywords"),),
            kept=frozenset({"slug", "status", "published_at", "is_featured"}),
        ),
        Film: Versioned(
            related=(Related("credits", "Credits", credit_line),),
            tags=(Tagged("keywords", "Keywords"),),
        ),
        Person: Versioned(),
    }


#: model -> Versioned, filled by `register` once the models are loaded.
VERSIONED = {}


def _not_kept(model):
    """Fields derived from others (search vectors, image renditions, consistency warnings),
    and tags, which taggit does not serialize: not part of the version's own data (a
    `Tagged` manager's names are kept beside it, in VersionTags)."""
    return [
        field.name
        for field in [*model._meta.local_fields, *model._meta.local_many_to_many]
        if field.name in ("search_vector", "consistency_warnings")
        or field.name.endswith("_renditions")
        or not field.serialize
    ]


def register():
    """Register the versioned models and their related rows with django-reversion."""
    from reviews.revisions import tags

    VERSIONED.update(_versioned())
    tags.connect()
    for model, options in VERSIONED.items():
        if reversion.is_registered(model):
            continue
        follow = [related.name for related in options.related]
        reversion.register(model, exclude=_not_kept(model), follow=follow)
        for related in options.related:
            # A row saved on its own (a score, a credit) makes a version of its object too.
            relation = model._meta.get_field(related.name)
            if not reversion.is_registered(relation.related_model):
                reversion.register(relation.related_model, follow=[relation.field.name])


def related_model(model, related: Related) -> type[models.Model]:
    return model._meta.get_field(related.name).related_model


def parent_field(model, related: Related) -> str:
    """The row's foreign key to its object, e.g. Score.review_id."""
    return model._meta.get_field(related.name).field.attname


def recorded(comment):
    """Make a service's saves a version, said to be `comment` unless the caller said why.

    Inside another revision (an admin request), the saves join it and keep its user.
    """

    def decorate(service):
        @functools.wraps(service)
        def wrapper(*args, **kwargs):
            with reversion.create_revision():
                if not reversion.get_comment():
                    reversion.set_comment(comment)
                return service(*args, **kwargs)

        return wrapper

    return decorate
