"""The editorial side: reviews, their criteria and scores, FAQ, and who writes them."""

from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import Avg, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager

from reviews.models.catalogue import Film
from reviews.models.fields import (
    half_step_check,
    one_decimal_mean,
    rating_field,
    renditions_field,
)
from reviews.models.paths import page_path
from reviews.models.review_querysets import ReviewQuerySet
from reviews.models.stars import Stars
from reviews.models.workflow import FILM_REQUIRED, WORKFLOW_PERMISSIONS, ReviewStatus
from reviews.richtext import first_words, plain_text

#: The criteria every site starts with (created by migration 0003, which keeps its own copy).
DEFAULT_CRITERIA = (
    "Direction",
    "Performance",
    "Cinematography",
    "Sound & Score",
    "Screenplay",
    "Overall Impact",
)


class CriterionQuerySet(models.QuerySet):
    def averages_for(self, *, film, now=None):
        """Criteria with the mean score (`average`) over the film's published reviews."""
        published = Review.objects.published(now).filter(film=film)
        return (
            self.filter(scores__review__in=published)
            .annotate(average=Avg("scores__value"))
            .order_by("position", "name")
        )


class Criterion(models.Model):
    """A scoring criterion such as Direction or Cinematography."""

    name = models.CharField(max_length=100, unique=True, help_text="E.g. “Cinematography”.")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Criteria are listed in this order."
    )
    is_default = models.BooleanField(
        default=True, help_text="New reviews start with a score row for this criterion."
    )

    objects = CriterionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "criteria"
        indexes = [models.Index(fields=["position", "name"], name="criterion_position_idx")]

    def __str__(self):
        return self.name


class Review(models.Model):
    class Kind(models.TextChoices):
        REVIEW = "review", "Review"
        ANALYSIS = "analysis", "Analysis"
        FEATURE = "feature", "Feature"

    Status = ReviewStatus

    film = models.ForeignKey(
        Film, on_delete=models.PROTECT, null=True, blank=True, related_name="reviews",
        help_text="The film reviewed; only a draft may wait for its film (an import's to confirm).",
    )  # fmt: skip
    headline = models.CharField(max_length=255, help_text="The review's title.")
    slug = models.SlugField(
        max_length=270, unique=True, help_text="Used in the review's URL; keep it stable."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.REVIEW)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews"
    )
    standfirst = models.TextField(
        blank=True, help_text="One or two sentences under the headline that draw readers in."
    )
    body = ProseEditorField(
        extensions={
            "Bold": True,
            "Italic": True,
            "Heading": {"levels": [2, 3]},
            "BulletList": True,
            "OrderedList": True,
            "ListItem": True,
            "Blockquote": True,
            "Table": True,
            "TableRow": True,
            "TableHeader": True,
            "TableCell": True,
            "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
            "Figure": True,
            "Caption": True,
            "Image": True,
            "HardBreak": True,
            "HorizontalRule": True,
        },
        sanitize=True,
        blank=True,
        help_text="Sections start with a heading; they make the table of contents.",
    )
    hero_image = models.ImageField(
        upload_to="reviews/", blank=True, help_text="Landscape, at least 1600 px wide."
    )
    hero_image_alt = models.CharField(
        max_length=255,
        blank=True,
        help_text="Describe the image for readers who cannot see it. Required with an image.",
    )
    hero_renditions = renditions_field()
    verdict = models.CharField(
        max_length=200, blank=True, help_text="One line that sums up the review."
    )
    rating = rating_field(
        null=True,
        blank=True,
        help_text="Final rating, 0 to 10 in steps of 0.5; shown as five stars (9 is ★★★★½).",
    )
    keywords = TaggableManager(blank=True, help_text="Comma-separated keywords.")
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text="Published with a future publish time: scheduled.",
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the review goes public. A future time schedules it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    is_featured = models.BooleanField(default=False, help_text="Shown first on the home page.")
    is_open_for_comments = models.BooleanField(default=True, help_text="Readers may leave replies.")
    body_excerpt = models.TextField(
        blank=True,
        editable=False,
        default="",
        db_default="",
        help_text="The body's first words as plain text, for cards; kept when saved.",
    )
    word_count = models.PositiveIntegerField(
        default=0,
        db_default=0,
        editable=False,
        help_text="Words in the standfirst and body, for the reading time; counted when saved.",
    )
    seo_description = models.CharField(
        max_length=300,
        blank=True,
        help_text="What search engines show under the title; the standfirst if left blank.",
    )
    search_vector = SearchVectorField(null=True, editable=False)
    consistency_warnings = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="What reviews.consistency found when the review was last saved.",
    )
    import_key = models.CharField(
        db_default="",
        max_length=255,
        blank=True,
        editable=False,
        help_text="Where an import found this review (a WordPress post's GUID), to update it.",
    )
    imported_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When an import last wrote this review; a later change is an editor's.",
    )
    import_fingerprint = models.CharField(
        db_default="",
        max_length=64,
        blank=True,
        editable=False,
        help_text="SHA-256 of the document last imported into this review.",
    )

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        permissions = WORKFLOW_PERMISSIONS
        indexes = [
            models.Index(fields=["status", "-published_at"], name="review_status_published_idx"),
            models.Index(fields=["-published_at", "-id"], name="review_published_at_idx"),
            models.Index(fields=["kind"], name="review_kind_idx"),
            models.Index(fields=["is_featured", "-published_at"], name="review_featured_idx"),
            models.Index(fields=["-updated_at"], name="review_updated_at_idx"),
            # PostgreSQL only (see reviews.migration_operations).
            GinIndex(fields=["search_vector"], name="review_search_idx"),
        ]
        constraints = [
            half_step_check("rating", "review_rating_half_steps"),
            models.CheckConstraint(
                condition=Q(status__in=ReviewStatus.values), name="review_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="review_published_has_time",
                violation_error_message="A published review needs a publish time.",
            ),
            models.CheckConstraint(
                condition=Q(film__isnull=False) | Q(status=ReviewStatus.DRAFT),
                name="review_film_unless_draft",
                violation_error_message=FILM_REQUIRED,
            ),
            models.CheckConstraint(
                condition=Q(hero_image="") | ~Q(hero_image_alt=""),
                name="review_hero_image_has_alt",
                violation_error_message="Describe the hero image in its alt text.",
            ),
            models.UniqueConstraint(
                fields=["import_key"],
                condition=~Q(import_key=""),
                name="review_import_key_unique",
            ),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"body", "standfirst"} & set(update_fields):
            self.count_words()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "body_excerpt", "word_count"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_path("reviews:review-detail", slug=self.slug)

    def get_preview_url(self):
        return reverse("reviews:review-preview", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.film_id is None and self.status != ReviewStatus.DRAFT:
            raise ValidationError({"film": FILM_REQUIRED})

    def count_words(self):
        """Keep what cards and the reading time need of the body, so pages never parse it."""
        self.body_excerpt = first_words(self.body_text(headings=False))
        self.word_count = len(self.standfirst.split()) + len(self.body_text().split())

    def body_text(self, *, headings=True):
        """The body as plain text, blocks separated, for excerpts, reading time and search."""
        return plain_text(self.body, headings=headings)

    def reading_minutes(self, words_per_minute=230):
        words = self.word_count or len(self.standfirst.split()) + len(self.body_text().split())
        return max(1, round(words / words_per_minute))

    def excerpt(self, words=30):
        """The start of the body (or the standfirst) cut to `words`, ending in "…"."""
        text = self.body_excerpt or (not self.word_count and self.body_text(headings=False))
        return Truncator(text or self.standfirst).words(words, truncate="…")

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def modified_at(self):
        """When readers last saw a change: never before the review appeared."""
        if self.published_at is None:
            return self.updated_at
        return max(self.updated_at, self.published_at)

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    # What the comments app asks of the object it is attached to.
    @property
    def comments_enabled(self):
        return self.is_open_for_comments and self.is_published

    @property
    def comments_opened_at(self):
        """Comments may close N days after this (ModerationSettings.close_after_days)."""
        return self.published_at

    def comment_notification_emails(self):
        """Who hears when a comment on this review is approved: its author."""
        return [self.author.email] if self.author.email else []

    @property
    def byline(self):
        """The author's public display name, else their full name; never a login or e-mail."""
        try:
            return self.author.author_profile.display_name
        except ObjectDoesNotExist:
            # A username may well be an e-mail address: it is not for the public.
            return self.author.get_full_name() or "The editors"

    @property
    def byline_url(self):
        """The author's page, when they have a public profile; else None."""
        try:
            return self.author.author_profile.get_absolute_url()
        except ObjectDoesNotExist:
            return None

    @staticmethod
    def average_rating(reviews):
        """Mean final rating of `reviews` (already loaded), to one decimal, or None."""
        return one_decimal_mean([r.rating for r in reviews if r.rating is not None])

    def criteria_average(self):
        """Mean of the per-criterion scores (from prefetched scores when present)."""
        return one_decimal_mean([s.value for s in self.scores.all() if s.value is not None])

    def rating_disagrees_with_scores(self, tolerance=Decimal(1)):
        """True when the final rating is more than `tolerance` away from the scores' mean."""
        average = self.criteria_average()
        if average is None or self.rating is None:
            return False
        return abs(average - self.rating) > tolerance

    @property
    def stars(self):
        """The rating as five stars: full, half and empty counts (9/10 is 4, 1, 0)."""
        return Stars.from_rating(self.rating)


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="scores")
    value = rating_field(help_text="0 to 10 in steps of 0.5.")
    comment = models.CharField(
        max_length=300, blank=True, help_text="A few words on the score, shown beside it."
    )

    class Meta:
        ordering = ["criterion__position", "criterion__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "criterion"],
                name="score_one_per_criterion",
                violation_error_message="This review already has a score for this criterion.",
            ),
            half_step_check("value", "score_value_half_steps"),
        ]
        indexes = [models.Index(fields=["criterion"], name="score_criterion_idx")]

    def __str__(self):
        return f"{self.criterion}: {self.value}/10"


class FAQEntry(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="faq_entries")
    question = models.CharField(max_length=300, help_text="Phrase it as readers would ask it.")
    answer = models.TextField(help_text="A short, direct answer.")
    position = models.PositiveSmallIntegerField(default=0, help_text="Questions in this order.")
    needs_review = models.BooleanField(
        default=False,
        help_text="Imported with something missing (such as the question); hidden until cleared.",
    )

    class Meta:
        ordering = ["review", "position", "pk"]
        verbose_name = "FAQ entry"
        verbose_name_plural = "FAQ entries"
        indexes = [models.Index(fields=["review", "position"], name="faq_review_position_idx")]

    def __str__(self):
        return self.question
