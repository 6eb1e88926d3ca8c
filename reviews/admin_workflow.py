"""The review admin's part of the workflow: who sees and edits which review, the moves,
their history, the consistency warnings beside the fields.

Writers see and edit their own reviews, while those are drafts or sent back to them; editors
see and edit all. The change form's status offers only the moves the person may make
(reviews.workflow), and saving makes the move through its service (admin_forms).
"""

import json
from dataclasses import dataclass

import reversion
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import ngettext

from reviews import consistency, services, workflow
from reviews.admin_forms import MoveRefused, ReviewAdminForm
from reviews.models import Review, ReviewTransition

#: The form fields warnings are shown beside, and the read-only field that shows them.
CHECKED_FIELDS = {"film": "film_checks", "body": "body_checks", "rating": "rating_checks"}
#: Fields too wide to share their line: their warnings go on the line under them.
WIDE_FIELDS = {"body"}
#: What each move did, as the version's comment (the services' own) and as the message
#: after the save.
OUTCOMES = {
    "submit": ("Submitted for review", "“{}” was submitted for review."),
    "request_changes": ("Changes requested", "“{}” was sent back to its writer with your note."),
    "approve": ("Approved", "“{}” was approved."),
    "publish": ("Published", "“{}” was published."),
    "unpublish": ("Unpublished", "“{}” was unpublished: it is a draft again."),
}
#: The fields a move itself changes: a version that changed only these is the move.
MOVE_FIELDS = {"status", "published_at"}


class HasWarningsListFilter(admin.SimpleListFilter):
    """Reviews whose last save found something inconsistent (reviews.consistency)."""

    title = "consistency"
    parameter_name = "warnings"

    def lookups(self, request, model_admin):
        return [("yes", "Has warnings"), ("no", "No warnings")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.with_warnings()
        if self.value() == "no":
            return queryset.filter(consistency_warnings=[])
        return queryset


class WorkflowAdminMixin:
    """Per-author access, the moves as actions, the workflow history and the checks."""

    def get_queryset(self, request):
        return super().get_queryset(request).for_user(request.user)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or workflow.may_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or workflow.may_edit(request.user, obj))

    # Action permissions (admin.action(permissions=[...]) asks has_<name>_permission).
    def has_publish_permission(self, request):
        return request.user.has_perm("reviews.publish_review")

    def has_submit_permission(self, request):
        return request.user.has_perm("reviews.submit_review")

    def has_approve_permission(self, request):
        return request.user.has_perm("reviews.approve_review")

    def get_readonly_fields(self, request, obj=None):
        fields = [
            *super().get_readonly_fields(request, obj),
            *CHECKED_FIELDS.values(),
            "workflow_history",
        ]
        if not request.user.has_perm(workflow.CHANGE_ANY):
            fields.append("author")  # a writer's new review is theirs (save_model)
        if not request.user.has_perm("reviews.publish_review"):
            fields += ["published_at", "is_featured"]
        return fields

    def get_fieldsets(self, request, obj=None):
        """The fieldsets with each checked field's warnings beside it (under the body), and
        the review's workflow history (a read-only field: no formset for forms to post)."""
        fieldsets = [
            (name, {**options, "fields": [f for field in options["fields"] for f in beside(field)]})
            for name, options in super().get_fieldsets(request, obj)
        ]
        if obj is not None:
            fieldsets.append(("Workflow history", {"fields": ["workflow_history"]}))
        return fieldsets

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The note the writer works from, while the review is still sent back to them.
        requested = Review.Status.CHANGES_REQUESTED
        note = (
            ReviewTransition.objects.filter(
                review_id=object_id, to_status=requested, review__status=requested
            )
            .select_related("by")
            .first()
            if str(object_id).isdigit()
            else None
        )
        extra_context = {**(extra_context or {}), "changes_requested": note}
        try:
            return super().change_view(request, object_id, form_url, extra_context)
        except MoveRefused as refused:
            return self.move_refused(request, refused)

    # A move refused inside the admin's transaction and any revision block (both come after
    # this mixin): nothing was saved, no version kept; the page says so.
    def add_view(self, request, form_url="", extra_context=None):
        try:
            return super().add_view(request, form_url, extra_context)
        except MoveRefused as refused:
            return self.move_refused(request, refused)

    def move_refused(self, request, refused):
        message = f"Nothing was saved: {refused} Someone may have moved the review meanwhile."
        self.message_user(request, message, messages.ERROR)
        return redirect(request.get_full_path())

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The moves the person may make now, as buttons beside Save (the form's _move).
        if context.get("errors"):  # the form or an inline: nothing was saved, nothing moved
            stored_status_kept(context["adminform"].form, obj)
        if obj is None:
            review = Review(status=Review.Status.DRAFT, author_id=request.user.pk)
            editable = self.has_add_permission(request)
        else:
            review, editable = obj, self.has_change_permission(request, obj)
        moves = workflow.moves_for(request.user, review) if editable else []
        context["workflow_moves"] = [move for move in moves if move.target != review.status]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if not change and not request.user.has_perm(workflow.CHANGE_ANY):
            obj.author = request.user
        super().save_model(request, obj, form, change)
        move = getattr(form, "move", None)
        if move is not None:  # made: the version and the message say which
            request.workflow_outcome = outcome(move, obj)

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        self.comment_move(request, message)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        self.comment_move(request, message)
        return entry

    def comment_move(self, request, message):
        # The version of a save that made a move is the move (reviews.revisions shows it).
        said = getattr(request, "workflow_outcome", None)
        if said is not None and reversion.is_active():
            reversion.set_comment(move_comment(said.comment, message))

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        # The admin's "was changed successfully" after a move: what the move did instead.
        said = getattr(request, "workflow_outcome", None)
        if said is not None and level == messages.SUCCESS and not said.told:
            message, said.told = said.message, True
        super().message_user(request, message, level, *args, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        found = consistency.review_check(review=form.instance)
        if found:
            message = ngettext(
                "Saved with %(count)d consistency warning: %(list)s",
                "Saved with %(count)d consistency warnings: %(list)s",
                len(found),
            )
            words = " ".join(finding.message for finding in found)
            self.message_user(
                request, message % {"count": len(found), "list": words}, messages.WARNING
            )

    # Warnings beside the fields, as found now (the stored ones may be older).
    def checks_for(self, review, field):
        if review is None or review.pk is None:
            return ""
        if not hasattr(review, "_findings"):
            review._findings = consistency.review_findings(review)
        found = [finding for finding in review._findings if finding.field == field]
        return format_html_join(
            "", '<p class="consistency-warning">⚠ {}</p>', ((f.message,) for f in found)
        )

    @admin.display(description="Check")
    def film_checks(self, review):
        return self.checks_for(review, "film")

    @admin.display(description="Check")
    def body_checks(self, review):
        return self.checks_for(review, "body")

    @admin.display(description="Check")
    def rating_checks(self, review):
        return self.checks_for(review, "rating")

    @admin.display(description="Moves")
    def workflow_history(self, review):
        """Each move, newest first: when, from and to, who, and the note."""
        moves = review.transitions.select_related("by")
        if not moves:
            return "None yet."
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{} → {}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    date_format(localtime(m.at), "j M Y, H:i"),
                    m.get_from_status_display(),
                    m.get_to_status_display(),
                    (m.by.get_full_name() or m.by.get_username()) if m.by else "the site",
                    m.note,
                )
                for m in moves
            ),
        )
        return format_html(
            '<table class="workflow-history"><thead><tr><th>When</th><th>Move</th>'
            "<th>By</th><th>Note</th></tr></thead><tbody>{}</tbody></table>",
            rows,
        )

    # Actions: each review through its service; what may not be done is said, not done.
    def _apply(self, request, queryset, service, done, **kwargs):
        moved, refused = self._each(queryset, service, **kwargs)
        count = len(moved)
        message = ngettext("%(count)d review %(done)s.", "%(count)d reviews %(done)s.", count)
        self.message_user(request, message % {"count": count, "done": done})
        if refused:
            said = [f"“{review}”: {reason}" for review, reason in refused]
            self.message_user(request, "Not moved: " + "; ".join(said), messages.WARNING)

    def _each(self, reviews, service, **kwargs):
        """Each review through `service`: (the reviews it moved, [(review, why not)])."""
        moved, refused = [], []
        for review in reviews:
            try:
                service(review=review, **kwargs)
            except (PermissionDenied, ValidationError) as error:
                refused.append((review, " ".join(getattr(error, "messages", [str(error)]))))
                continue
            moved.append(review)
        return moved, refused

    @admin.action(description="Submit selected reviews for review", permissions=["submit"])
    def submit(self, request, queryset):
        self._apply(request, queryset, services.review_submit, "submitted", by=request.user)

    @admin.action(description="Approve selected reviews", permissions=["approve"])
    def approve(self, request, queryset):
        self._apply(request, queryset, services.review_approve, "approved", by=request.user)


@dataclass
class Outcome:
    comment: str
    message: str
    told: bool = False


def outcome(move, review) -> Outcome:
    """What `move`, just made, did to `review`: a publication may be a schedule."""
    comment, message = OUTCOMES[move]
    if move == "publish" and review.is_scheduled:
        when = date_format(localtime(review.published_at), "j F Y, H:i")
        comment, message = f"Scheduled for {when}", f"“{{}}” was scheduled for {when}."
    return Outcome(comment, message.format(review))


def move_comment(comment, message):
    """`comment` ("Approved"), with what else the save changed: the admin's change
    `message` without the move's own fields ("Approved; changed Headline.")."""
    moved = {capfirst(Review._meta.get_field(name).verbose_name) for name in MOVE_FIELDS}
    moved.add(ReviewAdminForm.base_fields["workflow_note"].label)
    others = [
        {"changed": {"fields": [f for f in change["changed"]["fields"] if f not in moved]}}
        if set(change) == {"changed"}
        else change
        for change in message
    ]
    others = [change for change in others if change != {"changed": {"fields": []}}]
    if not others:
        return comment
    rest = LogEntry(change_message=json.dumps(others)).get_change_message()
    return f"{comment}; {rest[:1].lower()}{rest[1:]}"


def stored_status_kept(form, review):
    """An invalid form moved nothing: its review, status field and buttons keep the status
    as stored, not the one asked for (validating the form set it on the review)."""
    stored = getattr(form, "stored_status", None)
    if stored is None:
        return
    if review is not None:
        review.status = stored
    if "status" in form.fields:
        form.data = form.data.copy()
        form.data["status"] = stored


def beside(field):
    """A fieldset entry, with its warnings on the same line if it is a checked field."""
    if not isinstance(field, str) or field not in CHECKED_FIELDS:
        return [field]
    if field in WIDE_FIELDS:
        return [field, CHECKED_FIELDS[field]]
    return [(field, CHECKED_FIELDS[field])]
