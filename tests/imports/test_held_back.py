"""Applying an info line's held-back credits from a settled film to confirm's page: who may,
through the importer's own matching (a near miss proposed, not credited), once only, what is
recorded, and a clear message for a stale page or bad input."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from reversion.models import Version

from imports.confirmations import film_to_confirm_settle
from imports.held_back import HeldBackRefused, held_back_apply
from imports.models import FilmToConfirm
from reviews.models import Credit, Person
from tests.imports.admin_helpers import needs_seeds
from tests.imports.test_settle_admin import settle_url, to_confirm  # noqa: F401 (a fixture)

pytestmark = needs_seeds


@pytest.fixture
def settled(to_confirm, ballerinas):  # noqa: F811
    """Seed 000's film settled on the Korean Ballerina, its info line's people held back."""
    film_to_confirm_settle(confirmation=to_confirm, film=ballerinas[0])
    to_confirm.refresh_from_db()
    return to_confirm


def apply_url(confirmation):
    return reverse("admin:imports_filmtoconfirm_apply", args=[confirmation.pk])


def held(confirmation):
    confirmation.refresh_from_db()
    return confirmation.facts["set_aside"]


def credited(film, role="cast"):
    return set(film.credits.filter(role=role).values_list("person__name", flat=True))


def test_a_settled_page_offers_each_held_back_credit_and_all(settled, editor_client):
    text = editor_client.get(settle_url(settled)).text
    assert 'name="credit" value="cast:Ethan Hawke"' in text
    assert 'name="credit" value="all" class="button">Apply these credits</button>' in text
    assert f'name="film" value="{settled.review.film_id}"' in text


def test_a_pending_page_says_to_settle_the_film_first(to_confirm, ballerinas, editor_client):  # noqa: F811
    text = editor_client.get(settle_url(to_confirm)).text
    assert "Apply these credits" not in text and "once the film is settled" in text
    response = editor_client.post(
        apply_url(to_confirm), {"credit": "all", "film": ballerinas[0].pk}, follow=True
    )
    assert "Settle the review&#x27;s film first" in response.text
    assert "Ethan Hawke" in held(to_confirm)["cast"]


def test_applying_one_credit_credits_it_and_takes_it_off_the_list(
    settled, ballerinas, editor_client
):
    korean, _ = ballerinas
    response = editor_client.post(
        apply_url(settled), {"credit": "cast:Ethan Hawke", "film": korean.pk}, follow=True
    )
    assert response.redirect_chain == [(settle_url(settled), 302)]
    assert f"Applied to {korean} (#{korean.pk}): cast: Ethan Hawke." in response.text
    assert "Ethan Hawke" in credited(korean) and "Mason Thames" not in credited(korean)
    assert "Ethan Hawke" not in held(settled)["cast"]
    assert 'value="cast:Ethan Hawke"' not in response.text
    assert "Applied at an editor's word</strong> (from the info line): cast: Ethan Hawke" in (
        response.text
    )
    # Recorded: the admin's log and a version of the film, by the editor.
    entry = LogEntry.objects.get(object_id=str(korean.pk), content_type__model="film")
    assert "cast: Ethan Hawke" in entry.get_change_message()
    version = Version.objects.get_for_object(korean).first()
    assert version.revision.user.username == "editor-user"
    assert version.revision.comment == "Held-back credits applied (film to confirm)"


def test_applying_all_keeps_a_near_miss_proposed_and_held_back(settled, ballerinas, editor_client):
    korean, _ = ballerinas
    response = editor_client.post(
        apply_url(settled), {"credit": "all", "film": korean.pk}, follow=True
    )
    assert {"Ethan Hawke", "Simon Webster", "Jeon Jong-seo"} <= credited(korean)
    assert set(korean.countries.values_list("code", flat=True)) == {"KR", "US"}
    wiseman = Person.objects.get(name="Len Wiseman")
    assert "looks like “Len Wiseman”" in response.text and f"person #{wiseman.pk}" in response.text
    assert credited(korean, "director") == {"Lee Chung-hyun"}
    assert not Person.objects.filter(name="Len wisemen").exists()
    assert held(settled) == {"directors": ["Len wisemen"]}


def test_applying_twice_changes_nothing_and_says_so(settled, ballerinas, editor_client):
    korean, _ = ballerinas
    data = {"credit": "cast:Ethan Hawke", "film": korean.pk}
    editor_client.post(apply_url(settled), data)
    credits, people = Credit.objects.count(), Person.objects.count()
    response = editor_client.post(apply_url(settled), data, follow=True)
    assert "No longer held back: cast: Ethan Hawke (applied" in response.text
    assert (Credit.objects.count(), Person.objects.count()) == (credits, people)
    editor_client.post(apply_url(settled), {"credit": "all", "film": korean.pk})
    credits, people = Credit.objects.count(), Person.objects.count()
    response = editor_client.post(
        apply_url(settled), {"credit": "all", "film": korean.pk}, follow=True
    )
    assert (Credit.objects.count(), Person.objects.count()) == (credits, people)
    assert held(settled) == {"directors": ["Len wisemen"]}  # the near miss, still proposed


def test_a_credit_the_film_has_already_leaves_the_list_unchanged(
    settled, ballerinas, editor_client
):
    korean, _ = ballerinas
    thames = Person.objects.create(name="Mason Thames")
    Credit.objects.create(film=korean, person=thames, role="cast", billing_order=9)
    response = editor_client.post(
        apply_url(settled), {"credit": "cast:Mason Thames", "film": korean.pk}, follow=True
    )
    assert f"Credited on {korean} already: cast: Mason Thames." in response.text
    assert korean.credits.filter(person=thames).count() == 1
    assert "Mason Thames" not in held(settled)["cast"]


def test_a_page_shown_before_the_film_changed_applies_nothing(settled, ballerinas, editor_client):
    korean, wick = ballerinas
    response = editor_client.post(
        apply_url(settled), {"credit": "all", "film": wick.pk}, follow=True
    )
    assert "The review&#x27;s film changed since the page was shown" in response.text
    assert "Ethan Hawke" not in credited(korean) | credited(wick)
    assert "Ethan Hawke" in held(settled)["cast"]


@pytest.mark.parametrize(
    ("credit", "film", "message"),
    [
        ("junk", "1", "Choose a credit the page offered"),
        ("all", "x", "Choose a credit the page offered"),
        ("", "", "Choose a credit the page offered"),
        ("cast:Nobody Here", None, "No longer held back: cast: Nobody Here"),
        ("genres:Drama", None, "No longer held back: genres: Drama"),
    ],
)
def test_bad_input_gets_a_message_not_an_error(
    settled, ballerinas, editor_client, credit, film, message
):
    film = ballerinas[0].pk if film is None else film
    response = editor_client.post(apply_url(settled), {"credit": credit, "film": film}, follow=True)
    assert response.status_code == 200 and message in response.text
    assert "Ethan Hawke" in held(settled)["cast"]


@pytest.mark.parametrize("client_name", ["writer_client", "moderator_client", "client"])
def test_only_editors_may_apply_them(settled, ballerinas, client_name, request):
    client = request.getfixturevalue(client_name)
    response = client.post(apply_url(settled), {"credit": "all", "film": ballerinas[0].pk})
    assert response.status_code in (302, 403)  # anonymous: to the login page
    assert "Ethan Hawke" not in credited(ballerinas[0])
    assert "Ethan Hawke" in held(settled)["cast"]


def test_a_get_applies_nothing(settled, editor_client, ballerinas):
    assert editor_client.get(apply_url(settled)).status_code == 405
    assert "Ethan Hawke" not in credited(ballerinas[0])


def test_the_service_refuses_a_film_to_confirm_still_pending(to_confirm, ballerinas):  # noqa: F811
    with pytest.raises(HeldBackRefused, match="Settle the review's film first"):
        held_back_apply(confirmation=to_confirm, film_id=ballerinas[0].pk)
    assert FilmToConfirm.objects.get(pk=to_confirm.pk).facts.get("applied") is None


def test_settling_on_a_film_says_where_to_apply_them(to_confirm, ballerinas, editor_client):  # noqa: F811
    response = editor_client.post(settle_url(to_confirm), {"film": ballerinas[0].pk}, follow=True)
    assert f'<a href="{settle_url(to_confirm)}">can be applied to it</a>' in response.text
