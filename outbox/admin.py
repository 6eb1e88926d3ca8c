"""The outbox for staff: what was sent, what waits for a retry and why, what was given up."""

from django.contrib import admin, messages
from django.utils.translation import ngettext

from outbox import services
from outbox.models import OutgoingMail
from reviewsite.paginator import EstimatedCountPaginator


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    """Read-only: staff who may change outgoing mail can only retry it now or give it up."""

    paginator = EstimatedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    list_per_page = 50
    list_display = [
        "subject",
        "recipients",
        "status",
        "attempts",
        "next_attempt",
        "last_error",
        "created_at",
        "sent_at",
    ]
    list_filter = ["status"]
    # Not by address: a search lands in access logs as ?q=.
    search_fields = ["subject"]
    date_hierarchy = "created_at"
    actions = ["retry_now", "give_up"]
    fields = [
        "about",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
        "from_email",
        "to",
        "cc",
        "bcc",
        "reply_to",
        "headers",
        "subject",
        "body",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # sent and given-up mail is deleted after OUTBOX_KEEP

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.display(description="To")
    def recipients(self, mail):
        return ", ".join(mail.to)

    @admin.display(description="Next attempt", ordering="next_attempt_at")
    def next_attempt(self, mail):
        if mail.status in (OutgoingMail.Status.SENT, OutgoingMail.Status.FAILED):
            return "—"
        return mail.next_attempt_at

    @admin.action(description="Retry now", permissions=["change"])
    def retry_now(self, request, queryset):
        count = services.mail_retry(mails=queryset)
        message = ngettext(
            "%(count)d mail will be sent again now.",
            "%(count)d mails will be sent again now.",
            count,
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description="Give up", permissions=["change"])
    def give_up(self, request, queryset):
        count = services.mail_give_up(mails=queryset, by=request.user)
        message = ngettext(
            "Gave up %(count)d queued mail.", "Gave up %(count)d queued mails.", count
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)
