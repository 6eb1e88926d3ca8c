"""Writing an `ExtractedReview` into the catalogue: film, people, credits, review.

`review_import` is a service: one document, one transaction. A film is found by its title
and, when the document knows them, its year and director; people by their name with case,
accents and punctuation ignored. Near misses ("Len wisemen") are reported, never merged.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.text import slugify
from django_countries import countries

from imports.documents import ExtractedReview, name_key
from reviews.models import (
    Country,
    Credit,
    Criterion,
    FAQEntry,
    Film,
    Genre,
    Person,
    Review,
    Score,
    Studio,
)

#: Country names posts use that are not the ISO short names django-countries knows.
COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "america": "US",
    "united states": "US",
    "united states of america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "united kingdom": "GB",
    "korea": "KR",
    "south korea": "KR",
    "republic of korea": "KR",
    "north korea": "KP",
    "russia": "RU",
    "iran": "IR",
    "czech republic": "CZ",
    "holland": "NL",
    "the netherlands": "NL",
    "vietnam": "VN",
    "taiwan": "TW",
}
NEAR_MATCH_RATIO = 0.85
SAME_REVIEW_OVERLAP = 0.5  # share of words a re-imported document has with its review
MAX_NAMES_REPORTED = 10
SLUG_LENGTH = 80
#: Documents whose search vectors are refreshed together (one UPDATE of each table).
WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")


@dataclass
class ImportResult:
    outcome: str  # "created", "updated" or "unchanged" (what happened, or would in a dry run)
    review: str = ""
    review_id: int | None = None
    film_id: int | None = None
    film: str = ""
    is_film_created: bool = False
    people_created: int = 0
    warnings: list[str] = field(default_factory=list)


class PeopleIndex:
    """Everyone in the catalogue by name key, loaded once for a whole import run.

    People created by a document are found by the rest of it at once, and leave the index
    again if its transaction rolls back (a failure or a dry run).
    """

    def __init__(self):
        self.by_key = {}
        self.by_prefix = {}
        self.pending = []
        for person in Person.objects.only("pk", "name"):
            self.add(person)

    @staticmethod
    def buckets(person):
        key = name_key(person.name)
        return key, {key[:3], name_key(person.name.split()[-1])[:3]} if key else set()

    def add(self, person):
        key, prefixes = self.buckets(person)
        if not key:
            return
        self.by_key.setdefault(key, []).append(person)
        for prefix in prefixes:
            self.by_prefix.setdefault(prefix, []).append(person)

    def remove(self, person):
        key, prefixes = self.buckets(person)
        for bucket in [self.by_key.get(key, [])] + [self.by_prefix.get(p, []) for p in prefixes]:
            if person in bucket:
                bucket.remove(person)

    def exact(self, name):
        people = self.by_key.get(name_key(name))
        return people[0] if people else None

    def near(self, name):
        """The closest person whose name is not the same but nearly, or None."""
        key = name_key(name)
        words = name.split()
        prefixes = {key[:3], name_key(words[-1])[:3]} if words else {key[:3]}
        candidates = {p.pk: p for prefix in prefixes for p in self.by_prefix.get(prefix, ())}
        scored = [
            (SequenceMatcher(None, key, name_key(person.name)).ratio(), person)
            for person in candidates.values()
        ]
        best = max(scored, key=lambda pair: pair[0], default=(0, None))
        return best[1] if best[0] >= NEAR_MATCH_RATIO else None

    def named_in(self, text):
        """People of the catalogue whose full name (two to four words) appears in `text`."""
        words = [re.sub(r"['\u2019]s$", "", word).rstrip(".-") for word in WORD.findall(text)]
        found = {}
        for start, word in enumerate(words):
            if not word[:1].isupper():
                continue
            for size in (2, 3, 4):
                key = name_key(" ".join(words[start : start + size]))
                for person in self.by_key.get(key, ()):
                    found[person.pk] = person
        return list(found.values())

    def create(self, name):
        person = saved(Person(name=name[: Person._meta.get_field("name").max_length]))
        self.add(person)
        self.pending.append(person)
        return person

    def forget_pending(self):
        """Take out the people a rolled-back document created."""
        for person in self.pending:
            self.remove(person)
        self.pending = []


class Catalogue:
    """What every document of a run looks up, loaded once: people, films by title (accents,
    case and punctuation ignored), genres, criteria, studios.

    Rows a document creates are remembered until its transaction ends, and forgotten again
    if it rolls back, so the next document never sees a row that does not exist.
    """

    def __init__(self, *, replace_edited=False):
        self.replace_edited = replace_edited  # apply documents over editors' changes too
        self.people = PeopleIndex()
        self.by_name = {
            model: {obj.name.casefold(): obj for obj in model.objects.all()}
            for model in (Genre, Criterion, Studio)
        }
        self.films = {}
        for pk, *titles in Film.objects.values_list("pk", "title", "original_title"):
            self.film_add(pk, titles)
        self.last_position = Criterion.objects.aggregate(last=Max("position"))["last"] or 0
        self.countries = {}
        self.pending = []

    def find(self, model, name):
        return self.by_name[model].get(name.casefold())

    def add(self, obj):
        self.by_name[type(obj)][obj.name.casefold()] = obj
        self.pending.append(obj)
        return obj

    def film_add(self, pk, titles):
        for key in {name_key(title) for title in titles} - {""}:
            self.films.setdefault(key, set()).add(pk)

    def film_ids(self, *titles):
        """The films called any of `titles` (or having it as their original title)."""
        return set().union(*(self.films.get(name_key(title), ()) for title in titles if title))

    def film_created(self, film):
        self.film_add(film.pk, [film.title, film.original_title])
        self.pending.append(film)

    def country_code(self, name):
        if name not in self.countries:
            self.countries[name] = country_code(name)
        return self.countries[name]

    def begin(self):
        self.pending, self.people.pending = [], []

    def forget_pending(self):
        for obj in self.pending:
            if isinstance(obj, Film):
                for title in (obj.title, obj.original_title):
                    self.films.get(name_key(title), set()).discard(obj.pk)
            else:
                self.by_name[type(obj)].pop(obj.name.casefold(), None)
        self.pending = []
        self.people.forget_pending()


def saved(instance):
    instance.full_clean()
    instance.save()
    return instance


def bulk_saved(model, instances, *, parents):
    """Insert rows of `model` at once, each field checked; `parents` are the FKs just set.

    The parents' existence and the constraints are the database's to check: validating
    them here would cost a query per row.
    """
    for instance in instances:
        instance.clean_fields(exclude=parents)
    model.objects.bulk_create(instances)


class Importer:
    def __init__(
        self,
        extracted,
        *,
        status,
        author,
        catalogue,
        import_key="",
        slug="",
        published_at=None,
    ):
        self.extracted, self.facts = extracted, extracted.film
        self.status, self.author, self.catalogue = status, author, catalogue
        self.people = catalogue.people
        self.import_key, self.published_at = import_key, published_at
        self.slug = slugify(slug)[: Review._meta.get_field("slug").max_length]
        self.result = ImportResult(outcome="created", warnings=list(extracted.warnings))

    def warn(self, message):
        self.result.warnings.append(message)

    def run(self):
        unchanged = self.unchanged_review()
        if unchanged is not None:
            self.result.outcome = "unchanged"
            self.result.warnings = []
            self.result.review_id, self.result.review = unchanged.pk, unchanged.slug
            self.result.film = str(unchanged.film)
            return self.result
        film = self.film()
        self.genres_countries_studios(film)
        self.credits(film)
        review = self.review(film)
        if self.result.outcome != "kept":
            self.scores_and_faq(review)
            review.keywords.set([keyword[:100] for keyword in self.extracted.keywords])
        self.uncredited_mentions(film)
        self.result.film_id = film.pk
        self.result.review_id, self.result.review, self.result.film = (
            review.pk,
            review.slug,
            str(film),
        )
        return self.result

    def unchanged_review(self):
        """The review this very document (same words, same options) was last imported into."""
        if not self.extracted.fingerprint:
            return None
        reviews = Review.objects.select_related("film").filter(
            import_fingerprint=self.extracted.fingerprint
        )
        if self.import_key:
            reviews = reviews.filter(import_key=self.import_key)
        return reviews.order_by("pk").first()

    # The film.

    def director_keys(self):
        keys = set()
        for name in self.facts.directors:
            keys.add(name_key(name))
            if near := self.people.near(name):
                keys.add(name_key(near.name))
        return keys

    def film(self):
        facts = self.facts
        # "From the World of John Wick: Ballerina" may be catalogued as plain "Ballerina".
        short_title = facts.title.rsplit(": ", 1)[-1] if ": " in facts.title else ""
        candidates = (
            Film.objects.filter(pk__in=self.catalogue.film_ids(facts.title, short_title))
            .prefetch_related("credits__person")
            .order_by("pk")
        )
        directors = self.director_keys()
        compatible = []
        for film in candidates:
            if facts.year and film.release_year and facts.year != film.release_year:
                continue
            credited = {name_key(person.name) for person in film.directors()}
            if directors and credited and not directors & credited:
                continue
            is_short = facts.title.casefold() not in (
                film.title.casefold(),
                film.original_title.casefold(),
            )
            if is_short and not (directors & credited or facts.year == film.release_year):
                continue  # a shorter title alone is too weak: the year or director must agree
            compatible.append(film)
        if compatible:
            # Prefer the film that agrees on the most: same year, then same director.
            film = max(
                compatible,
                key=lambda f: (
                    facts.year is not None and f.release_year == facts.year,
                    bool(directors & {name_key(p.name) for p in f.directors()}),
                    -f.pk,
                ),
            )
            if self.is_short_title_match(film):
                self.warn(
                    f"Matched “{facts.title}” to the film {film} (#{film.pk}) by the title after "
                    "the colon, as their year or director agree: check it is the one."
                )
            elif not facts.year and not directors:
                self.warn(f"Matched the film {film} by its title alone: check it is the one.")
            elif len(compatible) > 1:
                self.warn(
                    f"Several films are called “{facts.title}”; chose {film} (#{film.pk}). "
                    "Add the year or director to the document to choose another."
                )
            self.film_fill_blanks(film)
            return film
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
        if candidates:
            others = ", ".join(f"{other} (#{other.pk})" for other in candidates)
            self.warn(
                f"“{film}” is a new film: {others} has the same title but another year or director."
            )
        return film

    def is_short_title_match(self, film):
        return name_key(self.facts.title) not in (
            name_key(film.title),
            name_key(film.original_title),
        )

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
            (Credit.Role.DIRECTOR, [(name, "") for name in self.facts.directors]),
            (Credit.Role.WRITER, [(name, "") for name in self.facts.writers]),
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

    # The review.

    def review(self, film):
        extracted = self.extracted
        review = self.existing_review(film) or Review(
            film=film,
            author=self.author,
            slug=self.free_slug(),
            status=self.status or Review.Status.DRAFT,
            import_key=self.import_key,
        )
        if review.pk and self.is_edited_here(review):
            self.result.outcome = "kept"
            self.warn(
                "The review was changed here since it was imported, so the document's new "
                "version was not applied (re-import with --replace-edited to apply it)."
            )
            return review
        if review.pk:
            self.result.outcome = "updated"
            # Publishing is the editors' decision: a re-import never changes the status.
            if review.film_id != film.pk:
                self.warn(f"The review moved from {review.film} to {film}.")
                review.film = film
        review.headline = extracted.title
        review.standfirst = extracted.standfirst
        review.kind = extracted.kind
        review.body = extracted.body_html
        review.verdict = extracted.verdict
        review.rating = extracted.rating
        review.import_fingerprint = extracted.fingerprint
        if self.published_at is not None:
            review.published_at = self.published_at
        if review.status == Review.Status.PUBLISHED and review.published_at is None:
            review.published_at = timezone.now()
        return saved(review)

    def is_edited_here(self, review):
        """Whether someone changed the review after the import that last wrote it."""
        if self.catalogue.replace_edited or review.imported_at is None:
            return False
        return review.updated_at > review.imported_at

    def slug_base(self):
        slug = slugify(self.extracted.title)
        if len(slug) > SLUG_LENGTH:  # cut at a word: a URL, not the whole title
            slug = slug[: SLUG_LENGTH + 1].rsplit("-", 1)[0]
        return slug.strip("-") or "review"

    def existing_review(self, film):
        """The review a previous import of this document made: same import key, or else
        same film and mostly the same words."""
        if self.import_key:
            return Review.objects.filter(import_key=self.import_key).first()
        base = self.slug_base()
        words = set(self.extracted.text.lower().split())
        for review in Review.objects.filter(
            Q(slug=base) | Q(slug__regex=rf"^{re.escape(base)}-[0-9]+$"), film=film
        ).order_by("pk"):
            theirs = set(review.body_text().lower().split())
            overlap = len(words & theirs) / max(len(words | theirs), 1)
            if overlap >= SAME_REVIEW_OVERLAP:
                return review
        return None

    def free_slug(self):
        if self.slug and not Review.objects.filter(slug=self.slug).exists():
            return self.slug  # the slug the post had on its old site, when it is free
        base = self.slug_base()
        taken = set(
            Review.objects.filter(Q(slug=base) | Q(slug__startswith=f"{base}-")).values_list(
                "slug", flat=True
            )
        )
        if base not in taken:
            return base
        return next(f"{base}-{n}" for n in range(2, len(taken) + 3) if f"{base}-{n}" not in taken)

    def scores_and_faq(self, review):
        review.scores.all().delete()
        review.faq_entries.all().delete()
        scores = [
            Score(review=review, criterion=self.criterion(name), value=value)
            for name, value in self.extracted.scores
        ]
        bulk_saved(Score, scores, parents=["review", "criterion"])
        entries = [
            FAQEntry(
                review=review,
                question=entry.question[:300],
                answer=entry.answer,
                position=position,
                needs_review=entry.is_question_missing,
            )
            for position, entry in enumerate(self.extracted.faq, start=1)
        ]
        bulk_saved(FAQEntry, entries, parents=["review"])

    def criterion(self, name):
        criterion = self.catalogue.find(Criterion, name)
        if criterion is None:
            self.catalogue.last_position += 1
            criterion = self.catalogue.add(
                saved(
                    Criterion(
                        name=name[:100], position=self.catalogue.last_position, is_default=False
                    )
                )
            )
            self.warn(f"“{criterion.name}” is a new scoring criterion: added to the criteria.")
        return criterion


def country_code(name):
    """The ISO code for a country name as posts write it ("USA", "South Korea"), or ""."""
    cleaned = " ".join(name.split()).strip(" .")
    if code := COUNTRY_ALIASES.get(cleaned.casefold()):
        return code
    if len(cleaned) == 2 and cleaned.upper() in dict(countries):
        return cleaned.upper()
    if code := countries.by_name(cleaned):
        return code
    country = Country.objects.filter(name__iexact=cleaned).first()
    return country.code if country else ""


def review_import(
    *,
    extracted: ExtractedReview,
    status: str | None,
    author,
    dry_run: bool = False,
    catalogue: Catalogue | None = None,
    import_key: str = "",
    slug: str = "",
    published_at=None,
    then=None,
) -> ImportResult:
    """Create or update the film and review a document describes, in one transaction.

    `then(review, result)`, if given, runs inside the same transaction once the review is
    saved (a WordPress post's comments and image), so a failure there undoes it all.
    """
    catalogue = catalogue if catalogue is not None else Catalogue()
    catalogue.begin()
    importer = Importer(
        extracted,
        status=status,
        author=author,
        catalogue=catalogue,
        import_key=import_key,
        slug=slug,
        published_at=published_at,
    )
    try:
        with transaction.atomic():
            result = importer.run()
            if then is not None:
                then(Review.objects.get(pk=result.review_id), result)
            if result.outcome in ("created", "updated"):  # what the import wrote, to the tick
                Review.objects.filter(pk=result.review_id).update(imported_at=F("updated_at"))
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        catalogue.forget_pending()
        raise
    if dry_run:
        catalogue.forget_pending()
    catalogue.begin()
    return result
