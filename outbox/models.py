"""Mail waiting to be sent, being sent, sent, or given up: one row per message."""

from django.core.mail import EmailMessage
from django.db import models
from django.db.models import Q
from django.utils import timezone

SUBJECT_MAX_LENGTH = 1000


class OutgoingMailQuerySet(models.QuerySet):
    def due(self, now):
        """Mail to try at `now`: queued and due, or left `sending` by a worker that stopped."""
        return self.filter(
            status__in=[OutgoingMail.Status.QUEUED, OutgoingMail.Status.SENDING],
            next_attempt_at__lte=now,
        )

    def finished_before(self, moment):
        """Sent or given-up mail created before `moment`: kept that long for staff, then deleted."""
        finished = [OutgoingMail.Status.SENT, OutgoingMail.Status.FAILED]
        return self.filter(status__in=finished, created_at__lt=moment)


class OutgoingMail(models.Model):
    """A plain-text message, kept from the transaction that caused it until it is sent."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed for good"

    about = models.CharField(
        max_length=200,
        blank=True,
        help_text="What caused the mail, for staff and logs (never an address).",
    )
    from_email = models.CharField(max_length=320, help_text="The From header.")
    to = models.JSONField(default=list, help_text="Recipients' addresses.")
    cc = models.JSONField(default=list, blank=True, help_text="Cc addresses.")
    bcc = models.JSONField(default=list, blank=True, help_text="Bcc addresses.")
    reply_to = models.JSONField(default=list, blank=True, help_text="Reply-To addresses.")
    subject = models.CharField(max_length=SUBJECT_MAX_LENGTH, help_text="One line.")
    body = models.TextField(help_text="Plain text.")
    headers = models.JSONField(
        default=dict, blank=True, help_text="Extra headers, e.g. List-Unsubscribe."
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.QUEUED, help_text="Where it is."
    )
    attempts = models.PositiveSmallIntegerField(
        default=0, help_text="Times a worker tried to send it."
    )
    next_attempt_at = models.DateTimeField(
        default=timezone.now,
        help_text="When a worker may try (again); while sending, when its lease runs out.",
    )
    last_error = models.CharField(
        max_length=500, blank=True, help_text="The last failure: the error's type and message."
    )
    created_at = models.DateTimeField(default=timezone.now, help_text="When it was queued.")
    sent_at = models.DateTimeField(null=True, blank=True, help_text="When the server took it.")

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        verbose_name = "outgoing mail"
        verbose_name_plural = "outgoing mail"
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The workers' query: only unsent rows are in it, so it stays small.
            models.Index(
                fields=["next_attempt_at"],
                name="outgoingmail_due_idx",
                condition=Q(status__in=["queued", "sending"]),
            ),
            models.Index(fields=["status", "-created_at"], name="outgoingmail_status_idx"),
            models.Index(fields=["-created_at"], name="outgoingmail_created_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["queued", "sending", "sent", "failed"]),
                name="outgoingmail_status_valid",
            ),
        ]

    def __str__(self):
        return self.subject

    def message(self) -> EmailMessage:
        """The EmailMessage to hand to a mail backend."""
        return EmailMessage(
            subject=self.subject,
            body=self.body,
            from_email=self.from_email,
            to=self.to,
            cc=self.cc,
            bcc=self.bcc,
            reply_to=self.reply_to,
            headers=self.headers,
        )
