"""Scoring what an import made of a document against what a careful reader finds in it.

No Django here: `document_score` compares two plain dicts, so the arithmetic is tested on its
own (tests/imports/test_import_quality.py) and `import_quality.py` only has to read the
database into the same shape. The expected file's format is described in bench/README.md.

Every fact is counted once: a true positive when the import got it, a false negative when
it missed it, a false positive when it made something the document does not say (a wrong
value is both: the right one missed, a wrong one made). Precision is tp / (tp + fp) and
recall tp / (tp + fn), per kind of fact and over all of them.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from imports.values import half_step

#: Kinds of fact that are lists of names, as the expected files spell them.
NAME_KINDS = (
    "directors",
    "writers",
    "cast",
    "cinematography",
    "music",
    "editing",
    "producers",
    "studios",
    "genres",
)
#: The kinds whose names are people (the others name studios and genres).
PERSON_KINDS = NAME_KINDS[:-2]
#: Kinds of fact with one value each.
SCALAR_KINDS = ("title", "year", "runtime_minutes", "rating_0_10", "verdict")
#: Every kind, in the order the report lists them.
KINDS = (*SCALAR_KINDS[:3], *NAME_KINDS, "characters", "countries", *SCALAR_KINDS[3:], "scores")
#: A verdict counts as found when this share of its words (either way) matches.
VERDICT_OVERLAP = 0.8
#: Entities whose creation is checked against the expected facts.
ENTITIES = ("persons", "films", "genres", "studios")


def normal(text) -> str:
    """`text` without case, accents, punctuation or repeated spaces, and with hyphenated and
    apostrophised words joined (romanised Korean names are written both ways): how names,
    titles and verdicts are compared."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    joined = re.sub(r"(?<=\w)[-'\u2019](?=\w)", "", bare.casefold())  # Chung-hyun, Chunghyun
    return " ".join(re.sub(r"[^\w]+", " ", joined).split())


@dataclass
class Tally:
    """Counts over one document or many: per kind [tp, fp, fn], films, junk, misses."""

    kinds: dict = field(default_factory=lambda: {kind: [0, 0, 0] for kind in KINDS})
    documents: int = 0
    reviews_expected: int = 0
    reviews_missing: int = 0
    reviews_to_confirm: list = field(default_factory=list)  # left for the editor: which film
    non_reviews_imported: int = 0
    wrong_films: list = field(default_factory=list)
    junk: dict = field(default_factory=lambda: {entity: [] for entity in ENTITIES})
    misses: list = field(default_factory=list)  # (document, kind, "missed"/"wrong", value)

    def count(self, kind, *, tp=0, fp=0, fn=0):
        row = self.kinds.setdefault(kind, [0, 0, 0])
        row[0], row[1], row[2] = row[0] + tp, row[1] + fp, row[2] + fn

    def add(self, other):
        """Add `other`'s counts to these (a corpus's tally is the sum of its documents')."""
        for kind, (tp, fp, fn) in other.kinds.items():
            self.count(kind, tp=tp, fp=fp, fn=fn)
        self.documents += other.documents
        self.reviews_expected += other.reviews_expected
        self.reviews_missing += other.reviews_missing
        self.reviews_to_confirm += other.reviews_to_confirm
        self.non_reviews_imported += other.non_reviews_imported
        self.wrong_films += other.wrong_films
        for entity, names in other.junk.items():
            self.junk.setdefault(entity, []).extend(names)
        self.misses += other.misses
        return self

    def overall(self):
        """[tp, fp, fn] over every kind of fact."""
        return [sum(row[i] for row in self.kinds.values()) for i in range(3)]


def ratio(part, whole):
    """`part / whole`, or None when there is nothing to divide (no fact of that kind)."""
    return part / whole if whole else None


def precision_recall(tp, fp, fn):
    return ratio(tp, tp + fp), ratio(tp, tp + fn)


def entries(expected: dict) -> list[dict]:
    """The reviews a document should make: one, or a WordPress export's "posts"."""
    return expected.get("posts", [expected])


def document_score(name: str, expected: dict, got: dict, *, catalogue: bool = False) -> Tally:
    """How `got` (what the import made of document `name`) compares with `expected`; with
    no `catalogue` loaded, every film expected is a new one."""
    if not catalogue:
        expected = {**expected, "posts": [{**post, "film": "new"} for post in entries(expected)]}
    tally = Tally(documents=1)
    reviews = list(got.get("reviews", []))
    for entry in entries(expected):
        review = review_for(entry, reviews)
        if entry.get("not_a_review"):
            tally.non_reviews_imported += review is not None
            continue
        tally.reviews_expected += 1
        if review is None:
            tally.reviews_missing += 1
        facts_score(tally, name, entry, (review or {}).get("facts", {}))
        if review is not None and review.get("to_confirm"):
            tally.reviews_to_confirm.append(f"{name}: {review['film']['label']}")
        elif review is not None and is_wrong_film(entry, review):
            tally.wrong_films.append(f"{name}: {review['film']['label']}")
    tally.non_reviews_imported += len(reviews)  # reviews from posts nobody expected one of
    junk_score(tally, name, expected, got.get("created", {}))
    return tally


def review_for(entry, reviews):
    """The review made from `entry`: the one with its key (a post's GUID), else the first."""
    key = entry.get("guid")
    for review in reviews:
        if key is None or review.get("key") == key:
            reviews.remove(review)
            return review
    return None


def facts_score(tally, name, expected, got):
    """Count each kind of fact. What a catalogue film already held ("preexisting") counts
    only where the document says it too: the import did not make it, right or wrong."""
    held = got.get("preexisting", {})
    others = [kind for kind, value in {**expected, **got}.items() if is_other_names(kind, value)]
    for kind in [*KINDS, *others]:
        wanted, found = fact_values(kind, expected), fact_values(kind, got)
        old = fact_values(kind, held) - {None}
        found = (found - old) | (found & old & wanted)
        if kind in SCALAR_KINDS:
            variants = expected.get("title_variants", []) if kind == "title" else []
            right, missed, wrong = scalar_outcome(kind, wanted - {None}, found, variants)
        else:
            right = len(wanted & found)
            missed, wrong = sorted(map(str, wanted - found)), sorted(map(str, found - wanted))
        fn = min(len(missed), 1) if kind in SCALAR_KINDS else len(missed)
        tally.count(kind, tp=right, fp=len(wrong), fn=fn)
        tally.misses += [(name, kind, "missed", value) for value in missed]
        tally.misses += [(name, kind, "wrong", value) for value in wrong]


def scalar_outcome(kind, wanted, found, variants):
    """(1 if right else 0, values missed, values wrong) for a fact with one value; `wanted`
    may hold several values that are as right (a letter grade's conversions)."""
    made = next((value for value in found if value is not None), None)
    hit = made is not None and matches(kind, made, wanted | {normal(v) for v in variants})
    missed = sorted(map(str, wanted)) if wanted and not hit else []
    wrong = [str(made)] if made is not None and not hit else []
    return int(hit), missed, wrong


def is_other_names(kind, value):
    """Whether `kind` is a list of names the bench does not know (a credit role added later)."""
    return kind not in (*KINDS, "posts", "title_variants", "film") and isinstance(value, list)


def fact_values(kind, facts) -> set:
    """The comparable values of one kind of fact in `facts` (expected or made alike)."""
    value = facts.get(kind)
    if kind == "characters":
        cast = facts.get("cast") or []
        return {(normal(m["name"]), normal(m["character"])) for m in cast if m.get("character")}
    if kind == "countries":
        return {str(code).upper() for code in value or []}
    if kind == "scores":
        return {(normal(name), float(score)) for name, score in (value or {}).items()}
    if kind == "rating_0_10":
        # As the model stores a rating: 0-10 in steps of 0.5 (3½ of 4 stars, 8.75, is 9.0).
        values = value if isinstance(value, list) else [value]
        return {None if v is None else float(half_step(Decimal(str(v)))) for v in values}
    if kind in ("title", "verdict"):
        return {normal(value) if value else None}
    if kind in NAME_KINDS or isinstance(value, list):  # a cast member is {"name", "character"}
        return {normal(v["name"] if isinstance(v, dict) else v) for v in value or []}
    return {value}


def matches(kind, found, accepted):
    """Whether the one value made matches any accepted one (a verdict, mostly, by words)."""
    if kind != "verdict":
        return found in accepted
    words = set(found.split())
    for wanted in map(str.split, accepted):
        shared = len(words & set(wanted))
        if min(shared / len(words), shared / len(set(wanted))) >= VERDICT_OVERLAP:
            return True
    return False


def is_wrong_film(expected, review):
    """Whether the review sits on a film other than the one expected: "new", or a catalogue
    film's "Title (year)" (a list allows several)."""
    film = review["film"]
    allowed = expected.get("film", "new")
    allowed = allowed if isinstance(allowed, list) else [allowed]
    if film["is_new"]:
        return "new" not in allowed
    return normal(film["label"]) not in {normal(label) for label in allowed}


def junk_score(tally, name, expected, created):
    """Persons, films, genres and studios made that no expected fact of the document names;
    a film is junk unless it is the new film a post expects (one per post)."""
    posts = entries(expected)
    allowed = {
        "persons": set().union(
            *(fact_values(kind, post) for post in posts for kind in PERSON_KINDS)
        ),
        "genres": set().union(*(fact_values("genres", post) for post in posts)),
        "studios": set().union(*(fact_values("studios", post) for post in posts)),
    }
    slots = [film_titles(post) for post in posts if expects_new_film(post)]
    for title in created.get("films", []):
        slot = next((slot for slot in slots if normal(title) in slot), None)
        if slot is None:
            tally.junk["films"].append(f"{name}: {title}")
        else:
            slots.remove(slot)
    for entity in ("persons", "genres", "studios"):
        extra = sorted({normal(label) for label in created.get(entity, [])} - allowed[entity])
        tally.junk[entity] += [f"{name}: {label}" for label in extra]


def expects_new_film(post):
    film = post.get("film", "new")
    return not post.get("not_a_review") and "new" in (film if isinstance(film, list) else [film])


def film_titles(post):
    return {
        normal(title) for title in [post.get("title"), *post.get("title_variants", [])] if title
    }
