"""What the importer's tests share: the WordPress export written for them, and running
`manage.py import_reviews` with its output kept."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

EXPORT = Path(settings.BASE_DIR) / "tests" / "fixtures" / "wxr" / "export.xml"


class Out:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def run(*args):
    call_command("import_reviews", *map(str, args), "--author", "importer", stdout=(out := Out()))
    return out.text


def run_failing(*args):
    """The output of an import expected to exit with status 1."""
    out = Out()
    with pytest.raises(CommandError) as raised:
        call_command("import_reviews", *map(str, args), "--author", "importer", stdout=out)
    assert raised.value.returncode == 1
    return out.text


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path
