"""Which film a document is about: the seeds with the demo catalogue, by the command and
the import service, and settling a "film to confirm"."""

import pytest
import reversion
from django.core.management import CommandError, call_command

from imports.apply import review_import
from imports.catalogue import Catalogue
from imports.documents import extract
from imports.evidence import film_title
from imports.identity import film_identify
from imports.models import FilmToConfirm
from reviews.models import Credit, Film, Person, Review
from tests.factories import CreditFactory, FilmFactory, PersonFactory
from tests.imports.admin_helpers import SEEDS, needs_seeds
from tests.imports.helpers import Out, run


def seed(number):
    return next(SEEDS.glob(f"{number}_*.txt"))


def import_seed(number, author):
    extracted = extract(seed(number).read_text(encoding="utf-8"))
    return review_import(extracted=extracted, status=None, author=author)


def credits(film):
    return sorted(Credit.objects.filter(film=film).values_list("person__name", "role"))


@needs_seeds
@pytest.mark.parametrize("number", ["001", "002", "003", "004"])
def test_seeds_about_the_john_wick_spin_off_join_the_2025_film(ballerinas, author, number):
    korean, wick = ballerinas
    before = credits(korean), credits(wick), Film.objects.count()
    result = import_seed(number, author)
    review = Review.objects.get(pk=result.review_id)
    assert review.film == wick and result.film_decision == "attach"
    assert not result.is_film_created and Film.objects.count() == before[2]
    assert credits(korean) == before[0]
    assert "John Wick franchise" in "\n".join(result.warnings) or number == "004"
    assert not FilmToConfirm.objects.exists()


@needs_seeds
def test_seed_000_waits_on_the_korean_film_as_a_film_to_confirm(ballerinas, author):
    korean, wick = ballerinas
    before = credits(korean), credits(wick), Film.objects.count(), Person.objects.count()
    result = import_seed("000", author)
    review = Review.objects.get(pk=result.review_id)
    assert result.film_decision == "undecided"
    assert review.film == korean and review.status == Review.Status.DRAFT
    # Never a third Ballerina, and the info line's credits are applied to no film.
    assert (credits(korean), credits(wick), Film.objects.count()) == before[:3]
    assert Person.objects.count() == before[3]
    assert not korean.countries.filter(code="US").exists()
    warnings = "\n".join(result.warnings)
    assert "Its info line contradicts its text" in warnings
    assert "Len wisemen as director, the text says it is directed by Lee Chunghyun" in warnings
    pending = FilmToConfirm.objects.pending().get(review=review)
    assert [c["film_id"] for c in pending.candidates] == [korean.pk, wick.pk]
    korean_evidence = pending.candidates[0]
    assert any("Jeon Jong-seo" in reason for reason in korean_evidence["for"])
    assert any("Len wisemen" in reason for reason in korean_evidence["against"])


@needs_seeds
def test_the_command_imports_the_seeds_once_and_reports_the_film_to_confirm(ballerinas, author):
    korean, wick = ballerinas
    first = run(SEEDS)
    counts = Review.objects.count(), Film.objects.count(), Person.objects.count()
    credit_count = Credit.objects.count()
    second = run(SEEDS)
    assert "5 created" in first and "0 new film(s) were made; 1 film(s) to confirm" in first
    assert "(Ballerina (2023), film to confirm)" in first
    assert "Its info line contradicts its text" in first
    assert "settle_film" in first
    assert "0 created, 0 updated, 5 unchanged" in second
    assert (Review.objects.count(), Film.objects.count(), Person.objects.count()) == counts
    assert Credit.objects.count() == credit_count
    films = dict(Review.objects.filter(author=author).values_list("slug", "film_id"))
    assert sorted(films.values()) == [korean.pk] + [wick.pk] * 4


@needs_seeds
def test_settle_film_shows_the_evidence_then_moves_the_review(ballerinas, author):
    korean, _ = ballerinas
    review = Review.objects.get(pk=import_seed("000", author).review_id)
    call_command("settle_film", review.pk, stdout=(shown := Out()))
    assert "Film to confirm: Its info line contradicts its text" in shown.text
    assert f"Ballerina (2023) (#{korean.pk}), ruled out" in shown.text
    assert "+ The text names Jeon Jong-seo" in shown.text
    call_command("settle_film", review.pk, "--film", korean.pk, stdout=(out := Out()))
    assert f"now about the film Ballerina (2023) (#{korean.pk})" in out.text
    review.refresh_from_db()
    assert review.film == korean and review.film_to_confirm.status == "settled"
    assert "Len Wiseman" not in [name for name, _ in credits(korean)]
    with pytest.raises(CommandError, match="settled already"):
        call_command("settle_film", review.pk, "--new")
    # A later import of the document keeps to the editor's choice.
    assert "unchanged" in run(seed("000"))


@needs_seeds
def test_settle_film_new_makes_the_film_the_document_describes(ballerinas, author):
    review = Review.objects.get(pk=import_seed("000", author).review_id)
    films = Film.objects.count()
    call_command("settle_film", review.pk, "--new", stdout=Out())
    review.refresh_from_db()
    assert Film.objects.count() == films + 1
    assert review.film.title == "Ballerina" and review.film.release_year is None
    # Made from what the text supports: the info line's people stay set aside.
    assert credits(review.film) == [("Kim Ji-hoon", "cast"), ("Lee Chung-hyun", "director")]


@needs_seeds
def test_settle_film_refuses_a_review_with_nothing_to_settle(ballerinas, author):
    review = Review.objects.get(pk=import_seed("004", author).review_id)
    with pytest.raises(CommandError, match="no film to confirm"):
        call_command("settle_film", review.pk, "--new")


# The rules, on catalogues of their own.


def identify(text):
    return film_identify(extract(text), catalogue=Catalogue())


@pytest.mark.django_db
def test_same_title_and_director_but_another_year_is_to_confirm_never_a_copy(author):
    film = FilmFactory(title="Night Ferry", release_year=2021)
    CreditFactory(
        film=film, person=PersonFactory(name="Ada Virtanen"), role="director", character=""
    )
    identity = identify("Night Ferry\n\nYear: 2019\nDirector: Ada Virtanen\n\nA calm film.\n")
    assert identity.decision == "undecided" and identity.film == film
    assert identity.reasons[0].startswith(f"Is it Night Ferry (2021) (#{film.pk})?")
    assert "But: The document says 2019; it is from 2021." in identity.reasons[0]


@pytest.mark.django_db
def test_another_title_with_the_films_director_and_year_is_to_confirm(author):
    film = FilmFactory(title="Quiet Rooms", release_year=2001)
    CreditFactory(film=film, person=PersonFactory(name="Ola Berg"), role="director", character="")
    identity = identify("Extras: four stars\n\nYear: 2001\nDirector: Ola Berg\n\nA film.\n")
    assert identity.decision == "undecided" and identity.film == film
    assert "Its title is “Quiet Rooms”, not “Extras: four stars”." in identity.reasons[0]


@pytest.mark.django_db
def test_a_new_film_with_the_people_of_a_catalogue_film_is_reported(author):
    film = FilmFactory(title="Winter Harbour", release_year=2022)
    CreditFactory(
        film=film, person=PersonFactory(name="Ada Virtanen"), role="director", character=""
    )
    CreditFactory(film=film, person=PersonFactory(name="Mira Okafor"), role="cast")
    text = "Harbour Lights\n\nDirector: Ada Virtanen\nCast: Mira Okafor\n\nA calm film.\n"
    result = review_import(extracted=extract(text), status=None, author=author)
    assert result.is_film_created
    assert f"the same director and cast as Winter Harbour (2022) (#{film.pk})" in "\n".join(
        result.warnings
    )


@pytest.mark.django_db
def test_contradicting_credits_are_not_applied_to_a_catalogue_film(author):
    film = FilmFactory(title="Night Ferry", release_year=2021)
    CreditFactory(
        film=film, person=PersonFactory(name="Ada Virtanen"), role="director", character=""
    )
    CreditFactory(film=film, person=PersonFactory(name="Mira Okafor"), role="cast")
    text = "Night Ferry (2021) review\n\nCast: Ola Berg, Tom Ives\n\nThe film is calm.\n"
    result = review_import(extracted=extract(text), status=None, author=author)
    assert Review.objects.get(pk=result.review_id).film == film
    assert sorted(film.credits.values_list("person__name", flat=True)) == [
        "Ada Virtanen",
        "Mira Okafor",
    ]
    assert "Not applied: the document's cast credits (Ola Berg, Tom Ives)" in "\n".join(
        result.warnings
    )


@pytest.mark.django_db
@pytest.mark.parametrize("years", [(2021,), (2001, 2011, 2021)])
def test_identifying_a_film_takes_the_same_queries_however_many_candidates(
    author, django_assert_num_queries, years
):
    directors = {2001: "Bo Ek", 2011: "Cy Moor", 2021: "Ada Berg"}  # names have no digits
    for year in years:
        film = FilmFactory(title="Night Ferry", release_year=year)
        CreditFactory(
            film=film, person=PersonFactory(name=directors[year]), role="director", character=""
        )
    extracted = extract("Night Ferry\n\nYear: 2021\nDirector: Ada Berg\n\nA film.\n")
    catalogue = Catalogue()
    # The people's credits; the candidates (and franchise), their credits, people, studios
    # and countries.
    with django_assert_num_queries(6):
        identity = film_identify(extracted, catalogue=catalogue)
    assert identity.decision == "attach" and identity.film.release_year == 2021


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Night Ferry (draft)", "Night Ferry"),
        ("Night Ferry (2019) Review", "Night Ferry"),
        ("Night Ferry \u2013 Movie Review", "Night Ferry"),
        ("Review", "Review"),
        ("Ballerina (15)", "Ballerina"),
        ("Weapons (R)", "Weapons"),
    ],
)
def test_film_title_drops_what_is_not_the_films(title, expected):
    assert film_title(title) == expected


@pytest.mark.django_db
def test_a_film_the_text_compares_it_with_is_no_contradiction(author):
    film = FilmFactory(title="Night Ferry", release_year=2021)
    CreditFactory(
        film=film, person=PersonFactory(name="Ada Virtanen"), role="director", character=""
    )
    identity = identify(
        "Night Ferry\n\nDirector: Ada Virtanen\n\nIt recalls Heat, directed by Michael Mann.\n"
    )
    assert identity.decision == "attach" and identity.film == film


@needs_seeds
def test_settling_a_film_is_a_version_of_the_review(ballerinas, author):
    korean, _ = ballerinas
    review = Review.objects.get(pk=import_seed("000", author).review_id)
    call_command("settle_film", review.pk, "--film", korean.pk, stdout=Out())
    latest = reversion.models.Version.objects.get_for_object(review).first()
    assert latest.revision.comment == "Its film settled (film to confirm)"
