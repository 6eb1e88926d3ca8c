import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, ModerationSettings, StatusChange
from outbox import delivery
from reviewsite.paginator import EstimatedCountPaginator
from tests.comments.helpers import make_comment
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:comments_comment_changelist")
MODERATIONS = [
    ("approve", Comment.Status.APPROVED, "approved"),
    ("spam", Comment.Status.SPAM, "marked as spam"),
    ("trash", Comment.Status.TRASH, "moved to the trash"),
]


def ago(**kwargs):
    return timezone.now() - dt.timedelta(**kwargs)


def change_url(comment):
    return reverse("admin:comments_comment_change", args=[comment.pk])


def change_form_data(comment, **changes):
    """What the change page posts back, history inline included."""
    history = comment.status_changes.count()
    return {
        "status": comment.status,
        "author_name": comment.author_name,
        "author_url": comment.author_url,
        "text": comment.text,
        "status_changes-TOTAL_FORMS": history,
        "status_changes-INITIAL_FORMS": history,
        "status_changes-MIN_NUM_FORMS": 0,
        "status_changes-MAX_NUM_FORMS": 1000,
        **changes,
    }


def test_queue_lists_pending_comments_first_then_newest_first(moderator_client):
    old_pending = make_comment(submitted_at=ago(days=3))
    new_approved = make_comment(status=Comment.Status.APPROVED, submitted_at=ago(minutes=1))
    new_pending = make_comment(submitted_at=ago(hours=1))
    old_spam = make_comment(status=Comment.Status.SPAM, submitted_at=ago(days=2))

    response = moderator_client.get(QUEUE)

    assert list(response.context["cl"].result_list) == [
        new_pending,
        old_pending,
        new_approved,
        old_spam,
    ]


def test_queue_shows_the_review_author_email_ip_status_reason_and_an_excerpt(moderator_client):
    review = ReviewFactory(headline="Heat, thirty years on")
    comment = make_comment(
        review,
        author_name="Vincent Hanna",
        author_email="vincent@example.org",
        ip_address="198.51.100.23",
        status_reason="held: 2 links",
        text="A long comment. " * 40,
    )

    content = moderator_client.get(QUEUE).content.decode()

    assert f'href="{review.get_absolute_url()}#comment-{comment.pk}"' in content
    assert "Heat, thirty years on" in content
    assert "Vincent Hanna" in content
    assert "vincent@example.org" in content
    assert "198.51.100.23" in content
    assert "Pending" in content and "held: 2 links" in content
    assert "A long comment. A long comment." in content
    assert comment.text.strip() not in content  # only an excerpt


def test_queue_counts_cheaply(moderator_client):
    make_comment()
    cl = moderator_client.get(QUEUE).context["cl"]
    assert isinstance(cl.paginator, EstimatedCountPaginator)
    assert cl.show_full_result_count is False


def test_queue_query_count_does_not_grow_with_the_rows(moderator_client):
    make_comment()
    with CaptureQueriesContext(connection) as one_row:
        moderator_client.get(QUEUE)
    for _ in range(5):
        make_comment()  # each on its own review
    with CaptureQueriesContext(connection) as six_rows:
        moderator_client.get(QUEUE)
    assert len(six_rows) == len(one_row)


def test_queue_filters_by_status(moderator_client):
    pending = make_comment()
    make_comment(status=Comment.Status.SPAM)
    response = moderator_client.get(QUEUE, {"status__exact": "pending"})
    assert list(response.context["cl"].result_list) == [pending]


@pytest.mark.parametrize("query", ["Hanna", "wide shot"], ids=str)
def test_queue_searches_name_and_text(moderator_client, query):
    wanted = make_comment(
        author_name="Vincent Hanna",
        author_email="vincent@example.org",
        text="That wide shot of the airport.",
        ip_address="198.51.100.23",
    )
    make_comment(author_name="Someone else", text="Nothing to see.", ip_address="192.0.2.1")
    response = moderator_client.get(QUEUE, {"q": query})
    assert list(response.context["cl"].result_list) == [wanted]


def test_each_row_has_buttons_for_the_other_statuses(moderator_client):
    pending = make_comment()
    approved = make_comment(status=Comment.Status.APPROVED)

    content = moderator_client.get(QUEUE).content.decode()

    for action in ["approve", "spam", "trash"]:
        url = reverse(f"admin:comments_comment_{action}", args=[pending.pk])
        assert f'formaction="{url}"' in content
    assert reverse("admin:comments_comment_approve", args=[approved.pk]) not in content
    assert reverse("admin:comments_comment_spam", args=[approved.pk]) in content


@pytest.mark.parametrize(("action", "status", "done"), MODERATIONS)
def test_one_click_changes_the_status_and_logs_who_and_when(
    moderator_client, moderator, action, status, done
):
    comment = make_comment(author_name="Neil")
    back = f"{QUEUE}?status__exact=pending"
    at = dt.datetime(2026, 5, 1, 12, 30, tzinfo=dt.UTC)

    with time_machine.travel(at, tick=False):
        response = moderator_client.post(
            reverse(f"admin:comments_comment_{action}", args=[comment.pk]), {"next": back}
        )

    assert response.status_code == 302 and response["Location"] == back
    comment.refresh_from_db()
    assert comment.status == status
    change = StatusChange.objects.get(comment=comment)
    assert (change.from_status, change.to_status) == ("pending", status)
    assert change.changed_by == moderator and change.changed_at == at
    messages = [str(m) for m in moderator_client.get(back).context["messages"]]
    assert messages == [f"The comment by Neil was {done}."]


def test_one_click_get_asks_and_changes_nothing(moderator_client):
    comment = make_comment(text="Is this spam?")
    response = moderator_client.get(reverse("admin:comments_comment_spam", args=[comment.pk]))
    assert response.status_code == 200
    assert "Is this spam?" in response.content.decode()
    assert response.context["moderation"].label == "Spam"
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert not StatusChange.objects.exists()


def test_one_click_sends_back_only_to_this_site(moderator_client):
    comment = make_comment()
    response = moderator_client.post(
        reverse("admin:comments_comment_approve", args=[comment.pk]),
        {"next": "https://evil.example/phish"},
    )
    assert response["Location"] == QUEUE


def test_one_click_on_a_missing_comment_goes_back_to_the_admin(moderator_client):
    response = moderator_client.post(reverse("admin:comments_comment_approve", args=[999999]))
    assert response.status_code == 302
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize(("action", "status", "done"), MODERATIONS)
def test_bulk_actions_change_each_status_through_the_service(
    moderator_client, moderator, action, status, done
):
    comments = [make_comment() for _ in range(3)]
    already = make_comment(status=status)
    selected = [c.pk for c in [*comments, already]]

    response = moderator_client.post(
        QUEUE, {"action": f"{action}_selected", "_selected_action": selected}, follow=True
    )

    assert [str(m) for m in response.context["messages"]] == [f"3 comments {done}."]
    assert set(Comment.objects.filter(pk__in=selected).values_list("status", flat=True)) == {status}
    changes = StatusChange.objects.all()
    assert len(changes) == 3  # the comment already there is not logged again
    assert {(c.to_status, c.changed_by) for c in changes} == {(status, moderator)}


def test_bulk_approval_sends_all_its_mail_over_one_connection(
    moderator_client, monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    review = ReviewFactory(author__email="critic@example.com")
    selected = [make_comment(review).pk for _ in range(3)]
    opened = []
    real = delivery.get_connection
    monkeypatch.setattr(delivery, "get_connection", lambda: opened.append(1) or real())

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(QUEUE, {"action": "approve_selected", "_selected_action": selected})

    assert len(opened) == 1
    assert [m.to for m in mailoutbox] == [["critic@example.com"]] * 3


def test_bulk_delete_is_not_offered(moderator_client):
    make_comment()
    actions = moderator_client.get(QUEUE).context["action_form"].fields["action"].choices
    names = {name for name, _ in actions}
    assert {"approve_selected", "spam_selected", "trash_selected"} <= names
    assert "delete_selected" not in names


def test_moderator_edits_the_text_name_and_website(moderator_client):
    comment = make_comment(text="Teh best heist film.")
    response = moderator_client.post(
        change_url(comment),
        change_form_data(
            comment,
            text="The best heist film.",
            author_name="Chris",
            author_url="https://chris.example.org/",
        ),
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.text == "The best heist film."
    assert (comment.author_name, comment.author_url) == ("Chris", "https://chris.example.org/")
    assert comment.status == Comment.Status.PENDING
    assert not StatusChange.objects.exists()


def test_status_changed_on_the_change_page_is_logged_and_mailed(
    moderator_client, moderator, django_capture_on_commit_callbacks, mailoutbox
):
    review = ReviewFactory(author__email="critic@example.com")
    comment = make_comment(review)

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            change_url(comment), change_form_data(comment, status="approved", text="Edited.")
        )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.status, comment.text) == (Comment.Status.APPROVED, "Edited.")
    assert comment.status_reason == "approved by moderator-user"
    change = StatusChange.objects.get()
    assert (change.to_status, change.changed_by) == ("approved", moderator)
    assert [m.to for m in mailoutbox] == [["critic@example.com"]]


def test_change_page_shows_the_history_read_only(moderator_client):
    comment = make_comment()
    moderator_client.post(reverse("admin:comments_comment_trash", args=[comment.pk]))

    response = moderator_client.get(change_url(comment))

    content = response.content.decode()
    assert "trashed by moderator-user" in content
    formset = response.context["inline_admin_formsets"][0]
    assert formset.has_change_permission is False and formset.has_add_permission is False
    assert 'name="status_changes-0-reason"' not in content


def test_comments_cannot_be_added_in_the_admin(moderator_client):
    assert moderator_client.get(reverse("admin:comments_comment_add")).status_code == 403


def test_index_shows_the_pending_count_to_moderators(moderator_client, editor_client):
    make_comment()
    make_comment()
    make_comment(status=Comment.Status.APPROVED)

    content = moderator_client.get(reverse("admin:index")).content.decode()

    assert f'<a href="{QUEUE}?status__exact=pending">Comments: 2 pending</a>' in content
    assert "pending" not in editor_client.get(reverse("admin:index")).content.decode()


def test_index_pending_count_is_one_query(moderator_client):
    make_comment()
    with CaptureQueriesContext(connection) as queries:
        moderator_client.get(reverse("admin:index"))
    on_comments = [q for q in queries if "comments_comment" in q["sql"]]
    assert len(on_comments) == 1


def test_moderation_settings_changelist_opens_the_single_row(moderator_client):
    response = moderator_client.get(reverse("admin:comments_moderationsettings_changelist"))
    row = ModerationSettings.objects.current()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:comments_moderationsettings_change", args=[row.pk]
    )
    assert not ModerationSettings.objects.exists()  # opening a page writes nothing


def test_moderation_settings_page_shows_the_defaults_before_the_row_exists(moderator_client):
    response = moderator_client.get(reverse("admin:comments_moderationsettings_change", args=[1]))
    assert response.status_code == 200
    assert response.context["adminform"].form.initial["max_depth"] == 5
    assert not ModerationSettings.objects.exists()
    other = reverse("admin:comments_moderationsettings_change", args=[2])
    assert moderator_client.get(other).status_code == 302  # "doesn't exist", as for any id


def test_moderation_settings_cannot_be_added_or_deleted(moderator_client):
    row = ModerationSettings.objects.create(pk=1)
    add = reverse("admin:comments_moderationsettings_add")
    delete = reverse("admin:comments_moderationsettings_delete", args=[row.pk])
    assert moderator_client.get(add).status_code == 403
    assert moderator_client.post(delete, {"post": "yes"}).status_code == 403
    assert ModerationSettings.objects.count() == 1


def test_moderator_edits_the_moderation_settings(moderator_client):
    row = ModerationSettings.objects.current()  # not saved yet: the form saves it
    url = reverse("admin:comments_moderationsettings_change", args=[row.pk])
    data = {
        "approval": "manual",
        "link_threshold": 3,
        "moderation_words": "casino",
        "disallowed_words": "",
        "max_depth": 4,
        "close_after_days": "",
        "notify_author_on_approval": "",
        "ip_retention_days": 30,
    }
    response = moderator_client.post(url, data, follow=True)
    assert response.redirect_chain[-1][0] == url  # saved, back on the single row
    row.refresh_from_db()
    assert (row.approval, row.link_threshold, row.ip_retention_days) == ("manual", 3, 30)
    assert row.notify_author_on_approval is False
    assert ModerationSettings.objects.count() == 1


@pytest.mark.parametrize("query", ["vincent@example.org", "198.51.100.23"])
def test_queue_search_ignores_emails_and_ips_which_would_land_in_access_logs(
    moderator_client, query
):
    make_comment(author_email="vincent@example.org", ip_address="198.51.100.23")
    response = moderator_client.get(QUEUE, {"q": query})
    assert list(response.context["cl"].result_list) == []
