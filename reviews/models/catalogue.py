"""The catalogue: films, the people who make them, and how films are grouped."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, ExpressionWrapper, F, OuterRef, Q, Value, When
from django_countries import countries
from taggit.managers import TaggableManager

from reviews.models.expressions import count_subquery
from reviews.models.fields import MAX_YEAR, MIN_BIRTH_YEAR, MIN_FILM_YEAR, renditions_field
from reviews.models.paths import page_path
from reviews.slugs import unique_slug

#: A film of the same franchise outranks any number of shared genres.
FRANCHISE_SCORE = 1000


class Person(models.Model):
    name = models.CharField(max_length=200, help_text="As credited, e.g. “Len Wiseman”.")
    slug = models.SlugField(
        max_length=220,
        unique=True,
        blank=True,
        help_text="Used in the person's URL. Left blank, it is made from the name.",
    )
    bio = models.TextField(blank=True, help_text="A short biography shown on the person's page.")
    photo = models.ImageField(upload_to="people/", blank=True, help_text="A portrait.")
    photo_renditions = renditions_field()
    birth_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(MIN_BIRTH_YEAR), MaxValueValidator(MAX_YEAR)],
        help_text="Optional; tells apart people with the same name.",
    )

    class Meta:
        ordering = ["name", "pk"]
        verbose_name_plural = "people"
        indexes = [
            models.Index(fields=["name", "id"], name="person_name_idx"),
            # PostgreSQL only (see reviews.migration_operations): typo-tolerant name search.
            GinIndex(fields=["name"], opclasses=["gin_trgm_ops"], name="person_name_trgm_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(birth_year__isnull=True)
                | Q(birth_year__gte=MIN_BIRTH_YEAR, birth_year__lte=MAX_YEAR),
                name="person_birth_year_range",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.birth_year})" if self.birth_year else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name, extra=self.birth_year)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_path("reviews:person-detail", slug=self.slug)


class Genre(models.Model):
    name = models.CharField(max_length=100, unique=True, help_text="E.g. “Action”.")
    slug = models.SlugField(max_length=120, unique=True, blank=True, help_text="Used in URLs.")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_path("reviews:genre-detail", slug=self.slug)


class Country(models.Model):
    """An ISO 3166-1 country; the full list is loaded by a data migration."""

    code = models.CharField(
        max_length=2, primary_key=True, help_text="ISO 3166-1 alpha-2 code, e.g. “KR”."
    )
    name = models.CharField(max_length=100, help_text="The English short name.")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        indexes = [models.Index(fields=["name"], name="country_name_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__in=[code for code, _ in countries]),
                name="country_code_iso_3166",
                violation_error_message="Not an ISO 3166-1 alpha-2 country code.",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_path("reviews:country-detail", code=self.code.lower())


class Studio(models.Model):
    """A production company or distributor, as film facts name it ("A24", "Lionsgate")."""

    name = models.CharField(max_length=200, unique=True, help_text="E.g. “Lionsgate”.")

    class Meta:
        ordering = ["name"]
        verbose_name = "studio or distributor"
        verbose_name_plural = "studios and distributors"

    def __str__(self):
        return self.name


class Franchise(models.Model):
    """A franchise or collection that groups films, e.g. the John Wick universe."""

    name = models.CharField(max_length=200, unique=True, help_text="E.g. “John Wick”.")
    slug = models.SlugField(max_length=220, unique=True, blank=True, help_text="Used in URLs.")
    description = models.TextField(blank=True, help_text="Optional introduction to the series.")

    class Meta:
        ordering = ["name"]
        verbose_name = "franchise or collection"
        verbose_name_plural = "franchises and collections"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_path("reviews:franchise-detail", slug=self.slug)


class FilmQuerySet(models.QuerySet):
    def related_to(self, film):
        """The films most related to `film`, as reviews.relations keeps them, best first."""
        return (
            self.filter(related_to_links__film=film.pk)
            .annotate(relatedness=F("related_to_links__score"))
            .order_by("-relatedness", F("release_year").desc(nulls_last=True), "title", "pk")
        )

    def scored_against(self, film):
        """Films of the same franchise or sharing genres with `film`, scored (`relatedness`).

        Scores every film: for reviews.relations, which keeps the best few per film.
        """
        film_genres = Film.genres.through.objects
        shared_genres = count_subquery(
            film_genres.filter(
                film_id=OuterRef("pk"),
                genre_id__in=film_genres.filter(film_id=film.pk).values("genre_id"),
            ),
            "genre_id",
        )
        # A CASE, not a bare comparison: NULL = x is NULL, and PostgreSQL sorts NULL first.
        in_franchise = Value(False)
        if film.franchise_id:
            in_franchise = Case(When(franchise_id=film.franchise_id, then=True), default=False)
        return (
            self.exclude(pk=film.pk)
            .annotate(
                in_franchise=ExpressionWrapper(in_franchise, output_field=models.BooleanField()),
                shared_genres=shared_genres,
            )
            .filter(Q(in_franchise=True) | Q(shared_genres__gt=0))
            .annotate(
                relatedness=Case(When(in_franchise=True, then=FRANCHISE_SCORE), default=0)
                + F("shared_genres")
            )
            .order_by("-relatedness", "-release_year", "title", "pk")
        )

    def search(self, query):
        """Films matching `query`, best first; on PostgreSQL typos in the title are forgiven."""
        from reviews import search  # reviews.search builds on these models

        if not search.is_postgres(self.db):
            return self.filter(search.fallback_filter(query, ["title", "original_title"]))
        parsed = search.parse_query(query)
        return (
            self.filter(pk__in=search.film_candidates(self, query, parsed))
            .annotate(rank=search.film_rank(query, parsed))
            .order_by("-rank", "title", "pk")
        )


class Film(models.Model):
    title = models.CharField(
        max_length=255,
        help_text="The title readers know, e.g. “From the World of John Wick: Ballerina”.",
    )
    original_title = models.CharField(
        max_length=255, blank=True, help_text="The title in its original language, if different."
    )
    slug = models.SlugField(
        max_length=270,
        unique=True,
        blank=True,
        help_text="Used in the film's URL. Left blank, it is made from the title, "
        "with the year added when another film has the same title.",
    )
    release_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(MIN_FILM_YEAR), MaxValueValidator(MAX_YEAR)],
        help_text="Year of first release; tells apart films with the same title.",
    )
    release_date = models.DateField(null=True, blank=True, help_text="Date of first release.")
    runtime_minutes = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text="Running time in minutes.",
    )
    genres = models.ManyToManyField(Genre, blank=True, related_name="films")
    countries = models.ManyToManyField(
        Country, blank=True, related_name="films", help_text="Countries of production."
    )
    studios = models.ManyToManyField(
        Studio, blank=True, related_name="films", help_text="Production companies, distributors."
    )
    synopsis = models.TextField(blank=True, help_text="A spoiler-free summary of the story.")
    poster = models.ImageField(upload_to="posters/", blank=True, help_text="Portrait, 2:3.")
    poster_alt = models.CharField(
        max_length=255,
        blank=True,
        help_text="Describe the poster for readers who cannot see it. Required with a poster.",
    )
    poster_renditions = renditions_field()
    franchise = models.ForeignKey(
        Franchise,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="films",
        help_text="Optional franchise or collection this film belongs to.",
    )
    keywords = TaggableManager(blank=True, help_text="Comma-separated keywords.")
    people = models.ManyToManyField(Person, through="Credit", related_name="films")
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FilmQuerySet.as_manager()

    class Meta:
        ordering = ["title", "release_year"]
        indexes = [
            models.Index(fields=["title", "release_year"], name="film_title_year_idx"),
            models.Index(fields=["release_year"], name="film_release_year_idx"),
            # The sitemap's latest change.
            models.Index(fields=["-updated_at"], name="film_updated_at_idx"),
            # PostgreSQL only (see reviews.migration_operations).
            GinIndex(fields=["search_vector"], name="film_search_idx"),
            GinIndex(fields=["title"], opclasses=["gin_trgm_ops"], name="film_title_trgm_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(release_year__isnull=True)
                | Q(release_year__gte=MIN_FILM_YEAR, release_year__lte=MAX_YEAR),
                name="film_release_year_range",
            ),
            models.CheckConstraint(
                condition=Q(runtime_minutes__isnull=True) | Q(runtime_minutes__gte=1),
                name="film_runtime_positive",
            ),
            models.CheckConstraint(
                condition=Q(poster="") | ~Q(poster_alt=""),
                name="film_poster_has_alt",
                violation_error_message="Describe the poster in its alt text.",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.release_year})" if self.release_year else self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title, extra=self.release_year)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_path("reviews:film-detail", slug=self.slug)

    def credits_in(self, role):
        """Credits of one role in billing order, from prefetched credits when present."""
        return [credit for credit in self.credits.all() if credit.role == role]

    def directors(self):
        return [credit.person for credit in self.credits_in(Credit.Role.DIRECTOR)]

    def writers(self):
        return [credit.person for credit in self.credits_in(Credit.Role.WRITER)]

    def crew(self):
        """[(role label, [people])] for the credits after the director, in the order of Role."""
        credits = Credit.group_by_role(
            credit
            for credit in self.credits.all()
            if credit.role not in (Credit.Role.DIRECTOR, Credit.Role.CAST)
        )
        return [(label, [credit.person for credit in items]) for label, items in credits]

    def cast_credits(self):
        return self.credits_in(Credit.Role.CAST)

    def top_cast(self, limit=4):
        """The top-billed cast credits (person and character)."""
        return self.cast_credits()[:limit]


class Credit(models.Model):
    class Role(models.TextChoices):
        DIRECTOR = "director", "Director"
        WRITER = "writer", "Writer"
        CAST = "cast", "Cast"
        CINEMATOGRAPHY = "cinematography", "Cinematography"
        MUSIC = "music", "Music"
        EDITING = "editing", "Editing"
        PRODUCER = "producer", "Producer"

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="credits")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="credits")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CAST)
    character = models.CharField(
        max_length=255, blank=True, help_text="For cast only: the character played."
    )
    billing_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are billed first."
    )

    class Meta:
        ordering = ["film", "role", "billing_order", "pk"]
        indexes = [
            models.Index(fields=["film", "role", "billing_order"], name="credit_film_role_idx"),
            models.Index(fields=["person", "role"], name="credit_person_role_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["film", "person", "role", "character"],
                name="credit_unique_per_film_role_character",
                violation_error_message="This person already has this credit on this film.",
            ),
            models.CheckConstraint(
                condition=Q(role="cast") | Q(character=""),
                name="credit_character_only_for_cast",
                violation_error_message="Only cast credits have a character name.",
            ),
        ]

    def __str__(self):
        label = self.get_role_display()
        if self.character:
            label = f"{label} as {self.character}"
        return f"{self.person.name}: {label}"

    @classmethod
    def group_by_role(cls, credits):
        """[(role label, [credits])] in the order of Role, for a filmography."""
        groups = {role: [] for role in cls.Role}
        for credit in credits:
            groups[cls.Role(credit.role)].append(credit)
        return [(role.label, items) for role, items in groups.items() if items]
