"""The admin's side of versions: each save keeps one; History compares two and reverts.

A mixin for the ModelAdmins of versioned models (reviews.revisions.VERSIONED). Viewing a
history needs the view permission; reverting needs the change permission, and a POST.
"""

from contextlib import contextmanager

import reversion
from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from reviews import revisions
from reviews.revisions.diff import differences


class CompareForm(forms.Form):
    old = forms.IntegerField(min_value=1)
    new = forms.IntegerField(min_value=1)


class RevisionsAdminMixin:
    object_history_template = "admin/revisions/object_history.html"
    compare_template = "admin/revisions/compare.html"

    @contextmanager
    def _revision(self, request):
        with reversion.create_revision():
            reversion.set_user(request.user)
            yield

    def add_view(self, request, form_url="", extra_context=None):
        with self._revision(request):
            return super().add_view(request, form_url, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        with self._revision(request):
            return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        if request.method != "POST":  # only actions (publish, feature …) and list edits save
            return super().changelist_view(request, extra_context)
        with self._revision(request):
            return super().changelist_view(request, extra_context)

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.get_change_message() or "Created.")
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.get_change_message() or "Saved without changes.")
        return entry

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/history/compare/",
                view(self.compare_view),
                name=f"{name}_compare",
            ),
            path(
                "<path:object_id>/history/<int:number>/revert/",
                view(require_POST(self.revert_view)),
                name=f"{name}_revert",
            ),
            *super().get_urls(),
        ]

    def _allowed_object(self, request, object_id, allowed):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return None
        if not allowed(request, obj):
            raise PermissionDenied
        return obj

    def _context(self, request, obj, title, **context):
        request.current_app = self.admin_site.name
        return {
            **self.admin_site.each_context(request),
            "title": title,
            "subtitle": None,
            "object": obj,
            "opts": self.opts,
            "module_name": self.opts.verbose_name_plural.capitalize(),
            "can_revert": self.has_change_permission(request, obj),
            **context,
        }

    def history_view(self, request, object_id, extra_context=None):
        obj = self._allowed_object(request, object_id, self.has_view_or_change_permission)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        page = request.GET.get("page", "1")
        page = int(page) if page.isdigit() and 0 < int(page) < 10_000 else 1
        entries, total, has_older = revisions.history_page(obj, page)
        context = self._context(
            request,
            obj,
            f"History: {obj}",
            entries=entries,
            latest=total,
            page=page,
            older_page=page + 1 if has_older else None,
            newer_page=page - 1 if page > 1 else None,
        )
        return TemplateResponse(request, self.object_history_template, context)

    def compare_view(self, request, object_id):
        obj = self._allowed_object(request, object_id, self.has_view_or_change_permission)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        history_url = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_history", args=[quote(obj.pk)]
        )
        form = CompareForm(request.GET)
        if not form.is_valid() or form.cleaned_data["old"] == form.cleaned_data["new"]:
            messages.error(request, "Choose two different versions to compare.")
            return HttpResponseRedirect(history_url)
        numbers = sorted([form.cleaned_data["old"], form.cleaned_data["new"]])
        try:
            old, new = revisions.snapshots(obj, numbers=set(numbers))
        except revisions.VersionNotFound:
            messages.error(request, "There is no such version.")
            return HttpResponseRedirect(history_url)
        context = self._context(
            request,
            obj,
            f"Version {old.number} and version {new.number} of {obj}",
            old=old,
            new=new,
            pair=[old, new],
            differences=differences(type(obj), old, new),
            history_url=history_url,
        )
        return TemplateResponse(request, self.compare_template, context)

    def revert_view(self, request, object_id, number):
        obj = self._allowed_object(request, object_id, self.has_change_permission)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        try:
            skipped = revisions.version_revert(obj=obj, number=number, user=request.user)
        except revisions.VersionNotFound:
            messages.error(request, "There is no such version.")
        except ValidationError as error:
            messages.error(
                request, f"Version {number} cannot be restored: {'; '.join(error.messages)}"
            )
        else:
            messages.success(request, f"Reverted to version {number}; saved as a new version.")
            for message in skipped:
                messages.warning(request, message)
        return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", quote(obj.pk))
