"""What several models share: the 0-10 scale in half steps, year bounds, image renditions."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

#: Ratings and scores are 0 to 10 in steps of 0.5.
HALF_STEPS = [Decimal(n) / 2 for n in range(21)]
MIN_BIRTH_YEAR, MAX_YEAR = 1800, 2200
MIN_FILM_YEAR = 1870


def half_step_validator(value):
    if value is not None and Decimal(value) not in HALF_STEPS:
        raise ValidationError(
            "Use a value from 0 to 10 in steps of 0.5 (for example 7, 7.5 or 8).",
            code="half_step",
        )


def rating_field(**kwargs):
    return models.DecimalField(
        max_digits=3,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(10), half_step_validator],
        **kwargs,
    )


def half_step_check(field, name):
    """A named constraint that keeps `field` on the 0-10 scale in steps of 0.5."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__in": HALF_STEPS}),
        name=name,
        violation_error_message="Use a value from 0 to 10 in steps of 0.5.",
    )


def renditions_field():
    """Sizes and formats made once from an uploaded image (see reviews.images)."""
    return models.JSONField(default=dict, blank=True, editable=False)


def one_decimal_mean(values):
    """The mean of ratings or scores `values`, to one decimal as pages show it; or None."""
    if not values:
        return None
    return (sum(values) / len(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
