"""A grid of the film facts a review states without a "Label: value" row (those are
`test_fact_grid`'s): the year in the headline, a Letterboxd line, a strip, a release
line, the prose and a page's data; the runtime however it is written, in a strip, alone
or in a sentence; countries in strips and in a co-production's adjectives; studios and
genres as lines and strips give them. Each positive cell must give its fact; each
negative (the post's own date, another film's year, a stretch of the film, an actor's
nationality) must give none."""

import json

import pytest

from imports.html_pages import page_extract
from tests.imports.fact_forms import MORE, TEXT, codes, page, text


def movie(**dates):
    return {"@context": "https://schema.org", "@type": "Movie", "name": "Lanterns", **dates}


YEARS = {
    "headline (2019)": lambda: text("Lanterns (2019)"),
    "markdown headline (2019)": lambda: text("Lanterns (2019)", markdown=True),
    "h1 (2019)": lambda: page("Lanterns (2019)"),
    "review of (2019)": lambda: text("Review: Lanterns (2019)"),
    "first line (2019)": lambda: text(
        "Lanterns", "Lanterns (2019) is a quiet film about a lighthouse keeper and her son."
    ),
    "body (2019)": lambda: text(
        "Lanterns", TEXT, "Ines Vaz made Lanterns (2019) on a small island with a tiny crew."
    ),
    "letterboxd line": lambda: text("Lanterns 2019", "Directed by Ines Vaz"),
    "strip": lambda: text("Lanterns", "2019 · 1h 52m · Drama"),
    "under the headline, beside the post's date": lambda: text(
        "Lanterns", "Linternas · 2019 · March 3, 2021", TEXT
    ),
    "strip html": lambda: page("Lanterns", "<p>2019 · 1h 52m · Drama</p>"),
    "released day month year": lambda: text("Lanterns", "Released: 12 May 2019"),
    "release date iso": lambda: text("Lanterns", "Release date 2019-05-12"),
    "release date iso colon": lambda: text("Lanterns", "Release date: 2019-05-12"),
    "(country, year)": lambda: text(
        "Lanterns", "Lanterns (Norway, 2019) is a quiet film about a lighthouse keeper."
    ),
    "the 2019 film": lambda: text(
        "Lanterns", "Lanterns, the 2019 film by Ines Vaz, is about a lighthouse keeper."
    ),
    "in 2019's Title": lambda: text(
        "Lanterns", "Ines Vaz gave her best performance in 2019's Lanterns, a quiet film."
    ),
    "json-ld dateCreated": lambda: page("Lanterns", data=movie(dateCreated="2019-05-12")),
    "json-ld datePublished": lambda: page("Lanterns", data=movie(datePublished="2019")),
    "the 2019 comedy": lambda: text("Lanterns", "Lanterns, the 2019 comedy by Ines Vaz, holds up."),
    "a film from 2019": lambda: text("Lanterns", "It is a Norwegian animated film from 2019."),
    "Title (aka) is a film from": lambda: text(
        "Lanterns", "Lanterns (Lykter) is a quiet Norwegian film from 2019, shot on an island."
    ),
    "came out in May 2019": lambda: text("Lanterns", "It came out in May 2019, and flopped."),
    "came out of a country in": lambda: text(
        "Lanterns", "It came out of Norway in 2019, unheralded."
    ),
    "quoted facts box": lambda: text(
        "Lanterns", "> **Year:** 2019\n> **Length:** 122 minutes", markdown=True
    ),
    "country and year": lambda: text("Lanterns", "Deutschland 2019 | Drama | 122 Min. | FSK 12"),
    "release date in a strip": lambda: text(
        "Lanterns", "NR | 1h 9min | Documentary, Music | 09 June 2019 (USA)"
    ),
    "release date in an html strip": lambda: page(
        "Lanterns", "<p>PG-13 | 2h 15m | Action | July 4, 2019</p>"
    ),
}
NO_YEARS = {
    "post date": lambda: text("Lanterns", "Posted on 3 March 2021 by Ines", TEXT),
    "byline date": lambda: page("Lanterns", '<p class="byline">By Ines Vaz | March 3, 2021</p>'),
    "other film's year": lambda: text(
        "Lanterns", "It owes a great deal to Kes (1969) and to Ratcatcher (1999)."
    ),
    "an interview's year": lambda: text(
        "Lanterns", "In a 2019 interview the director said she had wanted a quiet film."
    ),
    "copyright": lambda: text("Lanterns", TEXT, "© 2021 The Quiet Film Blog. All rights reserved."),
    "another film from a year": lambda: text(
        "Lanterns", "Her 2015 film was louder, and her 2012 debut louder still."
    ),
    "another film's genre and year": lambda: text("Lanterns", "Her 2015 comedy was louder."),
    "a remake of a film from": lambda: text("Lanterns", "It is a remake of a film from 1954."),
    "a disc's street date": lambda: text("Lanterns", "The 4K disc came out in March 2021."),
    "a blu-ray's release": lambda: text("Lanterns", "The Blu-ray was released in 2021."),
    "thirty years": lambda: text("Lanterns", "It came out thirty years ago, in another world."),
    "a place and a year": lambda: text("Lanterns", "Paris 2019 | Drama | 104 min"),
    "a post's metadata": lambda: page(
        "Lanterns", '<p class="post-meta">2019 · Drama · 12 comments</p>'
    ),
    "a post's date beside its category": lambda: text("Lanterns", "March 3, 2019 | Horror | Drama"),
    "a post's date, category and author": lambda: text(
        "Lanterns", TEXT, "March 3, 2019 | Horror | Ines Vaz"
    ),
    "a post's date under the headline": lambda: text(
        "Lanterns", "March 3, 2019 | Horror | Ines Vaz", TEXT
    ),
    "a post's day-first date under the headline": lambda: text(
        "Lanterns", "3 March 2019 · Horror · Ines Vaz", TEXT
    ),
    "a post's ISO date under the headline": lambda: text(
        "Lanterns", "2019-03-03 | Horror | Ines Vaz", TEXT
    ),
}


@pytest.mark.parametrize("cell", YEARS)
def test_the_year_however_it_is_given(cell):
    assert YEARS[cell]().year == 2019


@pytest.mark.parametrize("cell", NO_YEARS)
def test_no_year_from_other_dates(cell):
    assert NO_YEARS[cell]().year is None


RUNTIME_VALUES = {
    "122 mins": 122, "122 min.": 122, "2h 2m": 122, "1h52": 112, "122'": 122, "2 hr 35 min": 155,
    "137 Min.": 137,
}  # fmt: skip
RUNTIME_PLACES = {
    "strip": lambda value: text("Lanterns", f"2019 · {value} · Drama"),
    "strip html": lambda value: page("Lanterns", f"<p>Norway · 2019 · {value}</p>"),
    "list strip": lambda value: page(
        "Lanterns", f'<ul class="strip"><li>2019</li><li>15</li><li>{value}</li></ul>'
    ),
    "alone": lambda value: text("Lanterns", value),
    "alone at the end": lambda value: text("Lanterns", TEXT, MORE, value),
}
RUNTIME_CELLS = [
    pytest.param(place, value, id=f"{place}-{value}")
    for place in RUNTIME_PLACES
    for value in RUNTIME_VALUES
]
RUNTIMES_IN_PROSE = {
    "It is 122 minutes long, and never drags.": 122,
    "At 122 minutes long, it never drags.": 122,
    "The film runs 122 minutes and never drags.": 122,
    "Clocking in at two hours, it never drags.": 120,
    "It is a trim 99 minutes, and never drags.": 99,
    "The film is a trim 99 minutes.": 99,
    "It lasts 122 minutes.": 122,
    "The film runs 1 hr 41 min and never drags.": 101,
    "The editing keeps the 117 minutes taut.": 117,
    "I felt every one of the 117 minutes.": 117,
    "A sharp and funny film, if a cruel one. 2 hrs. 8 min. — Ines Vaz": 128,
    "It's a Greywater release, 111 minutes. Set in a motel.": 111,
    "It is a quiet drama, 98 minutes, and never drags.": 98,
}
NOT_RUNTIMES = (
    "The last forty minutes are the best thing in it.",
    "About 20 minutes in, the storm arrives.",
    "It plays after a 5-minute short before the feature.",
    "The opening 90 minutes are the best thing in it.",
    "She waits 45 minutes for a bus in the second act.",
    "The director's cut runs 3 hours and 10 minutes.",
    "The 1998 remake runs 98 minutes and is best forgotten.",
    "The extended edition runs 2 hours 40 minutes.",
    "The 90 minutes before the credits drag.",
    "She spends the 90 minutes it takes to cross the city on the phone.",
    "The 120 minutes of the director's cut are another matter.",
    "It gave me back 2 hours of my life, at least.",
    "We waited the 60 minutes until the doors opened.",
    "She left the film, 40 minutes in.",
    "He drove on through the night, 90 minutes.",
)


@pytest.mark.parametrize(("place", "value"), RUNTIME_CELLS)
def test_the_runtime_however_it_is_written(place, value):
    assert RUNTIME_PLACES[place](value).runtime_minutes == RUNTIME_VALUES[value]


@pytest.mark.parametrize("sentence", RUNTIMES_IN_PROSE)
def test_the_runtime_a_sentence_states(sentence):
    assert text("Lanterns", sentence).runtime_minutes == RUNTIMES_IN_PROSE[sentence]


def test_a_runtime_beside_a_sites_links():
    film = text("Lanterns", TEXT, "Genres\nDrama", "122 mins   More at IMDb  TMDb")
    assert film.runtime_minutes == 122


@pytest.mark.parametrize("sentence", NOT_RUNTIMES)
def test_a_stretch_of_the_film_is_no_runtime(sentence):
    assert text("Lanterns", sentence).runtime_minutes is None


NOT_STRIPS = (
    "Paris, 2019", "Drama, and a lot of rain", "Horror Stories Told Late",
    "Ines Vaz / 116 minutes", "8/10 | 116 minutes", "Part one / 116 minutes",
)  # fmt: skip
#: A line of two segments, a runtime and another plain fact: (studios, countries, runtime).
RUNTIME_PAIRS = {
    "A24 / 116 minutes": (["A24"], [], 116),
    "Norway · 104 min": ([], ["Norway"], 104),
}


@pytest.mark.parametrize("line", RUNTIME_PAIRS)
def test_a_runtime_and_one_other_fact_on_a_line(line):
    film = text("Lanterns", TEXT, line)
    assert (film.studios, film.countries, film.runtime_minutes) == RUNTIME_PAIRS[line]


@pytest.mark.parametrize("line", NOT_STRIPS)
def test_a_line_not_all_facts_is_no_strip(line):
    film = text("Lanterns", line)
    assert (film.year, film.countries, film.genres) == (None, [], [])


COUNTRIES = {
    "USA/UK, 2019": ["GB", "US"],
    "France · Germany · 2019": ["DE", "FR"],
    "Iran/France, 2016, 125 min": ["FR", "IR"],
    "Drama | Japan | 2019 | 104 min": ["JP"],
    "South Korea, 2016, 118 min": ["KR"],
    "Deutschland 2019 | Drama | 122 Min.": ["DE"],
    "Italia · 2019 · 104 min": ["IT"],
    "Gillo Pontecorvo · Italy, Algeria · 1966 · 121 min · Drama, War · Italian, Arabic": [
        "DZ",
        "IT",
    ],
    # countries that no longer exist, as old films' credits name them
    "USSR | 1979 | 161 min": ["SU"],
    "Soviet Union, 1972, 167 min": ["SU"],
    "West Germany · 1987 · 128 min": ["DE"],
    "Czechoslovakia / 1966 / 76 min": ["CS"],
    "Yugoslavia, France, 1971": ["FR", "YU"],
    "East Germany, 1973, 105 min": ["DD"],
}
COUNTRIES_IN_PROSE = {
    "Lanterns is a French-Belgian co-production.": ["BE", "FR"],
    "It is a French and Belgian co-production.": ["BE", "FR"],
    "Lanterns is a Japanese production through and through.": ["JP"],
    "This South Korean thriller never lets up.": ["KR"],
    "Lanterns is a Norwegian film about a lighthouse.": ["NO"],
    "Lanterns is a Soviet science-fiction film.": ["SU"],
    "It was a Czechoslovak and French co-production.": ["CS", "FR"],
    "A co-production between Denmark and Sweden, it was shot on an island.": ["DK", "SE"],
    "This Spanish-Mexican co-production was shot in Madrid.": ["ES", "MX"],
    "It is a Japanese animated science-fiction film.": ["JP"],
    "The film is Mexican, runs 154 minutes, and never lets up.": ["MX"],
    "That it came out of South Korea in 2003 says everything.": ["KR"],
    "The film was made in Japan and France on a tiny budget.": ["FR", "JP"],
    "The production, by Ines Vaz for Greywater Films, was a British-American one.": ["GB", "US"],
}
NO_COUNTRIES = (
    "The whole film is in Japanese, with a little French.",
    "A French actor plays the keeper's brother.",
    "It is set in Norway, on an island.",
    "She watched a Japanese film every night as a girl.",
    "It borrows from Italian neorealism and from American westerns.",
    "Paris, 2019, and the rain never stops.",
    "It follows a man who is a Danish film critic and hates the sea.",
    "It is a Spanish-language film shot in Mexico.",
    "It is a Spanish language film shot in Mexico.",
    "The production designer is a British-American one.",
    "The dialogue is French, and so is the wit.",
    "It was made in Rome on a tiny budget.",
    "It came out of nowhere and floored everyone.",
)


@pytest.mark.parametrize("strip", COUNTRIES)
def test_countries_in_a_strip(strip):
    assert codes(text("Lanterns", strip)) == COUNTRIES[strip]


@pytest.mark.parametrize("sentence", COUNTRIES_IN_PROSE)
def test_countries_a_sentence_says_made_the_film(sentence):
    assert codes(text("Lanterns", sentence)) == COUNTRIES_IN_PROSE[sentence]


@pytest.mark.parametrize("sentence", NO_COUNTRIES)
def test_a_language_or_a_persons_nationality_is_no_country(sentence):
    assert text("Lanterns", sentence).countries == []


STUDIOS = {
    "A Netflix release.": ["Netflix"],
    "Production: Vinod Chopra Films, Red Chillies": ["Vinod Chopra Films", "Red Chillies"],
    "Banner: Vinod Chopra Films": ["Vinod Chopra Films"],
    "An A24 release.": ["A24"],
    "Production company: Studio Ghibli": ["Studio Ghibli"],
    "Made by: Aardman Animations with DreamWorks Animation": [
        "Aardman Animations", "DreamWorks Animation",
    ],
    "Released: 2019, by Greywater Pictures": ["Greywater Pictures"],
    "Produktion / Production: Wiedemann & Berg Filmproduktion": ["Wiedemann & Berg Filmproduktion"],
    "Prod. cos: Black Label Media, Thunder Road Pictures | Sales/dist.: Lionsgate": [
        "Black Label Media", "Thunder Road Pictures", "Lionsgate",
    ],
}  # fmt: skip
STUDIOS_IN_PROSE = {
    "Lanterns is an A24 film through and through.": ["A24"],
    "It is Studio Ghibli's quietest film.": ["Studio Ghibli"],
    "Released by Greywater Pictures, it made a fortune.": ["Greywater Pictures"],
    "It was released internationally by Sony Pictures Classics.": ["Sony Pictures Classics"],
    "Produced by Altavista Films and Zeta Film, it was a hit.": ["Altavista Films", "Zeta Film"],
    "Castle Rock Entertainment backed it from the start.": ["Castle Rock Entertainment"],
    "Ines Vaz, who also produced the film for London Films, holds the shot.": ["London Films"],
    "It was animated at Madhouse over four years.": ["Madhouse"],
    "The production, by Ines Vaz and Tomas Lind for Tequila Gang and Greywater Pictures, was"
    " a long one.": ["Tequila Gang", "Greywater Pictures"],
    "It was produced by Ines Vaz for her mother and Greywater Pictures.": ["Greywater Pictures"],
    "Ines Vaz's El Deseo produced it, with Tomas Lind's own Tequila Gang.": [
        "El Deseo",
        "Tequila Gang",
    ],
    "Ines Vaz's Brandywine backed the film.": ["Brandywine"],
    "Greywater Pictures was behind it from the start.": ["Greywater Pictures"],
    "It was produced by Anonymous Content.": ["Anonymous Content"],
}


NO_STUDIOS = (
    "Netflix / 104 minutes",  # where it streams, not who made it
    "Streaming on Netflix | 104 min | Drama",
    "Ines Vaz was behind it from the start.",
    "Ines Vaz's husband produced it, with her brother.",
    "Ines Vaz produced it, with Tomas Lind.",
    "Unlike A24's other films, it takes its time.",
    "She grew up on Disney films and Studio Ghibli's heroines.",
    "The Blu-ray was released by Arrow Films in 2020.",
    "Released: 2019, by Ines Vaz",
    "She was animated at Christmas, and loved it.",
    "It was released slowly by Hollywood standards.",
)


@pytest.mark.parametrize("sentence", NO_STUDIOS)
def test_a_companys_other_films_name_no_studio(sentence):
    assert text("Lanterns", sentence).studios == []


@pytest.mark.parametrize("line", STUDIOS)
def test_studios_a_line_gives(line):
    assert text("Lanterns", line).studios == STUDIOS[line]


@pytest.mark.parametrize("sentence", STUDIOS_IN_PROSE)
def test_studios_a_sentence_gives(sentence):
    assert text("Lanterns", sentence).studios == STUDIOS_IN_PROSE[sentence]


def test_music_director_is_the_composer():
    film = text("Lanterns", "Director: Ines Vaz\nMusic Director: Tomas Lind")
    assert (film.directors, film.composers) == (["Ines Vaz"], ["Tomas Lind"])


GENRES = {
    "strip": lambda: text("Lanterns", "Action, Horror, Thriller"),
    "strip with dots": lambda: text("Lanterns", "Action · Horror · Thriller"),
    "links under the title": lambda: page(
        "Lanterns", '<div class="genres"><a>Action</a> <a>Horror</a> <a>Thriller</a></div>'
    ),
    "slashed label": lambda: text("Lanterns", "Genre: Action / Horror / Thriller"),
    "a run under its label": lambda: text("Lanterns", "Genres\nAction Horror Thriller"),
    "links under a heading": lambda: page(
        "Lanterns", "<div><h3>Genres</h3><p><a>Action</a> <a>Horror</a> <a>Thriller</a></p></div>"
    ),
    "subgenre row": lambda: page(
        "Lanterns", "<table><tr><th>Subgenre</th><td>Action / Horror / Thriller</td></tr></table>"
    ),
    "bilingual label": lambda: text("Lanterns", "Genre / Genre: Action, Horror, Thriller"),
}
ONE_GENRE = ("Genre: Crime Drama", "Genre: Romantic Comedy Drama", "Subgenre: Ghost story")


@pytest.mark.parametrize("line", ONE_GENRE)
def test_a_genre_of_several_words_stays_one(line):
    assert text("Lanterns", line).genres == [line.split(": ")[1]]


@pytest.mark.parametrize("cell", GENRES)
def test_genres_however_listed(cell):
    assert GENRES[cell]().genres == ["Action", "Horror", "Thriller"]


def test_a_strip_under_the_title_with_a_certificate():
    film = page(
        "Lanterns",
        '<ul class="strip"><li>2019</li><li>15</li><li>1h 58m</li></ul>',
        '<div class="genres"><a>Action</a> <a>Horror</a> <a>Thriller</a></div>',
    )
    assert film.runtime_minutes == 118
    assert film.genres == ["Action", "Horror", "Thriller"]


def user_review_page(header_heading):
    """A user review's page: the film's header (a heading, a strip, genre links) above
    the review's block, the reviewed Movie named only in the page's data."""
    data = {
        "@context": "https://schema.org",
        "@type": "Review",
        "itemReviewed": {"@type": "Movie", "name": "Lanterns"},
        "name": "A lamp in the dark",
    }
    paragraphs = "".join(f"<p>{TEXT} {MORE}</p>" for _ in range(4))
    return page_extract(
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        f'<body><div class="nav"><a href="/">Home</a> <a href="/films">Films</a></div>'
        f'<div class="subnav-title"><h3>{header_heading}</h3>'
        '<ul class="strip"><li>2019</li><li>15</li><li>1h 58m</li></ul>'
        '<div class="genres"><a>Action</a> <a>Horror</a> <a>Thriller</a></div></div>'
        f'<div class="page-body"><div class="main"><h2>A lamp in the dark</h2>{paragraphs}'
        "</div></div></body></html>"
    ).film


def test_the_films_header_above_a_user_review():
    film = user_review_page("Lanterns (2019)")
    assert (film.runtime_minutes, film.genres) == (118, ["Action", "Horror", "Thriller"])


def test_another_films_header_gives_no_facts():
    film = user_review_page("Peninsula (2020)")
    assert (film.runtime_minutes, film.genres) == (None, [])
