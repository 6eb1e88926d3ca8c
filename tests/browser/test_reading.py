"""A reader's path through a review in a real browser."""

import pytest

from reviews.models import Score
from reviews.search import search_index_refresh
from tests.browser.conftest import default_criteria
from tests.factories import CreditFactory, FAQEntryFactory, GenreFactory, ReviewFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

BODY = "".join(
    f"<h2>{title}</h2>" + "<p>" + " ".join(["Words about the film."] * 80) + "</p>"
    for title in ["Story and structure", "Performances", "Action and choreography"]
)


@pytest.fixture
def review():
    review = ReviewFactory(
        headline="Ballerina: grace under fire",
        body=BODY,
        rating=9,
        verdict="A dancer's revenge, told with grace.",
    )
    review.film.genres.add(GenreFactory(name="Action"))
    CreditFactory(film=review.film, character="Eve Macarro")
    for criterion in default_criteria():
        Score.objects.create(review=review, criterion=criterion, value=9)
    FAQEntryFactory(review=review, question="Is it part of the John Wick series?", answer="Yes.")
    for n in range(3):
        other = ReviewFactory(headline=f"Another review {n}")
        other.film.genres.add(*review.film.genres.all())
    search_index_refresh(review_ids=[review.pk])  # as the admin does on save
    return review


@pytest.mark.parametrize("width", [360, 1280])
def test_review_reads_well_at_phone_and_desktop_width(
    new_page, live_server, screenshot, review, width
):
    page = new_page(width=width)
    page.goto(live_server.url + review.get_absolute_url())
    assert page.locator("h1").inner_text() == review.headline
    for section in ["Contents", "Scores", "Final rating", "Frequently asked questions"]:
        assert page.get_by_role("heading", name=section).is_visible()
    assert page.get_by_role("heading", name="Similar Posts").count() == 1
    # Nothing is wider than the screen: no sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(page, f"review-{width}")


def test_table_of_contents_link_jumps_to_its_section(new_page, live_server, review):
    page = new_page(height=700)
    page.goto(live_server.url + review.get_absolute_url())
    page.get_by_role("navigation", name="Contents").get_by_role(
        "link", name="Action and choreography"
    ).click()
    assert page.url.endswith("#action-and-choreography")
    # Bootstrap scrolls smoothly; wait until the heading has arrived at the top.
    page.wait_for_function(
        "() => Math.abs(document.getElementById('action-and-choreography')"
        ".getBoundingClientRect().top) < 50"
    )


def test_faq_answer_opens_and_closes(new_page, live_server, review):
    page = new_page()
    page.goto(live_server.url + review.get_absolute_url())
    question = page.get_by_text("Is it part of the John Wick series?")
    details = page.locator("details.faq-entry").first
    assert not details.evaluate("element => element.open")
    question.click()
    assert details.evaluate("element => element.open")
    assert details.get_by_text("Yes.").is_visible()
    question.click()
    assert not details.evaluate("element => element.open")


def test_search_from_the_header(new_page, live_server, review):
    page = new_page(width=360)
    page.goto(live_server.url + "/")
    page.get_by_role("searchbox", name="Search reviews, films and people").fill("Ballerina")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=Ballerina")
    assert page.get_by_role("link", name=review.headline).first.is_visible()
