import pytest
from django.db import transaction
from django.test import override_settings

from demo.services import demo_load
from reviews.models import Film
from tests.demo.helpers import renditions_skipped
from tests.factories import UserFactory

WICK_TITLE = "From the World of John Wick: Ballerina"


@pytest.fixture
def author(db):
    return UserFactory(username="importer", is_staff=True)


@pytest.fixture(scope="module")
def demo_catalogue(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo once for the module and roll it back after; these tests read its films,
    people and credits, never its pictures' renditions."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        with renditions_skipped():
            demo_load()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def ballerinas(demo_catalogue, db):
    """The demo's two Ballerinas: the Korean film (2023) and the John Wick spin-off (2025)."""
    return Film.objects.get(title="Ballerina", release_year=2023), Film.objects.get(
        title=WICK_TITLE, release_year=2025
    )
