from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Films and reviews"

    def ready(self):
        from django.contrib.auth import get_user_model
        from taggit.models import Tag, TaggedItem

        from pagecache.invalidation import watch
        from reviews import models

        # Everything the public pages show.
        for model in (
            models.Person,
            models.Genre,
            models.Country,
            models.Studio,
            models.Franchise,
            models.Film,
            models.Credit,
            models.Criterion,
            models.Review,
            models.Score,
            models.FAQEntry,
            models.AuthorProfile,
            Tag,
            TaggedItem,
        ):
            watch(model)
        # Bylines fall back on the author's name; a login only stamps last_login.
        watch(get_user_model(), when=names_may_have_changed)
        from reviews import revisions, signals

        signals.connect()
        revisions.register()


def names_may_have_changed(user, *, created, update_fields=None):
    return update_fields is None or set(update_fields) != {"last_login"}
