"""Imports with a decision to make, on the editors' desk (the admin index)."""

from django import template
from django.urls import reverse

from imports.models import ImportBatch

register = template.Library()

#: Rows shown; the rest are a click away on each batch's page.
SHOWN = 6


def import_decisions(user):
    """The desk's hook for imports waiting on `user`: one query, a list of (label, url).

    Today the batches waiting for confirmation or failed. Films an import could not decide
    ("films to confirm", h-identity's FilmToConfirm.objects.pending()) belong here too: one
    more query, each linking to its review or its admin page.
    """
    batches = ImportBatch.objects.for_user(user).needing_attention().order_by("-created_at")
    return [
        (f"Import #{batch.pk}: {batch.get_status_display()}", _batch_url(batch))
        for batch in batches.only("pk", "status", "created_at")[:SHOWN]
    ]


def _batch_url(batch):
    return reverse("admin:reviews_review_import_batch", args=[batch.pk])


@register.inclusion_tag("admin/imports/_desk.html", takes_context=True)
def import_desk(context):
    """Imports with decisions to make, for editors (who may import reviews)."""
    user = context["request"].user
    if not user.has_perm("reviews.change_any_review"):  # as the import form asks
        return {"decisions": None}
    return {"decisions": import_decisions(user)}
