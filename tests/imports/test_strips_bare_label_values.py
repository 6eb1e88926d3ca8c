"""A label in bold without a colon, then its values between dots, as film diaries set their
credits ("**Studios** Filmel · CICC", "**Genres** Crime · Thriller"): one label's values,
never a strip of facts whose first segment is unknown."""

import pytest

from tests.imports.fact_forms import text

HEAD = "Lanterns (2019) review"


@pytest.mark.parametrize(
    ("line", "fact", "values"),
    [
        (
            "**Studios** Greywater · NBX · Harbour Cinematografica",
            "studios",
            ["Greywater", "NBX", "Harbour Cinematografica"],
        ),
        ("**Genres** Crime · Thriller · Drama", "genres", ["Crime", "Thriller", "Drama"]),
        ("Genres Crime · Thriller · Drama", "genres", ["Crime", "Thriller", "Drama"]),
        ("**Writers** Ines Vaz · Bo Ek", "writers", ["Ines Vaz", "Bo Ek"]),
        ("**Studios** Greywater | NBX", "studios", ["Greywater", "NBX"]),
    ],
)
def test_a_bare_labels_values_between_dots(line, fact, values):
    assert getattr(text(HEAD, line, markdown=True), fact) == values


@pytest.mark.parametrize(
    "line",
    [
        "Home · Genres · Reviews · About",  # a menu
        "Studio visits · Interviews · Festival diary",
    ],
)
def test_a_menu_of_sections_is_no_labels_values(line):
    film = text(HEAD, line, markdown=True)
    assert film.genres == []
    assert film.studios == []


def test_a_strip_led_by_a_role_stays_a_strip():
    film = text(HEAD, "Director Ines Vaz · 2019 · 105 min")
    assert film.directors == ["Ines Vaz"]
    assert film.runtime_minutes == 105


@pytest.mark.parametrize(
    "line",
    [
        "Production Notes · Gallery · Press Kit",
    ],
)
def test_a_production_line_of_crew_or_links_names_no_studio(line):
    assert text(HEAD, line, markdown=True).studios == []


def test_a_singular_label_word_may_begin_a_companys_name():
    film = text(HEAD, "Studio Ono · Japan · 1988 · 124 min", markdown=True)
    assert "Ono" not in film.studios
