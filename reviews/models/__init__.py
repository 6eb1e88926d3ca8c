"""Films, the people who make them, and the reviews the publication writes about them.

One module per concern, every public name re-exported here (`from reviews.models import Film`):

- catalogue: Person, Genre, Country, Studio, Franchise, Film and its queryset, Credit
- editorial: Criterion, Review, Score, FAQEntry; stars: Stars
- authors: AuthorProfile, the public face of a review's author
- figures: ReviewFigure, an image in a review's body
- workflow: ReviewStatus, and ReviewTransition: each move of a review between statuses
- revisions: VersionTags, the tags (keywords) a version kept beside reversion's data
- review_querysets: how reviews are read (ReviewQuerySet)
- derived: SimilarReview and RelatedFilm, kept by reviews.relations
- fields, expressions, paths: the rating scale and field factories, shared query pieces,
  page paths
"""

from reviews.models.authors import AuthorProfile
from reviews.models.catalogue import (
    FRANCHISE_SCORE,
    Country,
    Credit,
    Film,
    FilmQuerySet,
    Franchise,
    Genre,
    Person,
    Studio,
)
from reviews.models.derived import RelatedFilm, SimilarReview
from reviews.models.editorial import (
    DEFAULT_CRITERIA,
    Criterion,
    CriterionQuerySet,
    FAQEntry,
    Review,
    Score,
)
from reviews.models.expressions import SubqueryCount, count_subquery, either
from reviews.models.fields import (
    HALF_STEPS,
    MAX_YEAR,
    MIN_BIRTH_YEAR,
    MIN_FILM_YEAR,
    half_step_check,
    half_step_validator,
    rating_field,
    renditions_field,
)
from reviews.models.figures import ReviewFigure
from reviews.models.paths import page_path
from reviews.models.review_querysets import NEWEST, ReviewQuerySet
from reviews.models.revisions import VersionTags
from reviews.models.stars import Stars
from reviews.models.workflow import ReviewStatus, ReviewTransition

__all__ = [
    "DEFAULT_CRITERIA",
    "FRANCHISE_SCORE",
    "HALF_STEPS",
    "MAX_YEAR",
    "MIN_BIRTH_YEAR",
    "MIN_FILM_YEAR",
    "NEWEST",
    "AuthorProfile",
    "Country",
    "Credit",
    "Criterion",
    "CriterionQuerySet",
    "FAQEntry",
    "Film",
    "FilmQuerySet",
    "Franchise",
    "Genre",
    "Person",
    "RelatedFilm",
    "Review",
    "ReviewFigure",
    "ReviewQuerySet",
    "ReviewStatus",
    "ReviewTransition",
    "Score",
    "SimilarReview",
    "Stars",
    "Studio",
    "SubqueryCount",
    "VersionTags",
    "count_subquery",
    "either",
    "half_step_check",
    "half_step_validator",
    "page_path",
    "rating_field",
    "renditions_field",
]
