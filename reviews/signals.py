"""What keeps derived data current: similar reviews and related films (reviews.relations).

Signals rather than calls in each writer, because reviews, films and credits change through
the admin, the importer, the demo loader and the shell alike; each handler only notes which
reviews and films changed, and reviews.relations refreshes them after the commit.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import TaggedItem

from reviews import relations
from reviews.models import Credit, Film, Review


def connect():
    """Connect the handlers (from ReviewsConfig.ready)."""
    post_save.connect(review_saved, sender=Review, dispatch_uid="relations:review")
    post_save.connect(film_saved, sender=Film, dispatch_uid="relations:film")
    for signal in (post_save, post_delete):
        signal.connect(credit_changed, sender=Credit, dispatch_uid=f"relations:credit:{signal}")
        signal.connect(keyword_changed, sender=TaggedItem, dispatch_uid=f"relations:tag:{signal}")
    m2m_changed.connect(genres_changed, sender=Film.genres.through, dispatch_uid="relations:genres")


def review_saved(sender, instance, using="default", **kwargs):
    relations.changed(review_ids=[instance.pk], using=using)


def film_saved(sender, instance, using="default", **kwargs):
    relations.changed(film_ids=[instance.pk], using=using)


def credit_changed(sender, instance, using="default", **kwargs):
    relations.changed(film_ids=[instance.film_id], using=using)


def keyword_changed(sender, instance, using="default", **kwargs):
    if ContentType.objects.get_for_id(instance.content_type_id).model_class() is Review:
        relations.changed(review_ids=[instance.object_id], using=using)


def genres_changed(sender, instance, action, reverse, pk_set, using="default", **kwargs):
    # film.genres.add(...) names the film; genre.films.add(...) names the films, except
    # genre.films.clear(), whose films are noted before they go.
    if reverse and action == "pre_clear":
        instance._films_cleared = list(instance.films.values_list("pk", flat=True))
    if not action.startswith("post_"):
        return
    if not reverse:
        films = [instance.pk]
    elif action == "post_clear":
        films = getattr(instance, "_films_cleared", [])
    else:
        films = list(pk_set or [])
    relations.changed(film_ids=films, using=using)
