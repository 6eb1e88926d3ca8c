"""The editors' desk: the reviews waiting for the signed-in person, on the admin index.

Each section is one query, whatever the number of reviews: its first rows, each carrying the
section's `total` (a window count, computed before the LIMIT). A writer's desk holds their own
reviews (ReviewQuerySet.for_user), an editor's everyone's.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Window
from django.urls import reverse
from django.utils import timezone

from reviews.models import Review

#: Rows shown per section; the section links to the whole list.
SHOWN = 6
#: How far ahead the scheduled reviews are listed.
SCHEDULED_AHEAD = dt.timedelta(days=14)


@dataclass
class Section:
    key: str
    title: str
    query: str  # the changelist's filter that lists the whole section
    rows: list = field(default_factory=list)
    total: int = 0

    @property
    def url(self):
        return f"{reverse('admin:reviews_review_changelist')}?{self.query}"


def sections_for(user, now=None) -> list[Section]:
    """The desk's review sections for `user`; empty for someone who may not see reviews."""
    if not user.has_perm("reviews.view_review"):
        return []
    now = now or timezone.now()
    reviews = Review.objects.for_user(user)
    Status = Review.Status
    wanted = [
        (
            Section("mine", "My drafts", "status__exact=draft"),
            reviews.filter(author=user.pk).drafts(),
        ),
        (
            Section("in_review", "Awaiting review", "status__exact=in_review"),
            reviews.in_status(Status.IN_REVIEW).order_by("updated_at", "pk"),
        ),
        (
            Section("changes", "Changes requested", "status__exact=changes_requested"),
            reviews.in_status(Status.CHANGES_REQUESTED),
        ),
        (
            Section("approved", "Approved, to publish", "status__exact=approved"),
            reviews.in_status(Status.APPROVED).order_by("updated_at", "pk"),
        ),
        (
            Section("scheduled", "Scheduled in the next 14 days", "visibility=scheduled"),
            reviews.scheduled(now)
            .filter(published_at__lte=now + SCHEDULED_AHEAD)
            .order_by("published_at", "pk"),
        ),
        (
            Section("published", "Recently published", "visibility=live"),
            reviews.published(now).order_by("-published_at", "-pk"),
        ),
        (Section("warnings", "Consistency warnings", "warnings=yes"), reviews.with_warnings()),
    ]
    return [_filled(section, queryset) for section, queryset in wanted]


def _filled(section, queryset):
    if not queryset.query.order_by:
        queryset = queryset.order_by("-updated_at", "-pk")
    rows = list(
        queryset.select_related("film", "author")
        .only(
            "headline",
            "status",
            "published_at",
            "updated_at",
            "consistency_warnings",
            "film__title",
            "film__release_year",
            "author__username",
            "author__first_name",
            "author__last_name",
        )
        .annotate(section_total=Window(Count("pk")))[:SHOWN]
    )
    section.rows, section.total = rows, rows[0].section_total if rows else 0
    return section
