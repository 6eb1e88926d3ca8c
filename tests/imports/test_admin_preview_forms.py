"""The admin preview shows the crew, the facts read from sentences and every line left out."""

from pathlib import Path

import pytest
from django.conf import settings

from reviews.models import Review
from tests.imports.admin_helpers import batch_url, confirm, start, upload

pytestmark = pytest.mark.django_db
FORMS = Path(settings.BASE_DIR) / "tests" / "fixtures" / "document_forms"


def test_preview_shows_crew_facts_from_text_and_dropped_lines(editor_client):
    batch = start(editor_client, files=[upload(FORMS / "crew_and_furniture.txt")])
    page = editor_client.get(batch_url(batch)).text
    for shown in (
        '<th scope="row">Cinematography</th><td>Kenji Aoki</td>',
        '<th scope="row">Music</th><td>Lena Fischer</td>',
        '<th scope="row">Editing</th><td>Omar Salim</td>',
        '<th scope="row">Producers</th><td>Rita Moreno-Hale, Sam Ortiz</td>',
        "Read from the text",
        "“Directed by Someone Else”",  # left out, with the teaser it came in
        "“Home » Reviews » Drama » Quiet Harbour”",
    ):
        assert shown in page, shown


def test_an_uploaded_markdown_file_is_read_as_markdown(editor_client):
    batch = start(editor_client, files=[upload(FORMS / "markdown_review.md")])
    page = editor_client.get(batch_url(batch)).text
    assert "Night Ferry (2023) review: a slow crossing" in page and "**" not in page
    confirm(editor_client, batch)
    assert "<em>tired</em>" in Review.objects.get().body
