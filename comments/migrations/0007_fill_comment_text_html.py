from django.db import migrations

BATCH_SIZE = 2000


def fill_text_html(apps, schema_editor):
    """Render the HTML of comments saved before it was kept (comments.text.as_html)."""
    from comments.text import as_html

    Comment = apps.get_model("comments", "Comment")
    pending = Comment.objects.filter(text_html="").order_by("pk")
    while batch := list(pending.only("pk", "text")[:BATCH_SIZE]):
        for comment in batch:
            comment.text_html = as_html(comment.text)
        Comment.objects.bulk_update(batch, ["text_html"])


class Migration(migrations.Migration):
    dependencies = [("comments", "0006_comment_text_html")]

    operations = [migrations.RunPython(fill_text_html, migrations.RunPython.noop)]
