import pytest

from tests.factories import ReviewFactory


@pytest.fixture
def review(db):
    return ReviewFactory(headline="Heat, thirty years on")
