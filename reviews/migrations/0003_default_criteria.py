from django.db import migrations

DEFAULT_CRITERIA = [
    "Direction",
    "Performance",
    "Cinematography",
    "Sound & Score",
    "Screenplay",
    "Overall Impact",
]


def create_criteria(apps, schema_editor):
    Criterion = apps.get_model("reviews", "Criterion")
    for position, name in enumerate(DEFAULT_CRITERIA, start=1):
        Criterion.objects.get_or_create(
            name=name, defaults={"position": position * 10, "is_default": True}
        )


class Migration(migrations.Migration):
    dependencies = [("reviews", "0002_countries")]

    operations = [migrations.RunPython(create_criteria, migrations.RunPython.noop)]
