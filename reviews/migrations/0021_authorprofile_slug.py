"""Author pages (/authors/<slug>/): every profile gets a slug made from its display name."""

from django.db import migrations, models
from django.utils.text import slugify


def fill_slugs(apps, schema_editor):
    AuthorProfile = apps.get_model("reviews", "AuthorProfile")
    taken = set()
    for profile in AuthorProfile.objects.order_by("pk"):
        base = slugify(profile.display_name)[:150].strip("-") or "author"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        AuthorProfile.objects.filter(pk=profile.pk).update(slug=slug)


class Migration(migrations.Migration):
    dependencies = [("reviews", "0020_score_comment_review_figure")]

    operations = [
        migrations.AddField(
            model_name="authorprofile",
            name="slug",
            field=models.SlugField(blank=True, default="", db_index=False, max_length=170),
            preserve_default=False,
        ),
        migrations.RunPython(fill_slugs, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="authorprofile",
            name="slug",
            field=models.SlugField(
                blank=True,
                help_text="Used in the author's URL. Left blank, it is made from the display name.",
                max_length=170,
                unique=True,
            ),
        ),
    ]
