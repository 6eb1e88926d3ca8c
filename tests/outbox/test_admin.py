import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from outbox.models import OutgoingMail
from tests.factories import OutgoingMailFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:outbox_outgoingmail_changelist")


@pytest.fixture
def postmaster_client():
    """Staff who may change outgoing mail: they retry it or give it up."""
    user = UserFactory(username="postmaster", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_outgoingmail", "change_outgoingmail"])
    )
    client = Client()
    client.force_login(user)
    return client


def test_mail_failed_for_good_is_visible_to_staff_with_its_error(postmaster_client):
    failed = OutgoingMailFactory(
        subject="[reviewsite] New comment on “Heat”",
        status="failed",
        attempts=30,
        last_error="TimeoutError: timed out",
    )
    OutgoingMailFactory(status="sent", subject="[reviewsite] Delivered")

    response = postmaster_client.get(CHANGELIST, {"status__exact": "failed"})

    assert response.status_code == 200
    assert [m.pk for m in response.context["cl"].result_list] == [failed.pk]
    html = response.content.decode()
    assert "Failed for good" in html and "TimeoutError: timed out" in html
    assert "New comment on “Heat”" in html


def test_staff_search_the_outbox_by_subject(postmaster_client):
    heat = OutgoingMailFactory(subject="[reviewsite] Please moderate: “Heat”")
    OutgoingMailFactory(subject="[reviewsite] Please moderate: “Ronin”")
    response = postmaster_client.get(CHANGELIST, {"q": "Heat"})
    assert [m.pk for m in response.context["cl"].result_list] == [heat.pk]


def test_retry_now_and_give_up_are_actions(postmaster_client, django_capture_on_commit_callbacks):
    failed = OutgoingMailFactory(status="failed", attempts=30)
    queued = OutgoingMailFactory(attempts=2, next_attempt_at="2999-01-01T00:00Z")  # backing off
    with django_capture_on_commit_callbacks(execute=True):
        response = postmaster_client.post(
            CHANGELIST, {"action": "retry_now", "_selected_action": [failed.pk]}, follow=True
        )
    assert "1 mail will be sent again now." in response.content.decode()
    assert OutgoingMail.objects.get(pk=failed.pk).status == "sent"  # the worker sent it

    postmaster_client.post(CHANGELIST, {"action": "give_up", "_selected_action": [queued.pk]})
    queued.refresh_from_db()
    assert (queued.status, queued.last_error) == ("failed", "Given up by postmaster.")


def test_mail_is_read_only_even_to_those_who_may_change_it(postmaster_client):
    mail = OutgoingMailFactory()
    url = reverse("admin:outbox_outgoingmail_change", args=[mail.pk])
    response = postmaster_client.get(url)
    assert response.status_code == 200
    assert response.context["adminform"].form.fields == {}
    assert postmaster_client.get(reverse("admin:outbox_outgoingmail_add")).status_code == 403
    actions = postmaster_client.get(CHANGELIST).context["action_form"].fields["action"].choices
    assert {name for name, _ in actions} == {"", "retry_now", "give_up"}


def test_moderators_see_the_outbox_but_cannot_act_on_it(moderator_client):
    OutgoingMailFactory(status="failed")
    response = moderator_client.get(CHANGELIST)
    assert response.status_code == 200
    assert response.context["action_form"] is None


def test_editors_do_not_see_the_outbox(editor_client):
    assert editor_client.get(CHANGELIST).status_code == 403
