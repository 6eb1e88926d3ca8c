"""The public face of the people who write reviews."""

from django.conf import settings
from django.db import models

from reviews.models.editorial import Review
from reviews.models.fields import renditions_field
from reviews.models.paths import page_path
from reviews.slugs import unique_slug


class AuthorProfileQuerySet(models.QuerySet):
    def with_published_reviews(self):
        """Authors a reader can meet: those with a published review. A staff account's
        profile (an editor who only edits) has no public page to give its name away."""
        published = Review.objects.published().filter(author_id=models.OuterRef("user_id"))
        return self.filter(models.Exists(published))


class AuthorProfile(models.Model):
    """The public face of a user who writes reviews."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="author_profile"
    )
    display_name = models.CharField(max_length=150, help_text="The name shown on bylines.")
    slug = models.SlugField(
        max_length=170,
        unique=True,
        blank=True,
        help_text="Used in the author's URL. Left blank, it is made from the display name.",
    )
    bio = models.TextField(blank=True, max_length=1000, help_text="Two or three sentences.")
    avatar = models.ImageField(upload_to="authors/", blank=True, help_text="A square portrait.")
    avatar_renditions = renditions_field()

    objects = AuthorProfileQuerySet.as_manager()

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.display_name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_path("reviews:author-detail", slug=self.slug)
