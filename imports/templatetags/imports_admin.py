"""Imports with a decision to make, on the editors' desk (the admin index)."""

from django import template
from django.urls import reverse

from imports.models import FilmToConfirm, ImportBatch

register = template.Library()

#: Rows shown of each kind; the rest are on the films to confirm and import pages.
SHOWN = 6


def import_decisions(user):
    """What imports wait on `user` for, as (label, url): films to confirm, then batches to
    confirm or try again. Two queries, whatever the number of imports."""
    decisions = []
    if user.has_perm("imports.view_filmtoconfirm"):
        films = FilmToConfirm.objects.pending().select_related("review").order_by("created_at")
        decisions += [
            (f"Film to confirm: {row.review.headline}", _film_url(row))
            for row in films.only("pk", "review__headline")[:SHOWN]
        ]
    batches = ImportBatch.objects.for_user(user).needing_attention().order_by("-created_at")
    decisions += [
        (f"Import #{batch.pk}: {batch.get_status_display()}", _batch_url(batch))
        for batch in batches.only("pk", "status", "created_at")[:SHOWN]
    ]
    return decisions


def _film_url(row):
    return reverse("admin:imports_filmtoconfirm_change", args=[row.pk])


def _batch_url(batch):
    return reverse("admin:reviews_review_import_batch", args=[batch.pk])


@register.inclusion_tag("admin/imports/_desk.html", takes_context=True)
def import_desk(context):
    """Imports with decisions to make, for editors (who may import reviews)."""
    user = context["request"].user
    if not user.has_perm("reviews.change_any_review"):  # as the import form asks
        return {"decisions": None}
    return {"decisions": import_decisions(user)}
