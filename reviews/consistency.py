"""One consistency checker for reviews, for the admin and the importer alike.

What it finds are warnings, never errors: saving stays allowed. The admin stores them on the
review when it is saved (`review_check`), so the changelist's "has warnings" filter and the
editors' desk read a column instead of checking every row again. The importer, which has the
whole catalogue in memory, asks `uncredited_people` with its own index of people.
"""

import html
import re
import unicodedata
from dataclasses import asdict, dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.html import strip_tags

from reviews.models import Credit, Criterion, Person, Review
from reviews.richtext import BLOCK_END

#: How far the final rating may be from the criteria's mean.
RATING_TOLERANCE = Decimal(1)
MAX_NAMES_REPORTED = 10
#: Candidate names looked up at once (a long text makes thousands; databases cap parameters).
PHRASES_PER_QUERY = 2000
#: A word that may be part of a name: a letter, then letters, apostrophes, dots, hyphens.
WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
#: "Directed by X", "Director: X": a name of two to four words, on one line.
DIRECTED_BY = re.compile(
    r"\b(?:[Dd]irected by|[Dd]irector:?)\s+(?P<name>[A-Z][\w'\u2019.-]*"
    r"(?:[^\S\n]+(?:[A-Z][\w'\u2019.-]*|de|da|del|van|von|la|le)){1,3})"
)


@dataclass(frozen=True)
class Finding:
    """A warning about a review: its `code`, the form `field` it is shown beside, its words."""

    code: str
    field: str
    message: str


def name_key(name):
    """A name reduced for matching: no accents, case, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain.casefold() if c.isalnum())


class CataloguePeople:
    """The catalogue's people a text names, found with a query over the names it could be
    (one per PHRASES_PER_QUERY of them: one for any review of ordinary length).

    The importer's `PeopleIndex` answers the same question from memory.
    """

    def named_in(self, text):
        """People whose full name (two to four words, capitalised) appears in `text`."""
        words = [re.sub(r"['\u2019]s$", "", word).rstrip(".-") for word in WORD.findall(text)]
        phrases = {
            " ".join(words[start : start + size])
            for start, word in enumerate(words)
            if word[:1].isupper()
            for size in (2, 3, 4)
        }
        phrases = sorted(phrases)
        return [
            person
            for start in range(0, len(phrases), PHRASES_PER_QUERY)
            for person in Person.objects.filter(
                name__in=phrases[start : start + PHRASES_PER_QUERY]
            ).only("pk", "name")
        ]


def body_lines(body):
    """The body as plain text, a line per block, so that no name runs into the next block."""
    return html.unescape(strip_tags(BLOCK_END.sub("\n", body)))


def uncredited_people(*, text, credited_ids, people):
    """The people of `people` (an index with `named_in`) named in `text` but not credited."""
    return [person for person in people.named_in(text) if person.pk not in credited_ids]


def uncredited_message(film, named):
    names = ", ".join(person.name for person in named[:MAX_NAMES_REPORTED])
    return f"The text names people of the catalogue not credited on {film}: {names}."


def review_findings(review: Review, *, people=None) -> list[Finding]:
    """Everything that looks inconsistent in a saved review; four or five queries."""
    film = review.film
    findings = rating_findings(review)
    if film is None:  # a draft whose film is to confirm: the film's checks wait for it
        message = "The review has no film yet: choose it before the review leaves draft."
        return [*findings, Finding("no_film", "film", message)]
    credits = list(Credit.objects.filter(film=film).select_related("person"))
    text = "\n".join([review.standfirst, body_lines(review.body), review.verdict])
    if film.release_year is None:
        findings.append(Finding("film_year", "film", f"{film} has no year: add it to the film."))
    named = uncredited_people(
        text=text, credited_ids={c.person_id for c in credits}, people=people or CataloguePeople()
    )
    if named:
        findings.append(Finding("uncredited", "body", uncredited_message(film, named)))
    findings += director_findings(text, credits)
    return findings


def rating_findings(review):
    scores = list(review.scores.all())
    findings = []
    if review.rating_disagrees_with_scores(RATING_TOLERANCE):
        findings.append(
            Finding(
                "rating",
                "rating",
                f"The final rating {review.rating} is more than {RATING_TOLERANCE} from the "
                f"criteria average {review.criteria_average()}.",
            )
        )
    scored = {score.criterion_id for score in scores}
    if scored and review.kind == Review.Kind.REVIEW:
        missing = Criterion.objects.filter(is_default=True).exclude(pk__in=scored)
        if names := [criterion.name for criterion in missing]:
            message = f"Criteria left unscored: {', '.join(names)}."
            findings.append(Finding("unscored", "rating", message))
    return findings


def director_findings(text, credits):
    directors = {name_key(c.person.name) for c in credits if c.role == Credit.Role.DIRECTOR}
    if not directors:
        return []
    credited = ", ".join(c.person.name for c in credits if c.role == Credit.Role.DIRECTOR)
    named = {match.group("name").rstrip(".,") for match in DIRECTED_BY.finditer(text)}
    return [
        Finding(
            "director",
            "body",
            f"The text names {name} as director; the film's credits name {credited}.",
        )
        for name in sorted(named)
        if name_key(name) not in directors
    ]


def review_check(*, review: Review, people=None) -> list[Finding]:
    """Check `review` and store what was found on it, without counting as an edit."""
    findings = review_findings(review, people=people)
    stored = [asdict(finding) for finding in findings]
    with transaction.atomic():
        # An UPDATE, not save(): no signal, no new updated_at, no page cache cleared.
        Review.objects.filter(pk=review.pk).update(consistency_warnings=stored)
    review.consistency_warnings = stored
    return findings
