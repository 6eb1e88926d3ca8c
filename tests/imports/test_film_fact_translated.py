"""Facts as translated and capsule pages write them: labels in two languages run together
on one line, a genre in two languages, a capsule's unlabelled strip led by its director,
its cast after "w/", and a static site's front-matter block of the film's facts. Each form
with the nearby forms that must not be read so."""

import pytest

from imports.documents import extract
from tests.imports.fact_forms import TEXT, page, text

#: Another language's spelling before each known label, several on one line between dots.
OTHER_SPELLINGS = {
    "directors": ("Regia / Director", "Réalisation / Director", "Dirección / Director"),
    "writers": (
        "Sceneggiatura / Screenplay", "Guion / Screenplay", "Dal dramma di / Based on the play by",
    ),
    "cinematographers": (
        "Fotografia / Cinematography", "Fotografía / Cinematography", "Kamera / Cinematography",
    ),
    "composers": ("Musiche / Music", "Música / Music", "Musique / Music"),
    "editors": ("Montaggio / Editing", "Montaje / Editing", "Schnitt / Editing"),
    "producers": ("Produzione / Producers", "Producción / Producers", "Produktion / Producer"),
}  # fmt: skip
NAMES = {
    "directors": "Ines Vaz",
    "writers": "Tomas Lind",
    "cinematographers": "Hana Berg",
    "composers": "Ruth Okafor",
    "editors": "Paulo Mendes",
    "producers": "Lea Strand",
}
SEPARATORS = (" · ", " | ", " • ", "; ")


@pytest.mark.parametrize("column", range(3))
@pytest.mark.parametrize("separator", SEPARATORS)
def test_labels_in_two_languages_run_together(column, separator):
    line = separator.join(
        f"{labels[column]}: {NAMES[fact]}" if not labels[column].endswith(" by") else
        f"{labels[column]} {NAMES[fact]}"
        for fact, labels in OTHER_SPELLINGS.items()
    )  # fmt: skip
    film = text("Lanterns", line)
    for fact, name in NAMES.items():
        assert getattr(film, fact) == [name], (fact, line)


#: Lines whose words before a slash are a name, or a label of another fact: never dropped.
NOT_OTHER_SPELLINGS = {
    "Director / Writer: Ines Vaz": {"directors": ["Ines Vaz"], "writers": ["Ines Vaz"]},
    "Regia / Director: Ines Vaz · Bo Ek / Writer: Tomas Lind": {
        "directors": ["Ines Vaz", "Bo Ek"],  # a name before the slash is kept, not dropped
        "writers": ["Tomas Lind"],
    },
}


@pytest.mark.parametrize("line", NOT_OTHER_SPELLINGS)
def test_two_labels_of_two_facts_both_credit(line):
    film = text("Lanterns", line)
    for fact, names in NOT_OTHER_SPELLINGS[line].items():
        assert getattr(film, fact) == names


#: A genre written in two languages, as a label's value, a table's cell or a strip's part.
TRANSLATED_GENRES = {
    "Genere / Genre: Commedia / Comedy": ["Comedy"],
    "Género / Genre: Comedia negra / Black comedy": ["Black comedy"],
    "Genre: Drame / Drama": ["Drama"],
    "Genre: Horror / Thriller": ["Horror", "Thriller"],  # two genres, both known
    "Canada, 2010 · 131 min · Drammatico / Drama": ["Drama"],
    "Italia · 1962 · 105 min · Commedia / Comedy": ["Comedy"],
}


@pytest.mark.parametrize("line", TRANSLATED_GENRES)
def test_a_genre_in_two_languages_is_one(line):
    assert text("Lanterns", TEXT, line).genres == TRANSLATED_GENRES[line]


@pytest.mark.parametrize(
    ("label", "value", "genres"),
    [
        ("Genere / Genre", "Commedia / Comedy", ["Comedy"]),
        ("Género / Genre", "Comedia negra / Black comedy", ["Black comedy"]),
        ("Genre", "Crime / Drama", ["Crime", "Drama"]),
    ],
)
def test_a_genre_in_two_languages_in_a_table(label, value, genres):
    table = f"<table><tr><td><strong>{label}</strong></td><td>{value}</td></tr></table>"
    assert page("Lanterns", table).genres == genres


#: A capsule's strip led by an unlabelled name, then country, year and runtime: the director.
DIRECTOR_FIRST = (
    "Ines Vaz · USA · 1986 · 107m · English, Italian · Comedy/Drama",
    "Ines Vaz | Norway | 2019 | 104 min",
    "Ines Vaz · UK/France · 2019 · 1h 44m",
    "Ines Vaz • Japan • 2003 • 92 min • Drama",
)
#: A name beside fewer of the film's facts is anyone's: a byline, a cast member, a critic.
NOT_DIRECTOR_FIRST = (
    "Ines Vaz · 2024 · 6 min read",
    "Ines Vaz · Norway · 2019",
    "Ines Vaz · 2019 · 104 min · Drama",
    "By Ines Vaz · Norway · 2019 · 104 min",
    "Greywater Films · Norway · 2019 · 104 min",
)


@pytest.mark.parametrize("line", DIRECTOR_FIRST)
def test_a_capsule_strip_led_by_its_director(line):
    assert text("Lanterns", line).directors == ["Ines Vaz"]


@pytest.mark.parametrize("line", NOT_DIRECTOR_FIRST)
def test_a_strip_led_by_a_name_that_is_not_the_directors(line):
    assert text("Lanterns", TEXT, line).directors == []


def test_a_capsules_cast_after_w_slash():
    film = text(
        "Lanterns", "w/ Ines Vaz, Tomas Lind, Hana Berg · ph. Ruth Okafor · Island Pictures"
    )
    assert [member.name for member in film.cast] == ["Ines Vaz", "Tomas Lind", "Hana Berg"]
    assert (film.cinematographers, film.studios) == (["Ruth Okafor"], ["Island Pictures"])


def test_w_slash_before_no_names_is_no_cast():
    film = text("Lanterns", TEXT, "w/ subtitles · 104 min · Norway")
    assert film.cast == []


def front_matter(*fields, body=TEXT):
    document = "\n".join(("---", *fields, "---", "", "# Lanterns", "", body, ""))
    return extract(document, markdown=True).film


FILM_BLOCKS = {
    "quoted, list in brackets": (
        'film:\n  title: "Lanterns"\n  director: "Ines Vaz"\n  country: [France, Italy]\n'
        '  runtime: 104\n  studio: "Greywater Films"'
    ),
    "plain, list as items": (
        "movie:\n  title: Lanterns\n  directors:\n    - Ines Vaz\n  countries:\n    - France\n"
        "    - Italy\n  running_time: 1h 44m\n  studios:\n    - Greywater Films"
    ),
}


@pytest.mark.parametrize("block", FILM_BLOCKS)
def test_a_front_matter_block_of_the_films_facts(block):
    film = front_matter("layout: post", "date: 2022-06-21", FILM_BLOCKS[block], "rating: 4")
    assert film.directors == ["Ines Vaz"]
    assert sorted(film.countries) == ["France", "Italy"]
    assert (film.runtime_minutes, film.studios) == (104, ["Greywater Films"])


def test_a_posts_own_front_matter_is_no_film_fact():
    film = front_matter(
        "title: Lanterns",
        "date: 2019-03-02",
        "author: Ines Vaz",
        "tags: [drama, norway, slow-cinema]",
        "categories: [reviews]",
        "series: Sunday films",
        "length: 12 minutes read",
    )
    assert (film.year, film.genres, film.countries, film.directors) == (None, [], [], [])
    assert film.runtime_minutes is None


def test_a_block_after_the_film_block_is_not_the_films():
    film = front_matter(
        "film:", "  director: Ines Vaz", "cover:", "  caption: A field", "  country: Norway"
    )
    assert (film.directors, film.countries) == (["Ines Vaz"], [])


#: A card's labels beside the plain ones: a co-director, a premiere's year, a market's
#: licence or release naming its company, distributors by territory.
CARD_ROWS = {
    ("Co-director", "Bo Ek"): ("directors", ["Ines Vaz", "Bo Ek"]),
    ("Co-directed by", "Bo Ek"): ("directors", ["Ines Vaz", "Bo Ek"]),
    ("Premiered", "2003"): ("year", 2003),
    ("US licence", "Greywater Films (2020 re-release)"): ("studios", ["Greywater Films"]),
    ("UK licensor", "Greywater Films"): ("studios", ["Greywater Films"]),
    ("Licensed by", "Greywater Films"): ("studios", ["Greywater Films"]),
    ("UK release", "Greywater Films"): ("studios", ["Greywater Films"]),
    ("US release", "Northlight Distribution"): ("studios", ["Northlight Distribution"]),
    ("Distributors", "Greywater Films (Poland), Northlight Pictures (UK)"): (
        "studios",
        ["Greywater Films", "Northlight Pictures"],
    ),
}
#: The same labels with values that are no company: a date, a person, a phrase.
NOT_CARD_STUDIOS = (
    ("UK release", "12 May 2024"),
    ("US release", "Summer"),
    ("UK release", "Ines Vaz"),
    ("US licence", "2020"),
)


@pytest.mark.parametrize("row", CARD_ROWS)
@pytest.mark.parametrize("layout", ["dl", "text"])
def test_a_cards_other_labels(row, layout):
    label, value = row
    if layout == "dl":
        card = (
            "<dl><dt>Director</dt><dd>Ines Vaz</dd><dt>Runtime</dt><dd>104 min</dd>"
            f"<dt>{label}</dt><dd>{value}</dd></dl>"
        )
        film = page("Lanterns", card)
    else:
        film = text("Lanterns", TEXT, f"Director: Ines Vaz\n{label}: {value}")
    fact, expected = CARD_ROWS[row]
    assert getattr(film, fact) == expected


@pytest.mark.parametrize("row", NOT_CARD_STUDIOS)
def test_a_markets_release_date_is_no_studio(row):
    film = text("Lanterns", TEXT, f"Director: Ines Vaz\n{row[0]}: {row[1]}")
    assert film.studios == []


def test_a_name_in_its_own_script_after_it():
    card = (
        "<dl><dt>Director</dt><dd>Satoshi Vaz (今敏)</dd><dt>Music</dt><dd>Bo Ek (봉준호)</dd></dl>"
    )
    film = page("Lanterns", card)
    assert (film.directors, film.composers) == (["Satoshi Vaz"], ["Bo Ek"])


COMPANY_STRIPS = {
    "A Greywater Productions film for Channel Nine · UK release: Northlight Distribution · 2019": [
        "Greywater Productions",
        "Channel Nine",
        "Northlight Distribution",
    ],
    "A Greywater Films production · US release: IFC Films · 2019": [
        "Greywater Films",
        "IFC Films",
    ],
}
#: A person's film, a release that is a date: never a studio.
NOT_COMPANY_STRIPS = (
    "An Ines Vaz film · UK release: 12 May 2024 · 104 min",
    "A Bo Ek film for Channel Nine · Norway · 104 min",
)


@pytest.mark.parametrize("line", COMPANY_STRIPS)
def test_companies_in_a_strip(line):
    assert text("Lanterns", TEXT, line).studios == COMPANY_STRIPS[line]


@pytest.mark.parametrize("line", NOT_COMPANY_STRIPS)
def test_a_persons_film_in_a_strip_is_no_studio(line):
    assert text("Lanterns", TEXT, line).studios == []
