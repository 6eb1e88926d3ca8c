"""The "Import reviews" form: pasted text or uploaded files, checked before a batch is made."""

import zipfile
from pathlib import Path

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect

from imports.batch_uploads import ARCHIVE_SUFFIXES, IMAGE_SUFFIXES, is_archive, is_batch_image
from imports.confirmations import best_title
from imports.models import IMPORT_STATUSES
from imports.sources import DOCUMENT_SUFFIXES, MAX_DOCUMENT_BYTES
from imports.wxr import WXR_SUFFIXES
from reviews.models import Film, Review

#: All the files of one upload together; a larger archive belongs to `manage.py import_reviews`.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
#: A WordPress export creates users (without passwords) and comments: a permission of its own,
#: which the Editors group has.
WXR_PERMISSION = "imports.import_wordpress"


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Any number of files (Django's documented recipe); empty ones reach the importer."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        clean_one = super().clean
        return [clean_one(upload, initial) for upload in files]


class ImportForm(forms.Form):
    pasted = forms.CharField(
        label="Paste a review",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 90, "data-max-bytes": MAX_DOCUMENT_BYTES}),
        help_text="One review document as plain text, film facts and all.",
    )
    files = MultipleFileField(
        label="Or upload files",
        required=False,
        allow_empty_file=True,
        widget=MultipleFileInput(
            attrs={
                "accept": ",".join(
                    DOCUMENT_SUFFIXES + WXR_SUFFIXES + IMAGE_SUFFIXES + ARCHIVE_SUFFIXES
                )
            }
        ),
        help_text="Review documents (.txt, .md, saved .html pages) and WordPress exports (.xml) "
        "with their images (the image files, or WordPress's uploads folder as a .zip), "
        f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB in all at most.",
    )
    status = forms.ChoiceField(
        label="Status of new reviews",
        choices=[("", "Draft (WordPress posts keep their own status)"), *IMPORT_STATUSES],
        required=False,
        help_text="Reviews that already exist keep their status: publishing stays your call.",
    )

    include_non_reviews = forms.BooleanField(
        label="Import posts that are not reviews too",
        required=False,
        help_text="WordPress's stock “Hello world!” and announcements that name no film are "
        "listed and left out unless this is ticked.",
    )

    def clean_pasted(self):
        pasted = self.cleaned_data["pasted"]
        if len(pasted.encode()) > MAX_DOCUMENT_BYTES:
            raise forms.ValidationError(
                f"The pasted text is over {MAX_DOCUMENT_BYTES // 1_000_000} MB, the limit for "
                "one document. Check that it is a single review."
            )
        return pasted

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == "published" and not self.user.has_perm("reviews.publish_review"):
            raise forms.ValidationError("Publishing is an editor's call: import them as drafts.")
        return status

    def clean_files(self):
        files = self.cleaned_data["files"]
        exports = [f.name for f in files if Path(f.name).suffix.lower() in WXR_SUFFIXES]
        if exports and not self.user.has_perm(WXR_PERMISSION):
            raise forms.ValidationError(
                f"{', '.join(exports)}: a WordPress export brings its authors and readers' "
                "comments with it, and importing one needs the permission “Can import "
                "WordPress exports”, which you do not have. Text documents you may import."
            )
        images = [f.name for f in files if is_batch_image(f.name)]
        if images and not exports:
            raise forms.ValidationError(
                f"{', '.join(images)}: images are imported as the featured and body images of "
                "a WordPress export's posts. Upload the export (.xml) with them."
            )
        if broken := [f.name for f in files if is_archive(f.name) and not is_zip(f)]:
            raise forms.ValidationError(
                f"{', '.join(broken)}: not a zip archive that can be read. Zip the uploads "
                "folder again, or upload its images one by one."
            )
        size = sum(upload.size for upload in files)
        if size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"These files come to {size / 1024 / 1024:.1f} MB; upload at most "
                f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB at a time, or ask for larger archives "
                "to be imported with manage.py import_reviews."
            )
        return files

    def clean(self):
        cleaned = super().clean()
        # An import may update reviews by anyone: writers keep to their own (reviews.workflow).
        if not self.user.has_perm("reviews.change_any_review"):
            self.add_error("pasted", "Importing reviews is for editors: ask one to import.")
        if not self.errors and not cleaned["pasted"].strip() and not cleaned["files"]:
            self.add_error("pasted", "Paste a review here, or choose files to upload.")
        return cleaned


def is_zip(upload) -> bool:
    """Whether an upload is a readable zip archive (its directory is read, not its files)."""
    position = upload.tell()
    try:
        return zipfile.is_zipfile(upload)
    finally:
        upload.seek(position)


#: The settle page's form: its fields sit beside the candidates' buttons, outside it.
SETTLE_FORM_ID = "settle-film"


class SettleFilmForm(forms.Form):
    """An editor's word on a film to confirm: one of its candidates, a catalogue film found
    with the picker ("pick"), or a new film (None) under the title they give."""

    film = forms.ChoiceField()
    pick = forms.ModelChoiceField(
        queryset=Film.objects.all(), required=False, label="A film of the catalogue"
    )
    title = forms.CharField(max_length=255, required=False, label="A new film titled", strip=True)

    def __init__(self, *args, confirmation, admin_site=None, **kwargs):
        super().__init__(*args, **kwargs)
        offered = [(str(c["film_id"]), c["film"]) for c in confirmation.candidates]
        self.fields["film"].choices = [*offered, ("pick", "The film picked"), ("new", "A new film")]
        if admin_site is not None:  # the admin's own film search, as on the review's form
            field = Review._meta.get_field("film")
            widget = AutocompleteSelect(field, admin_site, attrs={"form": SETTLE_FORM_ID})
            self.fields["pick"].widget = widget
            self.fields["pick"].queryset = Film.objects.all()  # the widget's choices
        self.is_title_to_confirm = confirmation.review.film_id is None and bool(confirmation.titles)
        self.fields["title"].initial = best_title(confirmation)
        self.readings = confirmation.titles[1:]

    def clean_film(self):
        value = self.cleaned_data["film"]
        if value in ("new", "pick"):
            return value
        film = Film.objects.filter(pk=value).first()
        if film is None:
            raise forms.ValidationError("That film is no longer in the catalogue.")
        return film

    def clean(self):
        cleaned = super().clean()
        film = cleaned.get("film")
        if film == "pick" and not cleaned.get("pick"):
            self.add_error("pick", "Find the film in the catalogue first.")
        if film == "new" and self.is_title_to_confirm and not cleaned.get("title"):
            self.add_error("title", "Give the new film its title.")
        return cleaned

    def chosen(self) -> tuple[Film | None, str]:
        """The film chosen (None: a new one) and the new film's title ("": the document's)."""
        film = self.cleaned_data["film"]
        if film == "pick":
            return self.cleaned_data["pick"], ""
        if film == "new":
            return None, self.cleaned_data.get("title", "") if self.is_title_to_confirm else ""
        return film, ""
