"""Import review posts from text files and WordPress exports (WXR) as reviews."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from imports.catalogue import Catalogue
from imports.confirmations import candidate_lines
from imports.runs import document_task, totals
from imports.sources import MAX_DOCUMENT_BYTES, document_paths
from imports.wxr import WXR_SUFFIXES, wxr_tasks
from reviews.models import Review

SUMMARY_PATH_WIDTH = 60


class Command(BaseCommand):
    help = (
        "Import review posts from text files (or directories of .txt/.md files) and "
        "WordPress exports (.xml): film, people, scores, rating, FAQ, keywords, and from "
        "WordPress also authors and comments. Each document is imported in its own "
        f"transaction; documents over {MAX_DOCUMENT_BYTES // 1_000_000} MB, empty or binary "
        "files are skipped. Exits with status 1 when any document could not be imported."
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
            help="Status of new reviews (default: draft for text documents, the post's own "
            "status for WordPress exports). Re-imports never change a review's status.",
        )
        parser.add_argument(
            "--replace-edited",
            action="store_true",
            help="Apply a changed document even to a review an editor changed since its import "
            "(by default such reviews are kept and reported).",
        )
        parser.add_argument(
            "--author",
            metavar="USER",
            help="Username of the author of text documents and of WordPress posts without "
            "one (default: the first superuser).",
        )
        parser.add_argument(
            "--uploads",
            type=Path,
            metavar="DIR",
            help="Copy of WordPress's wp-content/uploads folder, where featured images are "
            "found (default: uploads/ or wp-content/uploads/ beside the export).",
        )
        parser.add_argument(
            "--include-non-reviews",
            action="store_true",
            help="Import documents and WordPress posts that are not reviews too (the stock "
            "“Hello world!”, announcements naming no film); by default they are reported and "
            "left out.",
        )

    def handle(self, *args, paths, dry_run, status, author, uploads, verbosity, **options):
        self.dry_run = dry_run  # a dry run's review ids are no real ones
        replace_edited, non_reviews = options["replace_edited"], options["include_non_reviews"]
        files = document_paths(paths, suffixes_too=WXR_SUFFIXES)
        if not files:
            raise CommandError("No documents found in the paths given.")
        tasks = []
        for path in files:
            is_wxr = path.suffix.lower() in WXR_SUFFIXES
            tasks.extend(
                wxr_tasks(path, uploads=uploads, non_reviews=non_reviews)
                if is_wxr
                else [document_task(path, non_reviews=non_reviews)]
            )
        author = self.author(author, required=any(task.needs_author for task in tasks))
        catalogue, rows = Catalogue(replace_edited=replace_edited), []
        # A bar on a terminal (stderr), one line per document in logs and pipes.
        with tqdm(total=len(tasks), unit="doc", disable=None, file=self.stderr._out) as bar:
            is_bar_shown = not bar.disable
            for task in tasks:
                row = task.run(catalogue=catalogue, author=author, status=status, dry_run=dry_run)
                rows.append(row)
                bar.update()
                if verbosity >= 2 or (verbosity == 1 and not is_bar_shown):
                    self.report(len(rows), len(tasks), row)
        if verbosity == 1 and is_bar_shown:  # the bar stood in for the lines: warnings now
            for number, row in enumerate(rows, start=1):
                if row.warnings:
                    self.report(number, len(rows), row)
        self.summary(rows, dry_run=dry_run)
        failed = sum(1 for row in rows if row.is_error)
        if failed:
            raise CommandError(f"{failed} of {len(rows)} document(s) not imported.", returncode=1)

    def author(self, username, *, required):
        users = get_user_model().objects
        if username:
            user = users.filter(username=username).first()
            if user is None:
                raise CommandError(f"No user called “{username}”.")
            return user
        user = users.filter(is_superuser=True, is_active=True).order_by("pk").first()
        if user is None and required:
            raise CommandError("Name the author of the reviews with --author USER.")
        return user

    def report(self, number, total, row):
        style = {"failed": self.style.ERROR, "skipped": self.style.WARNING}.get(row.outcome, str)
        to_confirm = ", film to confirm" if row.is_film_to_confirm else ""
        film = row.film or "no film"
        if row.is_title_to_confirm:
            film, to_confirm = "no film", ": title to confirm"
        detail = f" → {row.review} ({film}{to_confirm})" if row.review else ""
        count = len(row.warnings) if not row.is_error else 0
        noted = f", {count} warning(s)" if count else ""
        self.stdout.write(style(f"[{number}/{total}] {row.name}: {row.outcome}{detail}{noted}"))
        for warning in row.warnings:
            self.stdout.write(f"    - {warning}")
        if row.is_film_to_confirm:
            self.film_candidates(row)

    def film_candidates(self, row):
        """The films weighed for a film to confirm, with the evidence, and how to settle it."""
        for line in candidate_lines(row.film_candidates, indent="      "):
            self.stdout.write(line)
        review = row.review_id if not self.dry_run else "REVIEW"
        if row.is_title_to_confirm:
            self.stdout.write(
                f"      Settle it with `manage.py settle_film {review} --new --title TITLE` "
                "(or `--film FILM_ID` for a film of the catalogue), or on its page in the "
                "admin's films to confirm."
            )
            return
        self.stdout.write(
            f"      Settle it with `manage.py settle_film {review} --film FILM_ID` (or `--new` "
            "for a new film), or on its page in the admin's films to confirm."
        )

    def summary(self, rows, *, dry_run):
        width = min(max((len(row.name) for row in rows), default=8), SUMMARY_PATH_WIDTH)
        title = "Summary (dry run: nothing was saved)" if dry_run else "Summary"
        self.stdout.write(f"\n{title}")
        self.stdout.write(f"{'Document':<{width}}  {'Outcome':<9}  {'Warnings':>8}  Review")
        for row in rows:
            name = row.name if len(row.name) <= width else "…" + row.name[-width + 1 :]
            self.stdout.write(
                f"{name:<{width}}  {row.outcome:<9}  {len(row.warnings):>8}  {row.review}"
            )
        counts = totals(rows)
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            f"\n{counts['documents']} document(s): {counts['created']} created, "
            f"{counts['updated']} updated, {counts['unchanged']} unchanged, {counts['kept']} kept, "
            f"{counts['omitted']} omitted, "
            f"{counts['skipped']} skipped, {counts['failed']} failed; "
            f"{counts['films']} new film(s) {verb} made; {counts['to_confirm']} film(s) to "
            f"confirm; {counts['warnings']} warning(s)."
        )
