"""Admin forms: the review form publishes through reviews.services, as the admin's actions
do; catalogue forms keep the slug promise their help text makes."""

from django import forms
from django.utils import timezone
from django.utils.text import slugify

from reviews import services
from reviews.models import Review
from reviews.slugs import unique_slug


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
