"""The film side of applying a document: the film found or made, its facts and credits.

Part of `apply.Importer` (see there), in the document's transaction: the catalogue
(`catalogue`) finds the film and people, this writes what the document adds to them.
"""

from imports.catalogue import bulk_saved, film_match, saved
from reviews.models import Credit, Film, Genre, Studio

MAX_NAMES_REPORTED = 10
#: The crew credits a document can give, by the film fact that lists them.
CREW = (
    (Credit.Role.DIRECTOR, "directors"),
    (Credit.Role.WRITER, "writers"),
    (Credit.Role.CINEMATOGRAPHY, "cinematographers"),
    (Credit.Role.MUSIC, "composers"),
    (Credit.Role.EDITING, "editors"),
    (Credit.Role.PRODUCER, "producers"),
)


class FilmMixin:
    """The film of `self.facts`, found in `self.catalogue` or made; warnings to `self.warn`."""

    def film(self):
        match = film_match(self.facts, catalogue=self.catalogue)
        for warning in match.warnings:
            self.warn(warning)
        if match.film is not None:
            self.film_fill_blanks(match.film)
            return match.film
        facts = self.facts
        film = saved(
            Film(
                title=facts.title[:255],
                release_year=facts.year,
                release_date=facts.release_date,
                runtime_minutes=facts.runtime_minutes,
            )
        )
        self.catalogue.film_created(film)
        self.result.is_film_created = True
        if match.candidates:
            others = ", ".join(f"{other} (#{other.pk})" for other in match.candidates)
            self.warn(
                f"“{film}” is a new film: {others} has the same title but another year or director."
            )
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
        existing = {(c.person_id, c.role) for c in Credit.objects.filter(film=film)}
        roles = (
            *((role, [(name, "") for name in getattr(self.facts, fact)]) for role, fact in CREW),
            (Credit.Role.CAST, [(m.name, m.character) for m in self.facts.cast]),
        )
        credits = []
        for role, names in roles:
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

    def uncredited_mentions(self, film):
        credited = set(film.credits.values_list("person_id", flat=True))
        named = [p for p in self.people.named_in(self.extracted.text) if p.pk not in credited]
        if named:
            names = ", ".join(person.name for person in named[:MAX_NAMES_REPORTED])
            self.warn(f"The text names people of the catalogue not credited on {film}: {names}.")
