"""The review and comment changelists fit a 1280 px screen: no sideways scrolling."""

import pytest

from comments.models import Comment
from tests.browser.test_axe import load_demo_content
from tests.browser.test_moderation import log_in
from tests.demo.helpers import renditions_skipped
from tests.factories import CommentFactory, FilmFactory, ReviewFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

LONG_HEADLINE = (
    "From the World of John Wick: Ballerina is a gorgeous, brutal and surprisingly tender "
    "spin-off that earns its place in the High Table canon"
)
LONG_COMMENT = "Superlative choreography; " * 20 + "https://example.com/" + "x" * 120


def long_rows():
    """Demo content plus the rows that widen a table most: long titles, names and words.

    The changelists show no picture, so the demo's renditions (most of its load) are not made.
    """
    with renditions_skipped():
        load_demo_content()
    film = FilmFactory(title="From the World of John Wick: Ballerina (extended director's cut)")
    review = ReviewFactory(film=film, headline=LONG_HEADLINE)
    for n in range(3):
        CommentFactory(
            content_object=review,
            author_name=f"A reader with a very long display name indeed, number {n}",
            author_email=f"a.very.long.address.for.reader.{n}@subdomain.example.com",
            text=LONG_COMMENT,
            status=Comment.Status.PENDING,
        )


@pytest.mark.parametrize(
    "path", ["/admin/reviews/review/", "/admin/comments/comment/"], ids=["reviews", "comments"]
)
def test_changelist_fits_a_1280_pixel_screen(new_page, live_server, screenshot, path):
    long_rows()
    page = new_page(width=1280, height=800)
    log_in(page, live_server)
    page.goto(live_server.url + path)
    assert page.locator("#result_list tbody tr").count() >= 4
    screenshot(page, f"changelist-{path.split('/')[-2]}-1280")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1280, f"{path} is {width} px wide"
    # Django's admin lets a wide table scroll inside its box: that is sideways scrolling too.
    inner = page.evaluate(
        "() => { const box = document.querySelector('#changelist .results');"
        " return [box.scrollWidth, box.clientWidth]; }"
    )
    columns = page.evaluate(
        "() => [...document.querySelectorAll('#result_list thead th')]"
        ".map(th => th.className + ':' + Math.round(th.getBoundingClientRect().width))"
    )
    assert inner[0] <= inner[1], f"{path}: the table is {inner[0]} px in {inner[1]} px: {columns}"


def test_the_review_form_and_its_moves_fit_a_phone(new_page, live_server, screenshot):
    review = ReviewFactory(draft=True, headline=LONG_HEADLINE)
    page = new_page(width=390, height=844)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/reviews/review/{review.pk}/change/")
    page.get_by_role("button", name="Save and submit for review").scroll_into_view_if_needed()
    screenshot(page, "review-form-390")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the review form is {width} px wide"
    overflowing = page.evaluate(
        "() => [...document.querySelectorAll('.workflow-moves, .workflow-moves *')]"
        ".filter(el => { const box = el.getBoundingClientRect();"
        " return box.left < 0 || box.right > window.innerWidth; })"
        ".map(el => el.tagName + '.' + el.className + '#' + el.id + ':'"
        " + Math.round(el.getBoundingClientRect().right))"
    )
    assert overflowing == [], f"beyond the 390 px screen: {overflowing}"
    note = page.locator("#id_workflow_note").bounding_box()
    assert note["x"] >= 0 and note["x"] + note["width"] <= 390
