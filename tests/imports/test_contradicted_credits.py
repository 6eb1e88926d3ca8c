"""Junk the importer must not make: the people of an info line its own text contradicts
(set aside, not credited), a reviewer's byline beside the post's date as a writer, and a
distributor's bracketed countries as studios."""

import pytest

from imports.apply import review_import
from imports.contradicted import is_mentioned
from imports.documents import extract
from imports.evidence import info_line_people, words_key
from imports.values import split_values
from reviews.models import Credit, Film, Person, Studio
from tests.imports.admin_helpers import batch_url, start

pytestmark = pytest.mark.django_db

STRIP = "Genre: Drama Country: Canada Director: Hollis Brandt Cast: Wren Adair, Colm Furey"


def page(text, strip=STRIP):
    return f"Tidewater\n\n{strip}\n\n{text}\n\nRating: 7/10"


DIRECTED = page(
    "Tidewater is a quiet coastal drama. Directed by Sunniva Holt, the film follows a "
    "lighthouse keeper's last winter. Nothing much happens, beautifully."
)
CAST = page(
    "Tidewater is a quiet coastal drama. Ingrid Solvang plays Maren, a lighthouse keeper, "
    "and Teodor Lunde plays her brother Aksel. Their scenes together are the best in it."
)


def test_a_text_directed_by_another_sets_the_info_lines_people_aside(author):
    extracted = extract(DIRECTED)
    assert extracted.set_aside == {
        "countries": ["Canada"],
        "directors": ["Hollis Brandt"],
        "cast": ["Wren Adair", "Colm Furey"],
    }
    assert extracted.film.directors == ["Sunniva Holt"]  # read from the text, to confirm
    result = review_import(extracted=extracted, status=None, author=author)
    names = sorted(Credit.objects.filter(film_id=result.film_id).values_list("person__name"))
    assert names == [("Sunniva Holt",)]
    assert not Person.objects.filter(name__in=["Hollis Brandt", "Wren Adair"]).exists()
    warnings = "\n".join(result.warnings)
    assert "Not applied: contradicted by the text" in warnings
    assert "countries: Canada; directors: Hollis Brandt; cast: Wren Adair, Colm Furey" in warnings
    film = Film.objects.get(pk=result.film_id)
    assert not film.countries.exists() and film.genres.get().name == "Drama"


def test_a_text_with_another_cast_sets_the_info_lines_people_aside(author):
    extracted = extract(CAST)
    assert extracted.set_aside["cast"] == ["Wren Adair", "Colm Furey"]
    cast = [(member.name, member.character) for member in extracted.film.cast]
    assert cast == [("Ingrid Solvang", "Maren"), ("Teodor Lunde", "Aksel")]
    assert extracted.film.directors == []
    result = review_import(extracted=extracted, status=None, author=author)
    assert not Person.objects.filter(name="Hollis Brandt").exists()
    assert Credit.objects.filter(film_id=result.film_id, role="cast").count() == 2


def test_the_identity_still_weighs_the_info_lines_people():
    extracted = extract(DIRECTED)
    assert info_line_people(extracted, "directors") == ["Hollis Brandt"]
    assert info_line_people(extracted, "cast") == ["Wren Adair", "Colm Furey"]


@pytest.mark.parametrize(
    "text",
    [
        # The text names one of the line's people: it agrees with it somewhere.
        "Directed by Sunniva Holt, the film gives Adair her best role in years.",
        # "directed by" about another film, in a sentence that is not about this one.
        "Fans of Salt Road, directed by Sunniva Holt in 2011, will know the coast well.",
        # One other actor is not a cast: a review may name a supporting player only.
        "Ingrid Solvang plays Maren, and she is the reason to see the film.",
        # Silence is no contradiction: a review need not name anyone.
        "A quiet coastal drama where nothing much happens, beautifully.",
    ],
)
def test_a_consistent_or_silent_text_leaves_the_info_line_credited(author, text):
    extracted = extract(page(text))
    assert extracted.set_aside == {}
    assert extracted.film.directors == ["Hollis Brandt"]
    result = review_import(extracted=extracted, status=None, author=author)
    credits = set(Credit.objects.filter(film_id=result.film_id).values_list("person__name"))
    assert {("Hollis Brandt",), ("Wren Adair",), ("Colm Furey",)} <= credits
    assert "contradicted by the text" not in "\n".join(result.warnings)


def test_a_person_is_mentioned_by_any_of_their_names():
    words = words_key("Wenders repeats the routine; de la Cruz is absent.")
    assert is_mentioned("Wim Wenders", words)
    assert not is_mentioned("Ana de Armas", words)  # "de" alone is no mention
    assert not is_mentioned("Wim Wender", words)


BYLINE = """Harbour Nights review

{first}
{second}

Film facts
Directed by Ines Marlow
Written by Petra Quist

A slow and lovely film about ferries."""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Published 4 March 2024", "Written by Dana Pell"),
        ("Written by Dana Pell", "Posted on March 4, 2024"),
    ],
)
def test_a_one_author_byline_beside_the_date_is_not_a_writer(first, second):
    extracted = extract(BYLINE.format(first=first, second=second))
    assert extracted.film.writers == ["Petra Quist"]
    assert "Written by Dana Pell" in extracted.dropped


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Written by Dana Pell", "A film about ferries"),  # no date beside it
        ("Published 4 March 2024", "Written by Dana Pell and Ola Rask"),  # two: the credits
    ],
)
def test_written_by_without_a_date_or_for_two_people_is_a_writing_credit(first, second):
    extracted = extract(BYLINE.format(first=first, second=second))
    assert "Dana Pell" in extracted.film.writers


@pytest.mark.parametrize(
    ("value", "values"),
    [
        ("Northwind (France, Belgium)", ["Northwind (France, Belgium)"]),
        ("Ana Lin (Mae, the mother), Bo Ek", ["Ana Lin (Mae, the mother)", "Bo Ek"]),
        ("Ada Lind, Bo Ek and Cy Moss", ["Ada Lind", "Bo Ek", "Cy Moss"]),
        ("Odd (bracket, Bo Ek", ["Odd (bracket", "Bo Ek"]),  # unbalanced: split as before
    ],
)
def test_a_comma_inside_brackets_does_not_split_a_value(value, values):
    assert split_values(value) == values


def test_a_studios_bracketed_qualifier_is_not_part_of_its_name(author):
    text = (
        "Tidewater\n\nDistributor: Northwind (France, Belgium)\n\nTidewater is quiet.\n\n"
        "Rating: 7/10"
    )
    result = review_import(extracted=extract(text), status=None, author=author)
    assert list(Studio.objects.values_list("name", flat=True)) == ["Northwind"]
    assert Film.objects.get(pk=result.film_id).studios.get().name == "Northwind"


def test_the_preview_lists_what_was_set_aside_for_the_editor(editor_client):
    batch = start(editor_client, pasted=DIRECTED)
    page = editor_client.get(batch_url(batch)).text
    assert "Not applied: contradicted by the text" in page
    assert "<li>directors: Hollis Brandt</li>" in page
    assert "<li>cast: Wren Adair, Colm Furey</li>" in page
    assert not Person.objects.filter(name="Hollis Brandt").exists()  # a preview saves nothing
