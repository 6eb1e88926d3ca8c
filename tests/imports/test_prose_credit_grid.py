# ruff: noqa: RUF001  (the documents use typographic quotes)
"""A grid of the credits a review states only in its sentences: every common sentence form
for the director, writer, cinematographer, composer, editor and producer, each in every
place a paragraph puts it (first sentence, mid paragraph, after a comma, in brackets, in a
list), and with names of every shape (initials, particles, East Asian order, accents).
Each cell must give the right credit and nothing else. Sentences about other films,
other people's work and the page's furniture must give no credit at all."""

import pytest

from imports.documents import extract

FILLER = "The harbour is grey and wet all winter, and the ferry is always late."
NAME = "Ines Vaz"
CREW = ("directors", "writers", "cinematographers", "composers", "editors", "producers")
#: Each role's sentence forms, "{n}" the person.
FORMS = {
    "directors": (
        "The film is directed by {n} with a light touch.",
        "{n} directs with a patience that pays off.",
        "{n}'s direction is patient and exact.",
        "{n}’s direction keeps the film moving.",
        "The film comes from director {n}, who keeps it moving.",
        "{n}, the director, keeps the film moving.",
        "Written and directed by {n}, the film takes its time.",
        "{n} wrote and directed the film.",
        "{n}, who wrote it as well as directed it, never hurries.",
        "{n} wrote it as well as directed it.",
        "{n} directs from a script by Tomas Lind.",
        "{n} directs it briskly.",
        "{n} directed it, and the script is by Tomas Lind.",
        "{n} directed the film from a script she wrote with Tomas Lind.",
    ),
    "writers": (
        "The film was written by {n} over ten years.",
        "Written and directed by {n}, the film takes its time.",
        "{n} wrote and directed the film.",
        "{n}, who wrote it as well as directed it, never hurries.",
        "Ana Berg directs from a script by {n}.",
        "{n}'s screenplay is full of small surprises.",
        "The film was adapted by {n} from a novel by Tomas Lind.",
        "The film is based on the novel by {n}.",
        "For the film, Ana Berg adapted {n}'s novel with care.",
        "Ana Berg adapts {n}'s novel with care.",
        "Ana Berg directed it, and the script is by {n}.",
        "Ana Berg directed the film from a script she wrote with {n}.",
        "Ana Berg's screenplay, from a story she worked up with {n}, is sharp.",
        "It is based on the 1993 novel by {n}, which is darker.",
        "Ana Berg and her co-writer {n} structure the film like a procedural.",
    ),
    "cinematographers": (
        "The film was shot by {n} on 16mm.",
        "{n}'s camera loves the fog.",
        "{n}'s cinematography is cold and clean.",
        "{n}'s photography is cold and clean.",
        "The film's cinematographer {n} loves the fog.",
        "{n} shoots it in long, patient takes.",
        "The film was lensed by {n} in the rain.",
        "Ana Berg and her cinematographer {n} bathe it in amber.",
    ),
    "composers": (
        "The music by {n} hums rather than swells.",
        "{n}'s score hums rather than swells.",
        "The film's composer {n} keeps it quiet.",
        "The film is scored by {n} with a light hand.",
        "{n}'s music hums rather than swells.",
    ),
    "editors": (
        "The film was edited by {n} with care.",
        "The film's editor {n} keeps it tight.",
        "{n}'s editing keeps it tight.",
        "{n}'s cutting keeps it tight.",
        "The film was cut by {n} to ninety minutes.",
    ),
    "producers": (
        "The film was produced by {n} on a small budget.",
        "The film's producer {n} found the money in Bergen.",
        "The production, by {n} and Tomas Lind for Nordwind, was a Danish one.",
    ),
}
#: Each role's phrase forms, for brackets and lists.
PHRASES = {
    "directors": ("directed by {n}",),
    "writers": ("written by {n}", "from a script by {n}"),
    "cinematographers": ("shot by {n}", "{n}'s camera", "cinematographer {n}"),
    "composers": ("music by {n}", "{n}'s score", "composer {n}", "scored by {n}"),
    "editors": ("edited by {n}", "{n}'s editing", "editor {n}"),
    "producers": ("produced by {n}", "producer {n}"),
}
#: Where the sentence sits in the paragraph.
PLACES = {
    "first": "{sentence} " + FILLER,
    "mid": FILLER + " {sentence} " + FILLER,
    "after a comma": FILLER + " In the end, {clause}",
}
#: Where a phrase sits.
PHRASE_PLACES = {
    "brackets": "The film ({phrase}) sails slowly. " + FILLER,
    "clause": "The film sails slowly, {phrase}, and never hurries.",
}
NAMES = (
    "Ines Vaz",
    "J. C. Chandor",
    "Guillermo del Toro",
    "Lars von Trier",
    "Bong Joon-ho",
    "Hirokazu Kore-eda",
    "Émile Ledoux",
    "Łukasz Żal",
    "Sean O'Hara",
    "Mary-Beth Kohl",
)
CELLS = [(role, form, place) for role, forms in FORMS.items() for form in forms for place in PLACES]
PHRASE_CELLS = [
    (role, phrase, place)
    for role, phrases in PHRASES.items()
    for phrase in phrases
    for place in PHRASE_PLACES
]
#: One common form of each role, with every shape of name.
NAME_CELLS = [(role, forms[0], name) for role, forms in FORMS.items() for name in NAMES]


def film_of(paragraph):
    return extract(f"Night Ferry\n\n{paragraph}\n\n{FILLER}\n").film


def credits_of(film, roles=CREW):
    return {role: getattr(film, role) for role in roles if getattr(film, role)}


def placed(template, sentence):
    clause = sentence if sentence.startswith("{n}") else sentence[0].lower() + sentence[1:]
    return template.format(sentence=sentence, clause=clause)


@pytest.mark.parametrize(("role", "form", "place"), CELLS)
def test_every_sentence_form_in_every_place_gives_the_credit(role, form, place):
    film = film_of(placed(PLACES[place], form).format(n=NAME))
    assert NAME in getattr(film, role)


@pytest.mark.parametrize(("role", "phrase", "place"), PHRASE_CELLS)
def test_every_phrase_in_brackets_or_a_clause_gives_the_credit(role, phrase, place):
    film = film_of(PHRASE_PLACES[place].format(phrase=phrase.format(n=NAME)))
    assert getattr(film, role) == [NAME]


@pytest.mark.parametrize(("role", "form", "name"), NAME_CELLS)
def test_every_shape_of_name_gives_the_credit(role, form, name):
    film = film_of(form.format(n=name))
    assert getattr(film, role) == [name]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pia Storm's camera and Omar Salim's score carry the film.",
            {"cinematographers": ["Pia Storm"], "composers": ["Omar Salim"]},
        ),
        (
            "The film was shot by Pia Storm and edited by Omar Salim.",
            {"cinematographers": ["Pia Storm"], "editors": ["Omar Salim"]},
        ),
        (
            "With music by Pia Storm and editing by Omar Salim, it glides.",
            {"composers": ["Pia Storm"], "editors": ["Omar Salim"]},
        ),
        (
            "Pia Storm's editing and Omar Salim's cinematography are superb.",
            {"editors": ["Pia Storm"], "cinematographers": ["Omar Salim"]},
        ),
    ],
)
def test_a_list_of_crew_gives_each_their_credit(sentence, expected):
    assert credits_of(film_of(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg, who directed Old Harbour (2001), is a fan of ferries.",
        "Unlike Ana Berg's films, it is never loud.",
        "It ends as Ana Berg would have ended it.",
        "The director's cut runs twenty minutes longer.",
        "The film earns a score of 8 out of 10 from me.",
        "As the editor of this magazine, Ana Berg saw it first.",
        "Ana Berg's direction of actors in her earlier work was warmer.",
        "Ana Berg produced the remake in 2019.",
        "Ana Berg directed Old Harbour, a better film.",
        "Ana Berg's score for The Deep was louder.",
        "Ana Berg's camera in Old Harbour was freer.",
        "Ana Berg shot Old Harbour on 35mm in 1999.",
        "The movie's hero, a ship's editor named Ana Berg, drinks.",
        "Read Ana Berg's review of the remake here.",
        "Ana Berg, our editor, writes about film.",
        "About the author: Ana Berg writes about film for the Harbour Gazette.",
        "Ana Berg, the director of Old Harbour, is a fan of ferries.",
        "Ana Berg directs Old Harbour next year.",
        "Lea Holm, the editor, falls for the ferry captain.",
        "I met director Ana Berg at a party once.",
        "The scene was cut by twenty minutes.",
        "A chat with producer Ana Berg about her next project follows.",
        "Ana Berg, who directed Old Harbour as well as wrote it, is a fan.",
        "Ana Berg's previous film, which she also wrote, was louder.",
        "Chris Harris' music for The Deep was louder.",
        "Ana Berg shoots the man in the back.",
        "The rhythm is set by the editor of the paper, Ana Berg.",
    ],
)
def test_sentences_about_other_films_or_people_give_no_credit(sentence):
    assert credits_of(film_of(sentence)) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The film was adapted by Ana Berg from a novel by Tomas Lind.",
        "The film was adapted by Ana Berg from Tomas Lind's novel.",
        "Ana Berg adapts Tomas Lind's novel with care.",
    ],
)
def test_an_adaptation_credits_the_adapter_and_the_author(sentence):
    assert film_of(sentence).writers == ["Ana Berg", "Tomas Lind"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ana Berg directed the film from a script she wrote with Tomas Lind.",
            {"directors": ["Ana Berg"], "writers": ["Ana Berg", "Tomas Lind"]},
        ),
        (
            "Ana Berg directed the film with Tomas Lind, from a script by Omar Salim.",
            {"directors": ["Ana Berg", "Tomas Lind"], "writers": ["Omar Salim"]},
        ),
        (
            "The production, by Ana Berg, Tomas Lind and Omar Salim for Nordwind, was Danish.",
            {"producers": ["Ana Berg", "Tomas Lind", "Omar Salim"]},
        ),
        (
            "Berg, who also produced the film for Nordwind Pictures, holds the shot. "
            "Ana Berg's direction is patient.",
            {"directors": ["Ana Berg"], "producers": ["Ana Berg"]},
        ),
    ],
)
def test_whom_a_credit_is_shared_with_takes_the_role_said_beside_them(sentence, expected):
    assert credits_of(film_of(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg and her cinematographer friend go to the lake.",
        "The production by the school drama club was a mess.",
        "The heroine, a novelist, argues with her co-writer on the phone all night.",
        "It is based on the 1993 novel, which nobody read.",
    ],
)
def test_shared_credits_without_a_person_give_none(sentence):
    assert credits_of(film_of(sentence)) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The camera of Pia Storm glides through rooms.", {"cinematographers": ["Pia Storm"]}),
        ("The editing, by Pia Storm, keeps it brisk.", {"editors": ["Pia Storm"]}),
        ("The music, by Pia Storm, keeps it light.", {"composers": ["Pia Storm"]}),
        ("Pia Storm shoots the town in rain.", {"cinematographers": ["Pia Storm"]}),
        (
            "Pia Storm contributes a light, almost storybook score.",
            {"composers": ["Pia Storm"]},
        ),
        ("Pia Storm cuts the long scenes without hurry.", {"editors": ["Pia Storm"]}),
        (
            "The seams are hidden by the editors, Pia Storm and Omar Salim, who care.",
            {"editors": ["Pia Storm", "Omar Salim"]},
        ),
        (
            "The script, credited to Pia Storm and Omar Salim, is sharp about the film.",
            {"writers": ["Pia Storm", "Omar Salim"]},
        ),
        (
            "Pia Storm, who wrote the script as well as directing, keeps the film close.",
            {"directors": ["Pia Storm"], "writers": ["Pia Storm"]},
        ),
        (
            'It\'s edited by "Roderick Jaynes," a pen name.',
            {"editors": ["Roderick Jaynes"]},
        ),
        ("Kris Bowers' music swells in all the right places.", {"composers": ["Kris Bowers"]}),
        (
            "Łukasz Żal shoots the house with fixed, hidden cameras.",
            {"cinematographers": ["Łukasz Żal"]},
        ),
        (
            "Pia Storm's film, which she also wrote, tells their story slowly.",
            {"writers": ["Pia Storm"]},
        ),
    ],
)
def test_the_forms_of_unseen_pages(sentence, expected):
    assert credits_of(film_of(sentence)) == expected


def test_a_surname_credit_is_named_in_full_by_a_possessive_elsewhere_in_the_text():
    film = film_of(
        "Pia Storm's new film opens with two lists. Storm, who wrote the script as well as "
        "directing, keeps the film close."
    )
    assert (film.directors, film.writers) == (["Pia Storm"], ["Pia Storm"])


def test_a_wrapped_line_with_a_sentence_end_inside_is_the_paragraph_not_a_heading():
    review = extract(
        "Night Ferry\n\nThe harbour is grey and wet all winter.\n\n"
        "What people kept mentioning was the look of the city. Pia Storm shoots\n"
        "Bergen at night as a place of sodium light and empty lanes.\n\n" + FILLER + "\n"
    )
    assert review.film.cinematographers == ["Pia Storm"]
    assert review.sections == []


def test_a_surname_credit_is_named_in_full_by_any_sentence_that_names_them():
    film = film_of(
        "It turned Pia Storm into a name. Storm, who wrote it as well as directed it, was thirty."
    )
    assert (film.directors, film.writers) == (["Pia Storm"], ["Pia Storm"])


def test_a_surname_after_written_by_is_the_person_the_post_names_in_full():
    film = film_of("Pia Storm's film covers fifteen years. It was written by Storm and Omar Salim.")
    assert film.writers == ["Pia Storm", "Omar Salim"]


def test_a_surname_no_one_in_the_post_bears_is_no_credit():
    assert film_of("It was written by Storm and Omar Salim.").writers == ["Omar Salim"]


def test_a_credit_line_that_reads_as_a_heading_gives_its_credits():
    film = film_of(
        "Director of photography Pia Storm, music by Omar Salim, edited by Lea Holm\n"
        "A24 / 116 minutes\n\nThe harbour is grey and wet all winter, and the ferry is late."
    )
    assert credits_of(film) == {
        "cinematographers": ["Pia Storm"],
        "composers": ["Omar Salim"],
        "editors": ["Lea Holm"],
    }
