"""The film each document goes to, as the admin's import preview shows it and the editor
picks it: the seeds with the demo catalogue."""

import pytest
from django.urls import reverse

from imports.models import FilmToConfirm
from reviews.models import Credit, Film, Review
from tests.imports.admin_helpers import SEEDS, batch_url, needs_seeds, run_tasks, start, upload

pytestmark = needs_seeds


def seeds_previewed(client):
    return start(client, files=[upload(path) for path in sorted(SEEDS.glob("*.txt"))])


def confirm_picking(client, batch, **picks):
    with run_tasks():
        response = client.post(batch_url(batch), picks)
    assert response.status_code == 302
    return client.get(batch_url(batch))


def test_preview_shows_the_candidates_and_their_evidence(ballerinas, editor_client):
    korean, wick = ballerinas
    films = Film.objects.count()
    batch = seeds_previewed(editor_client)
    page = editor_client.get(batch_url(batch)).text
    assert Film.objects.count() == films
    assert page.count("(<strong>film to confirm</strong>)") == 1
    assert "Its info line contradicts its text" in page
    # Seed 000: nothing checked but "decide later"; the others: the 2025 film checked.
    assert 'name="film-0" id="film-0-later" value="" checked' in page
    assert f'value="{korean.pk}" checked' not in page
    for number in range(1, 5):
        assert (
            f'name="film-{number}" id="film-{number}-{wick.pk}" value="{wick.pk}" checked' in page
        )
    assert "The text mentions the John Wick franchise, which it is part of." in page
    assert "ruled out by the evidence" in page


def test_confirming_without_a_pick_leaves_seed_000_to_confirm(ballerinas, editor_client):
    korean, wick = ballerinas
    batch = seeds_previewed(editor_client)
    page = confirm_picking(editor_client, batch).text
    assert "5 of 5 documents imported." in page
    reviews = Review.objects.filter(film__in=ballerinas, author__username="editor-user")
    assert sorted(reviews.values_list("film_id", flat=True)) == [korean.pk] + [wick.pk] * 4
    pending = FilmToConfirm.objects.pending().get()
    assert pending.review.film == korean and pending.review.status == Review.Status.DRAFT


def test_the_editors_pick_is_honoured_without_the_contradicting_credits(ballerinas, editor_client):
    korean, _ = ballerinas
    credits = Credit.objects.filter(film=korean).count()
    batch = seeds_previewed(editor_client)
    page = confirm_picking(editor_client, batch, **{"film-0": str(korean.pk)}).text
    review = Review.objects.get(slug="ballerina", film=korean)
    assert not FilmToConfirm.objects.exists()
    assert Credit.objects.filter(film=korean).count() == credits
    assert not korean.countries.filter(code="US").exists()
    assert f"The film Ballerina (2023) (#{korean.pk}), as the editor chose." in page
    assert "Not applied: contradicted by the text" in page and "Len wisemen" in page
    assert review.status == Review.Status.DRAFT


def test_picking_a_new_film_makes_one(ballerinas, editor_client):
    films = Film.objects.count()
    batch = seeds_previewed(editor_client)
    confirm_picking(editor_client, batch, **{"film-0": "new"})
    assert Film.objects.count() == films + 1


@pytest.mark.parametrize("pick", ["999999", "junk"])
def test_a_pick_the_preview_did_not_offer_is_ignored(ballerinas, editor_client, pick):
    batch = seeds_previewed(editor_client)
    confirm_picking(editor_client, batch, **{"film-0": pick})
    batch.refresh_from_db()
    assert batch.film_choices == {}
    assert FilmToConfirm.objects.pending().count() == 1


def test_editors_see_the_films_to_confirm_with_their_evidence(ballerinas, editor_client):
    confirm_picking(editor_client, seeds_previewed(editor_client))
    pending = FilmToConfirm.objects.get()
    listing = editor_client.get(reverse("admin:imports_filmtoconfirm_changelist"))
    assert listing.status_code == 200 and "Ballerina (2023)" in listing.text
    page = editor_client.get(reverse("admin:imports_filmtoconfirm_change", args=[pending.pk]))
    assert page.status_code == 200
    assert "<li>The text names Jeon Jong-seo" in page.text
    assert "Its info line contradicts its text" in page.text


def test_the_preview_says_which_document_waits_for_its_film(ballerinas, editor_client):
    page = editor_client.get(batch_url(seeds_previewed(editor_client))).text
    assert page.count("<strong>film to confirm</strong>: a draft on this film until") == 1
