"""The demo loader on a site that is empty or already has content (no shared demo data)."""

from io import StringIO

import pytest
from django.core.management import call_command

from reviews.demo import demo_load
from reviews.models import AuthorProfile, Film, Review


@pytest.mark.django_db
def test_nothing_is_loaded_when_the_site_already_has_a_film():
    Film.objects.create(title="Someone else's film", release_year=1999)
    assert demo_load() is False
    assert Film.objects.count() == 1
    assert not Review.objects.exists() and not AuthorProfile.objects.exists()


@pytest.mark.django_db
def test_load_demo_command_reports_what_it_did():
    out = StringIO()
    call_command("load_demo", stdout=out)
    call_command("load_demo", stdout=out)
    assert out.getvalue().splitlines() == [
        "Loaded demo content: 8 films, 9 reviews.",
        "Demo content already present; nothing loaded.",
    ]
