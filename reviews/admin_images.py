"""The admin's side of uploaded images: their renditions are made by the worker."""

from django.contrib import admin
from django.db import models

from reviews import images, tasks


class ImageRenditionsAdminMixin:
    """Renditions of an uploaded image are made by the worker, after the save commits.

    An upload is checked before it is stored (a JPEG, PNG, WebP or GIF of at most
    IMAGE_MAX_PIXELS, read from its header). Pages show an image once the worker has
    re-encoded it and made its renditions; the change form says how far it got, in the
    read-only field `renditions_state`.
    """

    # New uploads only: Django skips a file field's validators when no new file is sent.
    formfield_overrides = {models.ImageField: {"validators": [images.validate_image_upload]}}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        tasks.renditions_enqueue(obj)

    @admin.display(description="Resized copies")
    def renditions_state(self, obj):
        fields = images.RENDITIONS_FIELDS.get(obj._meta.label_lower, {})
        return " ".join(
            RENDITIONS_STATES[images.renditions_state(getattr(obj, renditions), getattr(obj, name))]
            for name, renditions in fields.items()
        )


#: What the change form says of an image's renditions, by images.renditions_state.
RENDITIONS_STATES = {
    "": "No image yet.",
    images.READY: "Ready: pages show sizes to fit each screen.",
    images.BEING_MADE: "Being made (reload to check): pages show the image once they are.",
    images.FAILED: "Could not be made: the file could not be read as an image, so pages "
    "do not show it. Upload another file to try again.",
}
