import pytest

from tests.factories import UserFactory


@pytest.fixture
def author(db):
    return UserFactory(username="importer", is_staff=True)
