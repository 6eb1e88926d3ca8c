"""Versions of reviews, films and people: what each save changed, compared and reverted.

django-reversion stores them: a save in a revision block (the admin, the services marked
`recorded`, the importer, a revert) keeps a version of the object together with its related
rows (a review's criterion scores and FAQ, a film's credits), in one revision with who, when
and why; a review's keywords are kept by name beside its version (tags). `history` reads
them back as `Snapshot`s; `version_revert` restores one.
"""

from reviews.revisions.history import (
    Snapshot,
    VersionNotFound,
    history,
    history_page,
    snapshots,
)
from reviews.revisions.registry import VERSIONED, recorded, register
from reviews.revisions.services import version_revert

__all__ = [
    "VERSIONED",
    "Snapshot",
    "VersionNotFound",
    "history",
    "history_page",
    "recorded",
    "register",
    "snapshots",
    "version_revert",
]
