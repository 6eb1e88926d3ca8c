"""An encyclopedia's lead sentence, which wiki-like pages and many reviews open with:
"Title is a 1999 American science fiction action film directed by X" gives the film's
year, countries and genres, each read from the text for the editor to confirm."""

from imports.documents import extract

REST = "\n\nThe ferry leaves at dawn and nobody on it wants to arrive, which is the premise.\n"


def test_the_lead_sentence_gives_year_countries_and_genres():
    film = extract(
        "Harbour Lights\n\nHarbour Lights is a 1999 American science fiction action film "
        "written and directed by Ines Lund." + REST
    ).film
    assert (film.year, film.countries) == (1999, ["United States"])
    assert film.genres == ["Science fiction", "Action"]
    assert film.directors == ["Ines Lund"]


def test_a_lead_with_two_nations_and_an_original_title_in_brackets():
    film = extract(
        "Harbour Lights\n\nHarbour Lights (Hamnljus) is a 1987 Swedish-Danish war drama film "
        "by Ines Lund." + REST
    ).film
    assert (film.year, film.countries) == (1987, ["Sweden", "Denmark"])
    assert film.genres == ["War drama"]  # one genre, as the genres list has it


def test_words_that_are_no_genres_give_no_genres_and_another_films_year_is_not_its():
    film = extract(
        "Harbour Lights\n\nHarbour Lights is a very good horror film. Salt Marsh is a 1954 "
        "British war film that Ines Lund loved." + REST
    ).film
    assert film.genres == []
    assert film.year is None
