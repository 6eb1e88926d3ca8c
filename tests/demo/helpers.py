"""The demo for tests that read its films, people and reviews, never its pictures."""

from unittest import mock


def renditions_skipped():
    """While active, demo_load draws its pictures but makes no renditions of them (WebP and
    JPEG at every width, two thirds of a load's time). tests/demo/test_services.py loads the
    demo whole, and the renditions have tests of their own (tests/reviews/test_images.py)."""
    return mock.patch("demo.services.image_renditions_refresh")
