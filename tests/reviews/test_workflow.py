"""The workflow's services: who may make which move, which moves are legal, what is recorded
and who hears of it."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from outbox.models import OutgoingMail
from reviews import services
from reviews.models import Review, ReviewTransition
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
Status = Review.Status

#: Each move: the status it starts from, the service, and the status it reaches.
MOVES = {
    "submit": (Status.DRAFT, services.review_submit, Status.IN_REVIEW),
    "resubmit": (Status.CHANGES_REQUESTED, services.review_submit, Status.IN_REVIEW),
    "request_changes": (
        Status.IN_REVIEW,
        services.review_request_changes,
        Status.CHANGES_REQUESTED,
    ),
    "approve": (Status.IN_REVIEW, services.review_approve, Status.APPROVED),
    "publish": (Status.APPROVED, services.review_publish, Status.PUBLISHED),
    "unpublish": (Status.PUBLISHED, services.review_unpublish, Status.DRAFT),
}
#: role → the moves it may make (on a review by the writer).
ALLOWED = {
    "author_writer": {"submit", "resubmit"},
    "other_writer": set(),
    "editor": set(MOVES),
    "moderator": set(),
}


def member(username, group):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def people():
    return {
        "author_writer": member("writer", "Writers"),
        "other_writer": member("other-writer", "Writers"),
        "editor": member("chief-editor", "Editors"),
        "moderator": member("moderator", "Moderators"),
    }


def review_in(status, author):
    published_at = timezone.now() - dt.timedelta(days=1) if status == Status.PUBLISHED else None
    return ReviewFactory(status=status, published_at=published_at, author=author)


def make(move, review, by):
    _, service, _ = MOVES[move]
    note = "Tighten the second section." if move == "request_changes" else ""
    kwargs = {"note": note} if move != "unpublish" else {}
    return service(review=review, by=by, **kwargs)


@pytest.mark.parametrize("move", MOVES)
@pytest.mark.parametrize("role", ALLOWED)
def test_permission_table(people, role, move):
    source, _, target = MOVES[move]
    review = review_in(source, author=people["author_writer"])
    if move in ALLOWED[role]:
        make(move, review, people[role])
        review.refresh_from_db()
        assert review.status == target
        step = review.transitions.get()
        assert (step.from_status, step.to_status, step.by) == (source, target, people[role])
    else:
        with pytest.raises(PermissionDenied):
            make(move, review, people[role])
        review.refresh_from_db()
        assert review.status == source
        assert not review.transitions.exists()


@pytest.mark.parametrize(
    ("move", "status"),
    [
        ("submit", Status.IN_REVIEW),
        ("submit", Status.PUBLISHED),
        ("approve", Status.DRAFT),
        ("approve", Status.CHANGES_REQUESTED),
        ("request_changes", Status.DRAFT),
        ("publish", Status.CHANGES_REQUESTED),
        ("unpublish", Status.DRAFT),
    ],
)
def test_a_move_from_the_wrong_status_is_refused_even_to_editors(people, move, status):
    review = review_in(status, author=people["author_writer"])
    with pytest.raises(ValidationError):
        make(move, review, people["editor"])
    review.refresh_from_db()
    assert review.status == status


def test_the_stored_status_decides_not_a_stale_copy(people):
    review = review_in(Status.IN_REVIEW, author=people["author_writer"])
    stale = Review.objects.get(pk=review.pk)
    services.review_approve(review=review, by=people["editor"])
    with pytest.raises(ValidationError):  # a second editor, on the page they opened before
        services.review_approve(review=stale, by=people["editor"])
    assert ReviewTransition.objects.filter(review=review).count() == 1


def test_requesting_changes_needs_a_note(people):
    review = review_in(Status.IN_REVIEW, author=people["author_writer"])
    with pytest.raises(ValidationError):
        services.review_request_changes(review=review, by=people["editor"], note="  ")
    assert Review.objects.get(pk=review.pk).status == Status.IN_REVIEW


def test_superusers_may_make_every_move():
    boss = UserFactory(username="boss", is_superuser=True)
    review = review_in(Status.DRAFT, author=UserFactory())
    services.review_submit(review=review, by=boss)
    services.review_approve(review=review, by=boss)
    services.review_publish(review=review, by=boss)
    assert review.is_published


@time_machine.travel(NOW, tick=False)
def test_scheduling_is_publishing_at_a_future_time_and_is_recorded(people):
    review = review_in(Status.APPROVED, author=people["author_writer"])
    services.review_publish(review=review, by=people["editor"], at=NOW + dt.timedelta(days=2))
    review.refresh_from_db()
    assert review.is_scheduled
    assert review.transitions.get().at == NOW


def test_the_site_itself_may_publish_without_a_person_and_sends_no_mail(people):
    review = review_in(Status.DRAFT, author=people["author_writer"])
    services.review_publish(review=review)
    assert review.is_published
    assert review.transitions.get().by is None
    assert not OutgoingMail.objects.exists()


# Mail, stored with the move and delivered after the commit.


def test_editors_hear_of_a_submitted_review(people, django_capture_on_commit_callbacks):
    people["editor"].email = "chief@example.com"
    people["editor"].save()
    review = review_in(Status.DRAFT, author=people["author_writer"])
    with django_capture_on_commit_callbacks(execute=True):
        services.review_submit(review=review, by=people["author_writer"], note="Ready.")
    assert [message.to for message in mail.outbox] == [["chief@example.com"]]
    assert f"/admin/reviews/review/{review.pk}/change/" in mail.outbox[0].body
    assert "Ready." in mail.outbox[0].body
    assert review.headline in mail.outbox[0].subject


def test_the_writer_reads_the_requested_changes_in_the_mail(people):
    writer = people["author_writer"]
    review = review_in(Status.IN_REVIEW, author=writer)
    services.review_request_changes(
        review=review, by=people["editor"], note="Cut the <b>intro</b>."
    )
    sent = OutgoingMail.objects.get()
    assert sent.to == [writer.email]
    assert "Cut the <b>intro</b>." in sent.body  # plain text: the note as written
    assert sent.subject.startswith("[")


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(("days", "words"), [(0, "It is live"), (3, "scheduled")])
def test_the_writer_hears_when_the_review_is_published_or_scheduled(people, days, words):
    review = review_in(Status.APPROVED, author=people["author_writer"])
    at = NOW + dt.timedelta(days=days)
    services.review_publish(review=review, by=people["editor"], at=at)
    sent = OutgoingMail.objects.get()
    assert sent.to == [people["author_writer"].email]
    assert words in sent.body


def test_nobody_is_told_of_their_own_move(people):
    editor = people["editor"]
    review = review_in(Status.DRAFT, author=editor)
    services.review_publish(review=review, by=editor)
    assert not OutgoingMail.objects.exists()


def test_a_refused_move_sends_no_mail(people):
    review = review_in(Status.IN_REVIEW, author=people["author_writer"])
    with pytest.raises(PermissionDenied):
        services.review_approve(review=review, by=people["other_writer"])
    assert not OutgoingMail.objects.exists()


def test_each_move_is_a_version_of_the_review_by_who_made_it(people):
    from reversion.models import Version

    review = review_in(Status.DRAFT, author=people["author_writer"])
    services.review_submit(review=review, by=people["author_writer"])
    services.review_approve(review=review, by=people["editor"])
    revisions = [v.revision for v in Version.objects.get_for_object(review)]
    assert [(r.comment, r.user) for r in revisions] == [
        ("Approved", people["editor"]),
        ("Submitted for review", people["author_writer"]),
    ]
