from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("reviews", "0005_renditions_and_search")]

    operations = [
        migrations.CreateModel(
            name="Studio",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(help_text="E.g. “Lionsgate”.", max_length=200, unique=True),
                ),
            ],
            options={
                "verbose_name": "studio or distributor",
                "verbose_name_plural": "studios and distributors",
                "ordering": ["name"],
            },
        ),
        migrations.AddField(
            model_name="film",
            name="studios",
            field=models.ManyToManyField(
                blank=True,
                help_text="Production companies, distributors.",
                related_name="films",
                to="reviews.studio",
            ),
        ),
    ]
