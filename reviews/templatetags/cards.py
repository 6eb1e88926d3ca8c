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
