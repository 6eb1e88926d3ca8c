# ruff: noqa: RUF001  (posts use typographic quotes; the patterns must too)
"""Whose film it is, as capsules and festival dispatches say it with a possessive: "Claire
Lind's film, written by X from Y's novel, dampens …", "Ana Berg's second feature is set
over one night", "after Cristian Mungiu's 4 Months, 3 Weeks and 2 Days".

"X's film" alone says only that the film is somehow X's (a star's, a producer's): a
possessive names a director only where it cannot be another's or another film's: opening
the sentence with the film's own credit after it ("X's film, written by Y, …"), or a count
of features with a present verb ("X's second feature is …", never "X's previous film
was"); or before the reviewed film's own title, unless X is in its cast (never
"Tarkovsky's Stalker" in a review of another film, nor two makers of one title, as a
remake's review compares them). Each is a `TextFact` for the editor to confirm.
"""

import re

from imports.extracted import CastMember, TextFact
from imports.names import is_name
from imports.prose_cast import without_starters
from imports.prose_credits import NAME, is_surname
from imports.values import name_key

POSSESSIVE = r"(?:’s|'s|(?<=s)['’])"
#: A film of the same maker's other than this one: "her previous film", "his best movie".
NOT_THIS = (
    r"(?!(?:previous|last|earlier|prior|next|other|best|worst|early|later|older|latest|"
    r"greatest|finest|weakest|own)\b)"
)
KIND = r"(?:film|movie|feature|documentary|drama|dramedy|thriller|comedy|western)"
#: The film's own credit after it: "X's film, written by Y from Z's novel, …".
CREDITED = r",\s+(?:written|co-written|adapted|scripted|shot|scored|produced)\s+by\b"
#: A director's count of features: "second feature", "feature debut", "debut feature".
COUNT = (
    r"(?:(?:debut|first|second|third|fourth|fifth|sixth|seventh)\s+(?:feature|film)"
    r"|feature\s+debut)"
)
PRESENT = (
    r"\s+(?:is|isn[’']t|tells|opens|follows|feels|plays|takes|turns|begins|unfolds|keeps"
    r"|moves|centres|centers|runs|sets)\b"
)
MAKERS_FILM = re.compile(
    rf"(?:^|(?<=[.!?]\s))\W*(?P<name>{NAME}){POSSESSIVE}\s+"
    rf"(?:(?:{NOT_THIS}(?:[a-z-]+|\d{{4}}),?\s+){{0,2}}{NOT_THIS}{KIND}(?={CREDITED})"
    rf"|(?:\d{{4}}\s+)?{COUNT}(?={PRESENT}))"
)
#: A sentence that sets the film beside another: its maker may be the other film's.
COMPARED = re.compile(r"\b(?:unlike|than|original|remake|version|compared|homage|after\s+all)\b")


def makers_facts(text, sentence_of):
    """The directors whose film `text`'s sentences open with, as `TextFact`s."""
    return [
        TextFact("directors", name, sentence_of(text, match.start()))
        for match in MAKERS_FILM.finditer(text)
        if is_person(name := without_starters(match.group("name")))
    ]


def is_makers_film(sentence):
    """Whether `sentence` opens with "X's film" as its subject: it is about this film."""
    return bool(MAKERS_FILM.match(sentence))


#: What a part does after its name, never what a film is: "… Logan is working as", "who".
ACTING = re.compile(r"\s+(?:(?:is|was|has\s+been)\s+(?-i:[a-z]+ing)\b|who\b)")


def title_makers(texts, title, sentence_of, *, cast=()):
    """ "Cristian Mungiu's 4 Months, 3 Weeks and 2 Days": whose the reviewed film is, when
    one person's possessive comes before its title, in sentences that compare nothing, and
    that person is none of `cast` (names; "Tom Lind's Night Ferry" may be its star's)."""
    if len(title) < 3:
        return []
    titled = re.compile(rf"(?P<name>{NAME}){POSSESSIVE}\s+[*_“\"]?{re.escape(title)}(?![\w-])")
    found = []
    for text in texts:
        for match in titled.finditer(text):
            sentence = sentence_of(text, match.start())
            name = without_starters(match.group("name"))
            acts = any(name.split()[-1] == actor.split()[-1] for actor in cast if actor.split())
            if ACTING.match(text, match.end()):
                continue  # "Hugh Jackman's Logan is working as a driver": a part, acting
            if is_person(name) and not acts and not COMPARED.search(sentence.casefold()):
                found.append(TextFact("directors", name, sentence))
    return found if len({fact.value for fact in found}) == 1 else []


def is_person(name):
    """A name in full, or a surname the post may name in full elsewhere (`in_full`)."""
    return is_name(name, strict=True) or is_surname(name)


def actors_of(film, told):
    """The actors `film` lists and `told` names, but for a part named as the film ("Ana
    Berg's Night Ferry" reads as an actor's part too)."""
    actors = [member.name for member in film.cast]
    return actors + [
        fact.value.name
        for fact in told
        if isinstance(fact.value, CastMember)
        and name_key(fact.value.character or "") != name_key(film.title)
    ]
