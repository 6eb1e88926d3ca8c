"""The groups' permissions (reviewsite/roles.py): declared once, applied after every migrate."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from reviewsite.roles import ALL, GROUP_PERMISSIONS, declared_permissions, roles_apply

pytestmark = pytest.mark.django_db

#: What each group should hold on every model of each content app, written apart from the
#: declaration on purpose: a new model the declaration forgets fails below.
EXPECTED = {
    "Editors": {"reviews": ALL, "imports": ALL, "comments": (), "outbox": ()},
    "Moderators": {"reviews": (), "imports": (), "comments": ALL, "outbox": ("view",)},
}
CONTENT_MODELS = [
    model._meta.label_lower
    for label in ["reviews", "comments", "imports", "outbox"]
    for model in apps.get_app_config(label).get_models()
]


def held_actions(group, model_label):
    app_label, model = model_label.split(".")
    content_type = ContentType.objects.get_by_natural_key(app_label, model)
    codenames = Group.objects.get(name=group).permissions.filter(content_type=content_type)
    return {
        codename.removesuffix(f"_{model}")
        for codename in codenames.values_list("codename", flat=True)
        if codename.removesuffix(f"_{model}") in ALL
    }


@pytest.mark.parametrize("group", sorted(EXPECTED))
@pytest.mark.parametrize("model_label", CONTENT_MODELS)
def test_each_group_holds_its_rights_on_every_content_model(group, model_label):
    expected = set(EXPECTED[group][model_label.split(".")[0]])
    assert held_actions(group, model_label) == expected


def test_the_content_apps_models_are_all_checked():
    # The gap this declaration closes: studios came after the migration granting Editors.
    assert {"reviews.studio", "reviews.franchise", "imports.importbatch"} <= set(CONTENT_MODELS)
    assert len(CONTENT_MODELS) >= 20


def test_custom_permissions_go_to_their_group_only():
    editors = {p.codename for p in Group.objects.get(name="Editors").permissions.all()}
    moderators = {p.codename for p in Group.objects.get(name="Moderators").permissions.all()}
    assert "import_wordpress" in editors and "import_wordpress" not in moderators
    assert "moderate_comment" in moderators and "moderate_comment" not in editors


def test_every_declared_permission_exists():
    existing = {
        (p.content_type.app_label, p.content_type.model, p.codename)
        for p in Permission.objects.select_related("content_type")
    }
    for rights in GROUP_PERMISSIONS.values():
        assert declared_permissions(rights) - existing == set()


def test_migrate_gives_back_a_lost_permission_and_takes_an_undeclared_one():
    editors = Group.objects.get(name="Editors")
    editors.permissions.remove(Permission.objects.get(codename="view_studio"))
    editors.permissions.add(Permission.objects.get(codename="change_user"))

    call_command("migrate", verbosity=0)  # nothing to migrate: only post_migrate runs

    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert "view_studio" in codenames
    assert "change_user" not in codenames


def test_a_new_group_is_an_entry_in_the_declaration():
    roles_apply(declaration={"Writers": {"reviews.review": ("add", "view")}})
    writers = Group.objects.get(name="Writers")
    assert set(writers.permissions.values_list("codename", flat=True)) == {
        "add_review",
        "view_review",
    }
    # Applying it again changes nothing.
    roles_apply(declaration={"Writers": {"reviews.review": ("add", "view")}})
    assert writers.permissions.count() == 2
