"""The films to confirm in the admin: each one's page shows the candidates with the evidence
for and against each, and settles it (the editor's "This is the film" or "Create a new film").

The page's buttons call the service `manage.py settle_film` calls
(`confirmations.film_to_confirm_settle`); the review's change form links here while its film
is to confirm (`ImportingReviewAdmin` in `imports.admin`). Once settled, its info line's
held-back credits can be applied to the film from the same page (`held_back`).
"""

import reversion
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from imports.confirmations import FilmAlreadySettled, best_title, film_to_confirm_settle
from imports.forms import SETTLE_FORM_ID, SettleFilmForm
from imports.held_back import HeldBackRefused, held_back_apply
from imports.models import FilmToConfirm

#: Besides settling films to confirm, the person must be allowed to change reviews.
REVIEW_PERMISSION = "reviews.change_review"
#: And to apply held-back credits to the film, to change films.
FILM_PERMISSION = "reviews.change_film"


def pending_for_review(review_id) -> FilmToConfirm | None:
    """The film to confirm `review_id` waits on, if any (one query)."""
    if not str(review_id).isdigit():
        return None
    return FilmToConfirm.objects.pending().filter(review_id=review_id).only("pk").first()


@admin.register(FilmToConfirm)
class FilmToConfirmAdmin(admin.ModelAdmin):
    """Reviews whose film the importer left to an editor, with why; each one's page settles
    it (as `manage.py settle_film` does), as does the pick in an import's preview."""

    list_display = ["review", "status", "created_at", "candidates_listed"]
    list_filter = ["status"]
    list_select_related = ["review"]

    @admin.display(description="Candidates")
    def candidates_listed(self, obj):
        films = [f"{c['film']} (#{c['film_id']})" for c in obj.candidates]
        if obj.titles and not films:  # a title to confirm: the titles it read
            return "Title to confirm: " + ", ".join(f"“{title}”" for title in obj.titles)
        return ", ".join(films)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("review__film")

    def get_urls(self):
        view = self.admin_site.admin_view(self.review_view)
        apply = self.admin_site.admin_view(self.apply_view)
        return [
            path("review/<int:review_id>/", view, name="imports_filmtoconfirm_review"),
            path("<int:pk>/apply/", apply, name="imports_filmtoconfirm_apply"),
            *super().get_urls(),
        ]

    def has_add_permission(self, request):
        return False

    def may_settle(self, request, confirmation):
        return self.has_change_permission(request, confirmation) and request.user.has_perm(
            REVIEW_PERMISSION
        )

    def may_apply(self, request, confirmation):
        return self.may_settle(request, confirmation) and request.user.has_perm(FILM_PERMISSION)

    def review_view(self, request, review_id):
        """The page of the film to confirm of a review (the import's report links it)."""
        confirmation = get_object_or_404(self.get_queryset(request), review_id=review_id)
        return redirect("admin:imports_filmtoconfirm_change", confirmation.pk)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The candidates and their evidence, with a button for each; POST settles it."""
        confirmation = self.get_object(request, unquote(object_id))
        if confirmation is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, confirmation):
            raise PermissionDenied
        if request.method == "POST":
            return self.settle(request, confirmation)
        return self.settle_page(request, confirmation)

    def settle(self, request, confirmation):
        if not self.may_settle(request, confirmation):
            raise PermissionDenied
        form = SettleFilmForm(request.POST, confirmation=confirmation)
        if not form.is_valid():
            errors = " ".join(error for errors in form.errors.values() for error in errors)
            message = (
                f"Choose one of the films offered, or a new film: nothing was changed. {errors}"
            )
            self.message_user(request, message, messages.ERROR)
            return redirect(request.path)
        chosen, title = form.chosen()
        try:
            with reversion.create_revision():
                reversion.set_user(request.user)
                film = film_to_confirm_settle(confirmation=confirmation, film=chosen, title=title)
        except FilmAlreadySettled as settled:
            self.message_user(request, f"{settled} Nothing was changed.", messages.WARNING)
        else:
            made = "a new film" if chosen is None else "the film"
            headline = confirmation.review.headline
            message = f"Film settled: “{headline}” is now about {made} {film} (#{film.pk})."
            self.log_change(request, confirmation.review, f"Film settled: {film} (#{film.pk}).")
            if chosen is not None and confirmation.facts.get("set_aside"):
                message = format_html(
                    '{} Its info line\'s held-back credits <a href="{}">can be applied to it</a>.',
                    message,
                    request.path,
                )
            self.message_user(request, message, messages.SUCCESS)
        return redirect("admin:reviews_review_change", confirmation.review_id)

    def apply_view(self, request, pk):
        """POST: apply one held-back credit ("fact:name") or all ("all") to the settled film."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        confirmation = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.may_apply(request, confirmation):
            raise PermissionDenied
        credit, film_id = request.POST.get("credit", ""), request.POST.get("film", "")
        chosen = None if credit == "all" else [tuple(credit.split(":", 1))]
        if not film_id.isdigit() or (chosen and len(chosen[0]) != 2):
            message = "Choose a credit the page offered: nothing was changed."
            self.message_user(request, message, messages.ERROR)
            return redirect("admin:imports_filmtoconfirm_change", pk)
        try:
            with reversion.create_revision():
                reversion.set_user(request.user)
                done = held_back_apply(
                    confirmation=confirmation, film_id=int(film_id), chosen=chosen
                )
        except HeldBackRefused as refused:
            self.message_user(request, str(refused), messages.WARNING)
        else:
            self.held_back_report(request, confirmation, done)
        return redirect("admin:imports_filmtoconfirm_change", pk)

    def held_back_report(self, request, confirmation, done):
        film = confirmation.review.film
        if done.applied:
            message = f"Applied to {film} (#{film.pk}): {'; '.join(done.applied)}."
            self.log_change(request, film, f"{message} (review #{confirmation.review_id})")
            self.message_user(request, message, messages.SUCCESS)
        if done.already:
            message = f"Credited on {film} already: {'; '.join(done.already)}."
            self.message_user(request, message, messages.INFO)
        for warning in done.warnings:
            self.message_user(request, warning, messages.WARNING)

    def settle_page(self, request, confirmation):
        is_pending = confirmation.status == FilmToConfirm.Status.PENDING
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Film to confirm: {confirmation.review.headline}",
            "confirmation": confirmation,
            "review": confirmation.review,
            "review_url": reverse("admin:reviews_review_change", args=[confirmation.review_id]),
            "row": {"film_decision": "undecided", "film_candidates": confirmation.candidates},
            "new_title": best_title(confirmation),
            "form": SettleFilmForm(confirmation=confirmation, admin_site=self.admin_site),
            "set_aside": confirmation.facts.get("set_aside", {}),
            "applied": confirmation.facts.get("applied", []),
            "apply_url": reverse("admin:imports_filmtoconfirm_apply", args=[confirmation.pk])
            if not is_pending and self.may_apply(request, confirmation)
            else "",
            "settle_form": SETTLE_FORM_ID
            if is_pending and self.may_settle(request, confirmation)
            else "",
            "has_delete_permission": self.has_delete_permission(request, confirmation),
        }
        return TemplateResponse(request, "admin/imports/filmtoconfirm_settle.html", context)
