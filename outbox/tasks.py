"""The outbox's background tasks: thin, they call outbox.delivery."""

from django_tasks import task

from outbox import delivery


@task()
def deliver_mail() -> int:
    """Send the mail that is due (new, due for a retry, or left by a stopped worker)."""
    return delivery.mail_deliver_due()


@task()
def prune_mail() -> int:
    """Delete sent and given-up mail older than OUTBOX_KEEP."""
    return delivery.mail_prune()
