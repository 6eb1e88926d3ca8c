"""Cards, info lines and ratings shared by every public page; they read prefetched data only."""

from django import template

from reviews.facts import facts_of
from reviews.models import Stars

register = template.Library()


@register.inclusion_tag("includes/_stars.html")
def stars(rating, *, size=""):
    return {"stars": Stars.from_rating(rating), "rating": rating, "size": size}


@register.inclusion_tag("includes/_film_info_line.html")
def film_info_line(film, *, cast=4):
    facts = facts_of(film)
    return {"facts": facts, "cast": facts.top_cast(cast)}


@register.inclusion_tag("includes/_review_card.html")
def review_card(review, *, heading="h3"):
    return {"review": review, "heading": heading}


@register.inclusion_tag("includes/_film_card.html")
def film_card(film):
    return {"film": film}


@register.filter
def score_bar(value):
    """The class that draws a score (0 to 10) as a bar, in half points.

    A class, not a style attribute: the Content-Security-Policy allows no inline style.
    """
    steps = round(float(value or 0) * 2)
    return f"score-bar-{min(max(steps, 0), 20)}"
