"""Two versions side by side: the fields that differ, long text as a diff of words.

Rich text is compared as the text a reader sees (tags stripped, one line per block), never
as HTML. Segments are plain strings: templates escape them like any other value.
"""

import difflib
import html
import re
from dataclasses import dataclass

from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django_prose_editor.fields import ProseEditorField

from reviews.revisions.history import compared_fields, differs
from reviews.richtext import BLOCK_END

#: Words and line breaks: a diff marks whole words.
WORDS = re.compile(r"\n|[^\s]+")
SAME, REMOVED, ADDED = "same", "removed", "added"
#: What a comparison shows for what one version did not keep (keywords, before 0023).
NOT_KEPT = "Not kept with this version"


@dataclass(frozen=True)
class Segment:
    kind: str  # SAME, REMOVED or ADDED
    text: str


@dataclass
class Difference:
    label: str
    old: str = ""
    new: str = ""
    old_segments: tuple = ()  # for long text: the old side with deletions marked
    new_segments: tuple = ()  # and the new side with insertions marked

    @property
    def is_text(self):
        return bool(self.old_segments or self.new_segments)


def html_text(value):
    """Rich text as the words a reader sees, one line per paragraph, heading or item."""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n", value or "")))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def word_diff(old, new):
    """The old and the new text as segments: removed words on one side, added on the other."""
    before, after = WORDS.findall(old), WORDS.findall(new)
    old_side, new_side = [], []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        kinds = (SAME, SAME) if tag == "equal" else (REMOVED, ADDED)
        for side, words, start, end, kind in (
            (old_side, before, i1, i2, kinds[0]),
            (new_side, after, j1, j2, kinds[1]),
        ):
            if end > start:
                side.append(Segment(kind, spaced(words, start, end)))
    return tuple(old_side), tuple(new_side)


def spaced(words, start, end):
    """words[start:end] as text, each word after another word on its line after a space."""
    text = ""
    for index in range(start, end):
        word = words[index]
        follows_word = index > 0 and words[index - 1] != "\n"
        text += word if word == "\n" or not follows_word else f" {word}"
    return text


def line_diff(old_lines, new_lines):
    """Related rows as lines: those gone marked on the old side, new ones on the new."""
    old_side = tuple(Segment(SAME if line in new_lines else REMOVED, line) for line in old_lines)
    new_side = tuple(Segment(SAME if line in old_lines else ADDED, line) for line in new_lines)
    return old_side, new_side


def differences(model, old, new):
    """What differs between snapshots `old` and `new` of one object, in form order."""
    found = []
    for model_field in compared_fields(model):
        if not differs(model_field, old.fields, new.fields):
            continue
        before = old.fields.get(model_field.attname)
        after = new.fields.get(model_field.attname)
        label = str(model_field.verbose_name).capitalize()
        if isinstance(model_field, (models.TextField, ProseEditorField)):
            convert = html_text if isinstance(model_field, ProseEditorField) else str
            segments = word_diff(convert(before or ""), convert(after or ""))
            found.append(Difference(label, old_segments=segments[0], new_segments=segments[1]))
        else:
            found.append(
                Difference(label, shown(model_field, before, old), shown(model_field, after, new))
            )
    for label in dict.fromkeys([*old.lines, *new.lines]):
        before, after = old.lines.get(label), new.lines.get(label)
        if before is None or after is None:  # kept by one version only (tags, say)
            found.append(Difference(label, listed(before), listed(after)))
        elif before != after:
            segments = line_diff(before, after)
            found.append(Difference(label, old_segments=segments[0], new_segments=segments[1]))
    return found


def listed(lines):
    """A version's lines on one line; lines it did not keep say so."""
    if lines is None:
        return NOT_KEPT
    return ", ".join(lines) or "—"


def shown(model_field, value, snapshot):
    """A field's value as an editor reads it: names, labels, dates in the site's zone."""
    if model_field.many_to_many:
        names = [snapshot.names.get(model_field.related_model, pk) for pk in value or []]
        return ", ".join(sorted(names)) or "—"
    if model_field.is_relation:
        return snapshot.names.get(model_field.related_model, value)
    if value is None or value == "":
        return "—"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, FieldFile):
        return value.name or "—"
    if hasattr(value, "tzinfo") and hasattr(value, "hour"):
        return date_format(timezone.localtime(value), "DATETIME_FORMAT")
    return str(value)
