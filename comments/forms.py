"""The "Leave a Reply" form: WordPress's fields and limits, with django-contrib-comments' guards.

Two guards against robots: a honeypot field people never see, and a signed stamp of which
object the form was served for and when, so a form sent within seconds of being served, hours
later, or altered, is refused. A refused form keeps everything the visitor typed.
"""

import datetime as dt
import time
from functools import lru_cache

from django import forms
from django.core import signing
from django.core.validators import URLValidator
from django.utils import timezone

from comments import widgets
from comments.models import (
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    URL_MAX_LENGTH,
    Comment,
)
from comments.text import has_controls, single_line, without_controls

STAMP_SALT = "comments.form-stamp"
#: People take longer than this to write a comment; robots do not.
MIN_FILL_TIME = dt.timedelta(seconds=3)
#: A form served longer ago than this is refused (django-contrib-comments uses 2 hours too).
MAX_FORM_AGE = dt.timedelta(hours=2)
TOO_FAST = "That was quick! To keep robots out, please check your comment and submit it again."
EXPIRED = (
    "This form has expired (it was opened too long ago, or was changed on the way). "
    "Your comment is kept below: please submit it again."
)
TOO_LONG = "Please shorten this to at most %(limit_value)d characters (it has %(show_value)d)."
WEBSITE_INVALID = "Enter a web address that starts with http:// or https://."
WEBSITE_CONTROLS = "Enter the web address alone, without line breaks or control characters."


def form_stamp(target, *, now=None):
    """A signed note of the object a form is for and the moment it was served."""
    return _stamp(_object_key(target), now)


def _stamp(object_key, now):
    now = now or timezone.now()
    return signing.dumps({"object": object_key, "at": now.timestamp()}, salt=STAMP_SALT)


#: How a rendered form's stamp starts in the page (Django renders hidden inputs this way).
STAMP_IN_PAGE = b'name="timestamp" value="'


def refresh_form_stamps(content: bytes, *, now=None) -> bytes:
    """A kept page with its comment forms' stamps renewed, as if served `now`.

    The page cache keeps a page for hours; a stamp from then would make the form look
    expired, or robots look patient. Stamps that do not verify are left as they are.
    """
    return renew_stamps(content, stamps_in_page(content), now=now)


def stamps_in_page(content: bytes) -> list[tuple[int, int]]:
    """Where the form stamps are in a page: (start, end) of each value."""
    spans, position = [], 0
    while (found := content.find(STAMP_IN_PAGE, position)) >= 0:
        start = found + len(STAMP_IN_PAGE)
        end = content.find(b'"', start)
        if end < 0:
            break
        spans.append((start, end))
        position = end
    return spans


def renew_stamps(content: bytes, spans, *, now=None) -> bytes:
    """`content` with the stamps at `spans` (stamps_in_page) renewed as if served `now`."""
    parts, position = [], 0
    for start, end in spans:
        parts += [content[position:start], _renewed(content[start:end], now)]
        position = end
    return b"".join([*parts, content[position:]]) if parts else content


class KeptPageStamps:
    """The page cache's refresher (PAGE_CACHE_REFRESHERS): it finds a page's stamps once,
    when the page is kept, and renews them each time the page is served."""

    locate = staticmethod(stamps_in_page)
    renew = staticmethod(renew_stamps)


def _renewed(stamp, now):
    if now is None:  # served now: one signature per page and second, not per request
        return _renewed_this_second(stamp, int(time.time()))
    try:
        served = signing.loads(stamp.decode(), salt=STAMP_SALT)
        object_key = served["object"]
    except (signing.BadSignature, UnicodeDecodeError, KeyError, TypeError):
        return stamp
    return _stamp(object_key, now).encode()


@lru_cache(maxsize=1024)
def _renewed_this_second(stamp, second):
    return _renewed(stamp, dt.datetime.fromtimestamp(second, tz=dt.UTC))


def stamp_problem(stamp, target, *, now=None):
    """Why a form stamp is refused (TOO_FAST or EXPIRED), or None when it is fine."""
    now = now or timezone.now()
    try:
        served = signing.loads(stamp, salt=STAMP_SALT)
        age = dt.timedelta(seconds=now.timestamp() - float(served["at"]))
        is_for_target = served["object"] == _object_key(target)
    # A time that is no number, or no finite one (inf, nan, 1e309), is as bad as a forgery.
    except (signing.BadSignature, KeyError, TypeError, ValueError, OverflowError):
        return EXPIRED
    if not is_for_target or age > MAX_FORM_AGE:
        return EXPIRED
    return TOO_FAST if age < MIN_FILL_TIME else None


def _object_key(target):
    return f"{target._meta.label_lower}:{target.pk}"


class CommentTextField(forms.CharField):
    """The comment, with the browser's CRLF line breaks made LF, so lengths count what is shown."""

    def to_python(self, value):
        text = super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")
        return without_controls(text)


class NameField(forms.CharField):
    """A name on one line: what would break a mail header or a moderator's list is cleaned."""

    def to_python(self, value):
        return single_line(super().to_python(value))


def refuse_controls(value):
    if has_controls(value):
        raise forms.ValidationError(WEBSITE_CONTROLS, code="controls")


class WebsiteField(forms.URLField):
    default_validators = [
        refuse_controls,
        URLValidator(schemes=["http", "https"], message=WEBSITE_INVALID),
    ]


def _messages(required):
    return {"required": required, "max_length": TOO_LONG}


class CommentForm(forms.Form):
    name = NameField(
        label="Name",
        max_length=NAME_MAX_LENGTH,
        error_messages=_messages("Please enter your name."),
        widget=widgets.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Email",
        max_length=EMAIL_MAX_LENGTH,
        error_messages={
            **_messages("Please enter your email address."),
            "invalid": "Please enter a valid email address, such as name@example.com.",
        },
        widget=widgets.EmailInput(
            attrs={"autocomplete": "email", "aria-describedby": "email-notes"}
        ),
    )
    url = WebsiteField(
        label="Website",
        required=False,
        max_length=URL_MAX_LENGTH,
        assume_scheme="https",
        error_messages={"max_length": TOO_LONG, "invalid": WEBSITE_INVALID},
        widget=widgets.URLInput(attrs={"autocomplete": "url"}),
    )
    comment = CommentTextField(
        label="Comment",
        max_length=TEXT_MAX_LENGTH,
        error_messages=_messages("Please type your comment."),
        widget=widgets.Textarea(attrs={"rows": 8, "cols": 45}),
    )
    remember = forms.BooleanField(
        label="Save my name, email, and website in this browser for the next time I comment.",
        required=False,
        widget=widgets.CheckboxInput,
    )
    notify = forms.BooleanField(
        label="Notify me of follow-up replies by email.",
        required=False,
        widget=widgets.CheckboxInput,
    )
    # People never see it (screen readers read the label); robots fill every field in.
    honeypot = forms.CharField(
        label="If you are a person, leave this field empty.",
        required=False,
        widget=widgets.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    timestamp = forms.CharField(widget=widgets.HiddenInput, error_messages={"required": EXPIRED})
    parent = forms.ModelChoiceField(
        queryset=Comment.objects.all(),
        required=False,
        widget=widgets.HiddenInput,
        error_messages={
            "invalid_choice": "The comment you are replying to is no longer available. Your "
            "text is kept below: submit it again to post it as a new comment."
        },
    )

    def __init__(self, data=None, *, target, user=None, initial=None, **kwargs):
        initial = {"timestamp": form_stamp(target), **(initial or {})}
        super().__init__(data, initial=initial, **kwargs)
        self.target = target
        self.is_member = user is not None and user.is_authenticated
        self.member_name = (user.get_full_name() or user.get_username()) if self.is_member else ""
        if self.is_member:  # the account says who they are
            for name in ("name", "email", "url", "remember"):
                del self.fields[name]
        for name, field in self.fields.items():
            if field.widget.is_hidden:
                continue
            widget_class = "form-check-input" if name in ("remember", "notify") else "form-control"
            field.widget.attrs.setdefault("class", widget_class)

    def clean(self):
        cleaned_data = super().clean()
        if "timestamp" in cleaned_data:
            if problem := stamp_problem(cleaned_data["timestamp"], self.target):
                self.add_error(None, problem)
                self.renew_stamp()
        else:
            self.renew_stamp()
        return cleaned_data

    def full_clean(self):
        super().full_clean()
        if "parent" in self.errors:  # sent again, the text becomes a new comment
            self.set_value("parent", "")
        # Bootstrap's invalid style, and the error read out with the field.
        for name in self.errors:
            if name in self.fields and not self.fields[name].widget.is_hidden:
                attrs = self.fields[name].widget.attrs
                attrs["class"] += " is-invalid"
                described_by = [attrs.get("aria-describedby"), f"{self[name].auto_id}_error"]
                attrs["aria-describedby"] = " ".join(filter(None, described_by))

    def renew_stamp(self):
        """Show the form again with a fresh stamp, so sending it again is not refused too."""
        self.set_value("timestamp", form_stamp(self.target))

    def set_value(self, name, value):
        """Change what a bound form shows in one field (its other fields stay as typed)."""
        self.data = self.data.copy()
        self.data[self.add_prefix(name)] = value

    def top_errors(self):
        """Errors that belong to no visible field: the form's own, the stamp's and the parent's."""
        hidden = [error for field in self.hidden_fields() for error in field.errors]
        return [*self.non_field_errors(), *hidden]
