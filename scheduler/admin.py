from django.contrib import admin

from scheduler.models import JobRun


@admin.register(JobRun)
class JobRunAdmin(admin.ModelAdmin):
    """Recent runs of the periodic jobs, as the schedulers enqueued them: read-only."""

    list_display = ["name", "due_at", "enqueued_at", "task_result_id"]
    list_filter = ["name"]
    date_hierarchy = "due_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
