"""The consistency checker, for the admin and the importer: what it finds, where it is shown,
what it stores."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from imports.apply import review_import
from imports.documents import extract
from reviews import consistency
from reviews.models import Credit, Criterion, Review
from tests.factories import (
    CreditFactory,
    FilmFactory,
    PersonFactory,
    ReviewFactory,
    ScoreFactory,
    UserFactory,
)
from tests.reviews.test_admin import change_form_data

pytestmark = pytest.mark.django_db


def codes(review):
    return [finding.code for finding in consistency.review_findings(review)]


@pytest.fixture
def review():
    director = CreditFactory(
        role=Credit.Role.DIRECTOR, character="", person__name="Chad Stahelski"
    ).film
    return ReviewFactory(
        film=director,
        rating=Decimal("8"),
        body="<p>Directed by Chad Stahelski, the film moves.</p>",
    )


def test_a_consistent_review_has_no_findings(review):
    assert codes(review) == []


def test_a_rating_far_from_the_criteria_average(review):
    ScoreFactory(review=review, value=Decimal("4"))
    assert "rating" in codes(review)


def test_criteria_left_unscored_once_scoring_has_begun(review):
    assert "unscored" not in codes(review)  # no scores at all: not a scored review
    first, *others = Criterion.objects.filter(is_default=True)
    ScoreFactory(review=review, criterion=first, value=Decimal("8"))
    [finding] = [f for f in consistency.review_findings(review) if f.code == "unscored"]
    assert all(criterion.name in finding.message for criterion in others)
    assert first.name not in finding.message


def test_a_film_without_a_year(review):
    review.film.release_year = None
    review.film.save()
    assert codes(review) == ["film_year"]


def test_catalogue_people_named_but_not_credited(review):
    PersonFactory(name="Keanu Reeves")
    PersonFactory(name="Nobody Named")
    review.body = "<p>Keanu Reeves's best fight yet.</p>"
    [finding] = consistency.review_findings(review)
    assert (finding.code, finding.field) == ("uncredited", "body")
    assert "Keanu Reeves" in finding.message and "Nobody" not in finding.message
    CreditFactory(film=review.film, person=review.film.credits.get().person)  # no change
    CreditFactory(film=review.film, person__name="Keanu Reeves")
    # A second "Keanu Reeves" person was credited, not the one named: still a finding.
    assert codes(review) == ["uncredited"]


def test_a_director_named_in_the_text_who_is_not_in_the_credits(review):
    review.body = "<p>Directed by David Leitch, it is all motion.</p>"
    [finding] = consistency.review_findings(review)
    assert finding.code == "director"
    assert "David Leitch" in finding.message and "Chad Stahelski" in finding.message


def test_review_check_stores_the_findings_without_counting_as_an_edit(review):
    review.film.release_year = None
    review.film.save()
    updated_at = Review.objects.get(pk=review.pk).updated_at
    consistency.review_check(review=review)
    stored = Review.objects.get(pk=review.pk)
    assert [w["code"] for w in stored.consistency_warnings] == ["film_year"]
    assert stored.updated_at == updated_at
    assert list(Review.objects.with_warnings()) == [stored]


# In the admin.


def test_the_change_form_shows_each_warning_beside_its_field(editor_client, review):
    review.film.release_year = None
    review.film.save()
    ScoreFactory(review=review, value=Decimal("2"))
    content = editor_client.get(reverse("admin:reviews_review_change", args=[review.pk]))
    html = content.content.decode()

    def beside(field):  # the box on the field's line that holds its warnings
        return html.split(f"fieldBox field-{field}_checks")[1].split("fieldBox")[0]

    assert "has no year" in beside("film") and "criteria average" not in beside("film")
    assert "criteria average" in beside("rating")
    assert 'class="consistency-warning"' in beside("rating")


def test_saving_with_warnings_is_allowed_and_stores_them(editor_client, review):
    url = reverse("admin:reviews_review_change", args=[review.pk])
    data = change_form_data(review, body="<p>Directed by David Leitch.</p>")
    data["scores-INITIAL_FORMS"] = "0"
    response = editor_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "consistency warning" in response.content.decode()
    stored = Review.objects.get(pk=review.pk)
    assert [w["code"] for w in stored.consistency_warnings] == ["director"]


def test_the_changelist_filters_reviews_with_warnings(editor_client, review):
    flagged = ReviewFactory(consistency_warnings=[{"code": "x", "field": "film", "message": "m"}])
    url = reverse("admin:reviews_review_changelist")
    assert list(editor_client.get(url, {"warnings": "yes"}).context["cl"].result_list) == [flagged]
    assert list(editor_client.get(url, {"warnings": "no"}).context["cl"].result_list) == [review]


# In the importer: the same check, and the findings stored on what it imported.


def test_the_importer_reports_and_stores_uncredited_names():
    PersonFactory(name="Mara Quist")
    text = (
        "Quiet Harbour (2020) Review - A Small Town Keeps Its Secrets\n\n"
        "Genre: Drama\nDirector: Ana Ruiz\nYear: 2020\n\n"
        "Mara Quist steals every scene she is in.\n\nMy rating: 7 / 10\n\n"
        "Verdict: Quiet and sure.\n"
    )
    result = review_import(extracted=extract(text), status=None, author=UserFactory())
    assert any("not credited on" in w and "Mara Quist" in w for w in result.warnings)
    stored = Review.objects.get(pk=result.review_id).consistency_warnings
    assert [w["code"] for w in stored] == ["uncredited"]


def test_the_command_checks_every_review(review):
    flagged = ReviewFactory(film=FilmFactory(release_year=None))
    out = StringIO()
    call_command("consistency_check", stdout=out)
    assert "Checked 2 reviews: 1 with warnings." in out.getvalue()
    assert list(Review.objects.with_warnings()) == [flagged]


def test_a_director_given_as_a_fact_line_in_the_text(review):
    review.body = "<p>Director: David Leitch</p><p>Directed by Chad Stahelski, they say.</p>"
    assert [f.message for f in consistency.review_findings(review)] == [
        "The text names David Leitch as director; the film's credits name Chad Stahelski."
    ]


def test_a_long_text_looks_its_names_up_in_several_queries(review, monkeypatch):
    monkeypatch.setattr(consistency, "PHRASES_PER_QUERY", 3)
    PersonFactory(name="Keanu Reeves")
    text = "Ian McShane and Lance Reddick, then Keanu Reeves at last."
    assert [p.name for p in consistency.CataloguePeople().named_in(text)] == ["Keanu Reeves"]
