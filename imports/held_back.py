"""An info line's held-back credits, applied at an editor's word.

The people and countries of an info line its text contradicts are not applied
(`contradicted`): they are kept with the film to confirm (`FilmToConfirm.facts["set_aside"]`)
and listed on its settle page. Once the film is settled, an editor may apply them, one or
all, to that film: `held_back_apply` adds them through the importer's own step
(`apply_film.FilmMixin`), so people are matched or created the same way and a near miss of
a catalogue person is proposed, not credited. What is applied, or found credited already,
leaves the list for `facts["applied"]`; a near miss or an unknown country stays on it.
"""

from dataclasses import dataclass, field

import reversion
from django.db import transaction

from imports.apply_film import CREW
from imports.extracted import CastMember, ExtractedReview, FilmFacts
from imports.models import FilmToConfirm
from reviews.models import Credit, Review
from reviews.revisions.registry import recorded

#: The credit role of each held-back film fact (countries are no credit).
ROLES = {fact: role for role, fact in CREW} | {"cast": Credit.Role.CAST}


class HeldBackRefused(Exception):
    """Nothing was applied: the film is not settled, or the page was out of date."""


@dataclass
class HeldBackApplied:
    """What applying held-back credits did, each as "fact: name"."""

    applied: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # the film had it: off the list too
    kept: list[str] = field(default_factory=list)  # near misses, unknown countries
    warnings: list[str] = field(default_factory=list)  # the importer's, as its report says


def held_back_label(fact: str, name: str) -> str:
    return f"{fact}: {name}"


def held_back_chosen(held: dict, chosen: list[tuple[str, str]] | None) -> list[tuple[str, str]]:
    """The (fact, name) pairs to apply: `chosen`, or all of `held` (None); each must still be
    held back, or the page the editor chose from is out of date."""
    if chosen is None:
        chosen = [(fact, name) for fact, names in held.items() for name in names]
        if not chosen:
            raise HeldBackRefused("No credits are held back any more: nothing was changed.")
    gone = [pair for pair in chosen if pair[1] not in held.get(pair[0], ())]
    if gone:
        raise HeldBackRefused(
            f"No longer held back: {'; '.join(held_back_label(*pair) for pair in gone)} (applied "
            "already, or the page was out of date). Nothing was changed."
        )
    return chosen


def held_back_facts(pairs) -> FilmFacts:
    facts = FilmFacts()
    for fact, name in pairs:
        value = CastMember(name, "") if fact == "cast" else name
        getattr(facts, fact).append(value)
    return facts


@recorded("Held-back credits applied (film to confirm)")
def held_back_apply(
    *, confirmation: FilmToConfirm, film_id: int, chosen: list[tuple[str, str]] | None = None
) -> HeldBackApplied:
    """Apply `chosen` held-back credits ("fact", "name"), or all of them (None), to the film
    the review was settled on, which must be `film_id` (the one the editor saw)."""
    from imports.apply import Importer  # the apply step imports `confirmations`, as we do
    from imports.catalogue import Catalogue

    with transaction.atomic():
        confirmation = FilmToConfirm.objects.select_for_update().get(pk=confirmation.pk)
        if confirmation.status != FilmToConfirm.Status.SETTLED:
            raise HeldBackRefused(
                "Settle the review's film first: held-back credits are applied to the film "
                "you choose. Nothing was changed."
            )
        film = Review.objects.select_related("film").get(pk=confirmation.review_id).film
        if film.pk != film_id:
            raise HeldBackRefused(
                f"The review's film changed since the page was shown: it is now {film} "
                f"(#{film.pk}). Nothing was changed; check the credits against it."
            )
        held = confirmation.facts.get("set_aside", {})
        pairs = held_back_chosen(held, chosen)
        credited = set(film.credits.values_list("person_id", "role"))
        countries = set(film.countries.values_list("code", flat=True))
        extracted = ExtractedReview(title="", film=held_back_facts(pairs))
        importer = Importer(extracted, status=None, author=None, catalogue=Catalogue())
        importer.is_editors_word = True
        importer.genres_countries_studios(film)
        importer.credits(film)
        done = HeldBackApplied(warnings=importer.result.warnings)
        for fact, name in pairs:
            if fact == "countries":
                key = importer.catalogue.country_code(name)
                had = key in countries
            else:
                key = getattr(importer.people.exact(name), "pk", None)
                had = (key, ROLES[fact]) in credited
            outcome = done.kept if not key else done.already if had else done.applied
            outcome.append(held_back_label(fact, name))
        held_back_settle(confirmation, [*done.applied, *done.already])
        reversion.add_to_revision(film)  # credits are written in bulk, without the signal
    return done


def held_back_settle(confirmation, labels) -> None:
    """Take `labels` ("fact: name") off the held-back list, into `facts["applied"]`."""
    held = confirmation.facts.get("set_aside", {})
    remaining = {
        fact: left
        for fact, names in held.items()
        if (left := [name for name in names if held_back_label(fact, name) not in labels])
    }
    confirmation.facts = {
        **confirmation.facts,
        "set_aside": remaining,
        "applied": [*confirmation.facts.get("applied", []), *labels],
    }
    confirmation.full_clean()
    confirmation.save(update_fields=["facts"])
