from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Comments"

    def ready(self):
        from comments.models import Comment, ModerationSettings
        from pagecache.invalidation import watch

        watch(Comment, when=Comment.changes_pages)
        watch(ModerationSettings)
