from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("reviews", "0007_review_import_keys")]

    operations = [
        migrations.AddField(
            model_name="faqentry",
            name="needs_review",
            field=models.BooleanField(
                default=False,
                help_text="Imported with something missing (such as the question); hidden until cleared.",
            ),
        ),
    ]
