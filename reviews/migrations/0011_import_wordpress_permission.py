"""Importing a WordPress export is a permission of its own; Editors have it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_editors(apps, schema_editor):
    # Permissions are normally created after the whole migrate run; the group needs it now.
    app_config = apps.get_app_config("reviews")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        codename="import_wordpress", content_type__app_label="reviews"
    )
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0010_review_imported_at"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="importbatch",
            options={
                "permissions": [
                    ("import_wordpress", "Can import WordPress exports, authors and comments")
                ]
            },
        ),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
