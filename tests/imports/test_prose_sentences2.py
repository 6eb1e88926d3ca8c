"""Cast written as runs of short clauses, two leads in parts the sentence only describes,
a character introduced with a description before "is played by", and lists of other
works that only look like credits."""

import pytest

from imports.documents import extract


def cast_of(text, *, title="Night Ferry"):
    film = extract(f"{title}\n\n{text}\n").film
    return [(member.name, member.character) for member in film.cast]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        (
            "Marta Lindqvist is Greta Holm · Jonas Bergström is Old Henrik"
            " · Ada Roos is Sister Ines",
            [
                ("Marta Lindqvist", "Greta Holm"),
                ("Jonas Bergström", "Old Henrik"),
                ("Ada Roos", "Sister Ines"),
            ],
        ),
        (
            "The players: Ivo Sand is Pell; Rina Holt is Mother Ursula; Lars Obel is Tam.",
            [("Ivo Sand", "Pell"), ("Rina Holt", "Mother Ursula"), ("Lars Obel", "Tam")],
        ),
        (
            "Wen Rui, a ferry pilot, is played by Hao Ming-li, who barely speaks.",
            [("Hao Ming-li", "Wen Rui")],
        ),
        (
            "Best of all, Vera Holm herself turns up in the remake as Old Agnes, briefly.",
            [("Vera Holm", "Old Agnes")],
        ),
        (
            "Pia Nordin and Erik Vass play an old married couple who no longer talk.",
            [("Pia Nordin", ""), ("Erik Vass", "")],
        ),
        (
            "Pia Nordin and Erik Vass are the older sisters, gentle and stubborn.",
            [("Pia Nordin", ""), ("Erik Vass", "")],
        ),
    ],
)
def test_cast_written_as_runs_and_described_parts(text, cast):
    assert cast_of(text) == cast


@pytest.mark.parametrize(
    "text",
    [
        # One "X is Y" alone is a claim about someone, not a cast list.
        "Tom Cole is Hollywood royalty now, and he knows it.",
        "Marta Lind is Greta; the rest of the film is filler.",
        # A clause that is not "name is name" breaks the run: no two in a row here.
        "Ivo Sand is Pell; Rina Holt is the Captain's worry; Lars Obel is Tam.",
        # Other works and their makers in a labelled run, however far along the run.
        "More reviews: Salt Roads (Ana Lind) · Paper Moon Harbour (Jon Nyland) · Dusk",
        # Two people who play something that is not a part.
        "Pia Nordin and Erik Vass play tennis between takes.",
        "Vera Holm herself turns up in the film as a surprise.",  # no part named
        "The Hollow Men and Sister Ray play the club on Friday.",
        "Pia Nordin and Erik Vass are the producers, and both are fine.",
        "Pia Nordin and Erik Vass are the parents of the director's wife?",
    ],
)
def test_clauses_that_only_look_like_cast(text):
    assert cast_of(text) == []


def listed_cast(items):
    bullets = "\n".join(f"- {item}" for item in items)
    return cast_of(f"The people in it:\n\n{bullets}")


def test_who_is_who_items_name_character_then_actor():
    items = [
        "Petra, the ferry captain's widow who runs the bar: Hanne Solberg",
        "Tor, who delivers the post and reads it first: Mikkel Aasen",
    ]
    assert listed_cast(items) == [("Hanne Solberg", "Petra"), ("Mikkel Aasen", "Tor")]


@pytest.mark.parametrize(
    "item",
    [
        "Bergen, the city where it rains all year: Wet Streets",  # a place, not a person
        "Director: Tomas Ek",  # a label and its value: no description of a part
        "Petra, the ferry captain's widow: a wonderful turn",  # no actor named
    ],
)
def test_items_that_are_not_who_is_who(item):
    assert listed_cast([item, "Tor, the postman: maybe the best thing in it"]) == []


def countries_of(text):
    return extract(f"Night Ferry\n\n{text}\n").film.countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "It is a Danish, Norwegian and Irish co-production, shot mostly on Skye.",
            ["Denmark", "Norway", "Ireland"],
        ),
        ("The film is a co-production between Chile and Argentina.", ["Chile", "Argentina"]),
        ("It was a Taiwan and Japan co-production.", ["Taiwan", "Japan"]),
        # The film's own nationality, never the people's it is about or where it is set.
        ("It is a French film about an American in Lisbon.", ["France"]),
    ],
)
def test_countries_of_a_co_production(text, countries):
    assert countries_of(text) == countries


@pytest.mark.parametrize(
    "text",
    [
        # Where a film is set, or a nationality of its people, is not who made it.
        "It follows an American in Lisbon.",
        "It was shot in Poland and Hungary over one winter.",
        # Another film's co-production, not this one's.
        "Her last feature was a Danish and Swedish co-production.",
        # Words that are not countries.
        "It is a Hollywood and Bollywood co-production.",
    ],
)
def test_sentences_that_name_no_makers_countries(text):
    assert countries_of(text) == []


def test_director_working_from_a_script_and_writer_who_wrote_it():
    film = film_of(
        "Ines Morel directs from a script by Paul Arden and Lise Kaur, and keeps it brisk. "
        "The story came from Tomas Vidal, who wrote it on a train."
    )
    assert film.directors == ["Ines Morel"]
    assert film.writers == ["Paul Arden", "Lise Kaur", "Tomas Vidal"]


def test_studios_named_as_makers_partners_and_local_distributors():
    film = film_of(
        "It was made by Kestrel Film with Nordlys Pictures, and released in the UK by "
        "Harbour Films."
    )
    assert sorted(film.studios) == ["Harbour Films", "Kestrel Film", "Nordlys Pictures"]


@pytest.mark.parametrize(
    "text",
    [
        "Ines Morel directs traffic in the opening scene.",  # a part, not a credit
        "She was made by her mother into a singer.",  # no company named
        "He made it by train with Lise Kaur.",  # a person, not a company
    ],
)
def test_sentences_that_credit_no_director_or_studio(text):
    film = film_of(text)
    assert (film.directors, film.studios) == ([], [])


def film_of(text):
    return extract(f"Night Ferry\n\n{text}\n").film


def test_labels_cut_by_and_made_in():
    film = film_of("Some notes on it.\n\n- Cut by: Lea Strand\n- Made in: Norway\n\nIt is good.")
    assert (film.editors, film.countries) == (["Lea Strand"], ["Norway"])


def test_a_scene_cut_by_someone_is_no_editor_credit():
    film = film_of("The best scene was cut by the censors in Norway, who made in-jokes of it.")
    assert (film.editors, film.countries) == ([], [])


def test_names_that_start_with_an_accented_capital():
    film = film_of("Ørjan Skåre shot it on grainy 16mm. Émile Dubois plays Ólafur Ársælsson.")
    assert film.cinematographers == ["Ørjan Skåre"]
    assert [(m.name, m.character) for m in film.cast] == [("Émile Dubois", "Ólafur Ársælsson")]


def test_an_accented_word_is_still_no_name_on_its_own():
    film = film_of("Écoute: the sound shot it through with dread.")
    assert film.cinematographers == []
