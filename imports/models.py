"""Documents an editor pasted or uploaded in the admin, kept from preview to import."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from reviews.models import Review

#: The statuses an import may give new reviews; the workflow's other steps are editors' moves.
IMPORT_STATUSES = [(s.value, s.label) for s in (Review.Status.DRAFT, Review.Status.PUBLISHED)]


class ImportBatchQuerySet(models.QuerySet):
    def for_user(self, user):
        """The batches `user` may see and confirm: their own, or all of them for a superuser."""
        return self if user.is_superuser else self.filter(created_by=user)

    def needing_attention(self):
        """Batches waiting for someone: a preview to confirm, or a failure to try again."""
        return self.filter(status__in=[ImportBatch.Status.PREVIEWED, ImportBatch.Status.FAILED])

    def created_before(self, moment):
        """Batches created before `moment`: imported or abandoned, to be cleared away."""
        return self.filter(created_at__lt=moment)

    def retryable(self, *, stalled_before):
        """Batches whose preview or import failed, or stopped (no news since `stalled_before`)."""
        stalled = Q(status__in=ImportBatch.WORKING, updated_at__lt=stalled_before)
        return self.filter(stalled | Q(status=ImportBatch.Status.FAILED))


class ImportBatch(models.Model):
    """Documents an editor pasted or uploaded in the admin, kept from preview to confirmation.

    In the database, not on disk or in a session: the worker previews and imports them, and
    the pages that follow it may be served by different web processes. previewing →
    previewed → (confirmed) importing → done; either working state may end failed, and trying
    again previews the documents anew (imports.batches).
    """

    class Status(models.TextChoices):
        PREVIEWING = "previewing", "Being previewed"
        PREVIEWED = "previewed", "Waiting for confirmation"
        IMPORTING = "importing", "Importing"
        DONE = "done", "Imported"
        FAILED = "failed", "Failed"

    #: The states in which a task is (or should be) working on the batch.
    WORKING = (Status.PREVIEWING, Status.IMPORTING)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="import_batches",
        help_text="The editor who uploaded the documents; only they can see and confirm them.",
    )
    created_at = models.DateTimeField(
        default=timezone.now, help_text="Batches are deleted a day later, imported or not."
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.PREVIEWING,
        help_text="Changed only from the state it was read in, so a second click imports nothing.",
    )
    attempt = models.PositiveIntegerField(
        default=1,
        help_text="Counts the previews and imports asked for; a task works only while its "
        "number is the batch's, so one left behind by a retry stops.",
    )
    updated_at = models.DateTimeField(
        default=timezone.now,
        help_text="When the work last moved on (asked for, a document imported, finished): "
        "a preview or import with no news for a long while has stopped.",
    )
    documents_done = models.PositiveIntegerField(
        default=0, help_text="Documents the import has finished so far, for its page to show."
    )
    review_status = models.CharField(
        max_length=10,
        choices=IMPORT_STATUSES,
        blank=True,
        help_text="The status new reviews get; blank: drafts, but WordPress posts keep theirs.",
    )
    include_non_reviews = models.BooleanField(
        default=False,
        help_text="Import documents and posts that are not reviews too (by default they are "
        "reported and left out).",
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The editor who confirmed the import: the author of its new reviews.",
    )
    preview = models.JSONField(
        default=list,
        blank=True,
        help_text="One row per document: what confirming would do, as the preview found it.",
    )
    report = models.JSONField(
        default=list, blank=True, help_text="One row per document, as the import left it."
    )
    film_choices = models.JSONField(
        default=dict,
        blank=True,
        help_text="The films the editor picked in the preview, by document number: a film's "
        'id, or "new" for a new film. The import honours them.',
    )
    error = models.TextField(
        blank=True, help_text="Why the preview or import failed, in words for the editor."
    )

    objects = ImportBatchQuerySet.as_manager()

    class Meta:
        # The table the model had in reviews, kept so the move to this app was no database
        # change at all (imports/migrations/0001_import_batch_from_reviews.py).
        db_table = "reviews_importbatch"
        indexes = [models.Index(fields=["created_at"], name="importbatch_created_at_idx")]
        # An export brings its authors (as users without passwords) and readers' comments.
        permissions = [("import_wordpress", "Can import WordPress exports, authors and comments")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["previewing", "previewed", "importing", "done", "failed"]),
                name="importbatch_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(review_status__in=["", "draft", "published"]),
                name="importbatch_review_status_valid",
            ),
        ]

    def __str__(self):
        return f"Import #{self.pk} by {self.created_by_id}"

    def has_stalled(self, *, before) -> bool:
        """Whether a task should be working on the batch but has had no news since `before`."""
        return self.status in self.WORKING and self.updated_at < before


class ImportFile(models.Model):
    """One pasted or uploaded document of an import batch, as bytes; deleted once imported."""

    # The unique (batch, position) index serves the foreign key too.
    batch = models.ForeignKey(
        ImportBatch, on_delete=models.CASCADE, related_name="files", db_index=False
    )
    name = models.CharField(
        max_length=255, help_text="The uploaded file's name, or what was pasted."
    )
    data = models.BinaryField(help_text="The document exactly as uploaded (none if skipped).")
    problem = models.CharField(
        max_length=255,
        blank=True,
        help_text="Why the document will be skipped (too large, not text); its bytes are not kept.",
    )
    position = models.PositiveSmallIntegerField(help_text="Documents are imported in this order.")

    class Meta:
        db_table = "reviews_importfile"  # as ImportBatch's
        ordering = ["batch", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["batch", "position"], name="importfile_unique_batch_position"
            )
        ]

    def __str__(self):
        return self.name


class FilmToConfirmQuerySet(models.QuerySet):
    def pending(self):
        """The reviews whose film an editor has still to confirm."""
        return self.filter(status=FilmToConfirm.Status.PENDING)


class FilmToConfirm(models.Model):
    """A review whose film the importer could not decide: the candidates and the evidence
    for and against each, until an editor settles it (its admin page, `manage.py settle_film`,
    or changing the review's film by hand).

    The review is saved as a draft on a provisional film meanwhile (the import's report says
    which and why), or with no film at all when no catalogue film is a candidate and the
    document's title is too weak to make one under ("title to confirm": `titles` holds the
    readings); nothing the document says about its film is applied to any film until then.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Film to confirm"
        SETTLED = "settled", "Settled"

    review = models.OneToOneField(
        Review,
        on_delete=models.CASCADE,
        related_name="film_to_confirm",
        help_text="The imported review, a draft on a provisional film (or none) until settled.",
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.PENDING,
        help_text="Settled once an editor chose the film or a new one.",
    )
    explanation = models.TextField(help_text="Why the importer did not decide, for the editor.")
    candidates = models.JSONField(
        default=list,
        blank=True,
        help_text="The catalogue films considered, best first, with the evidence for and "
        "against each: [{film_id, film, score, for, against, ruled_out}].",
    )
    titles = models.JSONField(
        default=list,
        blank=True,
        help_text="With no film: the titles the document could name, best first (a new film "
        "is made under the one the editor gives).",
    )
    facts = models.JSONField(
        default=dict,
        blank=True,
        help_text="What the document says about its film, to make a new film from if chosen.",
    )
    created_at = models.DateTimeField(default=timezone.now, help_text="When it was imported.")
    settled_at = models.DateTimeField(null=True, blank=True, help_text="When it was settled.")

    objects = FilmToConfirmQuerySet.as_manager()

    class Meta:
        verbose_name = "film to confirm"
        verbose_name_plural = "films to confirm"
        indexes = [models.Index(fields=["status", "created_at"], name="filmtoconfirm_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "settled"]), name="filmtoconfirm_status_valid"
            )
        ]

    def __str__(self):
        return f"Film to confirm for review #{self.review_id}"
