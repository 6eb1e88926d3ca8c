from django.db import models


class JobRun(models.Model):
    """One run of a scheduled job: the row that claims it, so it is enqueued only once.

    Schedulers on several machines all try to insert the row of a (job, due time); the
    unique constraint lets exactly one succeed, and that one enqueues the task.
    """

    name = models.CharField(max_length=100, help_text="The job's name in SCHEDULED_JOBS.")
    due_at = models.DateTimeField(help_text="The aligned time this run was due.")
    enqueued_at = models.DateTimeField(help_text="When a scheduler claimed and enqueued it.")
    task_result_id = models.CharField(
        max_length=64, blank=True, help_text="The enqueued task's id, as the backend gave it."
    )

    class Meta:
        ordering = ["-due_at", "name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "due_at"], name="scheduler_jobrun_once"),
        ]
        indexes = [models.Index(fields=["due_at"], name="scheduler_jobrun_due_idx")]

    def __str__(self):
        return f"{self.name} due {self.due_at:%Y-%m-%d %H:%M} UTC"
