"""The demo loader on a site that is empty or already has content (no shared demo data)."""

import shutil
from io import StringIO

import pytest
from django.core.management import call_command

from demo import services
from demo.services import DemoContentError, demo_load
from reviews.models import AuthorProfile, Film, Review
from tests.demo.helpers import renditions_skipped


@pytest.mark.django_db
def test_nothing_is_loaded_when_the_site_already_has_a_film():
    Film.objects.create(title="Someone else's film", release_year=1999)
    assert demo_load() is False
    assert Film.objects.count() == 1
    assert not Review.objects.exists() and not AuthorProfile.objects.exists()


@pytest.mark.django_db
def test_load_demo_command_reports_what_it_did():
    out = StringIO()
    with renditions_skipped():  # what the command says, not what the demo holds
        call_command("load_demo", stdout=out)
    call_command("load_demo", stdout=out)
    assert out.getvalue().splitlines() == [
        "Loaded demo content: 8 films, 9 reviews.",
        "Demo content already present; nothing loaded.",
    ]


@pytest.mark.django_db
def test_a_document_without_extras_is_refused_and_nothing_is_loaded(tmp_path, monkeypatch):
    documents = tmp_path / "documents"
    shutil.copytree(services.DOCUMENTS, documents)
    (documents / "unlisted.md").write_text("Some Film review: words\n\nRating: 7/10\n")
    monkeypatch.setattr(services, "DOCUMENTS", documents)
    with pytest.raises(DemoContentError, match="unlisted"):
        demo_load()
    assert not Film.objects.exists() and not AuthorProfile.objects.exists()
