"""The newsroom workflow's data: review statuses, the permissions to move them, each move."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

#: Review.Meta.permissions: one per kind of move (reviews.workflow), and editing others' reviews.
WORKFLOW_PERMISSIONS = [
    ("submit_review", "Can submit reviews for an editor's review"),
    ("approve_review", "Can approve submitted reviews or request changes"),
    ("publish_review", "Can publish, schedule and unpublish reviews"),
    ("change_any_review", "Can edit reviews by any author"),
]


#: Why a review without its film stays a draft (an import may leave the film to an editor).
FILM_REQUIRED = "Choose the review's film before it leaves draft."


class ReviewStatus(models.TextChoices):
    """Where a review is in the newsroom's workflow (reviews.workflow moves it on)."""

    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"


class ReviewTransition(models.Model):
    """One move of a review from one status to another (reviews.services makes them)."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(
        max_length=20, choices=ReviewStatus.choices, help_text="The status the review left."
    )
    to_status = models.CharField(
        max_length=20, choices=ReviewStatus.choices, help_text="The status the review reached."
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who moved it; blank when the site itself did (an import, a command).",
    )
    at = models.DateTimeField(default=timezone.now, help_text="When it was moved.")
    note = models.TextField(
        blank=True, help_text="What the editor asked for, or any word that came with the move."
    )

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["review", "-at"], name="reviewtransition_review_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(to_status__in=ReviewStatus.values),
                name="reviewtransition_to_status_valid",
            ),
        ]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
