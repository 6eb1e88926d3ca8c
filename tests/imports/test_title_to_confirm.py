"""A "title to confirm": a document whose film is in no catalogue and whose title is weak
becomes a draft without a film, with nothing of its film applied; the command, the admin
page and the review's form settle it; re-importing changes nothing, and keeps the choice."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from imports.models import FilmToConfirm
from reviews.models import Film, Genre, Person, Review, Studio
from tests.factories import FilmFactory
from tests.imports.admin_helpers import batch_url, confirm, start
from tests.imports.helpers import Out, run, write
from tests.reviews.test_film_less_draft import form_data

WEAK = """Notes from a rainy week at the pictures

Genre: Drama
Studio: Harbour Pictures

I went on Tuesday, alone, to the late show. The story follows a widow who takes over her
husband's fishing boat, and the crew who will not take orders from her.

The photography is grey and wet and beautiful. The ending is too neat, but I did not mind.

Rating: 4/5
"""
BEST = "Notes from a rainy week at the pictures"


@pytest.fixture
def imported(author, tmp_path):
    """The weak document imported by the command: its output and its film to confirm."""
    output = run(write(tmp_path / "notes.txt", WEAK), "--status", "published")
    return output, FilmToConfirm.objects.get()


def counts():
    return [model.objects.count() for model in (Film, Person, Genre, Studio, Review)]


def test_a_weak_title_with_no_catalogue_film_leaves_a_draft_without_film(imported):
    output, confirmation = imported
    review = confirmation.review
    assert (review.film, review.status) == (None, Review.Status.DRAFT)  # never published
    assert counts() == [0, 0, 0, 0, 1]  # no film, person, genre or studio made
    assert confirmation.status == FilmToConfirm.Status.PENDING
    assert confirmation.explanation.startswith(
        f"The document never says plainly which film it reviews: the best reading of its "
        f"title is “{BEST}”, from its headline"
    )
    assert confirmation.titles[0] == BEST
    assert confirmation.facts["film"]["genres"] == ["Drama"]
    assert "(no film: title to confirm)" in output
    assert f"settle_film {review.pk} --new --title TITLE" in output
    assert "0 new film(s) were made; 1 film(s) to confirm" in output


def test_importing_it_again_changes_nothing(imported, tmp_path):
    _, confirmation = imported
    again = run(tmp_path / "notes.txt")
    assert "unchanged" in again
    assert counts() == [0, 0, 0, 0, 1]
    assert FilmToConfirm.objects.get().explanation == confirmation.explanation


def test_the_command_shows_the_readings_and_asks_for_a_title(imported):
    _, confirmation = imported
    review = confirmation.review_id
    call_command("settle_film", review, stdout=(shown := Out()))
    assert f"Titles read, best first: “{BEST}”" in shown.text
    with pytest.raises(CommandError, match="name the new film with --title"):
        call_command("settle_film", review, "--new")
    with pytest.raises(CommandError, match="give --new too"):
        call_command("settle_film", review, "--title", "The Widow's Boat")


def test_settling_with_a_title_makes_the_film_from_the_documents_facts(imported, tmp_path):
    _, confirmation = imported
    review = confirmation.review
    call_command("settle_film", review.pk, "--new", "--title", " The  Widow's Boat ", stdout=Out())
    review.refresh_from_db()
    assert review.film.title == "The Widow's Boat"
    assert list(review.film.genres.values_list("name", flat=True)) == ["Drama"]
    assert list(review.film.studios.values_list("name", flat=True)) == ["Harbour Pictures"]
    assert FilmToConfirm.objects.get().status == FilmToConfirm.Status.SETTLED
    assert Version.objects.get_for_object(review).exists()
    with pytest.raises(CommandError, match="settled already"):
        call_command("settle_film", review.pk, "--new", "--title", "Again")
    # A later import of the document, changed or not, keeps to the editor's film.
    write(tmp_path / "notes.txt", WEAK + "\nA last word on the boat.\n")
    assert "updated" in run(tmp_path / "notes.txt")
    review.refresh_from_db()
    assert review.film.title == "The Widow's Boat"
    assert Film.objects.count() == 1


def test_settling_on_a_catalogue_film_moves_the_review_there(imported):
    _, confirmation = imported
    film = FilmFactory(title="The Widow's Boat")
    call_command("settle_film", confirmation.review_id, "--film", film.pk, stdout=(out := Out()))
    assert f"now about the film {film}" in out.text
    assert Review.objects.get(pk=confirmation.review_id).film == film
    assert Film.objects.count() == 1


def settle_url(confirmation):
    return reverse("admin:imports_filmtoconfirm_change", args=[confirmation.pk])


def test_the_settle_page_offers_the_title_to_edit_and_the_film_search(imported, editor_client):
    _, confirmation = imported
    page = editor_client.get(settle_url(confirmation))
    assert page.status_code == 200
    text = page.text
    assert "waits as a draft <strong>without a film</strong>" in text
    assert f'name="title" id="id_title" form="settle-film" value="{BEST}"' in text
    assert '<datalist id="title-readings">' in text
    assert 'name="film" value="new" class="button">Create this film</button>' in text
    assert (
        'data-model-name="review" data-field-name="film"' in text
    )  # the admin's autocomplete, as on the review form
    assert 'name="film" value="pick"' in text


def test_the_settle_page_makes_the_film_under_the_title_given(imported, editor_client, editor):
    _, confirmation = imported
    post = {"film": "new", "title": "The Widow's Boat"}
    response = editor_client.post(settle_url(confirmation), post)
    assert response.status_code == 302
    review = Review.objects.get(pk=confirmation.review_id)
    assert review.film.title == "The Widow's Boat"
    entry = LogEntry.objects.get(object_id=str(review.pk))
    assert entry.user == editor and "Film settled" in entry.get_change_message()
    assert Version.objects.get_for_object(review).first().revision.user == editor
    again = editor_client.post(settle_url(confirmation), post, follow=True)
    assert "settled already" in again.text
    assert Film.objects.count() == 1


def test_the_settle_page_needs_a_title_for_a_new_film(imported, editor_client):
    _, confirmation = imported
    response = editor_client.post(settle_url(confirmation), {"film": "new", "title": " "})
    assert response.status_code == 302
    assert Review.objects.get(pk=confirmation.review_id).film is None
    assert Film.objects.count() == 0


def test_the_settle_page_takes_a_film_found_in_the_catalogue(imported, editor_client):
    _, confirmation = imported
    film = FilmFactory()
    response = editor_client.post(settle_url(confirmation), {"film": "pick", "pick": film.pk})
    assert response.status_code == 302
    assert Review.objects.get(pk=confirmation.review_id).film == film
    missing = editor_client.post(settle_url(confirmation), {"film": "pick"}, follow=True)
    assert missing.status_code == 200  # settled already, or nothing picked: never a 500


def test_writers_may_not_settle_it(imported, writer_client):
    _, confirmation = imported
    response = writer_client.post(settle_url(confirmation), {"film": "new", "title": "X"})
    assert response.status_code in (302, 403)
    assert Review.objects.get(pk=confirmation.review_id).film is None


def test_settling_needs_the_csrf_token(imported, editor):
    _, confirmation = imported
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(settle_url(confirmation), {"film": "new", "title": "X"})
    assert response.status_code == 403
    assert Review.objects.get(pk=confirmation.review_id).film is None


def test_choosing_its_film_on_the_review_form_settles_it(imported, editor_client):
    _, confirmation = imported
    review, film = confirmation.review, FilmFactory()
    url = reverse("admin:reviews_review_change", args=[review.pk])
    assert editor_client.get(url).status_code == 200
    assert editor_client.post(url, form_data(review, film=film.pk)).status_code == 302
    assert Review.objects.get(pk=review.pk).film == film
    assert FilmToConfirm.objects.get().status == FilmToConfirm.Status.SETTLED


def test_clearing_a_film_by_hand_settles_nothing(imported, editor_client):
    _, confirmation = imported
    review = confirmation.review
    url = reverse("admin:reviews_review_change", args=[review.pk])
    page = editor_client.get(url)
    assert "without a film (its title is to confirm)" in page.text
    assert editor_client.post(url, form_data(review, headline="Renamed")).status_code == 302
    assert FilmToConfirm.objects.get().status == FilmToConfirm.Status.PENDING


def test_the_import_preview_says_the_title_is_to_confirm(author, editor_client):
    batch = start(editor_client, pasted=WEAK)
    page = editor_client.get(batch_url(batch)).text
    assert "<strong>title to confirm</strong>" in page
    assert 'id="film-0-later" value="" checked' in page  # decide later, unless picked
    assert Film.objects.count() == 0
    confirm(editor_client, batch)
    review = Review.objects.get()
    assert review.film is None and review.film_to_confirm.titles[0] == BEST
