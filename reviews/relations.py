"""Similar reviews and related films, worked out when what they depend on changes.

A review's "Similar Posts" are the reviews sharing the most people, keywords and genres with
it; a film's "Related Movies" are the films of its franchise, then those sharing the most
genres. Scoring every review takes hundreds of milliseconds at twenty thousand reviews, so it
is done here, in the worker, and each list's best few kept (SimilarReview, RelatedFilm):
pages read them with one indexed lookup.

A score is the same both ways, so when a review changes its own list is scored again and the
review is merged into (or taken out of) the lists of the reviews it scores with, without
scoring those. A list left shorter than a page shows is scored again in full.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from reviews.models import Film, RelatedFilm, Review, SimilarReview


@dataclass(frozen=True)
class Kind:
    """One kind of kept list: its model, its two columns, and how many to keep and show."""

    model: type
    owner: str
    other: str
    kept: int
    shown: int
    #: Columns of the other side that break ties between equal scores...
    tie_fields: tuple
    #: ...and the key they make, greater for the one shown first.
    tie_key: Callable

    def kept_lists(self, owner_ids):
        """{owner: {other: (row id, rank key)}} as stored now."""
        lists = defaultdict(dict)
        rows = self.model.objects.filter(**{f"{self.owner}_id__in": list(owner_ids)})
        fields = [f"{self.other}__{field}" for field in self.tie_fields]
        for pk, owner, other, score, *ties in rows.values_list(
            "pk", f"{self.owner}_id", f"{self.other}_id", "score", *fields
        ):
            lists[owner][other] = (pk, (score, *self.tie_key(ties)))
        return lists


def newest_review(values):
    published_at, pk = values
    return (published_at, pk)


def newest_film_then_title(values):
    year, title, pk = values
    return (year or 0, tuple(-ord(c) for c in title.casefold()), -pk)


SIMILAR = Kind(SimilarReview, "review", "similar", 6, 3, ("published_at", "pk"), newest_review)
RELATED = Kind(
    RelatedFilm, "film", "related", 8, 4, ("release_year", "title", "pk"), newest_film_then_title
)


def relations_refresh(*, review_ids=(), film_ids=()) -> None:
    """Work out again the similar reviews of these reviews and of the reviews of these films
    (their people and genres changed), and the related films of these films."""
    film_ids = set(film_ids)
    by_film = Review.objects.filter(film_id__in=film_ids).values_list("pk", flat=True)
    for review in Review.objects.filter(pk__in={*review_ids, *by_film}).order_by("pk"):
        similar_reviews_refresh(review)
    for film in Film.objects.filter(pk__in=film_ids).order_by("pk"):
        related_films_refresh(film)


def similar_reviews_refresh(review: Review, *, mend_others=True) -> None:
    """Score `review` against every published one; keep its best; mend the lists it is in
    (unless every list is being worked out anyway: `mend_others=False`)."""
    scored = {}
    if review.status == Review.Status.PUBLISHED:  # scheduled ones too: they go live unsaved
        candidates = Review.objects.filter(status=Review.Status.PUBLISHED)
        rows = candidates.scored_against(review).filter(similarity__gt=0)
        for pk, score, published_at in rows.values_list("pk", "similarity", "published_at"):
            scored[pk] = (score, *SIMILAR.tie_key((published_at, pk)))
    own = SIMILAR.tie_key((review.published_at, review.pk))
    _refresh(SIMILAR, review.pk, scored, own, rescore=_rescore_review, mend_others=mend_others)


def related_films_refresh(film: Film, *, mend_others=True) -> None:
    """Score `film` against every film; keep its best; mend the lists it is in."""
    rows = Film.objects.scored_against(film).values_list(
        "pk", "relatedness", "release_year", "title"
    )
    scored = {pk: (score, *RELATED.tie_key((year, title, pk))) for pk, score, year, title in rows}
    own = RELATED.tie_key((film.release_year, film.title, film.pk))
    _refresh(RELATED, film.pk, scored, own, rescore=_rescore_film, mend_others=mend_others)


def _rescore_review(pk):
    review = Review.objects.filter(pk=pk).first()
    if review is not None:
        similar_reviews_refresh(review)


def _rescore_film(pk):
    film = Film.objects.filter(pk=pk).first()
    if film is not None:
        related_films_refresh(film)


def _refresh(kind, subject, scored, own_tie, *, rescore, mend_others):
    """Keep `subject`'s best `scored` ({other: rank key}); put it in the lists of the others
    with the same score, and take it out of lists it no longer scores in."""
    with transaction.atomic():
        holders = set()
        if mend_others:
            holders = set(
                kind.model.objects.filter(**{f"{kind.other}_id": subject}).values_list(
                    f"{kind.owner}_id", flat=True
                )
            )
        lists = kind.kept_lists({subject, *scored, *holders} if mend_others else {subject})
        plan = _Plan(kind)
        plan.make(subject, lists[subject], scored)
        short = []
        for other in (set(scored) | holders) if mend_others else ():
            entries = {k: key for k, (_, key) in lists[other].items() if k != subject}
            if other in scored:
                entries[subject] = (scored[other][0], *own_tie)
            plan.make(other, lists[other], entries)
            if other in holders and other not in scored and len(entries) < kind.shown:
                short.append(other)  # it lost a member and shows fewer than it could
        plan.apply()
    for other in short:
        rescore(other)


class _Plan:
    """Row changes that turn stored lists into wanted ones, applied in a few statements."""

    def __init__(self, kind):
        self.kind, self.new, self.gone, self.changed = kind, [], [], []

    def make(self, owner, stored, entries):
        """Plan `owner`'s list as the best of `entries` ({other: key}) where `stored` is."""
        ranked = sorted(entries.items(), key=lambda item: item[1], reverse=True)
        wanted = dict(ranked[: self.kind.kept])
        for other, (pk, key) in stored.items():
            if other not in wanted:
                self.gone.append(pk)
            elif wanted[other][0] != key[0]:
                self.changed.append(self.kind.model(pk=pk, score=wanted[other][0]))
        for other, key in wanted.items():
            if other not in stored:
                fields = {f"{self.kind.owner}_id": owner, f"{self.kind.other}_id": other}
                self.new.append(self.kind.model(**fields, score=key[0]))

    def apply(self):
        model = self.kind.model
        model.objects.filter(pk__in=self.gone).delete()
        model.objects.bulk_update(self.changed, ["score"], batch_size=500)
        model.objects.bulk_create(self.new, batch_size=500)
