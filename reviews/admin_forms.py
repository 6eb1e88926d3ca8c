"""The review change form: it publishes through reviews.services, as the admin's actions do."""

from django import forms
from django.utils import timezone

from reviews import services
from reviews.models import Review


class ReviewAdminForm(forms.ModelForm):
    # No Meta: ReviewAdmin builds the form class from its fieldsets.
    def clean(self):
        cleaned = super().clean()
        # Publishing without a time means "now", as editors expect from a Publish button.
        if cleaned.get("status") == Review.Status.PUBLISHED and not cleaned.get("published_at"):
            cleaned["published_at"] = timezone.now()
            self.instance.published_at = cleaned["published_at"]
        return cleaned


class PublishThroughServiceAdminMixin:
    """A change form saved with the status Published, newly or with a new publish time,
    publishes through services.review_publish, as the "Publish selected reviews" action
    does: one write path, so both follow the same rules and have the same effects.

    The form first saves everything else, with the status and time the review had (a new
    review: a draft); the service then publishes it at the form's time. The admin saves in
    one transaction, so nobody sees the review in between.
    """

    def save_model(self, request, obj, form, change):
        at = publish_time(form, change)
        if at is None:
            super().save_model(request, obj, form, change)
            return
        was = form.initial if change else {"status": Review.Status.DRAFT, "published_at": None}
        obj.status, obj.published_at = was["status"], was["published_at"]
        super().save_model(request, obj, form, change)
        services.review_publish(review=obj, at=at)


def publish_time(form, change):
    """When the saved form publishes its review, or None when it does not publish it."""
    if form.cleaned_data.get("status") != Review.Status.PUBLISHED:
        return None
    if change and not {"status", "published_at"} & set(form.changed_data):
        return None  # published already, at the same time: other fields changed
    return form.cleaned_data["published_at"]  # ReviewAdminForm.clean fills a blank one
