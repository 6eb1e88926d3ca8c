"""Films to confirm: reviews whose film the importer left to an editor, and settling them.

The import saves such a review as a draft on a provisional film, or without any film when
its title is too weak to make one under ("title to confirm", `imports.title_strength`), and
records why (`film_to_confirm_record`); `film_to_confirm_settle` (`manage.py settle_film`,
the admin's settle page) moves it to the film the editor names, or to a new film made from what the
document said, and a later import of the same document keeps to that choice. An editor who
changes the review's film by hand settles it too (`film_to_confirm_settle_by_hand`).
"""

from django.db import transaction
from django.utils import timezone

from imports.models import FilmToConfirm
from imports.previews import facts_data, facts_from
from reviews.models import Film, Review
from reviews.revisions.registry import recorded


def candidate_lines(candidates, *, indent: str = "  ") -> list[str]:
    """The films weighed for a film to confirm, each with its evidence, as report lines."""
    lines = []
    for candidate in candidates:
        state = "ruled out" if candidate["ruled_out"] else f"{candidate['score']} points"
        lines.append(f"{indent}{candidate['film']} (#{candidate['film_id']}), {state}")
        lines += [f"{indent}  + {reason}" for reason in candidate["for"]]
        lines += [f"{indent}  - {reason}" for reason in candidate["against"]]
    return lines


def film_to_confirm_record(*, review, extracted, identity, is_pending: bool) -> None:
    """Keep (or update) why `review`'s film is to confirm; a decided import settles it."""
    if not is_pending:
        FilmToConfirm.objects.pending().filter(review=review).update(
            status=FilmToConfirm.Status.SETTLED, settled_at=timezone.now()
        )
        return
    FilmToConfirm.objects.update_or_create(
        review=review,
        defaults={
            "status": FilmToConfirm.Status.PENDING,
            "explanation": " ".join(identity.reasons),
            "candidates": identity.candidates_data(),
            "titles": identity.titles,
            "facts": facts_data(extracted),
            "settled_at": None,
        },
    )


def best_title(confirmation: FilmToConfirm) -> str:
    """The title a new film would have: the best reading, else what the document said."""
    titles = confirmation.titles or [(confirmation.facts.get("film") or {}).get("title", "")]
    return titles[0]


def film_choice_settled(*, import_key: str) -> int | None:
    """The film an editor settled for the review imported under `import_key`, if any."""
    if not import_key:
        return None
    settled = FilmToConfirm.objects.filter(
        review__import_key=import_key, status=FilmToConfirm.Status.SETTLED
    )
    return settled.values_list("review__film_id", flat=True).first()


class FilmAlreadySettled(Exception):
    """The film to confirm was settled meanwhile (by another editor, or by hand)."""


@recorded("Its film settled (film to confirm)")
def film_to_confirm_settle(
    *, confirmation: FilmToConfirm, film: Film | None = None, title: str = ""
) -> Film:
    """Move the review to `film`, or to a new film made from the document's facts (None),
    under `title` when the editor gave one (a title to confirm), else the document's.

    On a film of the catalogue only the review moves: the document's credits, which may be
    another film's, are left for the editor to add. A new film gets them all, but for the
    info line's people its text contradicts (set aside: the settle page lists them).
    """
    from imports.apply import Importer  # the apply step imports this module
    from imports.catalogue import Catalogue

    with transaction.atomic():
        confirmation = FilmToConfirm.objects.select_for_update().get(pk=confirmation.pk)
        if confirmation.status == FilmToConfirm.Status.SETTLED:
            raise FilmAlreadySettled(
                f"Review #{confirmation.review_id}'s film was settled already."
            )
        review = Review.objects.select_related("film").get(pk=confirmation.review_id)
        if film is None:
            extracted = facts_from(confirmation.facts)
            importer = Importer(extracted, status=None, author=None, catalogue=Catalogue())
            film = importer.film_settle_new(title=" ".join(title.split()))
        review.film = film
        review.full_clean()
        review.save()
        confirmation.status = FilmToConfirm.Status.SETTLED
        confirmation.settled_at = timezone.now()
        confirmation.full_clean()
        confirmation.save()
    return film


def film_to_confirm_settle_by_hand(*, review: Review) -> bool:
    """Take an editor's change of `review`'s film as their word: its film to confirm, if
    pending, is settled on the film it now has. Whether there was one to settle."""
    settled = FilmToConfirm.objects.pending().filter(review=review)
    return bool(settled.update(status=FilmToConfirm.Status.SETTLED, settled_at=timezone.now()))
