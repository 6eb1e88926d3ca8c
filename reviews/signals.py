"""What keeps derived data current (reviews.indexing): search vectors and relations, and the
spelling vocabulary (reviews.spelling).

Signals rather than calls in each writer, because reviews, films, people and credits change
through the admin, the importer, the demo loader and the shell alike; each handler only notes
which reviews and films changed.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import TaggedItem

from reviews import indexing, spelling
from reviews.models import Credit, Film, Person, Review


def connect():
    """Connect the handlers (from ReviewsConfig.ready)."""
    post_save.connect(review_saved, sender=Review, dispatch_uid="indexing:review")
    post_save.connect(film_saved, sender=Film, dispatch_uid="indexing:film")
    post_save.connect(person_saved, sender=Person, dispatch_uid="indexing:person")
    for signal in (post_save, post_delete):
        signal.connect(credit_changed, sender=Credit, dispatch_uid=f"indexing:credit:{signal}")
        signal.connect(keyword_changed, sender=TaggedItem, dispatch_uid=f"indexing:tag:{signal}")
    m2m_changed.connect(genres_changed, sender=Film.genres.through, dispatch_uid="indexing:genres")
    for model in (Film, Person):
        for signal in (post_save, post_delete):
            uid = f"spelling:{model._meta.model_name}:{signal}"
            signal.connect(names_changed, sender=model, dispatch_uid=uid)


def review_saved(sender, instance, using="default", **kwargs):
    indexing.changed(review_ids=[instance.pk], using=using)


def film_saved(sender, instance, using="default", **kwargs):
    indexing.changed(film_ids=[instance.pk], using=using)


def person_saved(sender, instance, using="default", created=False, **kwargs):
    if not created:  # the films that show the name
        films = Credit.objects.filter(person=instance).values_list("film_id", flat=True)
        indexing.changed(film_ids=list(films), using=using)


def names_changed(sender, instance, using="default", **kwargs):
    spelling.vocabulary_forget(using=using)


def credit_changed(sender, instance, using="default", **kwargs):
    indexing.changed(film_ids=[instance.film_id], using=using)


def keyword_changed(sender, instance, using="default", **kwargs):
    model = ContentType.objects.get_for_id(instance.content_type_id).model_class()
    if model is Review:
        indexing.changed(review_ids=[instance.object_id], using=using)
    elif model is Film:
        indexing.changed(film_ids=[instance.object_id], using=using)


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
    indexing.changed(film_ids=films, using=using)
