"""Visitors' comments on any object, their moderation history and the moderation settings.

The app knows nothing of what it is attached to beyond a content type and a primary key;
the host app (reviews) decides where the form appears and who hears about new comments.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.db.models import Case, Count, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast, Coalesce, Upper

from comments.text import as_html
from pagecache.local import per_generation

#: Limits as WordPress enforces them (wp_get_comment_fields_max_lengths).
NAME_MAX_LENGTH = 245
EMAIL_MAX_LENGTH = 100
URL_MAX_LENGTH = 200
TEXT_MAX_LENGTH = 65525
USER_AGENT_MAX_LENGTH = 255

#: The moderation queue's first sort key: pending comments before all others.
PENDING_FIRST = Case(When(status="pending", then=Value(0)), default=Value(1))
#: The whole queue's order, which comment_queue_order_idx serves without sorting.
QUEUE_ORDERING = [PENDING_FIRST.asc(), "-submitted_at", "-pk"]


class CommentQuerySet(models.QuerySet):
    def for_object(self, obj):
        """Comments attached to `obj`, whatever their status."""
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_pk=str(obj.pk)
        )

    def approved(self):
        """Comments everyone may see."""
        return self.filter(status=Comment.Status.APPROVED)

    def approved_count_for(self, model):
        """For annotate(): how many approved comments each row of `model` has (0 for none).

        A correlated count over comment_object_status_idx, for any model that takes comments.
        """
        counted = (
            self.approved()
            .filter(
                content_type_id=ContentType.objects.get_for_model(model).pk,
                object_pk=Cast(OuterRef("pk"), models.CharField()),
            )
            .order_by()
            .values("content_type")
            .annotate(count=Count("*"))
            .values("count")
        )
        return Coalesce(Subquery(counted), 0)

    def pending(self):
        """Comments waiting for a moderator."""
        return self.filter(status=Comment.Status.PENDING)

    def visible_to(self, *, comment_ids=()):
        """Approved comments plus the visitor's own pending ones (by id, from their session)."""
        return self.filter(
            Q(status=Comment.Status.APPROVED)
            | Q(status=Comment.Status.PENDING, pk__in=list(comment_ids))
        )

    def queue(self):
        """Every comment for moderators: pending first, then newest first."""
        return self.order_by(*QUEUE_ORDERING)

    def by_email(self, email):
        """Every comment written under `email`, case-insensitively (for export and erasure)."""
        return self.filter(author_email__iexact=email.strip())


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        SPAM = "spam", "Spam"
        TRASH = "trash", "Trash"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_pk = models.CharField(max_length=64, help_text="Primary key of the commented object.")
    content_object = GenericForeignKey("content_type", "object_pk")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        # Replies are never deleted with the comment they answer: comment_delete moves them.
        on_delete=models.PROTECT,
        related_name="replies",
        help_text="The comment this one replies to.",
    )
    depth = models.PositiveSmallIntegerField(
        default=0, help_text="0 for a top-level comment, 1 for a reply, and so on."
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        help_text="Set when a logged-in user wrote the comment.",
    )
    author_name = models.CharField("name", max_length=NAME_MAX_LENGTH)
    author_email = models.EmailField(
        "email",
        max_length=EMAIL_MAX_LENGTH,
        blank=True,
        help_text="Never shown publicly. Blank once the author's data has been erased.",
    )
    author_url = models.URLField(
        "website",
        max_length=URL_MAX_LENGTH,
        blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
    )
    text = models.TextField("comment", max_length=TEXT_MAX_LENGTH)
    text_html = models.TextField(
        editable=False,
        blank=True,
        default="",
        db_default="",
        help_text="The text as pages show it (escaped, links, line breaks), made when saved.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    status_reason = models.CharField(
        max_length=255,
        blank=True,
        help_text="Why the comment has its status, e.g. “held: 2 links”.",
    )
    ip_address = models.GenericIPAddressField(
        null=True, blank=True, help_text="Kept for moderation only; anonymized after retention."
    )
    user_agent = models.CharField(max_length=USER_AGENT_MAX_LENGTH, blank=True)
    wants_reply_notification = models.BooleanField(
        default=False, help_text="The author asked to be e-mailed when someone replies."
    )
    submitted_at = models.DateTimeField(db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    import_key = models.CharField(
        db_default="",
        max_length=255,
        blank=True,
        editable=False,
        help_text="The comment's identity in the site it was imported from, to update it.",
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["submitted_at", "pk"]
        permissions = [("moderate_comment", "Can moderate comments")]
        indexes = [
            # A page's approved comments, oldest first, and its counts.
            models.Index(
                fields=["content_type", "object_pk", "status", "submitted_at"],
                name="comment_object_status_idx",
            ),
            # The moderation queue: one status, newest first.
            models.Index(fields=["status", "-submitted_at"], name="comment_queue_idx"),
            # The unfiltered queue (QUEUE_ORDERING): pending first, then newest first.
            models.Index(
                PENDING_FIRST,
                F("submitted_at").desc(),
                F("id").desc(),
                name="comment_queue_order_idx",
            ),
            # Returning commenters, duplicates and flood control by e-mail, export and erasure.
            models.Index(fields=["author_email", "submitted_at"], name="comment_email_idx"),
            # by_email() matches case-insensitively, as UPPER(author_email) on PostgreSQL.
            models.Index(Upper("author_email"), F("submitted_at"), name="comment_email_ci_idx"),
            # Flood control by IP address, and anonymization after retention.
            models.Index(fields=["ip_address", "submitted_at"], name="comment_ip_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "approved", "spam", "trash"]),
                name="comment_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(text=""),
                name="comment_text_not_blank",
                violation_error_message="The comment is empty.",
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True, depth=0) | Q(parent__isnull=False, depth__gt=0),
                name="comment_depth_matches_parent",
            ),
            models.UniqueConstraint(
                fields=["import_key"],
                condition=~Q(import_key=""),
                name="comment_import_key_unique",
            ),
        ]

    def __str__(self):
        return f"{self.author_name}: {self.text[:50]}"

    def save(self, *args, **kwargs):
        self.text_html = as_html(self.text)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "text" in update_fields:
            kwargs["update_fields"] = {*update_fields, "text_html"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The comment where readers find it: on the right comments page, at its anchor."""
        from comments.threads import comment_path  # threads builds on this module

        return comment_path(self, target=self.content_object)

    @property
    def anchor(self):
        return f"comment-{self.pk}"

    def changes_pages(self, *, created, update_fields=None):
        """Whether saving or deleting this comment changes what readers see.

        Only a new comment nobody but its author sees (held, spam) leaves pages as they
        were: a flood of spam must not end the page cache's generation.
        """
        return not created or self.status == Comment.Status.APPROVED


class StatusChange(models.Model):
    """One change of a comment's status: who, when, from what to what, and why."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=10, choices=Comment.Status.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=Comment.Status.choices)
    reason = models.CharField(max_length=255, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when the moderation policy decided.",
    )
    changed_at = models.DateTimeField()

    class Meta:
        ordering = ["changed_at", "pk"]
        indexes = [models.Index(fields=["comment", "changed_at"], name="status_change_comment_idx")]

    def __str__(self):
        return f"{self.from_status or 'new'} → {self.to_status}"


class ModerationSettingsQuerySet(models.QuerySet):
    def current(self):
        """The saved settings, or the defaults when none were saved: reading never writes.

        Remembered per page generation, which saving the settings ends: every page reads them.
        The admin's page saves the defaults as the one row (pk 1) the first time.
        """
        return per_generation("comments.moderation_settings", self._saved_or_defaults)

    def _saved_or_defaults(self):
        return self.filter(pk=1).first() or self.model(pk=1)


class ModerationSettings(models.Model):
    """The site's discussion settings, as WordPress's Settings → Discussion; one row."""

    class Approval(models.TextChoices):
        RETURNING = "returning", "Approve commenters with an earlier approved comment"
        MANUAL = "manual", "Every comment waits for a moderator"

    approval = models.CharField(
        max_length=10,
        choices=Approval.choices,
        default=Approval.RETURNING,
        help_text="Logged-in staff are always approved at once.",
    )
    link_threshold = models.PositiveSmallIntegerField(
        default=2,
        validators=[MinValueValidator(1)],
        help_text="Hold a comment in the queue if it contains this many links or more.",
    )
    moderation_words = models.TextField(
        blank=True,
        help_text="One word, name, e-mail, URL or IP per line: a comment containing one is "
        "held for moderation. Matched case-insensitively inside words.",
    )
    disallowed_words = models.TextField(
        blank=True,
        help_text="One per line: a comment containing one goes to spam. Checked in the name, "
        "e-mail, website, text, IP address and browser.",
    )
    max_depth = models.PositiveSmallIntegerField(
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text="Replies nest this many levels deep.",
    )
    close_after_days = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Close comments on items older than this many days (14 is usual). "
        "Empty: never close automatically.",
    )
    notify_author_on_approval = models.BooleanField(
        default=True, help_text="E-mail the item's author when a comment on it is approved."
    )
    ip_retention_days = models.PositiveSmallIntegerField(
        default=90,
        validators=[MinValueValidator(1)],
        help_text="Commenters' IP addresses are anonymized after this many days.",
    )

    objects = ModerationSettingsQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "moderation settings"
        constraints = [
            models.CheckConstraint(condition=Q(pk=1), name="moderation_settings_single_row"),
        ]

    def __str__(self):
        return "Moderation settings"

    @staticmethod
    def word_list(text):
        return [line.strip().lower() for line in text.splitlines() if line.strip()]
