import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def logs_in(client, username, password):
    """Through the admin's login form, as a person would (and django-axes watches)."""
    response = client.post(
        "/admin/login/?next=/admin/", {"username": username, "password": password}
    )
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_ensure_editor_creates_an_editor_once_with_a_generated_password(client, capsys):
    call_command("ensure_editor")
    first = capsys.readouterr().out
    password = re.search(r"password: (\S+)", first).group(1)
    user = get_user_model().objects.get(username="editor")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert logs_in(client, "editor", password)

    call_command("ensure_editor")
    second = capsys.readouterr().out
    assert password not in second and "already exists" in second
    assert logs_in(client, "editor", password)


def test_local_accounts_get_an_address_so_their_mail_shows_in_the_console(capsys):
    call_command("ensure_editor")
    call_command("ensure_editor", username="moderator", group="Moderators")
    call_command("ensure_editor", username="third", email="third@example.org")
    emails = dict(get_user_model().objects.values_list("username", "email"))
    assert emails == {
        "editor": "editor@localhost",
        "moderator": "moderator@localhost",
        "third": "third@example.org",
    }
    assert "e-mail: moderator@localhost" in capsys.readouterr().out


def test_an_earlier_account_without_an_address_is_given_one_and_keeps_its_own(capsys):
    get_user_model().objects.create_user(username="editor", email="", is_staff=True)
    get_user_model().objects.create_user(username="moderator", email="mo@example.org")
    call_command("ensure_editor")
    call_command("ensure_editor", username="moderator", group="Moderators")
    emails = dict(get_user_model().objects.values_list("username", "email"))
    assert emails == {"editor": "editor@localhost", "moderator": "mo@example.org"}


def test_each_new_editor_gets_a_different_password(capsys):
    call_command("ensure_editor", username="first")
    call_command("ensure_editor", username="second")
    passwords = re.findall(r"password: (\S+)", capsys.readouterr().out)
    assert len(passwords) == 2 and passwords[0] != passwords[1]


def test_ensure_editor_can_make_a_moderator(client, capsys):
    call_command("ensure_editor", username="moderator", group="Moderators")
    password = re.search(r"password: (\S+)", capsys.readouterr().out).group(1)
    user = get_user_model().objects.get(username="moderator")
    assert list(user.groups.values_list("name", flat=True)) == ["Moderators"]
    assert logs_in(client, "moderator", password)
    assert client.get("/admin/comments/comment/").status_code == 200
    assert client.get("/admin/reviews/review/").status_code == 403
