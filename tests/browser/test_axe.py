"""axe-core finds no serious or critical WCAG A/AA violation on the pages readers use most
(home, a review, its film, search, its franchise and author), in the light theme and the dark
one, on the demo content (`make run` shows the same)."""

import pytest
from django.contrib.auth.models import Group

from demo.services import demo_load
from reviews.models import Country, Film, Franchise, Review
from reviews.search import search_index_refresh
from tests.browser.axe import axe_violations, describe
from tests.browser.conftest import default_criteria

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def load_demo_content():
    """The demo, after a live-server test's flush removed what migrations made."""
    from django_countries import countries

    for code, name in countries:
        Country.objects.get_or_create(code=code, defaults={"name": name})
    default_criteria()
    Group.objects.get_or_create(name="Editors")
    assert demo_load()
    search_index_refresh(
        film_ids=Film.objects.values_list("pk", flat=True),
        review_ids=Review.objects.values_list("pk", flat=True),
    )


#: Both themes are checked on one load of the demo: making its pictures' renditions is
#: most of this test's time, and what a theme changes is only the pages' colours.
THEMES = ["light", "dark"]


def test_public_pages_have_no_serious_accessibility_violations(new_page, live_server, screenshot):
    load_demo_content()
    review = (
        Review.objects.published()
        .filter(film__franchise__isnull=False, author__author_profile__isnull=False)
        .select_related("film", "author__author_profile")
        .latest("published_at")
    )
    pages = {
        "home": "/",
        "review": review.get_absolute_url(),
        "film": review.film.get_absolute_url(),
        "search": "/search/?q=balerina",  # corrected: "Showing results for Ballerina"
        "franchise": Franchise.objects.get(films__reviews=review).get_absolute_url(),
        "author": review.byline_url,
    }
    found = {}
    for theme in THEMES:
        page = new_page(color_scheme=theme)  # a fresh browser context for each theme
        for name, path in pages.items():
            page.goto(live_server.url + path)
            assert page.evaluate("document.documentElement.dataset.bsTheme") == theme
            screenshot(page, f"axe-{theme}-{name}")
            if violations := axe_violations(page):
                found[f"{theme} {name}"] = describe(violations)
    assert not found, "\n".join(f"{where}:\n{text}" for where, text in found.items())
