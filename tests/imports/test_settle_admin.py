"""Settling a "film to confirm" in the admin: its page (candidates, evidence, buttons), who
may, the review's form saying so, and the import's report pointing there."""

import pytest
from django.urls import reverse

from imports.models import FilmToConfirm
from reviews.models import Film, Review
from tests.imports.admin_helpers import SEEDS, batch_url, needs_seeds, run_tasks, start, upload
from tests.imports.helpers import run
from tests.imports.test_identity import import_seed, seed
from tests.reviews.test_admin import change_form_data

pytestmark = needs_seeds


@pytest.fixture
def to_confirm(ballerinas, author):
    """Seed 000 imported: a draft on the Korean Ballerina, its film to confirm."""
    review = Review.objects.get(pk=import_seed("000", author).review_id)
    return FilmToConfirm.objects.get(review=review)


def settle_url(confirmation):
    return reverse("admin:imports_filmtoconfirm_change", args=[confirmation.pk])


def review_url(review):
    return reverse("admin:reviews_review_change", args=[review.pk])


def test_the_page_shows_the_candidates_with_their_evidence_and_buttons(
    to_confirm, ballerinas, editor_client, django_assert_num_queries
):
    korean, wick = ballerinas
    with django_assert_num_queries(5):  # session, user, the row and review, groups' perms
        page = editor_client.get(settle_url(to_confirm))
    assert page.status_code == 200
    text = page.text
    assert "Its info line contradicts its text" in text
    assert "<li>The text names Jeon Jong-seo, Kim Ji-hoon" in text
    assert "ruled out by the evidence" in text
    for film in (korean, wick):
        assert f'name="film" value="{film.pk}" class="button">This is the film</button>' in text
    assert 'name="film" value="new" class="button">Create a new film</button>' in text


def test_the_page_lists_the_info_lines_people_set_aside(to_confirm, editor_client):
    text = editor_client.get(settle_url(to_confirm)).text
    assert "Not applied: contradicted by the text." in text
    assert "<li>directors: Len wisemen</li>" in text
    assert "<li>countries: United States</li>" in text


@pytest.mark.parametrize("client_name", ["writer_client", "moderator_client"])
def test_writers_and_moderators_may_not_see_or_settle_it(
    to_confirm, ballerinas, client_name, request
):
    client = request.getfixturevalue(client_name)
    korean, wick = ballerinas
    assert client.get(settle_url(to_confirm)).status_code == 403
    assert client.post(settle_url(to_confirm), {"film": wick.pk}).status_code == 403
    to_confirm.refresh_from_db()
    assert to_confirm.status == "pending" and to_confirm.review.film == korean


def test_settling_moves_the_review_and_clears_the_desk(to_confirm, ballerinas, editor_client):
    _, wick = ballerinas
    desk = editor_client.get(reverse("admin:index")).text
    assert f"Film to confirm: {to_confirm.review.headline}" in desk
    response = editor_client.post(settle_url(to_confirm), {"film": wick.pk}, follow=True)
    assert response.redirect_chain == [(review_url(to_confirm.review), 302)]
    to_confirm.refresh_from_db()
    assert to_confirm.status == "settled" and to_confirm.settled_at is not None
    assert to_confirm.review.film == wick and to_confirm.review.status == Review.Status.DRAFT
    assert f"is now about the film {wick} (#{wick.pk})." in response.text
    assert "film-to-confirm-banner" not in response.text
    desk = editor_client.get(reverse("admin:index")).text
    assert "Film to confirm:" not in desk
    # A later import of the document keeps to the editor's word.
    assert "unchanged" in run(seed("000"))


def test_create_a_new_film_makes_it_from_the_document(to_confirm, editor_client):
    films = Film.objects.count()
    response = editor_client.post(settle_url(to_confirm), {"film": "new"}, follow=True)
    assert Film.objects.count() == films + 1
    review = Review.objects.get(pk=to_confirm.review_id)
    assert review.film.title == "Ballerina"
    # Made from what the text supports: the info line's contradicted people are not credited.
    assert not review.film.credits.filter(person__name="Ethan Hawke").exists()
    assert review.film.credits.filter(role="cast", person__name="Kim Ji-hoon").exists()
    assert f"is now about a new film {review.film}" in response.text


@pytest.mark.parametrize("choice", ["999999", "junk", ""])
def test_a_film_the_page_did_not_offer_changes_nothing(
    to_confirm, ballerinas, editor_client, choice
):
    korean, _ = ballerinas
    response = editor_client.post(settle_url(to_confirm), {"film": choice}, follow=True)
    assert response.redirect_chain == [(settle_url(to_confirm), 302)]
    assert "Choose one of the films offered" in response.text
    to_confirm.refresh_from_db()
    assert to_confirm.status == "pending" and to_confirm.review.film == korean


def test_a_settled_film_is_not_settled_again(to_confirm, ballerinas, editor_client):
    korean, _ = ballerinas
    editor_client.post(settle_url(to_confirm), {"film": korean.pk})
    page = editor_client.get(settle_url(to_confirm)).text
    assert "This is the film" not in page and "Settled" in page
    films = Film.objects.count()
    response = editor_client.post(settle_url(to_confirm), {"film": "new"}, follow=True)
    assert "settled already. Nothing was changed." in response.text
    assert Film.objects.count() == films
    assert Review.objects.get(pk=to_confirm.review_id).film == korean


def test_the_review_form_says_its_film_is_to_confirm_and_links_to_settle(to_confirm, editor_client):
    page = editor_client.get(review_url(to_confirm.review)).text
    assert "film-to-confirm-banner" in page
    assert f'<a href="{settle_url(to_confirm)}">See the candidates and settle it</a>' in page


def test_changing_the_film_on_the_review_form_settles_it(to_confirm, ballerinas, editor_client):
    _, wick = ballerinas
    review = to_confirm.review
    data = {**change_form_data(review), "film": wick.pk}
    response = editor_client.post(review_url(review), data, follow=True)
    assert response.status_code == 200
    to_confirm.refresh_from_db()
    assert to_confirm.review.film == wick and to_confirm.status == "settled"
    assert "Its film to confirm is settled" in response.text


# What the import says of it: once, truthfully, and where to settle it.


def test_the_preview_says_on_which_film_it_waits_and_why_without_a_guessed_id(
    ballerinas, editor_client
):
    korean, wick = ballerinas
    batch = start(editor_client, files=[upload(seed("000"))])
    page = editor_client.get(batch_url(batch)).text
    assert (
        f"waits as a draft on {korean} (#{korean.pk}), the film its text is about; its info "
        f"line names the people of {wick}."
    ) in page
    assert "leading" not in page
    assert "settle_film" not in page
    # The evidence is in the table only, not again in the warning.
    assert page.count("Kim Ji-hoon, Lee Chung-hyun, Park Yu-rim, credited on it.") == 1
    with run_tasks():
        editor_client.post(batch_url(batch))
    done = editor_client.get(batch_url(batch)).text
    review = Review.objects.get(slug="ballerina", film=korean)
    link = reverse("admin:imports_filmtoconfirm_review", args=[review.pk])
    assert f'<a href="{link}">settle it</a>' in done and "settle_film" not in done
    assert editor_client.get(link).url == settle_url(review.film_to_confirm)


def test_the_command_gives_the_real_review_id_and_the_evidence(ballerinas, author):
    report = run(SEEDS)
    review = Review.objects.get(film=ballerinas[0], author=author)
    assert f"manage.py settle_film {review.pk} --film FILM_ID" in report
    assert "+ The text names Jeon Jong-seo" in report
