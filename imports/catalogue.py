"""The catalogue as one import run sees it, and a document's film and people matched in it.

People, film titles, franchises, genres, criteria, studios and countries are loaded once
for the whole run. Films are found by their title, original title or the end of their title
(accents, case and punctuation ignored), for `identity` to weigh; people by their name with
case, accents and punctuation ignored. Near misses ("Len wisemen") are reported, never
merged. Rows a document creates are remembered until its transaction ends, and forgotten
again if it rolls back.
"""

import re
from difflib import SequenceMatcher

from django.db.models import Max
from django_countries import countries

from imports.documents import name_key
from imports.evidence import title_variants
from imports.patterns import COUNTRY_ENDONYMS
from reviews.models import Country, Criterion, Film, Franchise, Genre, Person, Studio

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
    "burma": "MM",
    "ivory coast": "CI",
    "cape verde": "CV",
    "holland": "NL",
    "the netherlands": "NL",
    "vietnam": "VN",
    "taiwan": "TW",
    "ussr": "SU",
    "u.s.s.r": "SU",
    "west germany": "DE",
    "w. germany": "DE",
    "federal republic of germany": "DE",
    "gdr": "DD",
    "german democratic republic": "DD",
}
NEAR_MATCH_RATIO = 0.85
#: A word that may be part of a name: a letter, then letters, apostrophes, dots, hyphens.
WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")


def saved(instance):
    """`instance`, validated and saved."""
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
        #: The editor's pick for the document being imported now: a film's pk, or "new".
        self.film_choice = None
        self.people = PeopleIndex()
        self.by_name = {
            model: {obj.name.casefold(): obj for obj in model.objects.all()}
            for model in (Genre, Criterion, Studio)
        }
        self.films = {}
        for pk, *titles in Film.objects.values_list("pk", "title", "original_title"):
            self.film_add(pk, titles)
        self.franchises = list(Franchise.objects.values_list("pk", "name"))
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
        for key in set().union(*(title_variants(title) for title in titles)):
            self.films.setdefault(key, set()).add(pk)

    def film_ids_by_keys(self, keys):
        """The films known by any of the title `keys`: their title, original title, or the
        end of their title ("Ballerina" for "From the World of John Wick: Ballerina")."""
        return set().union(*(self.films.get(key, ()) for key in keys))

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
                for key in title_variants(obj.title) | title_variants(obj.original_title):
                    self.films.get(key, set()).discard(obj.pk)
            else:
                self.by_name[type(obj)].pop(obj.name.casefold(), None)
        self.pending = []
        self.people.forget_pending()


def country_code(name):
    """The ISO code for a country name as posts write it ("USA", "South Korea"), or ""."""
    cleaned = " ".join(name.split()).strip(" .")
    if code := COUNTRY_ALIASES.get(cleaned.casefold()) or COUNTRY_ENDONYMS.get(cleaned.casefold()):
        return code
    if len(cleaned) == 2 and cleaned.upper() in dict(countries):
        return cleaned.upper()
    if code := countries.by_name(cleaned):
        return code
    country = Country.objects.filter(name__iexact=cleaned).first()
    return country.code if country else ""
