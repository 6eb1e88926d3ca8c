"""Documents written in every form, imported: crew credits, Markdown bodies, re-imports."""

from pathlib import Path

import pytest
from django.conf import settings

from reviews.models import Credit, Film, Person, Review
from tests.imports.helpers import run

FORMS = Path(settings.BASE_DIR) / "tests" / "fixtures" / "document_forms"


@pytest.mark.django_db
def test_every_crew_role_becomes_a_credit_and_the_teaser_none(author):
    out = run(FORMS / "crew_and_furniture.txt")
    film = Film.objects.get(title="Quiet Harbour")
    roles = dict(film.credits.values_list("person__name", "role"))
    assert roles == {
        "Marta Ellison": Credit.Role.DIRECTOR,
        "Tom Baird": Credit.Role.WRITER,
        "Ines Collado": Credit.Role.WRITER,
        "Ruth Okonjo": Credit.Role.WRITER,
        "Kenji Aoki": Credit.Role.CINEMATOGRAPHY,
        "Lena Fischer": Credit.Role.MUSIC,
        "Omar Salim": Credit.Role.EDITING,
        "Rita Moreno-Hale": Credit.Role.PRODUCER,
        "Sam Ortiz": Credit.Role.PRODUCER,
        "Paul Vance": Credit.Role.CAST,
        "Ada Mills": Credit.Role.CAST,
        "Jon Keel": Credit.Role.CAST,
    }
    assert film.credits.get(person__name="Paul Vance").character == "Hanna Brix"
    assert not Person.objects.filter(name__in=["Someone Else", "and more", "more"]).exists()
    assert sorted(film.studios.values_list("name", flat=True)) == [
        "Greywater Films",
        "Northlight Pictures",
    ]
    assert "left out as the site's" in out and "“Directed by Someone Else”" in out
    assert "Read from the review's sentences, please confirm: genre Drama" in out


@pytest.mark.django_db
def test_a_markdown_document_keeps_its_formatting_and_reimports_unchanged(author):
    run(FORMS / "markdown_review.md")
    review = Review.objects.get()
    assert review.headline == "Night Ferry (2023) review: a slow crossing"
    assert "<em>tired</em>" in review.body and '<a href="https://example.org/ferry">' in review.body
    assert "<h3>A note on sound</h3>" in review.body and "**" not in review.body
    assert review.film.credits.get(role=Credit.Role.MUSIC).person.name == "Pia Storm"
    counts = (Film.objects.count(), Person.objects.count(), Credit.objects.count())
    out = run(FORMS / "markdown_review.md")
    assert "unchanged" in out
    assert (Film.objects.count(), Person.objects.count(), Credit.objects.count()) == counts
