from django.db import migrations

BATCH_SIZE = 500


def count_words(apps, schema_editor):
    """Keep the excerpt and word count of reviews saved before they were kept."""
    from reviews.richtext import first_words, plain_text

    Review = apps.get_model("reviews", "Review")
    reviews = Review.objects.order_by("pk").only("pk", "body", "standfirst")
    start = 0
    while batch := list(reviews.filter(pk__gt=start)[:BATCH_SIZE]):
        for review in batch:
            review.body_excerpt = first_words(plain_text(review.body, headings=False))
            words = plain_text(review.body).split()
            review.word_count = len(review.standfirst.split()) + len(words)
        Review.objects.bulk_update(batch, ["body_excerpt", "word_count"])
        start = batch[-1].pk


class Migration(migrations.Migration):
    dependencies = [("reviews", "0013_review_body_excerpt_word_count")]

    operations = [migrations.RunPython(count_words, migrations.RunPython.noop)]
