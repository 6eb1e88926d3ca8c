"""What a version keeps beside django-reversion's own data: the object's tags."""

from django.db import models


class VersionTags(models.Model):
    """The tags (django-taggit: a review's keywords) an object had when a version of it was
    kept. Taggit does not serialize them into the version, so reviews.revisions.tags records
    them here when the revision is saved. A version without a row predates this: its tags
    are unknown, and reverting to it leaves the current ones."""

    version = models.OneToOneField(
        "reversion.Version",
        on_delete=models.CASCADE,
        related_name="tags_kept",
        help_text="The version these tags belong to.",
    )
    names = models.JSONField(
        default=dict,
        help_text="Each tag manager's name (keywords) and the tag names it held, sorted.",
    )

    class Meta:
        verbose_name = "version's tags"
        verbose_name_plural = "versions' tags"

    def __str__(self):
        return f"Tags of version {self.version_id}"
