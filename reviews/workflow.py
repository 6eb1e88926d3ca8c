"""Who may move a review from one status to another: the newsroom's rules in one place.

draft → in review → changes requested / approved → published (a future publish time:
scheduled). Writers move their own reviews into review; editors approve, send back with a
note, publish and unpublish. Each move needs a permission (declared on Review.Meta, granted
to groups by the roles declaration) and starts from the statuses listed here; the services
in reviews.services call `check` before they write, the admin calls `moves_for` to offer
only what the person may do.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError

from reviews.models import Review

Status = Review.Status

#: Whoever holds it edits any review; others edit their own, while the review is theirs.
CHANGE_ANY = "reviews.change_any_review"
#: The statuses in which a review is in its writer's hands.
WRITER_STATUSES = (Status.DRAFT, Status.CHANGES_REQUESTED)


@dataclass(frozen=True)
class Move:
    name: str
    label: str
    sources: tuple
    target: str
    permission: str
    own_only: bool = False  # the author's move, unless the person may change any review


MOVES = {
    move.name: move
    for move in (
        Move(
            "submit",
            "Submit for review",
            (Status.DRAFT, Status.CHANGES_REQUESTED),
            Status.IN_REVIEW,
            "reviews.submit_review",
            own_only=True,
        ),
        Move(
            "request_changes",
            "Request changes",
            (Status.IN_REVIEW, Status.APPROVED),
            Status.CHANGES_REQUESTED,
            "reviews.approve_review",
        ),
        Move("approve", "Approve", (Status.IN_REVIEW,), Status.APPROVED, "reviews.approve_review"),
        # Editors may publish their own drafts straight away, and move a publish time.
        Move(
            "publish",
            "Publish or schedule",
            (Status.DRAFT, Status.IN_REVIEW, Status.APPROVED, Status.PUBLISHED),
            Status.PUBLISHED,
            "reviews.publish_review",
        ),
        Move("unpublish", "Unpublish", (Status.PUBLISHED,), Status.DRAFT, "reviews.publish_review"),
    )
}


#: How the refusal to move a review without its film names the move.
MOVE_GERUNDS = {"submit": "submitting it for review", "publish": "publishing or scheduling it"}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""
    is_legal: bool = True  # False: no one may make this move from the review's status


def decide(*, user, move: Move, review: Review) -> Decision:
    """Whether `user` (None: the site itself) may make `move` on `review` now, and why not."""
    if review.status not in move.sources:
        reason = f"A review that is {review.get_status_display().lower()} cannot be moved so."
        return Decision(False, reason, is_legal=False)
    if user is None:
        return Decision(True)
    if not user.has_perm(move.permission):
        return Decision(False, f"You may not {move.label.lower()} reviews.")
    if move.own_only and not is_own(user, review) and not user.has_perm(CHANGE_ANY):
        return Decision(False, f"Only its author or an editor may {move.label.lower()} it.")
    return Decision(True)


def check(*, user, move: str, review: Review) -> None:
    """Raise PermissionDenied or ValidationError unless `user` may make `move` on `review`."""
    decision = decide(user=user, move=MOVES[move], review=review)
    if not decision.is_legal:
        raise ValidationError(decision.reason, code="illegal_move")
    if not decision.allowed:
        raise PermissionDenied(decision.reason)
    if reason := film_missing(MOVES[move], film_id=review.film_id):
        raise ValidationError({"film": reason}, code="film_missing")


def film_missing(move: Move, *, film_id) -> str:
    """Why `move` cannot take a review without its film out of draft (an import left its
    film to an editor), or "": the forms ask it of the film they hold, the services of
    the review's."""
    if film_id is not None or move.target == Status.DRAFT:
        return ""
    return f"Choose the review's film before {MOVE_GERUNDS.get(move.name, 'moving it on')}."


def moves_for(user, review: Review) -> list[Move]:
    """The moves `user` may make on `review` now, for forms to offer."""
    return [move for move in MOVES.values() if decide(user=user, move=move, review=review).allowed]


def move_to(status: str, review: Review) -> Move | None:
    """The move that takes `review` to `status` (publish, for a published one: a new time)."""
    return next(
        (m for m in MOVES.values() if m.target == status and review.status in m.sources), None
    )


def is_own(user, review: Review) -> bool:
    return review.author_id is not None and review.author_id == user.pk


def may_edit(user, review: Review) -> bool:
    """Editors edit any review; a writer their own, while it is a draft or sent back."""
    if user.has_perm(CHANGE_ANY):
        return True
    return is_own(user, review) and review.status in WRITER_STATUSES
