"""Fixtures the reviews tests share."""

import pytest

from tests.reviews.image_files import image_bytes


@pytest.fixture(scope="module")
def photo_6000():
    """A 6000x4000 JPEG, as a camera or an editor's phone would upload it."""
    return image_bytes((6000, 4000))
