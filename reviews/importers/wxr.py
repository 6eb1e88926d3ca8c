"""WordPress exports (WXR): the interface the command and the admin page use.

Not implemented yet: every export is reported as failed, never half-imported.
"""

from pathlib import Path

from reviews.importers.runs import ImportRow, ImportTask

WXR_SUFFIXES = (".xml", ".wxr")


def wxr_tasks(source: Path | bytes, *, name: str = "", uploads: Path | None = None):
    """One task per post of the export in `source` (a path, or its bytes named `name`)."""
    name = name or str(source)

    def refused(**options):
        return ImportRow(name=name, outcome="failed", warnings=["WordPress exports: not yet"])

    return [ImportTask(name=name, run=refused, needs_author=False)]
