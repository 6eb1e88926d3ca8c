"""The admin's "Import reviews" pages: paste or upload documents, preview, confirm.

They belong to the review admin (/admin/reviews/review/import/, and its changelist's
"Import reviews" button), which this module registers again with them added, so reviews
knows nothing of the importer. The documents wait in an `ImportBatch` between the pages;
the batch services (`imports.batches`) hand the preview and the import to the worker,
and the batch's page follows it: it refreshes itself while the work goes on, then shows the
stored preview or report, or why the work failed, with a button to try again.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import ngettext

from imports.admin_confirmations import pending_for_review
from imports.batches import (
    STALLED_AFTER,
    BatchRow,
    BatchStateChanged,
    import_batch_confirm,
    import_batch_create,
    import_batch_has_stalled,
    import_batch_retry,
    import_batch_rows,
)
from imports.confirmations import film_to_confirm_settle_by_hand
from imports.forms import ImportForm
from imports.models import ImportBatch
from imports.runs import totals
from reviews.admin import ReviewAdmin
from reviews.models import Review
from reviews.workflow import CHANGE_ANY

#: What each outcome is called before the import, and after it.
PREVIEW_OUTCOMES = {
    "created": "Will be created",
    "updated": "Will update a review",
    "unchanged": "Already imported: no change",
    "kept": "Kept: changed here since its import",
    "omitted": "Omitted (in WordPress's trash, or not a review)",
    "skipped": "Will be skipped",
    "failed": "Will fail",
}
#: The batch page's title in each state (one that failed or stopped: "stopped").
TITLES = {
    ImportBatch.Status.PREVIEWING: "Import reviews: reading the documents",
    ImportBatch.Status.PREVIEWED: "Import reviews: check and confirm",
    ImportBatch.Status.IMPORTING: "Import reviews: importing",
    ImportBatch.Status.DONE: "Imported reviews",
}
STALLED_PREVIEW = (
    "The preview has not moved for {minutes} minutes: the background worker making it has "
    "probably stopped. Nothing was saved. Try again; if it stops again, ask whoever runs the "
    "site to check the worker."
)
STALLED_IMPORT = (
    "The import has not moved for {minutes} minutes, after {done} of {total} documents (what "
    "those did is saved): the background worker has probably stopped. Try again to preview "
    "what is left to do; if it stops again, ask whoever runs the site to check the worker."
)
DONE_OUTCOMES = {
    "created": "Created",
    "updated": "Updated",
    "unchanged": "Already imported: no change",
    "kept": "Kept: changed here since its import",
    "omitted": "Omitted (in WordPress's trash, or not a review)",
    "skipped": "Skipped",
    "failed": "Failed",
}


@dataclass
class Entry:
    """A row as the preview and result pages show it."""

    row: BatchRow
    outcome: str  # in the words of the page: "Will be created", "Created"…
    change_url: str = ""
    faq_flagged: int = 0
    film_pick: str = ""  # the film the importer chose, checked in the preview: a pk or "new"
    settle_url: str = ""  # once imported, where its film to confirm is settled


def entries(rows, *, is_done) -> list[Entry]:
    labels = DONE_OUTCOMES if is_done else PREVIEW_OUTCOMES
    return [entry(row, labels[row.outcome], is_done=is_done) for row in rows]


def entry(row, outcome, *, is_done) -> Entry:
    # In a preview, a review to be created has no page yet; the ones it would update do.
    has_page = row.review_id and (is_done or row.outcome != "created")
    url = reverse("admin:reviews_review_change", args=[row.review_id]) if has_page else ""
    faq = row.extracted.faq if row.extracted else []
    flagged = sum(item.is_question_missing for item in faq)
    settle = ""
    if is_done and row.is_film_to_confirm:
        settle = reverse("admin:imports_filmtoconfirm_review", args=[row.review_id])
    return Entry(row, outcome, url, flagged, film_pick=film_pick(row), settle_url=settle)


def film_pick(row) -> str:
    """What the importer decided for the row's film, as the preview's choice: a pk, "new",
    or "" when it is to confirm."""
    if row.film_decision == "attach" and row.film_candidates:
        return str(row.film_candidates[0]["film_id"])
    return "new" if row.film_decision == "create" else ""


def batch_context(batch) -> dict:
    """What the batch's page shows in the state it is in."""
    failure = batch_failure(batch)
    rows = import_batch_rows(batch=batch)
    is_done = batch.status == ImportBatch.Status.DONE
    return {
        "title": "Import reviews: stopped" if failure else TITLES[batch.status],
        "batch": batch,
        "failure": failure,
        "is_working": batch.status in ImportBatch.WORKING and not failure,
        "documents_total": len(batch.preview),
        "entries": entries(rows, is_done=is_done),
        "totals": totals(rows),
        "summary": imported_summary(rows) if is_done else "",
    }


def batch_failure(batch) -> str:
    """Why the batch's preview or import failed or stopped, for the editor; "" if it did not."""
    if batch.status == ImportBatch.Status.FAILED:
        return batch.error
    if not import_batch_has_stalled(batch=batch):
        return ""
    minutes = STALLED_AFTER // timedelta(minutes=1)
    if batch.status == ImportBatch.Status.PREVIEWING:
        return STALLED_PREVIEW.format(minutes=minutes)
    total = len(batch.preview)
    return STALLED_IMPORT.format(minutes=minutes, done=batch.documents_done, total=total)


def imported_summary(rows) -> str:
    """How many of the documents were imported, in a sentence."""
    count = sum(row.outcome in ("created", "updated", "unchanged") for row in rows)
    message = ngettext(
        "%(count)d of %(total)d document imported.",
        "%(count)d of %(total)d documents imported.",
        len(rows),
    )
    return message % {"count": count, "total": len(rows)}


# The review admin as reviews registers it, with the import pages and their button added.
admin.site.unregister(Review)


@admin.register(Review)
class ImportingReviewAdmin(ReviewAdmin):
    change_list_template = "admin/imports/review_change_list.html"
    change_form_template = "admin/imports/review_change_form.html"  # the film to confirm

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # While its film is to confirm, the form says so and links to where it is settled.
        pending = pending_for_review(object_id)
        extra_context = {**(extra_context or {}), "film_to_confirm": pending}
        if pending and request.user.has_perm("imports.change_filmtoconfirm"):
            url = reverse("admin:imports_filmtoconfirm_change", args=[pending.pk])
            extra_context["film_to_confirm_url"] = url
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        # An editor who changes the film by hand has given their word on it.
        super().save_model(request, obj, form, change)
        chose = change and "film" in form.changed_data and obj.film_id is not None
        if chose and film_to_confirm_settle_by_hand(review=obj):
            message = (
                f"Its film to confirm is settled: the review is about {obj.film}, as you chose."
            )
            self.message_user(request, message, messages.SUCCESS)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.import_view), name="reviews_review_import"),
            path(
                "import/<int:pk>/", view(self.import_batch_view), name="reviews_review_import_batch"
            ),
            path(
                "import/<int:pk>/retry/",
                view(self.import_retry_view),
                name="reviews_review_import_batch_retry",
            ),
            *super().get_urls(),
        ]

    def has_import_permission(self, request):
        # An import may update reviews by anyone: it is for editors (the form checks it too).
        return self.has_add_permission(request) and request.user.has_perm(CHANGE_ANY)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_import": self.has_import_permission(request)}
        return super().changelist_view(request, extra_context)

    def import_view(self, request):
        """The form: paste or upload documents, then see what importing them would do."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        data = (request.POST, request.FILES) if request.method == "POST" else ()
        form = ImportForm(*data, user=request.user)
        if form.is_valid():
            batch = import_batch_create(
                user=request.user,
                files=form.cleaned_data["files"],
                pasted=form.cleaned_data["pasted"],
                status=form.cleaned_data["status"],
                non_reviews=form.cleaned_data["include_non_reviews"],
            )
            return redirect("admin:reviews_review_import_batch", batch.pk)
        # Browsers cannot refill a file input: the page says to choose the files again.
        context = {"title": "Import reviews", "form": form, "has_uploads": bool(request.FILES)}
        return self.import_page(request, "import_form.html", context)

    def import_batch_view(self, request, pk):
        """A batch's page: its work going on, then its preview (POST confirms it) or report."""
        batch = self.import_batch_get(request, pk)
        if request.method == "POST":
            self.import_batch_confirmed(request, batch)
            return redirect(request.path)
        return self.import_page(request, "import_preview.html", batch_context(batch))

    def import_retry_view(self, request, pk):
        """Try a batch whose preview or import failed or stopped again: a new preview."""
        batch = self.import_batch_get(request, pk)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        try:
            import_batch_retry(batch=batch)
        except BatchStateChanged:
            message = "This import has not stopped, so nothing was started again."
            self.message_user(request, message, messages.WARNING)
        return redirect("admin:reviews_review_import_batch", batch.pk)

    def import_batch_get(self, request, pk):
        if not self.has_add_permission(request):
            raise PermissionDenied
        return get_object_or_404(ImportBatch.objects.for_user(request.user), pk=pk)

    def import_batch_confirmed(self, request, batch):
        picks = {str(n): request.POST.get(f"film-{n}", "") for n in range(len(batch.preview))}
        try:
            import_batch_confirm(batch=batch, user=request.user, film_choices=picks)
        except BatchStateChanged:
            if batch.status in (ImportBatch.Status.PREVIEWING, ImportBatch.Status.FAILED):
                message = "These documents have no preview to confirm yet; nothing was imported."
            else:
                message = "These documents were confirmed already; nothing was imported again."
            self.message_user(request, message, messages.WARNING)

    def import_page(self, request, template, context):
        context = {**self.admin_site.each_context(request), "opts": self.opts, **context}
        return TemplateResponse(request, f"admin/imports/{template}", context)
