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
