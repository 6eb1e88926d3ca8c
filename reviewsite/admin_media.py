"""Admin forms with the rich-text editor, under a Content-Security-Policy without inline code."""

from csp.decorators import csp_update
from django.utils.decorators import method_decorator
from js_asset.media import Media

#: The stylesheet Tiptap (inside django-prose-editor 0.28.0, pinned) injects as a <style>
#: element when an editor starts. A new version that changes it is caught by
#: tests/browser/test_editing.py, whose failure names the new hash.
EDITOR_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"


class RichTextAdminMixin:
    """A ModelAdmin whose form has a django-prose-editor field.

    The editor loads its modules through an inline `<script type="importmap">`: the form's
    media carry this answer's CSP nonce, which django-csp then names in this answer's policy
    (only admin pages, never kept by a cache, ask for one; public pages name none). Its
    stylesheet is allowed by its hash, on these pages only.
    """

    @method_decorator(csp_update({"style-src": [EDITOR_STYLE_HASH]}))
    def changeform_view(self, *args, **kwargs):
        return super().changeform_view(*args, **kwargs)

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)
