"""Moderators may see the outbox (all of it is comment mail today): what failed and why.

Retrying or giving up mail is for whoever runs the mail server: superusers, or a group
given "Can change outgoing mail".
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally created after the whole migrate run; the group needs them now.
    app_config = apps.get_app_config("outbox")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(
        Permission.objects.get(content_type__app_label="outbox", codename="view_outgoingmail")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="outbox"))


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0001_outgoing_mail"),
        ("comments", "0002_moderators_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
