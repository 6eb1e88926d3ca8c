from django.apps import AppConfig
from django.apps import apps as installed
from django.db.models.signals import post_migrate


class ReviewsiteConfig(AppConfig):
    """The project itself, as an app: only to apply the groups' permissions after migrate."""

    name = "reviewsite"
    verbose_name = "reviewsite"

    def ready(self):
        from reviewsite.roles import apply_after_migrate

        # post_migrate is sent once per app with models, in INSTALLED_APPS order; on the last
        # one every app's own handlers (auth's permissions among them) have run.
        last = [config for config in installed.get_app_configs() if config.models_module][-1]
        post_migrate.connect(apply_after_migrate, sender=last, dispatch_uid="reviewsite.roles")
