"""Five-star rendering of a 0-10 rating."""

from decimal import ROUND_HALF_UP, Decimal


class Stars:
    """Five-star rendering of a 0-10 rating."""

    def __init__(self, full, half, empty):
        self.full, self.half, self.empty = full, half, empty

    @classmethod
    def from_rating(cls, rating):
        if rating is None:
            return None
        # 10 points are 5 stars, so a point is a half star; 8.5 rounds up to 4.5 stars.
        half_stars = int(Decimal(rating).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        full, half = divmod(half_stars, 2)
        return cls(full, half, 5 - full - half)

    def __str__(self):
        return "★" * self.full + "½" * self.half + "☆" * self.empty
