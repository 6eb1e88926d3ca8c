"""The film side of applying a document: the film found or made, its facts and credits.

Part of `apply.Importer` (see there), in the document's transaction: the catalogue
(`catalogue`) finds the film and people, this writes what the document adds to them.
"""

from imports.catalogue import bulk_saved, saved
from imports.confirmations import film_choice_settled
from imports.evidence import film_title
from imports.identity import ATTACH, CREATE, UNDECIDED, Identity
from imports.values import name_key
from reviews.consistency import uncredited_message, uncredited_people
from reviews.models import Credit, Film, Genre, Studio

#: The crew credits a document can give, by the film fact that lists them.
CREW = (
    (Credit.Role.DIRECTOR, "directors"),
    (Credit.Role.WRITER, "writers"),
    (Credit.Role.CINEMATOGRAPHY, "cinematographers"),
    (Credit.Role.MUSIC, "composers"),
    (Credit.Role.EDITING, "editors"),
    (Credit.Role.PRODUCER, "producers"),
)
#: How many reasons for a film chosen the report gives.
MAX_REASONS_REPORTED = 4


def film_chosen_text(identity) -> str:
    """Which film the evidence chose and why, for the report; "" when the title, and the
    year or director, agree and nothing disagrees: nothing to check."""
    film, best = identity.film, identity.candidates[0]
    reasons = best.evidence_for
    is_sure = not best.is_title_variant and not best.evidence_against
    if is_sure and any(r.startswith(("It is from", "Directed by")) for r in reasons):
        return ""
    if len(best.evidence_for) == 1 and not best.evidence_against:
        return f"Matched the film {film} (#{film.pk}) by its title alone: check it is the one."
    reasons = " ".join(best.evidence_for[:MAX_REASONS_REPORTED])
    return f"Film: {film} (#{film.pk}), by the evidence: {reasons}"


def film_to_confirm_text(identity) -> str:
    """Why the film is to confirm, and on which film the review waits meanwhile, in a
    paragraph: the candidates and their evidence are listed after it (the preview's table,
    the command's lines)."""
    if identity.is_title_to_confirm:
        readings = ", ".join(f"“{title}”" for title in identity.titles)
        return (
            f"Title to confirm: {' '.join(identity.reasons)} The review waits as a draft "
            f"without a film until an editor names it (the titles read: {readings}). "
            "Nothing the document says about its film was applied."
        )
    return (
        f"Film to confirm: {' '.join(identity.reasons)} The review waits as a draft on "
        f"{identity.film} (#{identity.film.pk}), {provisional_why(identity)}. Nothing the "
        "document says about its film was applied. The candidates and the evidence for and "
        "against each are listed below."
    )


def provisional_why(identity) -> str:
    """Why the review waits on `identity.film`, which may be ruled out: never "leading"."""
    chosen = next(c for c in identity.candidates if c.film.pk == identity.film.pk)
    is_text = any(reason.endswith("credited on it.") for reason in chosen.evidence_for)
    if is_text:
        why = "the film its text is about"
    elif chosen is identity.candidates[0]:
        why = "the candidate the evidence scores highest"
    else:
        why = "the candidate the evidence does not rule out"
    info = [str(c.film) for c in identity.candidates if c.shares_people and c is not chosen]
    if info:
        return f"{why}; its info line names the people of {', '.join(info)}"
    if chosen.is_ruled_out:
        return f"{why}, though the document's facts rule it out"
    return why


class FilmMixin:
    """The film of `self.facts`, found in `self.catalogue` or made; warnings to `self.warn`.

    `self.identity` (`identity.film_identify`) has decided it, unless the editor picked the
    film (`self.catalogue.film_choice`): then their pick is the film.
    """

    #: Whether an editor asked for these facts on this film (`held_back`): then credits and
    #: countries that share no one with the film's own are theirs to apply, not held back.
    is_editors_word = False

    def film(self):
        identity = self.identity
        choice = self.catalogue.film_choice or film_choice_settled(import_key=self.import_key)
        if choice == "new":
            self.warn("A new film, as the editor chose.")
            return self.film_create()
        if choice and (film := Film.objects.filter(pk=choice).first()):
            self.warn(f"The film {film} (#{film.pk}), as the editor chose.")
            self.film_fill_blanks(film)
            return film
        self.result.film_decision = identity.decision
        self.result.film_candidates = identity.candidates_data()
        if identity.decision == UNDECIDED:
            self.warn(film_to_confirm_text(identity))
            return identity.film  # None: the title is to confirm
        if identity.decision == ATTACH:
            if text := film_chosen_text(identity):
                self.warn(text)
            self.film_fill_blanks(identity.film)
            return identity.film
        film = self.film_create()
        for reason in identity.reasons:
            self.warn(reason)
        if identity.candidates:
            others = ", ".join(f"{c.film} (#{c.film.pk})" for c in identity.candidates)
            self.warn(
                f"“{film}” is a new film: {others} has a like title but the evidence rules it out."
            )
        if identity.lookalikes:
            self.warn(
                f"The new film “{film}” has the same director and cast as "
                f"{', '.join(identity.lookalikes)} in the catalogue: check it is not the same film."
            )
        return film

    def film_settle_new(self, *, title=""):
        """A new film with all the document's facts and credits, under `title` if the editor
        gave one: an editor chose it."""
        self.identity = Identity(CREATE, title=title or film_title(self.facts.title))
        film = self.film_create()
        self.genres_countries_studios(film)
        self.credits(film)
        return film

    def film_create(self):
        facts = self.facts
        film = saved(
            Film(
                title=(self.identity.title or facts.title)[:255],
                release_year=facts.year,
                release_date=facts.release_date,
                runtime_minutes=facts.runtime_minutes,
            )
        )
        self.catalogue.film_created(film)
        self.result.is_film_created = True
        return film

    def film_fill_blanks(self, film):
        """Complete an existing film from the document; differences are reported, not applied."""
        changed = []
        for field_name, value in (
            ("release_year", self.facts.year),
            ("release_date", self.facts.release_date),
            ("runtime_minutes", self.facts.runtime_minutes),
        ):
            current = getattr(film, field_name)
            if value is None or current == value:
                continue
            if current is None:
                setattr(film, field_name, value)
                changed.append(field_name)
            else:
                label = Film._meta.get_field(field_name).verbose_name
                self.warn(f"The document gives {label} {value}; the film has {current}; kept.")
        if changed:
            saved(film)

    def named(self, model, name, max_length):
        """The catalogue's `model` row called `name` (any case), created if missing."""
        name = name[:1].upper() + name[1:max_length]
        return self.catalogue.find(model, name) or self.catalogue.add(saved(model(name=name)))

    def genres_countries_studios(self, film):
        film.genres.add(*[self.named(Genre, name, 100) for name in self.facts.genres])
        codes = []
        for name in self.facts.countries:
            if code := self.catalogue.country_code(name):
                codes.append(code)
            else:
                self.warn(f"Country “{name}” not recognised; not added.")
        theirs = set(film.countries.values_list("code", flat=True))
        is_checked = not (self.result.is_film_created or self.is_editors_word)
        if theirs and codes and not theirs & set(codes) and is_checked:
            self.warn(
                f"Not applied: the document's countries ({', '.join(codes)}) are not those of "
                f"{film} ({', '.join(sorted(theirs))}); an editor may add them."
            )
            codes = []
        film.countries.add(*codes)
        film.studios.add(*[self.named(Studio, name, 200) for name in self.facts.studios])

    # People.

    def person(self, name):
        """The catalogue's person called `name`, a new one, or None for a near miss."""
        if person := self.people.exact(name):
            return person
        if near := self.people.near(name):
            self.warn(
                f"“{name}” was not credited: it looks like “{near.name}” (person #{near.pk}). "
                "If it is the same person, add the credit; if not, add the person."
            )
            return None
        self.result.people_created += 1
        return self.people.create(name)

    def credits(self, film):
        rows = Credit.objects.filter(film=film).values_list("person_id", "role", "person__name")
        existing = {(person_id, role) for person_id, role, _ in rows}
        roles = (
            *((role, [(name, "") for name in getattr(self.facts, fact)]) for role, fact in CREW),
            (Credit.Role.CAST, [(m.name, m.character) for m in self.facts.cast]),
        )
        credits = []
        for role, names in roles:
            if self.credits_contradict(film, role, [name for name, _ in names], rows):
                continue
            for billing_order, (name, character) in enumerate(names, start=1):
                person = self.person(name)
                if person is None or (person.pk, role) in existing:
                    continue
                existing.add((person.pk, role))
                credits.append(
                    Credit(
                        film=film,
                        person=person,
                        role=role,
                        character=character[:255],
                        billing_order=billing_order,
                    )
                )
        bulk_saved(Credit, credits, parents=["film", "person"])

    def credits_contradict(self, film, role, names, rows) -> bool:
        """Whether the document's `role` credits share no one with the film's own: then they
        are another film's, and wait for an editor's word (reported)."""
        credited = {name_key(name): name for _, their_role, name in rows if their_role == role}
        if not names or not credited or self.result.is_film_created or self.is_editors_word:
            return False
        keys = {name_key(name) for name in names}
        keys |= {name_key(near.name) for name in names if (near := self.people.near(name))}
        if keys & credited.keys():
            return False
        label = Credit.Role(role).label.lower()
        self.warn(
            f"Not applied: the document's {label} credits ({', '.join(names)}) share no one with "
            f"those of {film} ({', '.join(sorted(credited.values()))}); an editor may add them."
        )
        return True

    def uncredited_mentions(self, film):
        credited = set(film.credits.values_list("person_id", flat=True))
        text = self.extracted.text
        if named := uncredited_people(text=text, credited_ids=credited, people=self.people):
            self.warn(uncredited_message(film, named))
