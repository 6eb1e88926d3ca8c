from django.db import migrations
from django_countries import countries
from django_countries.data import COUNTRIES as ISO_3166_1


def load_countries(apps, schema_editor):
    """ISO 3166-1's countries only: the former ones settings add are 0025's to load, after
    its check constraint allows them."""
    Country = apps.get_model("reviews", "Country")
    Country.objects.bulk_create(
        [Country(code=code, name=name) for code, name in countries if code in ISO_3166_1],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [("reviews", "0001_initial")]

    operations = [migrations.RunPython(load_countries, migrations.RunPython.noop)]
