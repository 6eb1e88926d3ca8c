"""Writing an `ExtractedReview` into the catalogue: film, people, credits, review.

`review_import` is a service: one document, one transaction. The run's catalogue
(`catalogue`) finds the film and people a document names; `Importer` writes the film's
facts and credits (`apply_film`), the review, its scores, FAQ and keywords.
"""

import re
from dataclasses import dataclass, field

import reversion
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import slugify

from imports.apply_film import FilmMixin
from imports.catalogue import Catalogue, bulk_saved, saved
from imports.confirmations import film_to_confirm_record
from imports.documents import ExtractedReview
from imports.evidence import without_draft
from imports.identity import UNDECIDED, film_identify
from reviews.consistency import review_check
from reviews.models import Criterion, FAQEntry, Review, Score

SAME_REVIEW_OVERLAP = 0.5  # share of words a re-imported document has with its review
SLUG_LENGTH = 80
#: What a review's version written by an import says, by whether editors' changes are replaced.
IMPORT_COMMENTS = {False: "Imported.", True: "Imported, replacing any changes made here."}


@dataclass
class ImportResult:
    outcome: str  # "created", "updated" or "unchanged" (what happened, or would in a dry run)
    review: str = ""
    review_id: int | None = None
    film_id: int | None = None
    film: str = ""
    is_film_created: bool = False
    people_created: int = 0
    warnings: list[str] = field(default_factory=list)
    film_decision: str = ""  # identity's: "attach", "create" or "undecided" (film to confirm)
    film_candidates: list[dict] = field(default_factory=list)  # with the evidence, as JSON


class Importer(FilmMixin):
    """Applies one extracted document: its film (`FilmMixin`), then its review."""

    def __init__(
        self,
        extracted,
        *,
        status,
        author,
        catalogue,
        import_key="",
        slug="",
        published_at=None,
    ):
        self.extracted, self.facts = extracted, extracted.film
        self.status, self.author, self.catalogue = status, author, catalogue
        self.people = catalogue.people
        self.import_key, self.published_at = import_key, published_at
        self.slug = slugify(slug)[: Review._meta.get_field("slug").max_length]
        self.result = ImportResult(outcome="created", warnings=list(extracted.warnings))

    def warn(self, message):
        self.result.warnings.append(message)

    def run(self):
        unchanged = self.unchanged_review()
        if unchanged is not None:
            self.result.outcome = "unchanged"
            self.result.warnings = []
            self.result.review_id, self.result.review = unchanged.pk, unchanged.slug
            self.result.film = str(unchanged.film or "")
            self.result.film_id = unchanged.film_id
            return self.result
        self.identity = film_identify(self.extracted, catalogue=self.catalogue)
        film = self.film()
        is_to_confirm = self.result.film_decision == UNDECIDED
        if not is_to_confirm:  # the document's film facts wait for the editor's word
            self.genres_countries_studios(film)
            self.credits(film)
        review = self.review(film)
        if self.result.outcome != "kept":
            self.scores_and_faq(review)
            review.keywords.set([keyword[:100] for keyword in self.extracted.keywords])
        self.film_to_confirm(review, is_pending=is_to_confirm)
        if not is_to_confirm:
            self.uncredited_mentions(film)
        self.result.film_id = review.film_id
        self.result.review_id, self.result.review = review.pk, review.slug
        self.result.film = str(review.film or "")
        review_check(review=review, people=self.people)  # for the desk and the admin's filter
        return self.result

    def film_to_confirm(self, review, *, is_pending):
        """Record why the review's film is to confirm; or that it is settled, when an earlier
        import had left it to confirm. How to settle it is said where the report is shown: a
        dry run's review id is no real one."""
        film_to_confirm_record(
            review=review, extracted=self.extracted, identity=self.identity, is_pending=is_pending
        )

    def run_atomic(self, *, then, dry_run):
        """`run` and `then` in one transaction, rolled back in a dry run.

        What it writes is a version of the review (reviews.revisions): the one it replaces
        stays in the history, with an editor's changes if the run replaces them.
        """
        with transaction.atomic(), reversion.create_revision(atomic=False):
            reversion.set_comment(IMPORT_COMMENTS[self.catalogue.replace_edited])
            result = self.run()
            if then is not None:
                then(Review.objects.get(pk=result.review_id), result)
            if result.outcome in ("created", "updated"):  # what the import wrote, to the tick
                Review.objects.filter(pk=result.review_id).update(imported_at=F("updated_at"))
                # Scores and FAQ are written in bulk, without the signal versions follow.
                reversion.add_to_revision(Review.objects.get(pk=result.review_id))
            if dry_run:
                transaction.set_rollback(True)
        return result

    def unchanged_review(self):
        """The review this very document (same words, same options) was last imported into."""
        if not self.extracted.fingerprint:
            return None
        reviews = Review.objects.select_related("film").filter(
            import_fingerprint=self.extracted.fingerprint
        )
        if self.import_key:
            reviews = reviews.filter(import_key=self.import_key)
        return reviews.order_by("pk").first()

    # The review.

    def review(self, film):
        extracted = self.extracted
        review = self.existing_review(film) or Review(
            film=film,
            author=self.author,
            slug=self.free_slug(),
            status=self.new_review_status(),
            import_key=self.import_key,
        )
        if review.pk and self.is_edited_here(review):
            self.result.outcome = "kept"
            self.warn(
                "The review was changed here since it was imported, so the document's new "
                "version was not applied (re-import with --replace-edited to apply it)."
            )
            return review
        if review.pk:
            self.result.outcome = "updated"
            # Publishing is the editors' decision: a re-import never changes the status.
            if film is None and review.film_id is not None:
                self.warn(f"The review keeps its film {review.film}: the document's is to confirm.")
            elif review.film_id != getattr(film, "pk", None):
                self.warn(f"The review moved from {review.film or 'no film'} to {film}.")
                review.film = film
        review.headline = without_draft(extracted.title)
        review.standfirst = extracted.standfirst
        review.kind = extracted.kind
        review.body = extracted.body_html
        review.verdict = extracted.verdict
        review.rating = extracted.rating
        review.import_fingerprint = extracted.fingerprint
        if self.published_at is not None:
            review.published_at = self.published_at
        if review.status == Review.Status.PUBLISHED and review.published_at is None:
            review.published_at = timezone.now()
        return saved(review)

    def new_review_status(self):
        """Drafts, unless the run says otherwise; always a draft while its film is to confirm."""
        if self.result.film_decision == UNDECIDED:
            return Review.Status.DRAFT
        return self.status or Review.Status.DRAFT

    def is_edited_here(self, review):
        """Whether someone changed the review after the import that last wrote it."""
        if self.catalogue.replace_edited or review.imported_at is None:
            return False
        return review.updated_at > review.imported_at

    def slug_base(self):
        slug = slugify(without_draft(self.extracted.title))
        if len(slug) > SLUG_LENGTH:  # cut at a word: a URL, not the whole title
            slug = slug[: SLUG_LENGTH + 1].rsplit("-", 1)[0]
        return slug.strip("-") or "review"

    def existing_review(self, film):
        """The review a previous import of this document made: same import key, or else
        same film and mostly the same words."""
        if self.import_key:
            return Review.objects.filter(import_key=self.import_key).first()
        base = self.slug_base()
        words = set(self.extracted.text.lower().split())
        for review in Review.objects.filter(
            Q(slug=base) | Q(slug__regex=rf"^{re.escape(base)}-[0-9]+$"), film=film
        ).order_by("pk"):
            theirs = set(review.body_text().lower().split())
            overlap = len(words & theirs) / max(len(words | theirs), 1)
            if overlap >= SAME_REVIEW_OVERLAP:
                return review
        return None

    def free_slug(self):
        if self.slug and not Review.objects.filter(slug=self.slug).exists():
            return self.slug  # the slug the post had on its old site, when it is free
        base = self.slug_base()
        taken = set(
            Review.objects.filter(Q(slug=base) | Q(slug__startswith=f"{base}-")).values_list(
                "slug", flat=True
            )
        )
        if base not in taken:
            return base
        return next(f"{base}-{n}" for n in range(2, len(taken) + 3) if f"{base}-{n}" not in taken)

    def scores_and_faq(self, review):
        review.scores.all().delete()
        review.faq_entries.all().delete()
        comments = self.extracted.score_comments
        scores = [
            Score(
                review=review,
                criterion=self.criterion(name),
                value=value,
                comment=comments.get(name, "")[:300],
            )
            for name, value in self.extracted.scores
        ]
        bulk_saved(Score, scores, parents=["review", "criterion"])
        entries = [
            FAQEntry(
                review=review,
                question=entry.question[:300],
                answer=entry.answer,
                position=position,
                needs_review=entry.is_question_missing,
            )
            for position, entry in enumerate(self.extracted.faq, start=1)
        ]
        bulk_saved(FAQEntry, entries, parents=["review"])

    def criterion(self, name):
        criterion = self.catalogue.find(Criterion, name)
        if criterion is None:
            self.catalogue.last_position += 1
            criterion = self.catalogue.add(
                saved(
                    Criterion(
                        name=name[:100], position=self.catalogue.last_position, is_default=False
                    )
                )
            )
            self.warn(f"“{criterion.name}” is a new scoring criterion: added to the criteria.")
        return criterion


def review_import(
    *,
    extracted: ExtractedReview,
    status: str | None,
    author,
    dry_run: bool = False,
    catalogue: Catalogue | None = None,
    import_key: str = "",
    slug: str = "",
    published_at=None,
    then=None,
) -> ImportResult:
    """Create or update the film and review a document describes, in one transaction.

    `then(review, result)`, if given, runs inside the same transaction once the review is
    saved (a WordPress post's comments and image), so a failure there undoes it all.
    """
    catalogue = catalogue if catalogue is not None else Catalogue()
    catalogue.begin()
    importer = Importer(
        extracted,
        status=status,
        author=author,
        catalogue=catalogue,
        import_key=import_key,
        slug=slug,
        published_at=published_at,
    )
    try:
        result = importer.run_atomic(then=then, dry_run=dry_run)
    except BaseException:
        catalogue.forget_pending()
        raise
    if dry_run:
        catalogue.forget_pending()
    catalogue.begin()
    return result
