"""One import run, as the command and the admin page both make it: a row per document.

A row says what happened to a document (created, updated, unchanged, skipped or failed),
which review and film it became, and every warning, so the editor sees the same report
wherever they started the import.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from imports.apply import review_import
from imports.catalogue import Catalogue
from imports.documents import ExtractedReview, extract
from imports.folder_figures import FolderFigures
from imports.html_pages import PAGE_SUFFIXES, page_extract
from imports.non_reviews import post_not_a_review
from imports.sources import Source, document_read

MARKDOWN_SUFFIXES = (".md", ".markdown")
#: Outcomes in the order the summary lists them.
#: "omitted" is a document not meant to be imported (a post in WordPress's trash): no error;
#: "skipped" is one that could not be (empty, binary, too large): an error, as "failed" is.
#: "kept" is a review changed here since its import: the document's new version waits.
OUTCOMES = ("created", "updated", "unchanged", "kept", "omitted", "skipped", "failed")


@dataclass
class ImportRow:
    name: str
    outcome: str = "skipped"
    review: str = ""
    review_id: int | None = None
    film: str = ""
    is_film_created: bool = False
    warnings: list[str] = field(default_factory=list)
    extracted: ExtractedReview | None = None
    film_decision: str = ""  # "attach", "create" or "undecided": the film is to confirm
    film_candidates: list[dict] = field(default_factory=list)  # the films weighed, as JSON

    def fail(self, error):
        """Record that importing raised `error`: its transaction saved nothing."""
        self.outcome = "failed"
        self.warnings.append(f"failed, nothing saved: {error_text(error)}")
        return self

    def record(self, result):
        """Take the outcome, review and film of an `ImportResult`, and its warnings."""
        self.outcome, self.review, self.review_id = result.outcome, result.review, result.review_id
        self.film, self.is_film_created = result.film, result.is_film_created
        self.film_decision, self.film_candidates = result.film_decision, result.film_candidates
        self.warnings.extend(result.warnings)
        return self

    @property
    def is_film_to_confirm(self):
        """Whether the importer left the film to an editor (the review waits as a draft)."""
        return self.film_decision == "undecided" and self.outcome in ("created", "updated")

    @property
    def is_title_to_confirm(self):
        """Whether the review waits with no film at all: its title is to confirm."""
        return self.is_film_to_confirm and not self.film

    @property
    def is_error(self):
        """Whether the document could not be imported (an omitted one was not meant to be)."""
        return self.outcome in ("skipped", "failed")


@dataclass
class ImportTask:
    """One document of a run, imported when called with the run's options."""

    name: str
    run: Callable[..., ImportRow]  # run(*, catalogue, author, status, dry_run)
    needs_author: bool = True  # False when the document names its own author


def document_task(path: Path, *, non_reviews: bool = False) -> ImportTask:
    """The task of importing the text document at `path`, read only when it runs."""
    return ImportTask(
        name=str(path),
        run=lambda **options: document_import(
            document_read(path), non_reviews=non_reviews, **options
        ),
    )


def nothing_to_import(extracted: ExtractedReview) -> str:
    """Why `extracted` is not worth a review (a title and nothing else), or ""."""
    said = (extracted.body_html, extracted.scores, extracted.verdict, extracted.faq)
    if any(said) or extracted.rating is not None:
        return ""
    return "skipped: no review text, only a title"


def not_a_review(extracted: ExtractedReview) -> str:
    """The report's line for a document or post that is no review, or "" for a review."""
    reason = post_not_a_review(title=extracted.title, extracted=extracted)
    return reason and (
        f"omitted: not a review ({reason}); import it with “Import posts that are not "
        "reviews too” or `manage.py import_reviews --include-non-reviews`"
    )


def document_extract(source: Source) -> ExtractedReview:
    """What `source` says, read as a saved page, as Markdown or as text by its name."""
    name = source.name.lower()
    if name.endswith(PAGE_SUFFIXES):
        return page_extract(source.text, figures=source.folder is not None)
    return extract(source.text, markdown=name.endswith(MARKDOWN_SUFFIXES))


def document_import(
    source: Source, *, catalogue: Catalogue, non_reviews: bool = False, **options
) -> ImportRow:
    """Import one document read by `sources`; a failure is reported in the row, never raised.

    A document that is no review (non_reviews.post_not_a_review) is left out and reported,
    unless `non_reviews`.
    """
    row = ImportRow(name=source.name)
    if source.problem:
        row.warnings.append(source.problem)
        return row
    if source.note:
        row.warnings.append(source.note)
    try:
        row.extracted = document_extract(source)
        if problem := nothing_to_import(row.extracted):
            row.warnings.append(problem)
            return row
        if not non_reviews and (reason := not_a_review(row.extracted)):
            row.outcome = "omitted"
            row.warnings.append(reason)
            return row
        figures = FolderFigures(source.folder, row.extracted, dry_run=options.get("dry_run"))
        result = review_import(
            extracted=row.extracted, catalogue=catalogue, then=figures.then, **options
        )
    except Exception as error:  # one bad document never stops the others
        return row.fail(error)
    row.record(result)
    row.warnings.extend(figures.notes)
    return row


def totals(rows) -> dict:
    """How many rows had each outcome, new films made and warnings, for the summary line."""
    counts = {outcome: sum(1 for row in rows if row.outcome == outcome) for outcome in OUTCOMES}
    counts["films"] = sum(1 for row in rows if row.is_film_created)
    counts["to_confirm"] = sum(1 for row in rows if row.is_film_to_confirm)
    counts["warnings"] = sum(len(row.warnings) for row in rows)
    counts["documents"] = len(rows)
    return counts


def error_text(error):
    """A validation error's messages, or the exception in one line."""
    messages = getattr(error, "message_dict", None)
    if messages:
        return "; ".join(f"{name}: {' '.join(texts)}" for name, texts in messages.items())
    return f"{type(error).__name__}: {error}"
