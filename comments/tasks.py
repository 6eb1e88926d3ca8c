"""The comments app's background tasks: thin, they call its services."""

from django_tasks import task

from comments.privacy import comments_anonymize_ips
from comments.services import comments_empty_trash


@task()
def anonymize_comment_ips() -> int:
    """Daily: blank the IP address and browser of comments past the retention period."""
    return comments_anonymize_ips()


@task()
def empty_comment_trash() -> int:
    """Daily: delete comments left in the trash or spam past COMMENTS_TRASH_KEEP."""
    return comments_empty_trash()
