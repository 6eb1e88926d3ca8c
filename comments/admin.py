"""The moderators' admin: the comment queue, one-click and bulk moderation, the moderation
settings and commenters' personal data.

Every status change goes through comments.services, which logs who made it and when.
"""

from collections.abc import Callable
from typing import NamedTuple

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator
from django.utils.translation import ngettext

from comments import services
from comments.admin_privacy import PersonalDataAdminMixin
from comments.models import (
    QUEUE_ORDERING,
    Comment,
    ModerationSettings,
    StatusChange,
)
from reviewsite.paginator import EstimatedCountPaginator

EXCERPT_LENGTH = 120


class Moderation(NamedTuple):
    status: str
    service: Callable
    label: str
    done: str


#: One-click and bulk moderation, by the name their admin URLs end with.
MODERATIONS = {
    "approve": Moderation(Comment.Status.APPROVED, services.comment_approve, "Approve", "approved"),
    "spam": Moderation(Comment.Status.SPAM, services.comment_mark_spam, "Spam", "marked as spam"),
    "trash": Moderation(
        Comment.Status.TRASH, services.comment_trash, "Trash", "moved to the trash"
    ),
}


class StatusChangeInline(admin.TabularInline):
    """The comment's moderation history, as the services logged it: read-only."""

    model = StatusChange
    fields = ["changed_at", "from_status", "to_status", "reason", "changed_by"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "history"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("changed_by")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(PersonalDataAdminMixin, admin.ModelAdmin):
    # The queue of a large site: no full COUNT, estimated paging (as reviews' LargeTableAdmin).
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    list_per_page = 50
    # WordPress's columns: who (name, e-mail, IP), what, on which item, when, and the status.
    list_display = ["author", "excerpt", "commented_on", "submitted_at", "status_with_reason"]
    list_display_links = ["excerpt"]
    # Counts per status would read the whole table.
    show_facets = admin.ShowFacets.NEVER
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = ["status"]
    # Not by e-mail or IP: a search lands in access logs as ?q=; the Personal data page
    # finds an address's comments by POST.
    search_fields = ["author_name", "text"]
    ordering = QUEUE_ORDERING
    actions = ["approve_selected", "spam_selected", "trash_selected", "personal_data"]
    inlines = [StatusChangeInline]
    fieldsets = [
        (None, {"fields": ["commented_on", "in_reply_to", "status", "status_reason"]}),
        ("Comment", {"fields": ["author_name", "author_url", "text"]}),
        (
            "Kept for moderation",
            {
                "fields": [
                    "author_email",
                    "user",
                    "ip_address",
                    "user_agent",
                    "wants_reply_notification",
                    "submitted_at",
                    "updated_at",
                ]
            },
        ),
    ]
    readonly_fields = [
        "commented_on",
        "in_reply_to",
        "status_reason",
        "author_email",
        "user",
        "ip_address",
        "user_agent",
        "wants_reply_notification",
        "submitted_at",
        "updated_at",
    ]

    def get_queryset(self, request):
        # One query per kind of commented object for a whole page, not one per row.
        return super().get_queryset(request).prefetch_related("content_object")

    def get_ordering(self, request):
        # One status is read newest first from comment_queue_idx; the whole queue, pending
        # first, from comment_queue_order_idx.
        if request.GET.get("status__exact"):
            return ["-submitted_at", "-pk"]
        return QUEUE_ORDERING

    def get_list_display(self, request):
        if not self.has_moderate_permission(request):
            return self.list_display
        return [*self.list_display, self.moderation_buttons(request)]

    def get_readonly_fields(self, request, obj=None):
        if self.has_moderate_permission(request, obj):
            return self.readonly_fields
        return [*self.readonly_fields, "status"]

    def get_actions(self, request):
        # Moderators trash comments; a bulk delete would lose them and their history.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def get_urls(self):
        view = self.admin_site.admin_view
        urls = [
            path(
                "personal-data/",
                view(self.personal_data_view),
                name="comments_comment_personal_data",
            )
        ]
        urls += [
            path(
                f"<path:object_id>/{action}/",
                view(self.moderate_view),
                {"action": action},
                name=f"comments_comment_{action}",
            )
            for action in MODERATIONS
        ]
        return urls + super().get_urls()

    def has_add_permission(self, request):
        return False  # comments come from visitors

    def has_delete_permission(self, request, obj=None):
        # Moderators trash (the retention job empties the trash); deleting for good, with
        # the comment's history, is for superusers.
        return request.user.is_superuser

    def get_deleted_objects(self, objs, request):
        # Replies are PROTECTed from the delete only so that nothing takes them along:
        # comment_delete moves them up the thread instead, so they do not block it.
        deleted, counts, perms_needed, _protected = super().get_deleted_objects(objs, request)
        return deleted, counts, perms_needed, []

    def delete_model(self, request, obj):
        services.comment_delete(comment=obj)

    def has_moderate_permission(self, request, obj=None):
        return request.user.has_perm("comments.moderate_comment") and self.has_change_permission(
            request, obj
        )

    def view_on_site(self, comment):
        return comment.get_absolute_url() if comment.content_object is not None else None

    def changelist_view(self, request, extra_context=None):
        extra_context = {"has_moderate_permission": self.has_moderate_permission(request)}
        return super().changelist_view(request, extra_context)

    def save_model(self, request, obj, form, change):
        # The status is the service's to write: it logs the change and sends the mail.
        fields = [name for name in form.changed_data if name != "status"]
        if fields:
            obj.save(update_fields=[*fields, "updated_at"])
        if "status" in form.changed_data:
            services.comment_set_status(
                comment=obj, status=form.cleaned_data["status"], by=request.user
            )

    @admin.display(description="On")
    def commented_on(self, comment):
        target = comment.content_object
        if target is None:
            return "(deleted)"
        if not hasattr(target, "get_absolute_url"):
            return str(target)
        # The anchor on the item's page; "View on site" finds the exact comments page, which
        # costs a query per comment (too many for a changelist).
        url = f"{target.get_absolute_url()}#{comment.anchor}"
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, target)

    @admin.display(description="In reply to")
    def in_reply_to(self, comment):
        if comment.parent_id is None:
            return "—"
        url = reverse("admin:comments_comment_change", args=[comment.parent_id])
        return format_html('<a href="{}">{}</a>', url, comment.parent)

    @admin.display(description="Author", ordering="author_name")
    def author(self, comment):
        return format_html(
            "<strong>{}</strong><br>{}<br><small>{}</small>",
            comment.author_name,
            comment.author_email or "—",
            comment.ip_address or "—",
        )

    @admin.display(description="Status", ordering="status")
    def status_with_reason(self, comment):
        return format_html(
            "<strong>{}</strong><br><small>{}</small>",
            comment.get_status_display(),
            comment.status_reason,
        )

    @admin.display(description="Comment")
    def excerpt(self, comment):
        return Truncator(comment.text).chars(EXCERPT_LENGTH)

    def moderation_buttons(self, request):
        """The "Moderate" column: one button per other status, posting to moderate_view."""
        back = request.get_full_path()

        # Buttons, not forms: the changelist is already a form (with its CSRF token), and
        # formaction sends that form to the one-click URL instead.
        @admin.display(description="Moderate")
        def moderate(comment):
            return format_html_join(
                " ",
                '<button type="submit" class="button" formaction="{}" name="next" value="{}">'
                "{}</button>",
                (
                    (reverse(f"admin:comments_comment_{action}", args=[comment.pk]), back, m.label)
                    for action, m in MODERATIONS.items()
                    if comment.status != m.status
                ),
            )

        return moderate

    def moderate_view(self, request, object_id, action):
        """Approve, spam or trash one comment on POST; on GET (a link in mail) only ask."""
        if not self.has_moderate_permission(request):
            raise PermissionDenied
        comment = self.get_object(request, unquote(object_id))
        if comment is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        moderation = MODERATIONS[action]
        if request.method != "POST":
            context = {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": f"{moderation.label} this comment?",
                "comment": comment,
                "moderation": moderation,
                "next": reverse("admin:comments_comment_changelist") + "?status__exact=pending",
            }
            return TemplateResponse(
                request, "admin/comments/comment/moderate_confirm.html", context
            )
        moderation.service(comment=comment, by=request.user)
        self.message_user(
            request,
            f"The comment by {comment.author_name} was {moderation.done}.",
            messages.SUCCESS,
        )
        return redirect(self.next_url(request))

    def next_url(self, request):
        url = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return url
        return reverse("admin:comments_comment_changelist")

    def moderate_all(self, request, queryset, action):
        moderation = MODERATIONS[action]
        count = 0
        # One transaction: the mail of every comment is queued with it, and one delivery task
        # sends it all over one connection after the commit.
        with transaction.atomic():
            for comment in queryset.exclude(status=moderation.status).prefetch_related(None):
                moderation.service(comment=comment, by=request.user)
                count += 1
        message = ngettext("%(count)d comment %(done)s.", "%(count)d comments %(done)s.", count)
        self.message_user(request, message % {"count": count, "done": moderation.done})

    @admin.action(description="Approve selected comments", permissions=["moderate"])
    def approve_selected(self, request, queryset):
        self.moderate_all(request, queryset, "approve")

    @admin.action(description="Mark selected comments as spam", permissions=["moderate"])
    def spam_selected(self, request, queryset):
        self.moderate_all(request, queryset, "spam")

    @admin.action(description="Move selected comments to the trash", permissions=["moderate"])
    def trash_selected(self, request, queryset):
        self.moderate_all(request, queryset, "trash")


@admin.register(ModerationSettings)
class ModerationSettingsAdmin(admin.ModelAdmin):
    """One row of settings: its changelist is its change page."""

    fieldsets = [
        (
            "Holding and approval",
            {"fields": ["approval", "link_threshold", "moderation_words", "disallowed_words"]},
        ),
        ("Threads", {"fields": ["max_depth", "close_after_days"]}),
        ("E-mail and privacy", {"fields": ["notify_author_on_approval", "ip_retention_days"]}),
    ]

    def has_add_permission(self, request):
        return False  # the change page of the one row saves it the first time

    def get_object(self, request, object_id, from_field=None):
        # Until first saved the row does not exist: its page shows the defaults (a fresh
        # instance, not the shared one ModerationSettings.objects.current() returns).
        found = super().get_object(request, object_id, from_field)
        if found is None and from_field is None and str(object_id) == "1":
            return ModerationSettings(pk=1)
        return found

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return redirect("admin:comments_moderationsettings_change", 1)  # the one row
