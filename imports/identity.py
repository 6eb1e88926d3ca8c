"""Which film a document is about, decided from all its evidence weighed together.

Every catalogue film the document's title could name (its title, original title, or the
title after a franchise prefix: "From the World of John Wick: Ballerina" for "Ballerina") is
a candidate. Each earns points for what agrees with it (year, directors, cast, characters,
studios, country, a franchise the text mentions, catalogue people the text names) and
loses some for what does not, each with a reason an editor can read. Some disagreements rule
a film out: another year, or directors credited elsewhere and not on it.

The decision is one of three: attach the review to the best film when nothing rules it out
and no other comes close; create a new film when no candidate survives; or leave it
undecided ("film to confirm") when the evidence is split, when the document contradicts
itself (its info line names one film's people, its text another's), or when a film that
was ruled out shares the document's people: the importer never guesses. Nor does it make
a film under a weak title (a headline the text never names, a phrase guessed from the
text: `imports.title_strength`): that too is left undecided, with no film ("title to
confirm").
"""

from dataclasses import dataclass, field

from imports.evidence import (
    Evidence,
    evidence_read,
    film_title,
    same_people_films,
    title_variants,
    words_key,
)
from imports.title_strength import title_readings, title_strength
from imports.values import name_key
from reviews.models import Film

ATTACH, CREATE, UNDECIDED = "attach", "create", "undecided"
#: A film needs this many points more than the next one to be chosen over it.
MARGIN = 3
#: A film ruled out by one fact but with this many points for it is left to the editor.
STRONG = 8
#: A film found by a title variant only needs other evidence too: at least these points.
VARIANT_MINIMUM = 5
#: Points for each kind of agreement (or disagreement, when negative).
POINTS = {
    "title": 3,
    "title variant": 2,
    "other title": 0,
    "year": 3,
    "year close": -2,
    "director": 4,
    "cast": 2,
    "cast elsewhere": -3,
    "character": 1,
    "named": 2,
    "named elsewhere": -1,
    "franchise": 3,
    "other franchise": -1,
    "studio": 1,
    "country": 1,
    "other country": -1,
}
#: At most this many people (or characters) count towards one kind of evidence.
MAX_COUNTED = 3


@dataclass
class Candidate:
    """A catalogue film the document may be about, and what speaks for and against it."""

    film: Film
    score: int = 0
    evidence_for: list[str] = field(default_factory=list)
    evidence_against: list[str] = field(default_factory=list)
    is_ruled_out: bool = False
    is_title_variant: bool = False  # found by the end of its title only
    is_other_title: bool = False  # found by its director and year: never attached unasked
    shares_people: bool = False  # the document's director or cast are credited on it

    def agrees(self, kind, reason, times=1):
        self.score += POINTS[kind] * min(times, MAX_COUNTED)
        self.evidence_for.append(reason)

    def disagrees(self, kind, reason, times=1, *, rules_out=False):
        self.score += POINTS.get(kind, 0) * min(times, MAX_COUNTED)
        self.evidence_against.append(reason)
        self.is_ruled_out = self.is_ruled_out or rules_out

    def as_data(self) -> dict:
        """What the admin preview and the "film to confirm" record keep of it (JSON)."""
        return {
            "film_id": self.film.pk,
            "film": str(self.film),
            "score": self.score,
            "for": self.evidence_for,
            "against": self.evidence_against,
            "ruled_out": self.is_ruled_out,
        }


@dataclass
class Identity:
    """The decision: attach to `film`, create a new film, or undecided (film to confirm)."""

    decision: str
    film: Film | None = None  # attached to; when undecided, the leading film, provisionally
    title: str = ""  # the film's title as the document gives it, without "(draft)" and such
    candidates: list[Candidate] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # why, in sentences for the editor
    lookalikes: list[str] = field(default_factory=list)  # other titles, same people
    #: Undecided with no film: the document's title is too weak to make one under
    #: (`imports.title_strength`); the titles it could name, best first, for the editor.
    titles: list[str] = field(default_factory=list)

    @property
    def is_title_to_confirm(self) -> bool:
        return self.decision == UNDECIDED and self.film is None

    def candidates_data(self) -> list[dict]:
        return [candidate.as_data() for candidate in self.candidates]


def names(keys, people_by_key) -> str:
    return ", ".join(sorted(people_by_key[key] for key in keys))


def candidate_score(film, title, evidence: Evidence, *, is_other_title) -> Candidate:
    """How far `film`, found by `title` (or else by its people), agrees with the evidence."""
    candidate = Candidate(film, is_other_title=is_other_title)
    score_title(candidate, title)
    score_year(candidate, evidence)
    score_directors(candidate, evidence)
    score_cast(candidate, evidence)
    score_place(candidate, evidence)
    return candidate


def score_title(candidate, title):
    film = candidate.film
    if candidate.is_other_title:
        candidate.disagrees("other title", f"Its title is “{film.title}”, not “{title}”.")
    elif name_key(title) in {name_key(film.title), name_key(film.original_title)} - {""}:
        candidate.agrees("title", f"Its title is “{title}”.")
    elif name_key(film.title) in title_variants(title):
        candidate.is_title_variant = True
        reason = f"The document's title “{title}” ends in its title “{film.title}”."
        candidate.agrees("title variant", reason)
    else:
        candidate.is_title_variant = True
        reason = f"Its title “{film.title}” ends in the document's “{title}”."
        candidate.agrees("title variant", reason)


def score_year(candidate, evidence):
    year, film_year = evidence.year, candidate.film.release_year
    if not year or not film_year:
        return
    if year == film_year:
        candidate.agrees("year", f"It is from {year}, as the document says.")
    elif abs(year - film_year) == 1:
        candidate.disagrees("year close", f"The document says {year}; it is from {film_year}.")
    else:
        reason = f"The document says {year}; it is from {film_year}."
        candidate.disagrees("year", reason, rules_out=True)


def score_directors(candidate, evidence):
    if not evidence.directors:
        return
    film = candidate.film
    credited = {name_key(person.name): person.name for person in film.directors()}
    if shared := evidence.directors.keys() & credited.keys():
        candidate.shares_people = True
        candidate.agrees(
            "director", f"Directed by {names(shared, credited)}, as the document says."
        )
    elif credited:
        said = names(evidence.directors, evidence.directors)
        where = elsewhere(evidence.directors, film, evidence)
        theirs = names(credited, credited)
        reason = f"The document names {said}{where} as director; it is directed by {theirs}."
        candidate.disagrees("director", reason, rules_out=True)


def score_cast(candidate, evidence):
    film = candidate.film
    credits = film.cast_credits()
    credited = {name_key(credit.person.name): credit.person.name for credit in credits}
    if shared := evidence.cast.keys() & credited.keys():
        candidate.shares_people = True
        reason = f"{names(shared, credited)} in its cast, as in the document."
        candidate.agrees("cast", reason, times=len(shared))
    elif evidence.cast and credited:
        where = elsewhere(evidence.cast, film, evidence)
        said = names(evidence.cast, evidence.cast)
        reason = f"None of the document's cast ({said}) is in its cast{where}."
        candidate.disagrees("cast elsewhere", reason, rules_out=bool(where))
    characters = {name_key(c.character): c.character for c in credits if c.character}
    if shared := evidence.characters & characters.keys():
        reason = f"Its characters {names(shared, characters)}, as in the document's cast."
        candidate.agrees("character", reason, times=len(shared))


def elsewhere(keys, film, evidence) -> str:
    """ " (credited on X)" for the films other than `film` the people of `keys` are credited on."""
    films = set().union(*(evidence.films_of.get(key, set()) for key in keys)) - {film.pk}
    if not films:
        return ""
    return " (credited on " + ", ".join(sorted(evidence.film_names[pk] for pk in films)) + ")"


def score_text(candidate, evidence, named_on):
    """The catalogue people, characters and franchises the text names."""
    film = candidate.film
    person_ids = {credit.person_id for credit in film.credits.all()}
    if here := sorted(p.name for p in evidence.named if p.pk in person_ids):
        candidate.agrees("named", f"The text names {', '.join(here)}, credited on it.", len(here))
    away = sorted(p.name for p in evidence.named if p.pk not in person_ids and named_on[p.pk])
    if away:
        reason = f"The text names {', '.join(away)}, credited on another candidate and not on it."
        candidate.disagrees("named elsewhere", reason, len(away))
    characters = sorted(
        {c.character for c in film.cast_credits() if c.character and c.character != film.title}
    )
    if seen := [name for name in characters if words_key(name) in evidence.words]:
        reason = f"The text names its characters {', '.join(seen)}."
        candidate.agrees("character", reason, len(seen))
    if film.franchise_id in evidence.franchises:
        name = evidence.franchises[film.franchise_id]
        candidate.agrees(
            "franchise", f"The text mentions the {name} franchise, which it is part of."
        )
    elif evidence.franchises:
        mentioned = ", ".join(sorted(evidence.franchises.values()))
        candidate.disagrees(
            "other franchise", f"The text mentions {mentioned}; it is not part of it."
        )


def score_place(candidate, evidence):
    film = candidate.film
    if evidence.studios & {studio.name.casefold() for studio in film.studios.all()}:
        candidate.agrees("studio", "A studio the document names made or released it.")
    codes = {country.code for country in film.countries.all()}
    if not evidence.countries or not codes:
        return
    if evidence.countries & codes:
        candidate.agrees("country", "It comes from the country the document names.")
    else:
        said, its = ", ".join(sorted(evidence.countries)), ", ".join(sorted(codes))
        candidate.disagrees(
            "other country", f"The document says it comes from {said}; it is from {its}."
        )


def film_identify(extracted, *, catalogue) -> Identity:
    """Which film `extracted` is about: see the module's docstring."""
    title = film_title(extracted.film.title)
    evidence = evidence_read(extracted, catalogue=catalogue)
    keys = title_variants(title) | title_variants(extracted.film.title)
    by_title = catalogue.film_ids_by_keys(keys)
    films = list(
        Film.objects.filter(pk__in=by_title | same_people_films(evidence))
        .select_related("franchise")
        .prefetch_related("credits__person", "studios", "countries")
        .order_by("pk")
    )
    named_on = {
        person.pk: {f.pk for f in films if any(c.person_id == person.pk for c in f.credits.all())}
        for person in evidence.named
    }
    candidates = []
    for film in films:
        candidate = candidate_score(film, title, evidence, is_other_title=film.pk not in by_title)
        score_text(candidate, evidence, named_on)
        candidates.append(candidate)
    candidates.sort(key=lambda candidate: (-candidate.score, candidate.film.pk))
    identity = decide(candidates, self_contradictions(evidence, candidates))
    identity.title = title
    if identity.decision == CREATE and (strength := title_strength(extracted)).is_weak:
        return Identity(
            UNDECIDED,
            title=title,
            candidates=candidates,
            reasons=[strength.why, *identity.reasons],
            titles=title_readings(extracted),
        )
    if identity.decision == CREATE:
        identity.lookalikes = lookalikes(evidence, candidates)
    return identity


def decide(candidates, contradictions) -> Identity:
    """Attach, create or leave undecided (see the module's docstring), and why."""
    leader = candidates[0].film if candidates else None
    if contradictions and candidates:
        return Identity(UNDECIDED, leader, candidates=candidates, reasons=contradictions)
    eligible = [c for c in candidates if not c.is_ruled_out and not c.is_other_title]
    if not eligible:
        if doubt := doubtful_candidate(candidates):
            return Identity(
                UNDECIDED, doubt.film, candidates=candidates, reasons=[doubt_text(doubt)]
            )
        return Identity(CREATE, candidates=candidates, reasons=contradictions)
    best, *others = eligible
    if others and best.score - others[0].score < MARGIN:
        split = " and ".join(f"{c.film} (#{c.film.pk}, {c.score} points)" for c in eligible[:2])
        reason = f"The evidence is split between {split}."
        return Identity(UNDECIDED, best.film, candidates=candidates, reasons=[reason])
    if best.is_title_variant and best.score < VARIANT_MINIMUM:
        reason = (
            f"Only the end of its title links the document to {best.film} (#{best.film.pk}): "
            "it may be another film."
        )
        return Identity(UNDECIDED, best.film, candidates=candidates, reasons=[reason])
    return Identity(ATTACH, best.film, candidates=candidates)


def doubtful_candidate(candidates) -> Candidate | None:
    """A film the evidence neither rules in nor out: another title but the document's
    director and year; or ruled out, but with the document's people or much else for it."""
    for candidate in candidates:
        if candidate.is_other_title or candidate.shares_people or candidate.score >= STRONG:
            return candidate
    return None


def doubt_text(candidate) -> str:
    film, against = candidate.film, " ".join(candidate.evidence_against)
    return f"Is it {film} (#{film.pk})? {' '.join(candidate.evidence_for)} But: {against}"


def self_contradictions(evidence, candidates) -> list[str]:
    """Where the document's info line and its text name different films' people."""
    reasons = []
    info, text = evidence.directors, evidence.text_directors
    # Only a text director the catalogue credits on a candidate counts: "directed by" may be
    # about another film the text compares it with.
    directed = [{name_key(p.name) for p in c.film.directors()} for c in candidates]
    is_candidates = any(text.keys() & keys and not info.keys() & keys for keys in directed)
    if info and text and not info.keys() & text.keys() and is_candidates:
        reasons.append(
            f"the info line names {names(info, info)} as director, the text says it is "
            f"directed by {names(text, text)}"
        )
    info_films = set().union(*evidence.films_of.values()) & {c.film.pk for c in candidates}
    by_pk = {candidate.film.pk: candidate.film for candidate in candidates}
    text_films = {
        credit.film_id
        for candidate in candidates
        for credit in candidate.film.credits.all()
        if credit.person_id in {person.pk for person in evidence.named}
    }
    if info_films and text_films and not info_films & text_films:
        said = ", ".join(str(by_pk[pk]) for pk in sorted(info_films))
        named = ", ".join(str(by_pk[pk]) for pk in sorted(text_films))
        reasons.append(
            f"the info line's people are credited on {said}, the people its text names on {named}"
        )
    return [f"Its info line contradicts its text: {'; '.join(reasons)}."] if reasons else []


def lookalikes(evidence, candidates) -> list[str]:
    """Catalogue films of another title crediting the document's director and cast."""
    shown = {candidate.film.pk for candidate in candidates}
    directed = set().union(*(evidence.films_of.get(key, set()) for key in evidence.directors))
    cast = [evidence.films_of.get(key, set()) for key in evidence.cast]
    found = []
    for pk in sorted(set(evidence.film_names) - shown):
        cast_count = sum(pk in films for films in cast)
        if (pk in directed and cast_count) or cast_count >= 2:
            found.append(f"{evidence.film_names[pk]} (#{pk})")
    return found
