from django.apps import AppConfig


class SchedulerConfig(AppConfig):
    name = "scheduler"

    def ready(self):
        from scheduler import checks  # noqa: F401  (registers the check of SCHEDULED_JOBS)
