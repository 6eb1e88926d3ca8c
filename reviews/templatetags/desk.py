"""The editors' desk on the admin index (reviews.desk)."""

from django import template

from reviews import desk

register = template.Library()


@register.inclusion_tag("admin/reviews/_desk.html", takes_context=True)
def review_desk(context):
    """The signed-in person's review sections: one query each, whatever the data."""
    return {"sections": desk.sections_for(context["request"].user)}
