"""Credits, parts, runtimes and years in the sentences critics really write: who directed
and wrote it (by surname too), crew in passing, actors beside their characters, capsule
credit lines; and the sentences that only look like credits."""

import pytest

from imports.documents import extract


def review_of(text, *, title="Night Ferry"):
    return extract(f"{title}\n\n{text}\n")


def film_of(text):
    return review_of(text).film


def cast_of(film):
    return [(member.name, member.character) for member in film.cast]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Ana Kovač directed it and wrote the script with her sister Mila Kovač, from a "
            "story Piet Room had long sketched.",
            {"directors": ["Ana Kovač"], "writers": ["Ana Kovač", "Mila Kovač", "Piet Room"]},
        ),
        (
            "Tomas Ek, who wrote and directed from Hanne Lys's prize-winning memoir, keeps "
            "the camera low.",
            {"directors": ["Tomas Ek"], "writers": ["Tomas Ek", "Hanne Lys"]},
        ),
        (
            "Iris Vale adapted the Oskar Brandt novella with Jon Nyland, keeping its cruelty.",
            {"writers": ["Iris Vale", "Oskar Brandt", "Jon Nyland"]},
        ),
        (
            "The screenplay, by Sofie Aas and Tomas Ek, is generous.",
            {"writers": ["Sofie Aas", "Tomas Ek"]},
        ),
        (
            "Tomas Ek wrote the script with his longtime collaborator Sofie Aas.",
            {"writers": ["Tomas Ek", "Sofie Aas"]},
        ),
        (
            "The film is based on the novel by Greta Lund, and it keeps her ending.",
            {"writers": ["Greta Lund"]},
        ),
        (
            "Tomas Ek wrote and directed it, and the film shows his patience.",
            {"directors": ["Tomas Ek"], "writers": ["Tomas Ek"]},
        ),
        (
            "The film is based on the memoir “Salt Roads” by Greta Lund.",
            {"writers": ["Greta Lund"]},
        ),
    ],
)
def test_who_directed_and_wrote_it_in_a_sentence(text, facts):
    review = review_of(text)
    for fact, names in facts.items():
        assert getattr(review.film, fact) == names
    assert review.read_from_text  # each is for the editor to confirm


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        ("Tomas Ek directed it. Ek edited the film himself, patiently.", "editors", ["Tomas Ek"]),
        ("Tomas Ek directed it. Ek, who also wrote and edited it, rests.", "editors", ["Tomas Ek"]),
        ("Tomas Ek directed it. Ek shot it on a phone.", "cinematographers", ["Tomas Ek"]),
    ],
)
def test_a_surname_stands_for_the_person_named_in_full(text, fact, expected):
    assert getattr(film_of(text), fact) == expected


def test_a_headline_names_the_maker_a_surname_stands_for():
    review = review_of("Lind wrote the script with Ola Berg.", title="Ana Lind's Night Ferry")
    assert review.film.writers == ["Ana Lind", "Ola Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Oslo shoots its own light at dusk, and Hiroshima cuts the film in two.",
        "Mo Berg plays Howard Lind. Howard shoots the film projector at dawn.",  # a character
        "Lind edited the film herself.",  # no Lind is named in full
    ],
)
def test_a_single_word_is_no_one_unless_the_post_names_them_in_full(text):
    film = film_of(text)
    assert (film.cinematographers, film.editors) == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Ek's film is a quiet one.",  # "X's film" does not say X directed it
        "Lars Holm, who directed Blue Winter, plays the father.",  # another film
        "Night Ferry borrows from Tove Rask's novel, though nobody admits it.",  # a borrowing
    ],
)
def test_a_name_beside_a_film_is_no_director_or_writer(text):
    film = film_of(text)
    assert (film.directors, film.writers) == ([], [])


def test_a_partner_in_mind_is_no_writer():
    assert film_of("Tomas Ek wrote the script with Mo Berg in mind.").writers == ["Tomas Ek"]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "Kenji Aoki is the cinematographer and Lea Holm the editor.",
            {"cinematographers": ["Kenji Aoki"], "editors": ["Lea Holm"]},
        ),
        ("Kenji Aoki shoots the harbour at first light.", {"cinematographers": ["Kenji Aoki"]}),
        ("Kenji Aoki is the cinematographer here.", {"cinematographers": ["Kenji Aoki"]}),
        ("Kenji Aoki shot it like a fever dream.", {"cinematographers": ["Kenji Aoki"]}),
        ("Lea Holm cuts the scenes with a dancer's timing.", {"editors": ["Lea Holm"]}),
        ("Lea Holm's patient editing keeps the pace.", {"editors": ["Lea Holm"]}),
        ("Only the strings of Pia Storm swell too often.", {"composers": ["Pia Storm"]}),
        ("Pia Storm's cello theme returns at the end.", {"composers": ["Pia Storm"]}),
        ("Pia Storm's score in the finale soars.", {"composers": ["Pia Storm"]}),
        (
            "Shot with cinematographer Kenji Aoki and editor Lea Holm, it sings.",
            {"cinematographers": ["Kenji Aoki"], "editors": ["Lea Holm"]},
        ),
        ("The camerawork of Kenji Aoki glows.", {"cinematographers": ["Kenji Aoki"]}),
        ("It was scored by Pia Storm.", {"composers": ["Pia Storm"]}),
        ("The photography by Kenji Aoki is calm.", {"cinematographers": ["Kenji Aoki"]}),
        ("Shot on grainy 16mm by Kenji Aoki, it glows.", {"cinematographers": ["Kenji Aoki"]}),
        ("The cinematographer is Kenji Aoki.", {"cinematographers": ["Kenji Aoki"]}),
        ("Sofie Aas's script is sharp, and the film knows it.", {"writers": ["Sofie Aas"]}),
        ("Ana Lind's direction is assured; the film never hurries.", {"directors": ["Ana Lind"]}),
        (
            "The editing by Lea Holm and Omar Salim lets scenes breathe.",  # "lets" is no "le"
            {"editors": ["Lea Holm", "Omar Salim"]},
        ),
        (
            "Tomas Ek adapted the story from an unstaged play by Vera Holt, and the film shows it.",
            {"writers": ["Tomas Ek", "Vera Holt"]},
        ),
    ],
)
def test_crew_named_in_passing(text, facts):
    film = film_of(text)
    for fact, names in facts.items():
        assert getattr(film, fact) == names


@pytest.mark.parametrize(
    "text",
    [
        "The sound design, by Nils Ruud, is the real star.",  # not a role the catalogue has
        "Mo Berg is the editor of the town paper.",  # a part, not the crew
        "Mo Berg is the editor, a tyrant in a cardigan.",
        "Magnus Holt keeps the lighthouse. Magnus Holt is the editor.",  # of what?
        "Kenji Aoki frames the harbour as if it were a cathedral.",
        "Like Sofie Aas's script for Blue Winter, the film broods.",  # another film's
        "Olaf Brenner plays the composer Anton Weiss.",  # a part
        "Later Jonas Berg shot it anyway, to her horror.",  # a gun, not a camera
        "Anton Weiss cuts the ropes in a storm.",  # a knife, not an edit
        "Mo Berg cut it short and left.",
        "Lena Holt's score for Blue Winter won awards.",  # another film's
        "In the first act Lena Holt wrote the music for the school play.",  # a part's deed
    ],
)
def test_sentences_that_only_look_like_crew_credits(text):
    film = film_of(text)
    crew = (film.cinematographers, film.editors, film.composers, film.producers, film.writers)
    assert crew == ([], [], [], [], [])
    assert all(member.character for member in film.cast)  # at most a part with its name


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("Only the widow Mira Holt (Ilse Raan) stays.", [("Ilse Raan", "Mira Holt")]),
        ("Sergeant Ruud Vos (Olaf Brenner) looks.", [("Olaf Brenner", "Sergeant Ruud Vos")]),
        ("Detective Min-jun (Olaf Brenner) investigates.", [("Olaf Brenner", "Min-jun")]),
        ("Her boss, Captain Vos (Olaf Brenner), yells.", [("Olaf Brenner", "Captain Vos")]),
        ("Uncle Per (Olaf Brenner) drinks.", [("Olaf Brenner", "Per")]),
        ("Then Per (Olaf Brenner, seen only in flashback) dies.", [("Olaf Brenner", "Per")]),
        ("Ilse Raan is in maybe three scenes as Mira, his ex.", [("Ilse Raan", "Mira")]),
        ("Her husband, Rolf, whom Olaf Brenner plays as a bore.", [("Olaf Brenner", "Rolf")]),
        ("F. Olaf Brenner plays Rolf, the pilot.", [("F. Olaf Brenner", "Rolf")]),
        ("Olaf d'Arcy Brenner plays Rolf, the pilot.", [("Olaf d'Arcy Brenner", "Rolf")]),
        ('Olaf Brenner plays Rolf "Red" Vos, the pilot.', [("Olaf Brenner", 'Rolf "Red" Vos')]),
        ("Olaf Brenner appears as Rolf Vos, the pilot.", [("Olaf Brenner", "Rolf Vos")]),
        (
            "The victim is Rolf Vos, a retired pilot played in flashbacks by Olaf Brenner.",
            [("Olaf Brenner", "Rolf Vos")],
        ),
        ("Ilse Raan, in her first role, is Mira, the ferry pilot.", [("Ilse Raan", "Mira")]),
        ("Olaf Brenner, playing himself, hosts the quiz.", [("Olaf Brenner", "Himself")]),
        ("Di Park turns up as a postman with a secret.", [("Di Park", "")]),
        (
            "Mo Berg and Lea Holm are the scheming Duke and Duchess.",
            [("Mo Berg", "Duke"), ("Lea Holm", "Duchess")],
        ),
        ("Olaf Brenner is the Ferryman, a silent giant.", [("Olaf Brenner", "Ferryman")]),
        ("Mo Berg has a brief, funny part as Jonas, the cook.", [("Mo Berg", "Jonas")]),
        ("Ilse Raan plays two roles, Mira and her twin.", [("Ilse Raan", "Mira")]),
        ("Mira steers. Ilse Raan, never better, plays her with grit.", [("Ilse Raan", "")]),
        ("Mira, played by Ilse Raan, steers.", [("Ilse Raan", "Mira")]),
        ("Mo Berg co-stars as Anton.", [("Mo Berg", "Anton")]),
        (
            "Ilse Raan is the only trained actor in the cast, as Mira, a pilot who sings.",
            [("Ilse Raan", "Mira")],
        ),
        (
            "Mira steers, sings and fixes engines; she is played by Ilse Raan, a singer.",
            [("Ilse Raan", "Mira")],
        ),
        ("Ilse Raan is Mira, Anton's sister, and fierce.", [("Ilse Raan", "Mira")]),
        ("Ilse Raan takes on the title role of Mira.", [("Ilse Raan", "Mira")]),
    ],
)
def test_actors_beside_their_characters(text, cast):
    assert cast_of(film_of(text)) == cast


@pytest.mark.parametrize(
    "text",
    [
        "Mo Berg is the best thing in it.",
        "Mo Berg is Norwegian, the son of a ferryman.",
        "Night Ferry (Tomas Ek) is a slow film.",  # the film and its director
        "Elsewhere this month: Blue Winter (Ana Lind) and Ferrari, directed by Ola Mann.",
        "Watch next: Harbours and the Politics of Water (Ana Lind).",
        "The ending (No Spoilers) lands hard.",
        "Olaf Brenner plays her father.",  # a part, but not one the sentence names
        "New York is New York, the city that never sleeps.",
        "Nobody minds; he was played by Olaf Brenner in the first film.",
        "Mo Berg is the best thing in it, as Variety said.",
    ],
)
def test_sentences_that_only_look_like_parts(text):
    assert film_of(text).cast == []


def test_a_newspaper_capsule_credit_line():
    film = film_of(
        "A slow crossing, beautifully done.\n\nNight Ferry. Written and directed by Tomas "
        "Ek. A Harbour Lane Pictures release. Running time: 1 hour 52 minutes."
    )
    assert (film.directors, film.writers) == (["Tomas Ek"], ["Tomas Ek"])
    assert (film.studios, film.runtime_minutes) == (["Harbour Lane Pictures"], 112)


def test_a_line_of_other_reviews_is_a_teaser():
    review = review_of("A slow crossing.\n\nAlso reviewed this week: Blue Winter (Ana Lind).")
    assert review.film.cast == []
    assert any(line.startswith("Also reviewed") for line in review.dropped)


def test_a_capsule_lists_its_cast_and_crew_in_sentences():
    film = film_of(
        "A slow crossing.\n\nDirected by Tomas Ek. With Ilse Raan, Mo Berg and Di Park. "
        "Director of photography, Kenji Aoki. Music, Pia Storm. Runtime is 104 minutes."
    )
    assert cast_of(film) == [("Ilse Raan", ""), ("Mo Berg", ""), ("Di Park", "")]
    assert (film.cinematographers, film.composers) == (["Kenji Aoki"], ["Pia Storm"])
    assert film.runtime_minutes == 104


def test_capsule_labels_in_ordinary_sentences_are_not_credits():
    film = film_of("With Ilse Raan at the helm, it works. Music, as ever, matters.")
    assert (film.cast, film.composers) == ([], [])


def test_a_teaser_box_of_other_openings_is_not_read():
    review = review_of(
        "A slow crossing, beautifully done.\n\nALSO OPENING: “Harbour Lights,” directed by "
        "Ana Lind, with Mo Berg, who plays Rolf; “Blue Winter,” with Ilse Raan."
    )
    assert (review.film.directors, review.film.cast) == ([], [])
    assert any(line.startswith("ALSO OPENING") for line in review.dropped)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("At 96 minutes, it never drags.", 96),
        ("At nearly two hours the film sags in the middle.", 120),
        ("Running time: 2 hours exactly.", 120),
        ("88 minutes, and not a scene too many.", 88),
        ("It runs 101 minutes.", 101),
        ("PG-13. 104 minutes. In cinemas Friday.", 104),
        ("Its 148-minute running time flies by.", 148),
        ("It's two hours and twenty minutes long and never dull.", 140),
    ],
)
def test_runtimes_in_sentences(text, minutes):
    assert film_of(text).runtime_minutes == minutes


@pytest.mark.parametrize(
    "text",
    [
        "At 40 minutes in, the plot turns.",
        "Ninety minutes later the ferry sinks.",
        "90 minutes of it is a chase.",
        "The ferry waits. 12 minutes. Then it sails.",  # no feature is that short
        "A 30-minute sequence at sea is the best thing in it.",
    ],
)
def test_minutes_that_are_no_runtime(text):
    assert film_of(text).runtime_minutes is None


def test_the_premiere_year_is_the_films_year():
    film = film_of("It debuted at the Venice festival in 2021 and opened in May 2022.")
    assert film.year == 2021


def test_someone_elses_premiere_is_not_the_films_year():
    assert film_of("The director premiered her first short at Venice in 2015.").year is None


def test_an_italic_title_and_its_year_open_the_review():
    review = extract("# Night Ferry\n\n*Night Ferry* (2021) follows a pilot.\n", markdown=True)
    assert review.film.year == 2021


def test_a_paragraph_written_in_lower_case_credits_its_cast_and_crew():
    film = film_of(
        "second watch and it still works. ines moreau as tilde, jakob lund as piet with his "
        "terrible hat. tilde (ines moreau, who never blinks) owns every scene. kai berg "
        "shot it like a postcard and mara vos's score hums along."
    )
    assert cast_of(film) == [("Ines Moreau", "Tilde"), ("Jakob Lund", "Piet")]
    assert (film.cinematographers, film.composers) == (["Kai Berg"], ["Mara Vos"])


def test_a_lower_case_name_keeps_the_spelling_the_post_gives_it():
    film = film_of(
        "Cast: Ines McBride\n\nsecond watch and it still works, and ines mcbride as tilde, who "
        "owns every scene of it."
    )
    assert cast_of(film) == [("Ines McBride", "Tilde")]


@pytest.mark.parametrize(
    "text",
    [
        "second watch. the script reads as parody, and everything plays as farce.",
        "second watch and honestly (thank god) nothing plays as well as it did in the cinema.",
        "second watch, and the ending works as well, the music as always.",
        # A capitalised paragraph is read by the ordinary rules, never as a log's.
        "The script reads as parody and the photography plays as farce, as usual.",
    ],
)
def test_lower_case_phrases_that_are_no_credits(text):
    film = film_of(text)
    assert (film.cast, film.cinematographers, film.composers) == ([], [], [])


def test_a_sentence_adds_a_named_part_to_the_leads_a_post_lists():
    film = film_of(
        "Starring: Mo Berg\n\nMo Berg plays Anton. Ilse Raan plays Mira, his sister. It stars "
        "Di Park too."
    )
    assert cast_of(film) == [("Mo Berg", "Anton"), ("Ilse Raan", "Mira")]  # not a bare "stars"


def test_parts_are_not_added_to_a_list_the_sentences_never_confirm():
    film = film_of("Starring: Mo Berg\n\nIlse Raan plays Mira, the pilot.")
    assert cast_of(film) == [("Mo Berg", "")]  # the list may be another film's


def test_a_family_name_first_stands_for_the_person_but_a_first_name_does_not():
    film = film_of("Bong Min-ho directed it. Bong edited the film himself.")
    assert film.editors == ["Bong Min-ho"]
    film = film_of("Greta Lind directed it. Greta edited the film herself.")
    assert film.editors == []  # critics say a surname; a first name is a character's
