"""Relations worked out from the catalogue and the reviews (by reviews.relations), kept so
pages read them with one indexed lookup."""

from django.db import models

from reviews.models.catalogue import Film


class SimilarReview(models.Model):
    """One of a review's most similar published reviews, kept by reviews.relations.

    Worked out when either review changes, so a review's page reads its "Similar Posts" with
    one indexed lookup instead of scoring every review on the site.
    """

    # Review by name: its querysets read these links, so this module cannot import it.
    review = models.ForeignKey("Review", on_delete=models.CASCADE, related_name="similar_links")
    similar = models.ForeignKey("Review", on_delete=models.CASCADE, related_name="similar_to_links")
    score = models.PositiveIntegerField(help_text="Shared people and keywords count 2, genres 1.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "similar"], name="similarreview_unique_pair"),
        ]
        # The lists a review appears in, to mend them when it changes.
        indexes = [models.Index(fields=["similar"], name="similarreview_similar_idx")]

    def __str__(self):
        return f"{self.review_id} ~ {self.similar_id} ({self.score})"


class RelatedFilm(models.Model):
    """One of a film's most related films (same franchise, most shared genres), kept by
    reviews.relations so film and review pages read "Related Movies" with one lookup."""

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="related_to_links")
    score = models.PositiveIntegerField(
        help_text="1000 for the same franchise, plus shared genres."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["film", "related"], name="relatedfilm_unique_pair"),
        ]
        indexes = [models.Index(fields=["related"], name="relatedfilm_related_idx")]

    def __str__(self):
        return f"{self.film_id} ~ {self.related_id} ({self.score})"
