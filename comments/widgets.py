"""The comment form's widgets, rendered in Python as Django's own templates render them.

Every review page carries the form. Through the widget templates (django/forms/widgets/,
with an include per attribute list) its nine inputs took longer to render than the rest of
a signed-in reader's page together; these produce the same HTML with format_html, and a
test holds them to Django's output.
"""

from django import forms
from django.utils.html import format_html, format_html_join


def attributes(attrs):
    """As django/forms/widgets/attrs.html: ` name="value"`, a bare name for True, none for
    False."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False
        ),
    )


class PlainInput:
    """For an Input widget: its HTML without the template engine."""

    def _render(self, template_name, context, renderer=None):
        widget = context["widget"]
        value = widget["value"]
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            widget["type"],
            widget["name"],
            format_html(' value="{}"', value) if value is not None else "",
            attributes(widget["attrs"]),
        )


class TextInput(PlainInput, forms.TextInput):
    pass


class EmailInput(PlainInput, forms.EmailInput):
    pass


class URLInput(PlainInput, forms.URLInput):
    pass


class HiddenInput(PlainInput, forms.HiddenInput):
    pass


class CheckboxInput(PlainInput, forms.CheckboxInput):
    pass


class Textarea(forms.Textarea):
    def _render(self, template_name, context, renderer=None):
        widget = context["widget"]
        value = widget["value"] or ""
        return format_html(
            '<textarea name="{}"{}>\n{}</textarea>',
            widget["name"],
            attributes(widget["attrs"]),
            value,
        )
