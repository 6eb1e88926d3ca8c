"""Films, the people who make them, and the reviews the publication writes about them."""

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.signals import setting_changed
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connections, models
from django.db.models import (
    Avg,
    Case,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.dispatch import receiver
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.text import Truncator
from django_countries import countries
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager
from taggit.models import TaggedItem

from comments.models import Comment
from reviews.richtext import first_words, plain_text
from reviews.slugs import unique_slug

#: The criteria every site starts with (created by migration 0003, which keeps its own copy).
DEFAULT_CRITERIA = (
    "Direction",
    "Performance",
    "Cinematography",
    "Sound & Score",
    "Screenplay",
    "Overall Impact",
)

#: Ratings and scores are 0 to 10 in steps of 0.5.
HALF_STEPS = [Decimal(n) / 2 for n in range(21)]
MIN_BIRTH_YEAR, MAX_YEAR = 1800, 2200
MIN_FILM_YEAR = 1870
#: A film of the same franchise outranks any number of shared genres.
FRANCHISE_SCORE = 1000
#: How many of the newest reviews stand in for similar ones a review lacks.
NEWEST = 3


def page_path(name, **kwargs):
    """reverse(), remembered: a page of cards links hundreds of films, people and genres."""
    return _page_path(get_script_prefix(), name, *sorted(kwargs.items()))


@lru_cache(maxsize=50_000)
def _page_path(prefix, name, *kwargs):
    return reverse(name, kwargs=dict(kwargs))  # `prefix` keys the cache: reverse() reads it


@receiver(setting_changed)
def _forget_page_paths(*, setting, **kwargs):
    if setting == "ROOT_URLCONF":  # as Django clears its own URL caches (tests do this)
        _page_path.cache_clear()


def half_step_validator(value):
    if value is not None and Decimal(value) not in HALF_STEPS:
        raise ValidationError(
            "Use a value from 0 to 10 in steps of 0.5 (for example 7, 7.5 or 8).",
            code="half_step",
        )


def rating_field(**kwargs):
    return models.DecimalField(
        max_digits=3,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(10), half_step_validator],
        **kwargs,
    )


def half_step_check(field, name):
    """A named constraint that keeps `field` on the 0-10 scale in steps of 0.5."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__in": HALF_STEPS}),
        name=name,
        violation_error_message="Use a value from 0 to 10 in steps of 0.5.",
    )


def renditions_field():
    """Sizes and formats made once from an uploaded image (see reviews.images)."""
    return models.JSONField(default=dict, blank=True, editable=False)


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


def either(first, second):
    """`pk` in either subquery: a UNION of the two short lists of ids, looked up by primary
    key, where the database allows a LIMIT inside one (PostgreSQL); else an OR (SQLite),
    which would make PostgreSQL read every row to test each against both lists."""
    if connections[first.db].features.supports_slicing_ordering_in_compound:
        return Q(pk__in=first.union(second))
    return Q(pk__in=first) | Q(pk__in=second)


class SubqueryCount(models.Subquery):
    """The number of rows a correlated subquery returns (0 when none)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"
    output_field = models.IntegerField()


def count_subquery(queryset, column):
    """COUNT(DISTINCT column) over a correlated queryset, as an annotation."""
    return SubqueryCount(queryset.order_by().values(column).distinct())


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


class CriterionQuerySet(models.QuerySet):
    def averages_for(self, *, film, now=None):
        """Criteria with the mean score (`average`) over the film's published reviews."""
        published = Review.objects.published(now).filter(film=film)
        return (
            self.filter(scores__review__in=published)
            .annotate(average=Avg("scores__value"))
            .order_by("position", "name")
        )


class Criterion(models.Model):
    """A scoring criterion such as Direction or Cinematography."""

    name = models.CharField(max_length=100, unique=True, help_text="E.g. “Cinematography”.")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Criteria are listed in this order."
    )
    is_default = models.BooleanField(
        default=True, help_text="New reviews start with a score row for this criterion."
    )

    objects = CriterionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "criteria"
        indexes = [models.Index(fields=["position", "name"], name="criterion_position_idx")]

    def __str__(self):
        return self.name


class ReviewQuerySet(models.QuerySet):
    def published(self, now=None):
        """Reviews the public may see: published, with a publish time that has come."""
        return self.filter(status=Review.Status.PUBLISHED, published_at__lte=now or timezone.now())

    def scheduled(self, now=None):
        """Published reviews whose publish time is still in the future."""
        return self.filter(status=Review.Status.PUBLISHED, published_at__gt=now or timezone.now())

    def drafts(self):
        """Reviews still being written."""
        return self.filter(status=Review.Status.DRAFT)

    def with_faq_to_review(self):
        """Reviews with FAQ entries an import flagged (an answer waiting for its question)."""
        flagged = FAQEntry.objects.filter(review=OuterRef("pk"), needs_review=True)
        return self.filter(Exists(flagged))

    def with_cards(self):
        """What a review card shows: film, author, profile and `comment_count`, in one query.

        The body, which no card shows (they show the kept `body_excerpt`), stays behind.
        """
        cards = self.select_related("film", "author", "author__author_profile")
        return cards.defer("body", "search_vector", "film__search_vector").annotate(
            comment_count=Comment.objects.approved_count_for(Review)
        )

    def search(self, query, *, among=None):
        """Reviews matching `query`: ranked with a `snippet` on PostgreSQL, else unranked.

        Ranking reads every match's vector, so it runs over a bounded set of candidates found
        through indexes: `among` (ids from reviews.search.review_candidates), or else the
        newest matches and the reviews of the films whose title matches best.
        """
        from reviews import search  # reviews.search builds on these models

        if not search.is_postgres(self.db):
            fields = ["headline", "film__title", "standfirst", "body"]
            return self.filter(search.fallback_filter(query, fields))
        parsed = search.parse_query(query)
        if among is None:
            among = search.candidates(self.search_matches(query), query)
        return (
            self.filter(pk__in=among)
            .annotate(rank=search.rank(parsed), snippet=search.review_snippet(parsed))
            .order_by("-rank", "-published_at", "-pk")
        )

    def search_matches(self, query):
        """Every review whose search vector matches `query` (PostgreSQL), unranked."""
        from reviews import search

        return self.filter(search_vector=search.parse_query(query))

    def similar_to(self, review):
        """The reviews most like `review` (kept by reviews.relations), then the newest ones.

        One query over a handful of rows: the review's kept links and the newest reviews,
        which stand in when fewer reviews share anything with it.
        """
        links = SimilarReview.objects.filter(review=review.pk)
        newest = Review.objects.published().exclude(pk=review.pk).order_by("-published_at", "-pk")
        score = Subquery(links.filter(similar=OuterRef("pk")).values("score")[:1])
        return (
            self.exclude(pk=review.pk)
            .filter(either(links.order_by().values("similar"), newest.values("pk")[:NEWEST]))
            .select_related("film")
            .annotate(similarity=Coalesce(score, 0))
            .order_by("-similarity", "-published_at", "-pk")
        )

    def scored_against(self, review):
        """These reviews with their `similarity` to `review`: shared people, keywords, genres.

        Each share is a correlated COUNT over an indexed link table, compared with the
        review's own links in a nested subquery: one query, and no join multiplies rows. It
        scores every review: for reviews.relations, which keeps the best few per review.
        """
        film_genres = Film.genres.through.objects
        review_tags = TaggedItem.objects.filter(
            content_type_id=ContentType.objects.get_for_model(Review).pk
        )
        shared_people = count_subquery(
            Credit.objects.filter(
                film_id=OuterRef("film_id"),
                person_id__in=Credit.objects.filter(film_id=review.film_id).values("person_id"),
            ),
            "person_id",
        )
        shared_genres = count_subquery(
            film_genres.filter(
                film_id=OuterRef("film_id"),
                genre_id__in=film_genres.filter(film_id=review.film_id).values("genre_id"),
            ),
            "genre_id",
        )
        shared_tags = count_subquery(
            review_tags.filter(
                object_id=OuterRef("pk"),
                tag_id__in=review_tags.filter(object_id=review.pk).values("tag_id"),
            ),
            "tag_id",
        )
        return (
            self.exclude(pk=review.pk)
            .select_related("film")
            .annotate(similarity=2 * shared_people + 2 * shared_tags + shared_genres)
            .order_by("-similarity", "-published_at", "-pk")
        )

    def neighbours_of(self, review):
        """The previous and next review by publish time, in one query, as (previous, next)."""
        if review.published_at is None:
            return None, None
        earlier = self.filter(published_at__lt=review.published_at).order_by("-published_at")
        later = self.filter(published_at__gt=review.published_at).order_by("published_at")
        both = self.filter(
            Q(pk=Subquery(earlier.values("pk")[:1])) | Q(pk=Subquery(later.values("pk")[:1]))
        ).only("slug", "headline", "published_at")
        previous = next((r for r in both if r.published_at < review.published_at), None)
        following = next((r for r in both if r.published_at > review.published_at), None)
        return previous, following


class Review(models.Model):
    class Kind(models.TextChoices):
        REVIEW = "review", "Review"
        ANALYSIS = "analysis", "Analysis"
        FEATURE = "feature", "Feature"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    film = models.ForeignKey(Film, on_delete=models.PROTECT, related_name="reviews")
    headline = models.CharField(max_length=255, help_text="The review's title.")
    slug = models.SlugField(
        max_length=270, unique=True, help_text="Used in the review's URL; keep it stable."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.REVIEW)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews"
    )
    standfirst = models.TextField(
        blank=True, help_text="One or two sentences under the headline that draw readers in."
    )
    body = ProseEditorField(
        extensions={
            "Bold": True,
            "Italic": True,
            "Heading": {"levels": [2, 3]},
            "BulletList": True,
            "OrderedList": True,
            "ListItem": True,
            "Blockquote": True,
            "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
            "Figure": True,
            "Caption": True,
            "Image": True,
            "HardBreak": True,
            "HorizontalRule": True,
        },
        sanitize=True,
        blank=True,
        help_text="Sections start with a heading; they make the table of contents.",
    )
    hero_image = models.ImageField(
        upload_to="reviews/", blank=True, help_text="Landscape, at least 1600 px wide."
    )
    hero_image_alt = models.CharField(
        max_length=255,
        blank=True,
        help_text="Describe the image for readers who cannot see it. Required with an image.",
    )
    hero_renditions = renditions_field()
    verdict = models.CharField(
        max_length=200, blank=True, help_text="One line that sums up the review."
    )
    rating = rating_field(
        null=True,
        blank=True,
        help_text="Final rating, 0 to 10 in steps of 0.5; shown as five stars (9 is ★★★★½).",
    )
    keywords = TaggableManager(blank=True, help_text="Comma-separated keywords.")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the review goes public. A future time schedules it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    is_featured = models.BooleanField(default=False, help_text="Shown first on the home page.")
    is_open_for_comments = models.BooleanField(default=True, help_text="Readers may leave replies.")
    body_excerpt = models.TextField(
        blank=True,
        editable=False,
        default="",
        db_default="",
        help_text="The body's first words as plain text, for cards; kept when saved.",
    )
    word_count = models.PositiveIntegerField(
        default=0,
        db_default=0,
        editable=False,
        help_text="Words in the standfirst and body, for the reading time; counted when saved.",
    )
    seo_description = models.CharField(
        max_length=300,
        blank=True,
        help_text="What search engines show under the title; the standfirst if left blank.",
    )
    search_vector = SearchVectorField(null=True, editable=False)
    import_key = models.CharField(
        db_default="",
        max_length=255,
        blank=True,
        editable=False,
        help_text="Where an import found this review (a WordPress post's GUID), to update it.",
    )
    imported_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When an import last wrote this review; a later change is an editor's.",
    )
    import_fingerprint = models.CharField(
        db_default="",
        max_length=64,
        blank=True,
        editable=False,
        help_text="SHA-256 of the document last imported into this review.",
    )

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="review_status_published_idx"),
            models.Index(fields=["-published_at", "-id"], name="review_published_at_idx"),
            models.Index(fields=["kind"], name="review_kind_idx"),
            models.Index(fields=["is_featured", "-published_at"], name="review_featured_idx"),
            models.Index(fields=["-updated_at"], name="review_updated_at_idx"),
            # PostgreSQL only (see reviews.migration_operations).
            GinIndex(fields=["search_vector"], name="review_search_idx"),
        ]
        constraints = [
            half_step_check("rating", "review_rating_half_steps"),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="review_published_has_time",
                violation_error_message="A published review needs a publish time.",
            ),
            models.CheckConstraint(
                condition=Q(hero_image="") | ~Q(hero_image_alt=""),
                name="review_hero_image_has_alt",
                violation_error_message="Describe the hero image in its alt text.",
            ),
            models.UniqueConstraint(
                fields=["import_key"],
                condition=~Q(import_key=""),
                name="review_import_key_unique",
            ),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"body", "standfirst"} & set(update_fields):
            self.count_words()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "body_excerpt", "word_count"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return page_path("reviews:review-detail", slug=self.slug)

    def get_preview_url(self):
        return reverse("reviews:review-preview", kwargs={"slug": self.slug})

    def count_words(self):
        """Keep what cards and the reading time need of the body, so pages never parse it."""
        self.body_excerpt = first_words(self.body_text(headings=False))
        self.word_count = len(self.standfirst.split()) + len(self.body_text().split())

    def body_text(self, *, headings=True):
        """The body as plain text, blocks separated, for excerpts, reading time and search."""
        return plain_text(self.body, headings=headings)

    def reading_minutes(self, words_per_minute=230):
        words = self.word_count or len(self.standfirst.split()) + len(self.body_text().split())
        return max(1, round(words / words_per_minute))

    def excerpt(self, words=30):
        """The start of the body (or the standfirst) cut to `words`, ending in "…"."""
        text = self.body_excerpt
        if not text and not self.word_count:  # not counted yet: a review not saved
            text = self.body_text(headings=False)
        return Truncator(text or self.standfirst).words(words, truncate="…")

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    # What the comments app asks of the object it is attached to.
    @property
    def comments_enabled(self):
        return self.is_open_for_comments and self.is_published

    @property
    def comments_opened_at(self):
        """Comments may close N days after this (ModerationSettings.close_after_days)."""
        return self.published_at

    def comment_notification_emails(self):
        """Who hears when a comment on this review is approved: its author."""
        return [self.author.email] if self.author.email else []

    @property
    def byline(self):
        """The author's public display name, else their full name; never a login or e-mail."""
        try:
            return self.author.author_profile.display_name
        except ObjectDoesNotExist:
            # A username may well be an e-mail address: it is not for the public.
            return self.author.get_full_name() or "The editors"

    @staticmethod
    def average_rating(reviews):
        """Mean final rating of `reviews` (already loaded), to one decimal, or None."""
        ratings = [review.rating for review in reviews if review.rating is not None]
        if not ratings:
            return None
        return (sum(ratings) / len(ratings)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    def criteria_average(self):
        """Mean of the per-criterion scores (from prefetched scores when present)."""
        values = [score.value for score in self.scores.all() if score.value is not None]
        if not values:
            return None
        return (sum(values) / len(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    def rating_disagrees_with_scores(self, tolerance=Decimal(1)):
        """True when the final rating is more than `tolerance` away from the scores' mean."""
        average = self.criteria_average()
        if average is None or self.rating is None:
            return False
        return abs(average - self.rating) > tolerance

    @property
    def stars(self):
        """The rating as five stars: full, half and empty counts (9/10 is 4, 1, 0)."""
        return Stars.from_rating(self.rating)


class Stars:
    """Five-star rendering of a 0-10 rating."""

    def __init__(self, full, half, empty):
        self.full, self.half, self.empty = full, half, empty

    @classmethod
    def from_rating(cls, rating):
        if rating is None:
            return None
        # 10 points are 5 stars, so a point is a half star; 8.5 rounds up to 4.5 stars.
        half_stars = int(Decimal(rating).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        full, half = divmod(half_stars, 2)
        return cls(full, half, 5 - full - half)

    def __str__(self):
        return "★" * self.full + "½" * self.half + "☆" * self.empty


class AuthorProfile(models.Model):
    """The public face of a user who writes reviews."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="author_profile"
    )
    display_name = models.CharField(max_length=150, help_text="The name shown on bylines.")
    bio = models.TextField(blank=True, max_length=1000, help_text="Two or three sentences.")
    avatar = models.ImageField(upload_to="authors/", blank=True, help_text="A square portrait.")
    avatar_renditions = renditions_field()

    def __str__(self):
        return self.display_name


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="scores")
    value = rating_field(help_text="0 to 10 in steps of 0.5.")

    class Meta:
        ordering = ["criterion__position", "criterion__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "criterion"],
                name="score_one_per_criterion",
                violation_error_message="This review already has a score for this criterion.",
            ),
            half_step_check("value", "score_value_half_steps"),
        ]
        indexes = [models.Index(fields=["criterion"], name="score_criterion_idx")]

    def __str__(self):
        return f"{self.criterion}: {self.value}/10"


class FAQEntry(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="faq_entries")
    question = models.CharField(max_length=300, help_text="Phrase it as readers would ask it.")
    answer = models.TextField(help_text="A short, direct answer.")
    position = models.PositiveSmallIntegerField(default=0, help_text="Questions in this order.")
    needs_review = models.BooleanField(
        default=False,
        help_text="Imported with something missing (such as the question); hidden until cleared.",
    )

    class Meta:
        ordering = ["review", "position", "pk"]
        verbose_name = "FAQ entry"
        verbose_name_plural = "FAQ entries"
        indexes = [models.Index(fields=["review", "position"], name="faq_review_position_idx")]

    def __str__(self):
        return self.question


class SimilarReview(models.Model):
    """One of a review's most similar published reviews, kept by reviews.relations.

    Worked out when either review changes, so a review's page reads its "Similar Posts" with
    one indexed lookup instead of scoring every review on the site.
    """

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="similar_links")
    similar = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="similar_to_links")
    score = models.PositiveIntegerField(help_text="Shared people and keywords count 2, genres 1.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "similar"], name="similarreview_unique_pair"),
        ]
        # The lists a review appears in, to mend them when it changes.
        indexes = [models.Index(fields=["similar"], name="similarreview_similar_idx")]

    def __str__(self):
        return f"{self.review_id} ~ {self.similar_id} ({self.score})"


class RelatedFilm(models.Model):
    """One of a film's most related films (same franchise, most shared genres), kept by
    reviews.relations so film and review pages read "Related Movies" with one lookup."""

    film = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(Film, on_delete=models.CASCADE, related_name="related_to_links")
    score = models.PositiveIntegerField(
        help_text="1000 for the same franchise, plus shared genres."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["film", "related"], name="relatedfilm_unique_pair"),
        ]
        indexes = [models.Index(fields=["related"], name="relatedfilm_related_idx")]

    def __str__(self):
        return f"{self.film_id} ~ {self.related_id} ({self.score})"
