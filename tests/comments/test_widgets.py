"""The comment form's widgets render exactly as Django's widget templates render them."""

import pytest
from django import forms

from comments import widgets

CASES = [
    (widgets.TextInput, forms.TextInput, {"autocomplete": "name", "class": "form-control"}),
    (widgets.EmailInput, forms.EmailInput, {"aria-describedby": "email-notes", "required": True}),
    (widgets.URLInput, forms.URLInput, {"maxlength": "200"}),
    (widgets.HiddenInput, forms.HiddenInput, {"id": "id_timestamp"}),
    (widgets.CheckboxInput, forms.CheckboxInput, {"class": "form-check-input", "id": "x"}),
    (widgets.Textarea, forms.Textarea, {"rows": 8, "cols": 45, "disabled": False}),
]
VALUES = [None, "", "Dana", '"><script>alert(1)</script>', "multi\nline & more", True, False]


@pytest.mark.parametrize(("ours", "djangos", "attrs"), CASES)
@pytest.mark.parametrize("value", VALUES)
def test_each_widget_renders_as_djangos_template_does(ours, djangos, attrs, value):
    assert ours(attrs=attrs).render("field", value) == djangos(attrs=attrs).render("field", value)
