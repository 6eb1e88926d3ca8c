"""The review changelist's "Request changes" action (reviews/admin_request_changes.py): one
note for the selected reviews, asked for on a page of its own, each review sent back through
the change form's service or skipped with why."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from reversion.models import Version

from outbox.models import OutgoingMail
from reviews.admin_request_changes import NOTE_MAX_LENGTH
from reviews.models import Review
from reviews.services import NOTE_REQUIRED
from tests.factories import ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

Status = Review.Status
CHANGELIST = reverse("admin:reviews_review_changelist")
TEMPLATE = "admin/reviews/review/request_changes.html"


@pytest.fixture
def reviews():
    """One review in each status a selection may hold, by a writer with an address."""
    author = UserFactory(username="the-writer", email="writer@example.com", is_staff=True)
    return {
        status: ReviewFactory(
            headline=f"A review {status}",
            status=status,
            author=author,
            published_at=None if status != Status.PUBLISHED else "2026-01-05T10:00Z",
        )
        for status in Status.values
    }


def chosen(*reviews, **data):
    """The action posted from the list (no note yet), or from its page with `data`."""
    return {"action": "request_changes", "_selected_action": [r.pk for r in reviews]} | data


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_action_asks_for_the_note_and_says_which_reviews_will_be_skipped(
    editor_client, reviews
):
    response = editor_client.post(CHANGELIST, chosen(*reviews.values(), index="0"))
    assert response.status_code == 200
    assert TEMPLATE in [template.name for template in response.templates]
    entries = dict(response.context["entries"])
    assert entries[reviews[Status.IN_REVIEW]] is None
    assert entries[reviews[Status.APPROVED]] is None
    assert entries[reviews[Status.DRAFT]] == (
        "its status is Draft, and only a review in review or approved can be sent back."
    )
    assert not response.context["form"].is_bound
    assert 'name="apply"' in response.text and 'maxlength="2000"' in response.text
    assert set(Review.objects.values_list("status", flat=True)) == set(Status.values)


def test_a_note_sends_back_each_review_that_may_be_and_names_those_skipped(
    editor_client, editor, reviews
):
    note = "Name the composer, and cut the second paragraph."
    response = editor_client.post(
        CHANGELIST, chosen(*reviews.values(), apply="Send back", note=note)
    )
    assert response.status_code == 302 and response["Location"] == CHANGELIST
    sent = [reviews[Status.IN_REVIEW], reviews[Status.APPROVED]]
    for was, review in reviews.items():
        review.refresh_from_db()
        moves = [(m.from_status, m.to_status, m.by, m.note) for m in review.transitions.all()]
        if review in sent:
            assert moves == [(was, Status.CHANGES_REQUESTED, editor, note)]
            (version,) = Version.objects.get_for_object(review)
            assert (version.revision.user, version.revision.get_comment()) == (
                editor,
                "Changes requested",
            )
        else:
            assert (review.status, moves) == (was, [])
    assert OutgoingMail.objects.filter(to=["writer@example.com"]).count() == 2
    messages = said(response)
    # In the list's order, which the test leaves to the admin.
    assert messages[0] in {
        f"2 reviews sent back to their writers with your note: “{one}”, “{other}”."
        for one, other in (sent, sent[::-1])
    }
    skipped = [reviews[s] for s in (Status.DRAFT, Status.CHANGES_REQUESTED, Status.PUBLISHED)]
    assert sorted(messages[1:]) == sorted(
        f"“{review}” was not sent back: its status is {review.get_status_display()}, and "
        "only a review in review or approved can be sent back."
        for review in skipped
    )


@pytest.mark.parametrize(
    ("note", "error"),
    [
        ("   ", NOTE_REQUIRED),
        ("x" * (NOTE_MAX_LENGTH + 1), f"at most {NOTE_MAX_LENGTH} characters"),
    ],
)
def test_a_bad_note_keeps_what_was_typed_and_moves_nothing(editor_client, reviews, note, error):
    review = reviews[Status.IN_REVIEW]
    response = editor_client.post(CHANGELIST, chosen(review, apply="Send back", note=note))
    assert response.status_code == 200
    assert error in " ".join(response.context["form"].errors["note"])
    assert f">\n{note}</textarea>" in response.text  # the text as typed, to fix
    assert [r.pk for r, _ in response.context["entries"]] == [review.pk]
    assert Review.objects.get(pk=review.pk).status == Status.IN_REVIEW
    assert not review.transitions.exists()


def test_a_selection_nobody_can_send_back_offers_no_form(editor_client, reviews):
    response = editor_client.post(CHANGELIST, chosen(reviews[Status.DRAFT], index="0"))
    assert "None of the selected reviews can be sent back." in response.text
    assert 'name="apply"' not in response.text


def test_a_review_moved_meanwhile_is_skipped_with_the_services_reason(
    editor_client, reviews, monkeypatch
):
    """The page and the service decide apart: what moved in between is the service's."""
    from reviews import admin_request_changes

    review = reviews[Status.IN_REVIEW]
    monkeypatch.setattr(admin_request_changes, "skip_reason", lambda user, review: None)
    Review.objects.filter(pk=review.pk).update(status=Status.DRAFT)
    response = editor_client.post(CHANGELIST, chosen(review, apply="Send back", note="Shorter."))
    assert said(response) == [
        f"“{review}” was not sent back: A review that is draft cannot be moved so."
    ]
    assert Review.objects.get(pk=review.pk).status == Status.DRAFT


def test_writers_do_not_get_the_action_nor_can_they_post_it(writer_client, writer):
    review = ReviewFactory(status=Status.IN_REVIEW, published_at=None, author=writer)
    actions = writer_client.get(CHANGELIST).context["action_form"].fields["action"].choices
    assert "request_changes" not in {name for name, _ in actions}
    response = writer_client.post(CHANGELIST, chosen(review, apply="Send back", note="Mine."))
    assert response.status_code == 302
    assert Review.objects.get(pk=review.pk).status == Status.IN_REVIEW
    assert not review.transitions.exists()


def test_moderators_cannot_reach_the_action(moderator_client, reviews):
    review = reviews[Status.IN_REVIEW]
    response = moderator_client.post(CHANGELIST, chosen(review, apply="Send back", note="No."))
    assert response.status_code == 403
    assert Review.objects.get(pk=review.pk).status == Status.IN_REVIEW
