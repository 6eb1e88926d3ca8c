"""Parts credited in looser sentences, where the sentence itself must say that the part is
a person ("gives Mara a stubborn dignity", "Ines Vaz's Mara, who …", "a grieving father
(Ines Vaz)"), beside the same shapes about films, places and people merely mentioned,
which must give no one."""

import pytest

from tests.imports.test_cast_grid import cast_of
from tests.imports.test_fact_grid import TEXT, film_of

#: Sentences that credit a part, and the member they give.
SIGNED = {
    "X gives Y the film's N": (
        "Ines Vaz gives Mara the film's emotional spine.", ("Ines Vaz", "Mara")
    ),
    "X lends Y a quality": (
        "Ines Vaz lends Mara Holm a quiet authority.", ("Ines Vaz", "Mara Holm")
    ),
    "X gives Y a voice": (
        "Ines Vaz gives Mara a voice that warms as the winter goes on.", ("Ines Vaz", "Mara")
    ),
    "X gives Y a hangdog N": (
        "Tomas Lind gives Kessler a hangdog dignity.", ("Tomas Lind", "Kessler")
    ),
    "X's Y, who": (
        "Ines Vaz's Mara, who has buried two husbands, runs the ferry.", ("Ines Vaz", "Mara")
    ),
    "X's Y is a N": (
        "Ines Vaz's Mara Holm is a villain in outline only.", ("Ines Vaz", "Mara Holm")
    ),
    "X's Y is the film's N": (
        "Tomas Lind's Kessler is the film's conscience.", ("Tomas Lind", "Kessler")
    ),
    "X's Y does what people do": (
        "Ines Vaz's Mara learns the trade too well.", ("Ines Vaz", "Mara")
    ),
    "after a preposition, Y (X), who": (
        "The ferry belongs to Mara (Ines Vaz), who inherited it from her father.",
        ("Ines Vaz", "Mara"),
    ),
    "a described part in brackets": (
        "The story is told by a grieving father (Tomas Lind) and the village.",
        ("Tomas Lind", ""),
    ),
    "the N played by X": (
        "The soldier played by Tomas Lind is the most frightening thing in it.",
        ("Tomas Lind", ""),
    ),
    "Y (voiced by X)": ("Mara (voiced by Ines Vaz) runs the ferry.", ("Ines Vaz", "Mara")),
    "our N (voiced once again by X)": (
        "We meet our hero (voiced once again by Ines Vaz), who sings for a crowd.",
        ("Ines Vaz", ""),
    ),
    "she meets Y, a N …. X plays him": (
        "At a party she meets Kessler, a man a little older, who says he works at the"
        " Foreign Office. Tomas Lind plays him with a drawl.",
        ("Tomas Lind", "Kessler"),
    ),
    "Z meets Y, a N …. X plays him": (
        "In the park Mara meets Peter Kessler, a chatty young soldier on leave before he"
        " ships back to Algeria. Tomas Lind plays him with an easy charm.",
        ("Tomas Lind", "Peter Kessler"),
    ),
    "X lends her voice to Y": (
        "Ines Vaz lends her voice to Mara, the ferry's cat.", ("Ines Vaz", "Mara")
    ),
}  # fmt: skip


@pytest.mark.parametrize("form", SIGNED)
@pytest.mark.parametrize("kind", ["text", "html"])
def test_a_part_signed_as_a_person(form, kind):
    sentence, member = SIGNED[form]
    text = f"<p>{sentence}</p>" if kind == "html" else sentence
    assert cast_of(film_of(text, kind, "top" if kind != "html" else "end")) == [member]


#: The same shapes about films, places, things and people off screen.
UNSIGNED = {
    "gives a person a ride": "Ines Vaz gives Tomas Lind a ride home after the premiere.",
    "gives a company a film": "Ines Vaz gives Netflix its best film in years.",
    "gives a person room": "Ines Vaz gives Tomas Lind room to breathe as an actor.",
    "a director's film": "Ines Vaz's Blue Winter is the film of the summer.",
    "a director's place": "Ines Vaz's Lisbon is a city of ghosts.",
    "a film about a person": "Ines Vaz's Blue Winter is a film about a widow.",
    "a person's noun as an adjective": "Ines Vaz's Blue Winter is a widow drama.",
    "a film that runs": "Ines Vaz's Blue Winter runs two hours and feels like one.",
    "someone's own relative": "Ines Vaz's husband (Tomas Lind) produced it.",
    "a film after a preposition": "It owes a lot to Heat (Tomas Lind), a heist film.",
    "a story after a preposition": "A sequel to Blue Winter (Ines Vaz), the story of a widow.",
    "a job in brackets": "The director (Ines Vaz) and the producer (Tomas Lind) met at school.",
    "a song played by": "The song played by Ines Vaz over the credits is lovely.",
    "an instrument played by": "The piano played by Tomas Lind was her grandmother's.",
    "the voice of a generation": "Ines Vaz is the voice of a generation, and of Lisbon.",
    "the voice of a place": "Ines Vaz is the voice of Lisbon Radio in the mornings.",
    "a bracket of who directed": "The father (directed by Ines Vaz) is a mess.",
    "a song's player in brackets": "The song (played by Ines Vaz) is lovely.",
    "a post comparing two films": (
        "Side by side, the two films share little. The Korean film is the better one. "
        "Ines Vaz gives Mara a stillness that makes every eruption count."
    ),
    "a labelled teaser's title and the N (maker)": (
        "NEW ON STREAMING: Lanterns and the Sorceress (Ines Vaz) is on the player now."
    ),
    "a labelled teaser's title of the N (maker)": (
        "Also out: Return of the Kessler (Tomas Lind), a sequel nobody asked for."
    ),
    "a teaser's part": "Also out: Blue Winter, where Ines Vaz gives Mara a stubborn dignity.",
}  # fmt: skip


@pytest.mark.parametrize("form", UNSIGNED)
def test_the_same_shapes_without_a_person_give_no_one(form):
    film = film_of(f"{TEXT}\n\n{UNSIGNED[form]}", "text", "top")
    assert film.cast == []


def test_a_possessive_of_the_films_own_director_is_the_film():
    text = "Director: Ines Vaz\n\nInes Vaz's Lanterns is a villain of a film, a monster."
    film = film_of(text, "text", "top")
    assert (film.directors, film.cast) == (["Ines Vaz"], [])


@pytest.mark.parametrize(
    ("story", "cast"),
    [
        ("Mara Holm has run the ferry for years.", []),  # "Mara" or "Mara Holm"?
        ("Old Mara has run the ferry for years.", []),
        ("When Mara runs the ferry, nobody argues.", [("Ines Vaz", "Mara")]),
        ("Mara has run the ferry for years.", [("Ines Vaz", "Mara")]),
        ("Mara Vaz has run the ferry for years.", []),  # the actor is Ines Vaz
    ],
)
def test_a_loose_forms_one_word_part_the_post_names_at_more_length_is_left_out(story, cast):
    film = film_of(f"{story}\n\nInes Vaz gives Mara a stubborn dignity.", "text", "top")
    assert cast_of(film) == cast


def test_a_one_word_part_that_is_the_actors_own_first_name_is_kept():
    text = "In the park Mara meets Antoine, a chatty young soldier. Antoine Berg plays him well."
    assert cast_of(film_of(text, "text", "top")) == [("Antoine Berg", "Antoine")]


#: Shapes of the stricter forms critics stretch: adjectives with commas before "as", a
#: comma before the parts of a pair, a clause after "X is Y", a sentence's colon.
STRETCHED = {
    "X is a ADJ, ADJ N as Y": (
        "Ines Vaz is a wonderful, weary villain as Mara Holm, and the rest is noise.",
        [("Ines Vaz", "Mara Holm")],
    ),
    "X and Z are the N, Y and W": (
        "Ines Vaz and Tomas Lind are the parents, Mara and Peter Kessler, and both are fine.",
        [("Ines Vaz", "Mara"), ("Tomas Lind", "Peter Kessler")],
    ),
    "X, as a described part, walks away with it": (
        "Ines Vaz, as a relative with very strange make-up, walks away with the film.",
        [("Ines Vaz", "")],
    ),
    "X is Y, and you …": (
        "Ines Vaz is Mara Holm, and you will watch her differently the second time.",
        [("Ines Vaz", "Mara Holm")],
    ),
    "a sentence's colon, then Y, a N, played by X": (
        "She hunts the man who ruined her friend: Mara Holm, a dealer in secrets, played by"
        " Ines Vaz with oily charm.",
        [("Ines Vaz", "Mara Holm")],
    ),
    # negatives: the same stretches around no part
    "a clause after a comma before as": (
        "Ines Vaz is a director, as Tomas Lind said, of rare patience.",
        [],
    ),
    "X, as a director, walks": ("Ines Vaz, as a director, walks a fine line.", []),
    "X, as a child, makes": ("Ines Vaz, as a child, makes the film personal.", []),
    "X is, as usual, …": ("Ines Vaz is, as usual, a marvel.", []),
    "a label's colon": ("Also out: Blue Winter, played by Ines Vaz with charm.", []),
}


@pytest.mark.parametrize("form", STRETCHED)
def test_a_stretched_form(form):
    sentence, cast = STRETCHED[form]
    assert cast_of(film_of(f"{TEXT}\n\n{sentence}", "text", "top")) == cast


#: A part introduced with a description, then "X plays her/him" about someone else: the
#: actor may be read (as playing an unnamed part), never with the introduced part.
NOT_INTRODUCED = {
    "she meets Y, a N …. X plays her (the subject)": (
        "At a party she meets Kessler, a soldier on leave. Ines Vaz plays her with calm."
    ),
    "she lives with Y, a man …. X plays her": (
        "Mara lives with Kessler, a man of few words. Ines Vaz plays her with calm."
    ),
    "she moves to Y, a city …. X plays her": (
        "Mara moves to Lisbon, a city of ghosts. Ines Vaz plays her with calm."
    ),
    "he works for Y, a N who knows Z W. X plays him": (
        "Mara works for Kessler, a man who knows Tomas Lind. Hana Berg plays him well."
    ),
}


@pytest.mark.parametrize("form", NOT_INTRODUCED)
def test_him_or_her_that_may_be_someone_else_gives_no_part(form):
    film = film_of(f"{TEXT}\n\n{NOT_INTRODUCED[form]}", "text", "top")
    assert [member.character for member in film.cast if member.character] == []
