"""Request changes on several reviews at once: the changelist action, the page that asks
for its note, and what it did to each review.

The move is the change form's (reviews.services.review_request_changes, the same rules and
mail), made with one note on each selected review whose status allows it; the page says
beforehand which will be skipped, the messages afterwards name each review sent back and
each skipped, with why.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.text import format_lazy
from django.utils.translation import ngettext

from reviews import services, workflow

#: A note a writer reads in a mail and above their form: a few paragraphs at most.
NOTE_MAX_LENGTH = 2000
MOVE = workflow.MOVES["request_changes"]


class RequestChangesForm(forms.Form):
    note = forms.CharField(
        label="Note to the writers",
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "cols": 80}),
        error_messages={"required": services.NOTE_REQUIRED},
        help_text=format_lazy(
            "The same note goes to the writer of each review sent back, by mail and above "
            "their form, and stays in the review's workflow history. At most {} characters.",
            NOTE_MAX_LENGTH,
        ),
    )


def skip_reason(user, review) -> str | None:
    """Why `review` would not be sent back by `user` now, or None if it would."""
    decision = workflow.decide(user=user, move=MOVE, review=review)
    if decision.allowed:
        return None
    if not decision.is_legal:
        statuses = " or ".join(str(status.label).lower() for status in MOVE.sources)
        return (
            f"its status is {review.get_status_display()}, and only a review {statuses} "
            "can be sent back."
        )
    return decision.reason


class RequestChangesActionMixin:
    """The "Request changes" action of the review changelist (needs WorkflowAdminMixin)."""

    request_changes_template = "admin/reviews/review/request_changes.html"

    @admin.action(description="Request changes on selected reviews", permissions=["approve"])
    def request_changes(self, request, queryset):
        reviews = list(queryset.select_related("author"))
        form = RequestChangesForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            self.request_changes_apply(request, reviews, form.cleaned_data["note"])
            return None  # back to the list, which shows the messages
        entries = [(review, skip_reason(request.user, review)) for review in reviews]
        context = {
            **self.admin_site.each_context(request),
            "title": "Request changes",
            "subtitle": None,
            "opts": self.opts,
            "form": form,
            "entries": entries,
            "sendable": sum(reason is None for _, reason in entries),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.request_changes_template, context)

    def request_changes_apply(self, request, reviews, note):
        """Send back each review that may be, through the service; say what happened to each."""
        decided = [(review, skip_reason(request.user, review)) for review in reviews]
        allowed = [review for review, reason in decided if reason is None]
        skipped = [(review, reason) for review, reason in decided if reason is not None]
        sent, refused = self._each(
            allowed, services.review_request_changes, by=request.user, note=note
        )
        if sent:
            message = ngettext(
                "Sent back to its writer with your note: %(list)s.",
                "%(count)d reviews sent back to their writers with your note: %(list)s.",
                len(sent),
            )
            names = ", ".join(f"“{review}”" for review in sent)
            self.message_user(request, message % {"count": len(sent), "list": names})
        for review, reason in [*skipped, *refused]:  # refused: moved since the page
            self.message_user(request, f"“{review}” was not sent back: {reason}", messages.WARNING)
