"""Admin forms: the review form's status moves the review through reviews.services, as the
admin's actions do; catalogue forms keep the slug promise their help text makes."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.text import slugify

from reviews import services, workflow
from reviews.models import Review
from reviews.slugs import unique_slug

#: The service (in reviews.services) behind each move of reviews.workflow.
SERVICES = {
    "submit": "review_submit",
    "request_changes": "review_request_changes",
    "approve": "review_approve",
    "publish": "review_publish",
    "unpublish": "review_unpublish",
}


class MoveRefused(Exception):
    """The move the form asked for was refused when made: the review moved meanwhile."""


class ReviewAdminForm(forms.ModelForm):
    # No Meta: ReviewAdmin builds the form class from its fieldsets.
    #: Who fills the form in: WorkflowAdminMixin.get_form sets it.
    user = None

    workflow_note = forms.CharField(
        label="Note",
        required=False,
        widget=forms.Textarea(
            attrs={"rows": 3, "cols": 60, "aria-describedby": "id_workflow_note_helptext"}
        ),
        help_text="Goes with the move: to the writer when you request changes (required "
        "then), to the editors when you submit. Kept in the workflow history.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        #: The status as stored: validating the form changes the instance's.
        self.stored_status = self.current_status()
        if self.is_bound and "status" in self.fields and self.data.get("_move"):
            # A move's button beside Save: its status, checked as the select's would be.
            self.data = self.data.copy()
            self.data["status"] = self.data["_move"]
        if "status" in self.fields and self.user is not None:
            # Only the review's status and the statuses the person may move it to.
            targets = {self.current_status()} | {
                move.target for move in workflow.moves_for(self.user, self.before())
            }
            field = self.fields["status"]
            field.choices = [(value, label) for value, label in field.choices if value in targets]

    def current_status(self):
        return self.instance.status if self.instance.pk else Review.Status.DRAFT

    def before(self):
        """The review as stored (a new one: a draft by whoever writes it), for the rules."""
        author_id = self.instance.author_id or getattr(self.user, "pk", None)
        return Review(pk=self.instance.pk, status=self.current_status(), author_id=author_id)

    def clean(self):
        cleaned = super().clean()
        # Publishing without a time means "now", as editors expect from a Publish button.
        if cleaned.get("status") == Review.Status.PUBLISHED and not cleaned.get("published_at"):
            cleaned["published_at"] = timezone.now()
            self.instance.published_at = cleaned["published_at"]
        self.move = self.requested_move(cleaned)
        if self.move == "request_changes" and not cleaned.get("workflow_note", "").strip():
            self.add_error("workflow_note", services.NOTE_REQUIRED)
        return cleaned

    def requested_move(self, cleaned):
        """The workflow move the form asks for, or None when it only edits the review."""
        status = cleaned.get("status", self.current_status())
        if status == self.current_status():
            is_rescheduled = status == Review.Status.PUBLISHED and (
                "published_at" in self.changed_data
            )
            if not is_rescheduled:
                return None
        move = workflow.move_to(status, self.before())
        if move is None:
            self.add_error("status", "The review cannot move to this status from its own.")
            return None
        decision = workflow.decide(user=self.user, move=move, review=self.before())
        if not decision.allowed:
            self.add_error("status", decision.reason)
        return move.name


class PublishThroughServiceAdminMixin:
    """A change form that moves its review (a new status, or a new publish time for a
    published one) makes the move through its service in reviews.services, as the actions
    do: one write path, so both follow the same rules and have the same effects.

    The form first saves everything else, with the status and time the review had (a new
    review: a draft); the service then moves it, at the form's time for a publication. The
    admin saves in one transaction, so nobody sees the review in between.
    """

    def save_model(self, request, obj, form, change):
        move = getattr(form, "move", None)
        if move is None:
            super().save_model(request, obj, form, change)
            return
        at = form.cleaned_data.get("published_at")
        if change:  # as it was stored, for the service to move
            obj.status = form.initial["status"]
            obj.published_at = form.initial.get("published_at", obj.published_at)
        else:
            obj.status, obj.published_at = Review.Status.DRAFT, None
        super().save_model(request, obj, form, change)
        kwargs = {"review": obj, "by": request.user}
        if move != "unpublish":
            kwargs["note"] = form.cleaned_data.get("workflow_note", "")
        if move == "publish":
            kwargs["at"] = at
        try:
            getattr(services, SERVICES[move])(**kwargs)
        except (PermissionDenied, ValidationError) as error:
            # The form allowed it; someone moved the review since (the admin undoes the save).
            raise MoveRefused(" ".join(getattr(error, "messages", [str(error)]))) from error


class PrepopulatedSlugForm(forms.ModelForm):
    """A slug the admin prepopulated from the name that another row already has becomes
    unique_slug's (the name and year), as a blank slug would: the help text's promise.

    A slug the editor typed stays theirs, and its clash is reported as usual.
    """

    slug_source, slug_extra = "title", "release_year"

    def clean(self):
        cleaned = super().clean()
        slug, source = cleaned.get("slug"), cleaned.get(self.slug_source)
        if not (slug and source) or slug != slugify(source):
            return cleaned
        others = self._meta.model._default_manager.exclude(pk=self.instance.pk)
        if others.filter(slug=slug).exists():
            probe = self._meta.model(pk=self.instance.pk)
            cleaned["slug"] = unique_slug(probe, source, extra=cleaned.get(self.slug_extra))
        return cleaned


class FilmAdminForm(PrepopulatedSlugForm):
    # No Meta: FilmAdmin builds the form class from its fieldsets.
    pass


class PersonAdminForm(PrepopulatedSlugForm):
    slug_source, slug_extra = "name", "birth_year"
