from django.db import migrations

#: The countries settings.COUNTRIES_OVERRIDE adds: ISO 3166-3 codes of former countries.
HISTORICAL = {
    "SU": "Soviet Union",
    "CS": "Czechoslovakia",
    "YU": "Yugoslavia",
    "DD": "East Germany",
}


def add_historical_countries(apps, schema_editor):
    Country = apps.get_model("reviews", "Country")
    Country.objects.bulk_create(
        [Country(code=code, name=name) for code, name in HISTORICAL.items()],
        ignore_conflicts=True,
    )


def remove_historical_countries(apps, schema_editor):
    apps.get_model("reviews", "Country").objects.filter(code__in=HISTORICAL).delete()


class Migration(migrations.Migration):
    """The rows apart from 0025's constraint: on PostgreSQL, deleting them (migrating back)
    leaves trigger events that forbid altering the table in the same transaction."""

    dependencies = [("reviews", "0025_historical_countries")]

    operations = [migrations.RunPython(add_historical_countries, remove_historical_countries)]
