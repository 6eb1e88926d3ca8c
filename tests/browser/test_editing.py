"""An editor at work in the admin: the rich-text editor and the autocompletes, under the CSP.

The `new_page` fixture fails a test whose pages the Content-Security-Policy blocked anything
on, so these also prove the admin's own scripts and styles need no inline code.
"""

import pytest

from reviews.models import Review, Studio
from tests.factories import FilmFactory, ReviewFactory, UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PASSWORD = "correct horse battery staple"  # UserFactory's


def log_in(page, live_server):
    UserFactory(username="chief", is_staff=True, is_superuser=True)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")


def test_an_editor_writes_in_the_rich_text_editor_and_saves(new_page, live_server, screenshot):
    review = ReviewFactory(body="<p>First draft.</p>")
    page = new_page(width=1440)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/review/{review.pk}/change/")

    editor = page.locator(".field-body .ProseMirror:visible")
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" A second thought.")
    screenshot(page, "admin-review-editor")
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").click()

    assert page.get_by_text("was changed successfully").is_visible()
    assert "A second thought." in Review.objects.get(pk=review.pk).body


def test_the_studios_autocomplete_finds_a_studio_on_the_film_form(new_page, live_server):
    film = FilmFactory()
    Studio.objects.create(name="Thunder Road Films")
    page = new_page(width=1440)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/film/{film.pk}/change/")

    page.locator(".field-studios .select2-selection").click()
    page.keyboard.type("Thunder")
    option = page.locator(".select2-results__option", has_text="Thunder Road Films")
    option.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").click()

    assert [studio.name for studio in film.studios.all()] == ["Thunder Road Films"]
