"""Who may do what in the admin: each group's permissions, declared once.

The declaration is applied after every `migrate` (see reviewsite.apps), so a model added
later is granted where this says and a permission taken out here is taken from the group.
Adding a group, or a right, is an edit of GROUP_PERMISSIONS and nothing else. The data
migrations that first created the groups are history: whatever they granted, this wins.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS, transaction

#: The four permissions Django makes for every model.
ALL = ("add", "change", "delete", "view")

#: The review workflow's moves (reviews.workflow) and editing others' reviews.
WORKFLOW = ("submit_review", "approve_review", "publish_review", "change_any_review")

#: Group name -> "app_label.model" -> what the group may do to that model: Django's default
#: actions (ALL, or some of them) and custom permissions by codename (`Meta.permissions`).
#: A model missing here is out of the group's reach (tests/test_roles.py checks every
#: model of the content apps against what each group should hold).
GROUP_PERMISSIONS = {
    # All content and importing it; no comments, no users.
    "Editors": {
        "reviews.person": ALL,
        "reviews.genre": ALL,
        "reviews.country": ALL,
        "reviews.studio": ALL,
        "reviews.franchise": ALL,
        "reviews.film": ALL,
        "reviews.credit": ALL,
        "reviews.criterion": ALL,
        "reviews.review": (*ALL, *WORKFLOW),
        "reviews.reviewtransition": ALL,
        "reviews.score": ALL,
        "reviews.faqentry": ALL,
        "reviews.reviewfigure": ALL,
        "reviews.authorprofile": ALL,
        "reviews.similarreview": ALL,
        "reviews.relatedfilm": ALL,
        "reviews.versiontags": ALL,
        "imports.importbatch": (*ALL, "import_wordpress"),
        "imports.importfile": ALL,
        "imports.filmtoconfirm": ALL,
        "taggit.tag": ALL,
        "taggit.taggeditem": ALL,
    },
    # Their own reviews, while drafts or sent back (reviews.workflow), submitted for review;
    # the catalogue to pick a film from. Publishing and others' reviews are the editors'.
    "Writers": {
        "reviews.review": ("add", "change", "view", "submit_review"),
        "reviews.score": ALL,
        "reviews.faqentry": ALL,
        "reviews.reviewfigure": ALL,
        "reviews.reviewtransition": ("view",),
        "reviews.film": ("view",),
        "reviews.person": ("view",),
        "reviews.criterion": ("view",),
    },
    # Comments, and a view of the mail sent about them (retrying mail is for superusers).
    "Moderators": {
        "comments.comment": (*ALL, "moderate_comment"),
        "comments.statuschange": ALL,
        "comments.moderationsettings": ALL,
        "outbox.outgoingmail": ("view",),
    },
}


def codenames(model_label, actions):
    """The permission codenames `actions` on `model_label` ("app.model") stand for."""
    model = model_label.split(".")[1]
    return {f"{action}_{model}" if action in ALL else action for action in actions}


def declared_permissions(rights):
    """A group's rights as a set of (app_label, model, codename)."""
    return {
        (*label.split("."), codename)
        for label, actions in rights.items()
        for codename in codenames(label, actions)
    }


def roles_apply(*, declaration=None, using=DEFAULT_DB_ALIAS, apps=global_apps) -> None:
    """Give each declared group exactly its declared permissions, creating what is missing.

    `apps` is the model state after a migrate (the post_migrate handler passes it), so a
    permission whose model does not exist in that state is skipped, never an error.
    """
    declaration = GROUP_PERMISSIONS if declaration is None else declaration
    _create_missing_permissions(declaration, using=using, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ids = {
        (p.content_type.app_label, p.content_type.model, p.codename): p.pk
        for p in Permission.objects.using(using).select_related("content_type")
    }
    with transaction.atomic(using=using):
        for name, rights in declaration.items():
            wanted = {ids[key] for key in declared_permissions(rights) if key in ids}
            group, _ = Group.objects.using(using).get_or_create(name=name)
            held = set(group.permissions.values_list("pk", flat=True))
            group.permissions.add(*(wanted - held))
            group.permissions.remove(*(held - wanted))


def _create_missing_permissions(declaration, *, using, apps):
    # auth makes permissions after each app's migrate, in INSTALLED_APPS order; making them
    # here as well means the order never matters.
    labels = {label.split(".")[0] for rights in declaration.values() for label in rights}
    for label in sorted(labels):
        if label in global_apps.app_configs:
            create_permissions(
                global_apps.get_app_config(label), verbosity=0, using=using, apps=apps
            )


def apply_after_migrate(sender, *, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """post_migrate handler: the declaration holds again after every migrate (and flush)."""
    roles_apply(using=using, apps=apps)
