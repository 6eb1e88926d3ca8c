"""The comment admin's "Personal data" page: one commenter's comments, exported or erased."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models.functions import Lower
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from comments import privacy
from comments.models import EMAIL_MAX_LENGTH, Comment


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label="E-mail address", max_length=EMAIL_MAX_LENGTH)


class PersonalDataAdminMixin:
    """The action and the page; CommentAdmin routes `personal-data/` to the view."""

    @admin.action(
        description="Export or erase all comments by the selected comment's author",
        permissions=["moderate"],
    )
    def personal_data(self, request, queryset):
        addresses = queryset.exclude(author_email="").prefetch_related(None).order_by()
        addresses = list(addresses.values_list(Lower("author_email"), flat=True).distinct()[:2])
        if len(addresses) != 1:
            self.message_user(
                request, "Select comments written under one e-mail address.", messages.WARNING
            )
            return None
        return self.personal_data_page(request, PersonalDataForm({"email": addresses[0]}))

    def personal_data_view(self, request):
        """Look up, export (JSON) or erase every comment written under one e-mail address."""
        if not self.has_moderate_permission(request):
            raise PermissionDenied
        # POST only, even to look up: an address in a URL would end up in access logs.
        form = PersonalDataForm(request.POST if request.method == "POST" else None)
        if form.is_valid() and "_export" in request.POST:
            response = JsonResponse(
                privacy.comments_export(email=form.cleaned_data["email"]),
                safe=False,
                json_dumps_params={"indent": 2, "ensure_ascii": False},
            )
            response["Content-Disposition"] = 'attachment; filename="comments.json"'
            return response
        if form.is_valid() and "_erase" in request.POST:
            count = privacy.comments_erase(email=form.cleaned_data["email"], by=request.user)
            message = ngettext(
                "Erased the author's personal data from %(count)d comment.",
                "Erased the author's personal data from %(count)d comments.",
                count,
            )
            self.message_user(request, message % {"count": count}, messages.SUCCESS)
            return redirect("admin:comments_comment_changelist")
        return self.personal_data_page(request, form)

    def personal_data_page(self, request, form):
        count = None
        if form.is_valid():
            count = Comment.objects.by_email(form.cleaned_data["email"]).count()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Commenters' personal data",
            "form": form,
            "count": count,
        }
        return TemplateResponse(request, "admin/comments/comment/personal_data.html", context)
