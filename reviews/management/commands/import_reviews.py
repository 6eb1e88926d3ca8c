"""Import review posts from plain-text files as draft (or published) reviews."""

import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from reviews.importers.apply import PeopleIndex, review_import
from reviews.importers.documents import extract
from reviews.importers.sources import MAX_DOCUMENT_BYTES, document_paths, document_read
from reviews.models import Review


class Command(BaseCommand):
    help = (
        "Import review posts from text files (or directories of .txt/.md files): film, "
        "people, scores, rating, FAQ and keywords. Each file is imported in its own "
        "transaction; files over "
        f"{MAX_DOCUMENT_BYTES // 1_000_000} MB, empty or binary files are skipped. "
        "Exits with status 1 when any file could not be imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or directories.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do everything, report it, then roll it back.",
        )
        parser.add_argument(
            "--status",
            choices=[choice for choice, _ in Review.Status.choices],
            help="Status of new reviews (default draft); given, also applied to updated ones.",
        )
        parser.add_argument(
            "--author",
            metavar="USER",
            help="Username of the author of new reviews (default: the first superuser).",
        )

    def handle(self, *args, paths, dry_run, status, author, verbosity, **options):
        author = self.author(author)
        files = document_paths(paths)
        if not files:
            raise CommandError("No documents found in the paths given.")
        people = PeopleIndex()
        rows = []
        for number, path in enumerate(files, start=1):
            row = self.import_one(
                path, status=status, author=author, dry_run=dry_run, people=people
            )
            rows.append(row)
            if verbosity >= 1:
                self.progress(number, len(files), row, verbosity)
        self.summary(rows, dry_run=dry_run)
        failed = sum(1 for row in rows if row["outcome"] in ("skipped", "failed"))
        if failed:
            raise CommandError(f"{failed} of {len(rows)} document(s) not imported.", returncode=1)

    def author(self, username):
        users = get_user_model().objects
        if username:
            user = users.filter(username=username).first()
            if user is None:
                raise CommandError(f"No user called “{username}”.")
            return user
        user = users.filter(is_superuser=True, is_active=True).order_by("pk").first()
        if user is None:
            raise CommandError("Name the author of the reviews with --author USER.")
        return user

    def import_one(self, path, **options):
        row = {"path": str(path), "outcome": "skipped", "review": "", "warnings": []}
        source = document_read(path)
        if source.problem:
            row["warnings"].append(source.problem)
            return row
        if source.note:
            row["warnings"].append(source.note)
        try:
            result = review_import(extracted=extract(source.text), **options)
        except Exception as error:  # one bad document never stops the others
            row["outcome"] = "failed"
            row["warnings"].append(f"failed, nothing saved: {describe(error)}")
            return row
        row.update(
            outcome=result.outcome,
            review=result.review,
            film=result.film,
            is_film_created=result.is_film_created,
        )
        row["warnings"].extend(result.warnings)
        return row

    def progress(self, number, total, row, verbosity):
        style = {"failed": self.style.ERROR, "skipped": self.style.WARNING}.get(row["outcome"], str)
        detail = f" → {row['review']} ({row['film']})" if row["review"] else ""
        count = len(row["warnings"]) if row["outcome"] not in ("skipped", "failed") else 0
        noted = f", {count} warning(s)" if count else ""
        self.stdout.write(
            style(f"[{number}/{total}] {row['path']}: {row['outcome']}{detail}{noted}")
        )
        if verbosity >= 1:
            for warning in row["warnings"]:
                self.stdout.write(f"    - {warning}")
        if sys.stdout.isatty():
            self.stdout.flush()

    def summary(self, rows, *, dry_run):
        width = min(max((len(row["path"]) for row in rows), default=8), 60)
        title = "Summary (dry run: nothing was saved)" if dry_run else "Summary"
        self.stdout.write(f"\n{title}")
        self.stdout.write(f"{'Document':<{width}}  {'Outcome':<8}  {'Warnings':>8}  Review")
        for row in rows:
            path = row["path"] if len(row["path"]) <= width else "…" + row["path"][-width + 1 :]
            warnings = len(row["warnings"])
            self.stdout.write(
                f"{path:<{width}}  {row['outcome']:<8}  {warnings:>8}  {row['review']}"
            )
        totals = {
            outcome: sum(1 for row in rows if row["outcome"] == outcome)
            for outcome in ("created", "updated", "skipped", "failed")
        }
        films = sum(1 for row in rows if row.get("is_film_created"))
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            f"\n{len(rows)} document(s): {totals['created']} created, {totals['updated']} "
            f"updated, {totals['skipped']} skipped, {totals['failed']} failed; "
            f"{films} new film(s) {verb} made; "
            f"{sum(len(row['warnings']) for row in rows)} warning(s)."
        )


def describe(error):
    """A validation error's messages, or the exception in one line."""
    messages = getattr(error, "message_dict", None)
    if messages:
        return "; ".join(f"{field}: {' '.join(texts)}" for field, texts in messages.items())
    return f"{type(error).__name__}: {error}"
