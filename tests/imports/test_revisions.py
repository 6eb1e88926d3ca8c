"""An import is a version of the review it writes: what it replaces stays in the history."""

from pathlib import Path

import reversion
import time_machine
from django.conf import settings
from reversion.models import Revision

from reviews import revisions
from reviews.models import Review
from tests.imports.helpers import run, write

FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "documents"


def test_replacing_an_edited_review_keeps_the_editors_version(author, tmp_path):
    path = FIXTURES / "bulleted_facts.txt"
    with time_machine.travel("2026-01-01 10:00Z", tick=False):
        run(path)
    review = Review.objects.get()
    with time_machine.travel("2026-01-02 10:00Z", tick=False), reversion.create_revision():
        reversion.set_comment("Edited here.")
        review.verdict = "The editor's own verdict."
        review.save()
        review.scores.all().delete()
    edited = write(
        tmp_path / "edited.txt", path.read_text().replace("explains too", "explains far too")
    )
    with time_machine.travel("2026-01-03 10:00Z", tick=False):
        assert "1 updated" in run(edited, "--replace-edited")

    history = revisions.history(Review.objects.get())
    assert [entry.revision.get_comment() for entry in history] == [
        "Imported.",
        "Edited here.",
        "Imported, replacing any changes made here.",
    ]
    first, replaced, latest = history
    assert replaced.fields["verdict"] == "The editor's own verdict."
    assert replaced.lines["Criterion scores"] == ()
    assert "explains far too much" in latest.fields["body"]
    assert latest.fields["verdict"] != "The editor's own verdict."
    # The import's scores are written in bulk; the version has them all the same.
    assert latest.lines["Criterion scores"] == first.lines["Criterion scores"] != ()
    assert latest.lines["FAQ"] == first.lines["FAQ"] != ()


def test_a_dry_run_keeps_no_version(author):
    run(FIXTURES / "bulleted_facts.txt", "--dry-run")
    assert not Review.objects.exists() and not Revision.objects.exists()
