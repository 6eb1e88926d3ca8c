"""Images inside a review's body, each a file of its own with renditions like a hero image."""

from django.db import models
from django.db.models import Q

from reviews.models.editorial import Review
from reviews.models.fields import renditions_field


class ReviewFigure(models.Model):
    """An image in a review's body: its <figure> names it by id (`<img data-file="id">`)."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="figures")
    image = models.ImageField(upload_to="reviews/figures/", help_text="The image in the body.")
    image_renditions = renditions_field()
    alt = models.CharField(
        max_length=255, blank=True, help_text="Describe the image for readers who cannot see it."
    )
    source_url = models.CharField(
        max_length=500,
        blank=True,
        help_text="The address the image was imported from; a re-import finds it by this.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["review", "source_url"],
                condition=~Q(source_url=""),
                name="reviewfigure_source_unique",
            )
        ]

    def __str__(self):
        return self.alt or self.image.name
