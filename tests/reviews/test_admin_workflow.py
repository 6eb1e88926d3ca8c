"""The workflow in the review admin: writers' own reviews, the status as moves, the note,
the history, the actions each person gets."""

from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from reversion.models import Version

from imports.forms import ImportForm
from reviews import services
from reviews.models import Review, ReviewTransition
from tests.factories import ReviewFactory, UserFactory
from tests.reviews.test_admin import change_form_data, review_form_data

pytestmark = pytest.mark.django_db

Status = Review.Status
CHANGELIST = reverse("admin:reviews_review_changelist")


def change_url(review):
    return reverse("admin:reviews_review_change", args=[review.pk])


def status_choices(response):
    return [value for value, _ in response.context["adminform"].form.fields["status"].choices]


def test_a_writer_lists_only_their_own_reviews(writer_client, writer):
    own = ReviewFactory(draft=True, author=writer)
    ReviewFactory(draft=True)
    response = writer_client.get(CHANGELIST)
    assert list(response.context["cl"].result_list) == [own]


def test_a_writer_cannot_open_or_change_someone_elses_draft(writer_client):
    other = ReviewFactory(draft=True, headline="Not yours")
    assert writer_client.get(change_url(other)).status_code == 302  # "does not exist"
    response = writer_client.post(change_url(other), change_form_data(other, headline="Mine now"))
    assert response.status_code == 302
    assert Review.objects.get(pk=other.pk).headline == "Not yours"


def test_a_writers_new_review_is_theirs_and_may_only_be_submitted(writer_client, writer):
    film = ReviewFactory().film
    assert status_choices(writer_client.get(reverse("admin:reviews_review_add"))) == [
        "draft",
        "in_review",
    ]
    someone = UserFactory(is_staff=True)
    data = review_form_data(film, someone, status="in_review")
    response = writer_client.post(reverse("admin:reviews_review_add"), data)
    assert response.status_code == 302
    review = Review.objects.get(slug="a-dance-of-vengeance")
    assert (review.author, review.status) == (writer, Status.IN_REVIEW)
    assert review.transitions.get().by == writer


def test_a_writer_cannot_publish_from_the_form(writer_client, writer):
    film = ReviewFactory().film
    data = review_form_data(film, writer, status="published")
    response = writer_client.post(reverse("admin:reviews_review_add"), data)
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    assert not Review.objects.filter(slug="a-dance-of-vengeance").exists()


def test_a_writer_cannot_publish_feature_or_approve_with_actions(writer_client, writer):
    draft = ReviewFactory(status=Status.IN_REVIEW, published_at=None, author=writer)
    actions = writer_client.get(CHANGELIST).context["action_form"].fields["action"].choices
    assert {name for name, _ in actions} == {"", "submit"}
    for action in ("publish", "feature", "approve"):
        writer_client.post(CHANGELIST, {"action": action, "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert (draft.status, draft.is_featured) == (Status.IN_REVIEW, False)


def test_a_submitted_review_is_read_only_for_its_writer(writer_client, writer):
    review = ReviewFactory(status=Status.IN_REVIEW, published_at=None, author=writer)
    response = writer_client.get(change_url(review))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    data = change_form_data(review, headline="Changed in review")
    assert writer_client.post(change_url(review), data).status_code == 403


def test_an_editor_sends_a_review_back_with_a_note_the_writer_reads(
    editor_client, writer_client, writer
):
    review = ReviewFactory(status=Status.IN_REVIEW, published_at=None, author=writer)
    assert status_choices(editor_client.get(change_url(review))) == [
        "in_review",
        "changes_requested",
        "approved",
        "published",
    ]
    no_note = change_form_data(review, status="changes_requested")
    response = editor_client.post(change_url(review), no_note)
    assert "workflow_note" in response.context["adminform"].form.errors
    data = change_form_data(
        review, status="changes_requested", workflow_note="Name the <i>composer</i>."
    )
    assert editor_client.post(change_url(review), data).status_code == 302
    assert Review.objects.get(pk=review.pk).status == Status.CHANGES_REQUESTED

    content = writer_client.get(change_url(review)).content.decode()
    assert "Changes requested by" in content
    assert "Name the &lt;i&gt;composer&lt;/i&gt;." in content  # escaped, never markup
    assert 'class="workflow-history"' in content


def test_the_note_goes_once_the_review_is_resubmitted(writer_client, writer, editor):
    review = ReviewFactory(status=Status.CHANGES_REQUESTED, published_at=None, author=writer)
    ReviewTransition.objects.create(
        review=review, from_status="in_review", to_status="changes_requested", note="Shorter."
    )
    data = change_form_data(review, status="in_review")
    assert writer_client.post(change_url(review), data).status_code == 302
    assert Review.objects.get(pk=review.pk).status == Status.IN_REVIEW
    response = writer_client.get(change_url(review))
    assert response.context["changes_requested"] is None
    assert 'class="workflow-note"' not in response.content.decode()


def test_an_editor_approves_then_publishes_with_actions(editor_client):
    review = ReviewFactory(status=Status.IN_REVIEW, published_at=None)
    editor_client.post(CHANGELIST, {"action": "approve", "_selected_action": [review.pk]})
    editor_client.post(CHANGELIST, {"action": "publish", "_selected_action": [review.pk]})
    review.refresh_from_db()
    assert review.is_published
    moves = [(t.from_status, t.to_status) for t in review.transitions.order_by("at", "pk")]
    assert moves == [("in_review", "approved"), ("approved", "published")]


def test_an_action_says_which_reviews_it_could_not_move(editor_client):
    sent_back = ReviewFactory(status=Status.CHANGES_REQUESTED, published_at=None)
    response = editor_client.post(
        CHANGELIST, {"action": "approve", "_selected_action": [sent_back.pk]}, follow=True
    )
    assert "Not moved" in response.content.decode()
    assert Review.objects.get(pk=sent_back.pk).status == Status.CHANGES_REQUESTED


def test_moderators_get_no_review_admin(moderator_client):
    review = ReviewFactory(draft=True)
    assert moderator_client.get(change_url(review)).status_code == 403
    assert moderator_client.get(CHANGELIST).status_code == 403


def test_a_writer_previews_their_own_drafts_only(writer_client, writer):
    own = ReviewFactory(draft=True, author=writer)
    other = ReviewFactory(draft=True)
    assert writer_client.get(own.get_preview_url()).status_code == 200
    assert writer_client.get(other.get_preview_url()).status_code == 404


def test_a_writer_cannot_import_reviews_which_may_update_others(writer_client, editor_client):
    url = reverse("admin:reviews_review_import")
    button = f'href="{url}"'
    assert button not in writer_client.get(CHANGELIST).content.decode()
    assert button in editor_client.get(CHANGELIST).content.decode()
    assert writer_client.get(url).status_code == 403  # told before they fill the form in
    pasted = {"pasted": "Some Film (2020) Review\n\nText.", "status": ""}
    assert writer_client.post(url, pasted).status_code == 403
    assert editor_client.get(url).status_code == 200


def test_the_import_form_refuses_writers_too(writer):
    form = ImportForm({"pasted": "Some Film (2020) Review\n\nText.", "status": ""}, user=writer)
    assert not form.is_valid()
    assert "Importing reviews is for editors" in str(form.errors["pasted"])


def test_a_move_refused_when_made_saves_nothing_and_says_so(editor_client):
    review = ReviewFactory(status=Status.IN_REVIEW, published_at=None, headline="As it was")
    data = change_form_data(review, status="approved", headline="Changed")
    moved = ValidationError("A review that is approved cannot be moved so.")
    with mock.patch.object(services, "review_approve", side_effect=moved):  # another editor
        response = editor_client.post(change_url(review), data, follow=True)
    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    stored = Review.objects.get(pk=review.pk)
    assert (stored.headline, stored.status) == ("As it was", Status.IN_REVIEW)
    assert not Version.objects.get_for_object(review).exists()  # no version of the attempt


def move_buttons(response):
    return [move.label for move in response.context["workflow_moves"]]


def test_the_moves_a_person_may_make_are_buttons_beside_save(writer_client, editor_client, writer):
    draft = ReviewFactory(draft=True, author=writer)
    assert move_buttons(writer_client.get(change_url(draft))) == ["Submit for review"]
    assert "Save and submit for review" in writer_client.get(change_url(draft)).content.decode()
    submitted = ReviewFactory(status=Status.IN_REVIEW, published_at=None, author=writer)
    assert move_buttons(writer_client.get(change_url(submitted))) == []  # read-only now
    assert move_buttons(editor_client.get(change_url(submitted))) == [
        "Request changes",
        "Approve",
        "Publish or schedule",
    ]


def test_a_move_button_saves_and_moves(writer_client, writer):
    draft = ReviewFactory(draft=True, author=writer)
    data = change_form_data(draft, headline="Ready now", _move="in_review")
    assert writer_client.post(change_url(draft), data).status_code == 302
    stored = Review.objects.get(pk=draft.pk)
    assert (stored.headline, stored.status) == ("Ready now", Status.IN_REVIEW)


def test_a_move_button_the_person_may_not_use_is_refused(writer_client, writer):
    draft = ReviewFactory(draft=True, author=writer)
    data = change_form_data(draft, _move="published")
    response = writer_client.post(change_url(draft), data)
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    assert Review.objects.get(pk=draft.pk).status == Status.DRAFT


def test_a_refused_move_keeps_the_stored_status_and_the_editors_buttons(editor_client):
    review = ReviewFactory(status=Status.IN_REVIEW, published_at=None)
    data = change_form_data(review, _move="changes_requested", workflow_note=" ")
    response = editor_client.post(change_url(review), data)
    assert response.status_code == 200
    assert "Say what should change" in response.content.decode()
    assert move_buttons(response) == ["Request changes", "Approve", "Publish or schedule"]
    assert response.context["adminform"].form["status"].value() == Status.IN_REVIEW
    assert Review.objects.get(pk=review.pk).status == Status.IN_REVIEW


def test_a_writers_invalid_submission_keeps_their_form_and_button(writer_client, writer):
    draft = ReviewFactory(draft=True, author=writer)
    data = change_form_data(draft, headline="", _move="in_review")
    response = writer_client.post(change_url(draft), data)
    assert response.status_code == 200
    assert "headline" in response.context["adminform"].form.errors
    assert response.context["has_change_permission"] is True
    assert move_buttons(response) == ["Submit for review"]
    assert response.context["adminform"].form["status"].value() == Status.DRAFT


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def unchanged_data(review, **overrides):
    """The change form's data with the review's text as it is: only `overrides` change."""
    text = {
        "standfirst": review.standfirst,
        "body": review.body,
        "rating": str(review.rating),
        "verdict": review.verdict,
        "keywords": "",
    }
    return change_form_data(review, **(text | overrides))


def version_comments(review):
    return [v.revision.comment for v in Version.objects.get_for_object(review).order_by("pk")]


@pytest.mark.parametrize(
    ("status", "move", "said", "comment"),
    [
        ("draft", "in_review", "“Moves” was submitted for review.", "Submitted for review"),
        ("in_review", "approved", "“Moves” was approved.", "Approved"),
        (
            "in_review",
            "changes_requested",
            "“Moves” was sent back to its writer with your note.",
            "Changes requested",
        ),
        ("approved", "published", "“Moves” was published.", "Published"),
    ],
)
def test_a_move_says_what_it_did_and_its_version_is_the_move(
    editor_client, status, move, said, comment
):
    review = ReviewFactory(status=status, published_at=None, headline="Moves")
    data = unchanged_data(review, _move=move, workflow_note="Tighter, please.")
    response = editor_client.post(change_url(review), data, follow=True)
    assert messages_of(response) == [said]
    assert version_comments(review) == [comment]
    assert "was changed successfully" not in response.content.decode()


def test_scheduling_says_when_and_other_changes_stay_in_the_version(editor_client):
    review = ReviewFactory(status=Status.APPROVED, published_at=None, headline="Later")
    data = unchanged_data(
        review,
        _move="published",
        headline="Later on",
        published_at_0="2030-12-20",
        published_at_1="09:00:00",
    )
    response = editor_client.post(change_url(review), data, follow=True)
    assert messages_of(response) == ["“Later on” was scheduled for 20 December 2030, 09:00."]
    [comment] = version_comments(review)
    assert comment == "Scheduled for 20 December 2030, 09:00; changed Headline."


def test_a_save_without_a_move_is_said_as_before(editor_client):
    review = ReviewFactory(status=Status.IN_REVIEW, published_at=None)
    data = unchanged_data(review, headline="Only the headline")
    response = editor_client.post(change_url(review), data, follow=True)
    assert any("was changed successfully" in message for message in messages_of(response))
    assert version_comments(review) == ["Changed Headline."]


@pytest.mark.parametrize(
    ("status", "said"),
    [
        ("draft", "this review is a draft — not public yet."),
        ("in_review", "this review is in review — not public yet."),
        ("changes_requested", "this review is back with its writer for changes — not public yet."),
        ("approved", "this review is approved — not public yet."),
    ],
)
def test_the_preview_banner_says_the_reviews_status(editor_client, status, said):
    review = ReviewFactory(status=status, published_at=None)
    banner = editor_client.get(review.get_preview_url()).content.decode()
    assert f"Preview: {said}</div>" in banner
