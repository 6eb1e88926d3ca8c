"""An info line the review's own text contradicts: its people (and countries) are set aside.

Pages copied from aggregator sites often carry a facts line ("Director: … Cast: …") filled
in for another film of the same title, while the text reviews the right one. The text is
what the reviewer wrote, so where the two disagree the text is believed: the info line's
people and countries are not applied but set aside, listed as "not applied: contradicted
by the text" for an editor to add if it is the text that is wrong, and the film is made
from what the text supports (its sentences fill the blank credits, marked as read from
the text). The film's identity (`identity`) still weighs the info line's people.

It takes plain disagreement, never mere silence (a review need not name its cast):

- the text says the film is "directed by" someone the info line does not name, in a
  sentence about this film; or
- the text gives at least `TEXT_CAST_MINIMUM` people as the cast ("X plays Y", "starring
  X") and none of them is in the info line's cast;

and, in both cases, the text mentions none of the info line's directors and cast, by full
name or by one of their names: a text that names them agrees with the line somewhere.
"""

from imports.evidence import words_key
from imports.prose import THIS_FILM, prose_facts
from imports.prose_co_directors import is_co_director
from imports.values import name_key

#: How many people the text must give as the cast, none in the info line, to contradict it.
TEXT_CAST_MINIMUM = 2
#: What a contradicted info line loses, by film fact: its people, and its countries, which
#: are the other film's too. Its genres stay: they say what kind of film it is, which a
#: film of the same title mixed up with it nearly always shares.
SET_ASIDE_FACTS = (
    "countries",
    "directors",
    "writers",
    "cast",
    "cinematographers",
    "composers",
    "editors",
    "producers",
)
#: Words of a name too short or too common to show that the text mentions the person.
NAME_PARTICLES = frozenset(
    ["de", "da", "del", "van", "von", "la", "le", "di", "du", "der", "den", "bin", "al", "el"]
)


def text_facts(blocks):
    """The facts the body's sentences state (headings left out), as `prose_facts` reads them."""
    return [
        fact
        for tag, text, _ in blocks
        if tag not in ("h2", "h3")
        for part in ([text] if isinstance(text, str) else text)
        for fact in prose_facts(part)
    ]


def is_mentioned(name, words) -> bool:
    """Whether the text (as `words_key` has it) names `name`, in full or by one of its names
    ("Wenders", "Yakusho"): a mention, however brief, is not a contradiction."""
    if words_key(name) in words:
        return True
    parts = words_key(name).split()
    return any(
        len(part) >= 3 and part.casefold() not in NAME_PARTICLES and f" {part} " in words
        for part in parts
    )


def is_about_film(sentence, title) -> bool:
    """Whether `sentence` is about the reviewed film: it names it or says "the film", "it"."""
    lowered = sentence.casefold()
    return bool(title and title.casefold() in lowered) or bool(THIS_FILM.search(lowered))


def contradiction(film, blocks, text) -> str:
    """Why the text contradicts the info line's people (`film`: its FilmFacts), or ""."""
    listed = [*film.directors, *(member.name for member in film.cast)]
    if not listed:
        return ""
    words = words_key(text)
    if any(is_mentioned(name, words) for name in listed):
        return ""  # (before reading the sentences, which takes time on a long text)
    facts = text_facts(blocks)
    info_directors = {name_key(name) for name in film.directors}
    directed = {
        fact.value
        for fact in facts
        if fact.fact == "directors"
        and not is_co_director(fact)  # one who shared the direction contradicts no one
        and name_key(fact.value) not in info_directors
        and is_about_film(fact.sentence, film.title)
    }
    if film.directors and directed:
        return (
            f"the text says it is directed by {', '.join(sorted(directed))}, the info line "
            f"names {', '.join(film.directors)}"
        )
    info_cast = {name_key(member.name) for member in film.cast}
    cast = {
        fact.value.name
        for fact in facts
        if fact.fact == "cast" and name_key(fact.value.name) not in info_cast
    }
    if film.cast and len({name_key(name) for name in cast}) >= TEXT_CAST_MINIMUM:
        return (
            f"the text gives {', '.join(sorted(cast))} as the cast and never mentions the "
            "info line's people"
        )
    return ""


def set_aside_facts(film) -> dict[str, list[str]]:
    """Take the people and countries off `film` (FilmFacts): what was taken, by fact."""
    taken = {}
    for fact in SET_ASIDE_FACTS:
        values = getattr(film, fact)
        if values:
            taken[fact] = [getattr(value, "name", value) for value in values]
            setattr(film, fact, [])
    return taken


def set_aside_text(set_aside) -> str:
    """The set-aside credits in a phrase: "directors: A; cast: B, C"."""
    return "; ".join(f"{fact}: {', '.join(names)}" for fact, names in set_aside.items())


class ContradictedMixin:
    """The `Extractor` step that sets aside an info line its text contradicts, before the
    text's sentences fill the blanks (`ProseMixin.facts_in_text`)."""

    def contradicted_set_aside(self):
        review = self.review
        why = contradiction(review.film, self.blocks, review.text)
        if not why:
            return
        review.set_aside = set_aside_facts(review.film)
        self.warn(
            f"Not applied: contradicted by the text ({why}). Set aside: "
            f"{set_aside_text(review.set_aside)}. An editor may add them if the text is wrong."
        )
