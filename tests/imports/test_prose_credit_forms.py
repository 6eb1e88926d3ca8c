# ruff: noqa: RUF001  (the documents use typographic quotes)
"""More sentence forms of the crew a review names only in prose, beside the grid
(`test_prose_credit_grid.py`): where the film comes from ("an adaptation of the story by
X", "from a story by X", "story by X" in brackets), writers named before the verb ("X and
Y credited on the screenplay", "X and his co-writer Y"), siblings sharing a surname, a
cinematographer between commas, "X produced." alone, a post's facts after a bold label.
Each positive has nearby negatives: another work's credit, a reading, a series' theme,
a song's performer, a name with no one to share a surname with."""

import pytest

from imports.documents import extract

FILLER = "The harbour is grey and wet all winter, and the ferry is always late."
CREW = ("directors", "writers", "cinematographers", "composers", "editors", "producers")


def credits_of(paragraph):
    film = extract(f"Night Ferry\n\n{paragraph}\n\n{FILLER}\n").film
    return {role: getattr(film, role) for role in CREW if getattr(film, role)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Where the film comes from: its author is a writer.
        ("It is Ana Berg's adaptation of the story by Tomas Lind.", ["Tomas Lind"]),
        ("The film, an adaptation of the play by Tomas Lind, keeps to one room.", ["Tomas Lind"]),
        ("The film is an adaptation of Tomas Lind's novel.", ["Tomas Lind"]),
        ("The film comes from a story by Tomas Lind.", ["Tomas Lind"]),
        ("The film is drawn from the memoir by Tomas Lind.", ["Tomas Lind"]),
        ("The film is based on the play by Tomas Lind.", ["Tomas Lind"]),
        ("The film is based on the book Cold Harbour by Tomas Lind.", ["Tomas Lind"]),
        ("The film is based on the novel *Cold Harbour* by Tomas Lind.", ["Tomas Lind"]),
        ("It is adapted from the memoir “The Long Winter” by Tomas Lind.", ["Tomas Lind"]),
        ("The film (story by Tomas Lind) drifts along.", ["Tomas Lind"]),
        (
            "The film was written by Omar Salim, from a story by Tomas Lind.",
            ["Omar Salim", "Tomas Lind"],
        ),
        # Writers named before the verb, and a director's co-writer.
        ("Directed by Ana Berg, with Tomas Lind credited on the screenplay.", ["Tomas Lind"]),
        ("Tomas Lind and Omar Salim are credited with the script.", ["Tomas Lind", "Omar Salim"]),
        (
            "It's that Ana Berg and her co-writer Tomas Lind lean on symbols.",
            ["Ana Berg", "Tomas Lind"],
        ),
        (
            "Ana Berg keeps it light. Instead, Berg and co-writer Tomas Lind build a farce.",
            ["Ana Berg", "Tomas Lind"],
        ),
        ("Ana Berg, who wrote the story as well as directing, shot in Bergen.", ["Ana Berg"]),
        # Siblings sharing a surname, when the post calls them so.
        (
            "The film is written by Pia and Omar Storm. The Storm sisters grew up on ferries.",
            ["Pia Storm", "Omar Storm"],
        ),
        (
            "It was adapted by Pia and Omar Storm, and the Storms know the coast.",
            ["Pia Storm", "Omar Storm"],
        ),
    ],
)
def test_a_writer_in_prose(sentence, expected):
    assert sorted(credits_of(sentence).get("writers", [])) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the film's premiere, Ana Berg read from a story by Tomas Lind.",
        "Her next project is an adaptation of the novel by Tomas Lind.",
        "Tomas Lind is credited with the screenplay of Old Harbour.",
        "Ana Berg and her co-writer Tomas Lind made Old Harbour in 2001.",
        "Ana Berg and her co-writer Tomas Lind wrote Old Harbour together.",
        "The heroine, a novelist, argues with her co-writer on the phone all night.",
        "Ana Berg, who wrote the story of the ferry, lives in Bergen.",
        "A story by Tomas Lind in a magazine gave her the idea for Old Harbour.",
        "Her next film is based on the book Cold Harbour by Tomas Lind.",
    ],
)
def test_no_writer_from_another_work_or_a_reading(sentence):
    assert "writers" not in credits_of(sentence)


def test_two_people_sharing_a_surname_need_the_post_to_say_they_are_family():
    # "Storm" alone could be a surname of someone the post never names in full.
    assert credits_of("The film is written by Pia and Omar Storm.")["writers"] == ["Omar Storm"]
    assert credits_of("It was written by Storm and Omar Salim.")["writers"] == ["Omar Salim"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ana Berg and her cinematographer, Pia Storm, shoot it in long takes.",
            {"cinematographers": ["Pia Storm"]},
        ),
        (
            "Ana Berg and his director of photography, Pia Storm, frame it from doorways.",
            {"cinematographers": ["Pia Storm"]},
        ),
        (
            "The film was shot by Pia Storm, with additional photography by Omar Salim.",
            {"cinematographers": ["Pia Storm", "Omar Salim"]},
        ),
        ("The film is quiet. Pia Storm produced.", {"producers": ["Pia Storm"]}),
        ("The film is quiet. Pia Storm produced; Bergen paid.", {"producers": ["Pia Storm"]}),
        (
            "Lena Holt's score pounds away, building on Tomas Lind's theme with a choir.",
            {"composers": ["Lena Holt"]},
        ),
        ("Lena Holt's themes return in the chase.", {"composers": ["Lena Holt"]}),
        (
            "The rhythm is set by Lena Holt, whose solo drum score never stops.",
            {"composers": ["Lena Holt"]},
        ),
        (
            "Pia Storm, whose cinematography keeps it legible, deserves a prize.",
            {"cinematographers": ["Pia Storm"]},
        ),
        (
            "Writer-director Ana Berg (Old Harbour) tells the story in chapters.",
            {"directors": ["Ana Berg"], "writers": ["Ana Berg"]},
        ),
        (
            "**The basics for newcomers:** directed by Ana Berg, it runs long.",
            {"directors": ["Ana Berg"]},
        ),
        (
            "Quick facts: written and directed by Ana Berg.",
            {"directors": ["Ana Berg"], "writers": ["Ana Berg"]},
        ),
    ],
)
def test_crew_in_prose(sentence, expected):
    assert credits_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg and her cinematographer, a newcomer, shoot it in long takes.",
        "Tomas Lind's famous theme returns for the chase.",
        "It quotes Tomas Lind's theme in the finale.",
        "The chase is built on Tomas Lind's theme.",
        "He cannot get Boney M's song out of his head.",
        "Lena Holt, whose score for Old Harbour won prizes, is absent here.",
        "Mara Holm, whose music box plays at night, is the heroine.",
        "Mara Holm's music teacher is cruel.",
        "Writer-director Ana Berg made Old Harbour in 2001.",
        "Pia Storm produced the remake in 2019.",
        "The man Pia Storm produced was a fraud.",
        "Also out this week: Old Harbour, directed by Ana Berg.",
        "My neighbour: directed by nobody, it ran on and on.",
    ],
)
def test_no_crew_from_a_theme_a_song_a_remake_or_a_teaser(sentence):
    assert credits_of(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Claire Lind's film, written by Omar Salim from Tomas Lind's novel, dampens the fun.",
            {"directors": ["Claire Lind"], "writers": ["Omar Salim", "Tomas Lind"]},
        ),
        (
            "Eva Berg's film, adapted by Omar Salim from a Tomas Lind novel, is a costume drama.",
            {"directors": ["Eva Berg"], "writers": ["Omar Salim", "Tomas Lind"]},
        ),
        ("Ana Berg's second feature is set over one night.", {"directors": ["Ana Berg"]}),
        (
            "Pia Storm keeps it tight. Storm's debut feature tells it in two registers.",
            {"directors": ["Pia Storm"]},
        ),
        ("Ana Berg’s feature debut follows three strangers.", {"directors": ["Ana Berg"]}),
        (
            "The press came out after Ana Berg's Night Ferry and nobody talked of parties.",
            {"directors": ["Ana Berg"]},
        ),
        (
            "In this adaptation of the Tomas Lind novel Night Ferry, the cold never lifts.",
            {"writers": ["Tomas Lind"]},
        ),
    ],
)
def test_whose_film_a_possessive_says_it_is(sentence, expected):
    assert credits_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg's previous film was louder.",
        "Ana Berg's best film is still Old Harbour.",
        "Ana Berg's film was a hit in 1990, and this one is not.",
        "Ana Berg's film is a quiet one.",
        "Ana Berg's 2003 drama follows three strangers.",
        "Ana Berg's second film was a flop.",
        "Ana Berg plays Mara Holm. Ana Berg's Night Ferry is hers from the first scene.",
        "In Ana Berg's film the ferry sinks.",
        "Unlike Tomas Lind's Night Ferry, this remake is short.",
        "Tomas Lind's Night Ferry is longer than Ana Berg's Night Ferry.",
        "Ana Berg's Old Harbour is a better film.",
        "The film is based on the Harbour Gazette story about the ferry.",
        "It's a film, in its way, and it works.",
    ],
)
def test_no_director_from_another_film_or_a_comparison(sentence):
    assert credits_of(sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "This episode is produced by Ana Berg and edited by Omar Salim.",
        "The podcast is produced by Ana Berg.",
        "This newsletter is edited by Ana Berg.",
        "Hosted by Ana Berg, with music by Omar Salim for the show.",
        "Our theme music is by Omar Salim.",
        "Intro music by Omar Salim.",
        "The subtitles, translated by Omar Salim, are excellent.",
        "Reviewed by Ana Berg for the Harbour Gazette.",
    ],
)
def test_the_posts_own_crew_hosts_and_translators_are_not_the_films(sentence):
    assert credits_of(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The show-stopping score is by Omar Salim.", {"composers": ["Omar Salim"]}),
        ("The film's theme music is by Omar Salim.", {"composers": ["Omar Salim"]}),
        (
            "The film is produced by Ana Berg and edited by Omar Salim.",
            {"producers": ["Ana Berg"], "editors": ["Omar Salim"]},
        ),
    ],
)
def test_the_films_crew_beside_words_a_show_uses(sentence, expected):
    assert credits_of(sentence) == expected
