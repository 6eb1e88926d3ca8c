"""The editors' admin for films, people and reviews."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.utils.html import format_html

from reviews import admin_forms, services
from reviews.admin_forms import PublishThroughServiceAdminMixin, ReviewAdminForm
from reviews.admin_images import ImageRenditionsAdminMixin
from reviews.admin_request_changes import RequestChangesActionMixin
from reviews.admin_revisions import RevisionsAdminMixin
from reviews.admin_workflow import HasWarningsListFilter, WorkflowAdminMixin
from reviews.models import (
    AuthorProfile,
    Country,
    Credit,
    Criterion,
    FAQEntry,
    Film,
    Franchise,
    Genre,
    Person,
    Review,
    ReviewFigure,
    Score,
    Studio,
)
from reviewsite.admin_media import RichTextAdminMixin
from reviewsite.paginator import EstimatedCountPaginator

User = get_user_model()
THUMBNAIL_HEIGHT = 60


def thumbnail(image, alt="", height=THUMBNAIL_HEIGHT):
    if not image:
        return "—"
    return format_html(
        '<img src="{}" alt="{}" height="{}" class="admin-thumbnail">',
        image.url,
        alt,
        height,
    )


class LargeTableAdmin(admin.ModelAdmin):
    """Changelists that stay fast on large tables: no full COUNT, estimated paging."""

    paginator = EstimatedCountPaginator
    show_full_result_count = False
    list_per_page = 50


class CreditInline(admin.TabularInline):
    model = Credit
    extra = 1
    fields = ["person", "role", "character", "billing_order"]
    autocomplete_fields = ["person"]
    ordering = ["role", "billing_order", "pk"]


class PersonCreditInline(admin.TabularInline):
    model = Credit
    extra = 0
    fields = ["film", "role", "character", "billing_order"]
    autocomplete_fields = ["film"]
    verbose_name_plural = "credits"
    ordering = ["-film__release_year", "role"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("film")


@admin.register(Person)
class PersonAdmin(RevisionsAdminMixin, ImageRenditionsAdminMixin, LargeTableAdmin):
    form = admin_forms.PersonAdminForm
    list_display = ["photo_thumbnail", "name", "birth_year"]
    list_display_links = ["photo_thumbnail", "name"]
    search_fields = ["name", "slug"]
    ordering = ["name", "id"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "birth_year", "photo", "photo_preview", "renditions_state", "bio"]
    readonly_fields = ["photo_preview", "renditions_state"]
    inlines = [PersonCreditInline]

    @admin.display(description="Photo")
    def photo_thumbnail(self, person):
        return thumbnail(person.photo, person.name)

    @admin.display(description="Current photo")
    def photo_preview(self, person):
        return thumbnail(person.photo, person.name, height=200)


@admin.register(Genre)
class GenreAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Studio)
class StudioAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    """The ISO 3166 list is loaded by a migration; editors pick from it, not edit it."""

    list_display = ["name", "code"]
    search_fields = ["name", "code"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Franchise)
class FranchiseAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Film)
class FilmAdmin(RevisionsAdminMixin, ImageRenditionsAdminMixin, LargeTableAdmin):
    form = admin_forms.FilmAdminForm
    list_display = ["poster_thumbnail", "title", "release_year", "franchise", "runtime_minutes"]
    list_display_links = ["poster_thumbnail", "title"]
    list_filter = ["genres", "release_year", "franchise"]
    list_select_related = ["franchise"]
    search_fields = ["title", "original_title", "slug"]
    ordering = ["title", "release_year"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["genres", "countries", "studios", "franchise"]
    readonly_fields = ["poster_preview", "renditions_state"]
    fieldsets = [
        (None, {"fields": ["title", "original_title", "slug", "franchise"]}),
        (
            "Release",
            {
                "fields": [
                    "release_year",
                    "release_date",
                    "runtime_minutes",
                    "genres",
                    "countries",
                    "studios",
                ]
            },
        ),
        ("Story", {"fields": ["synopsis", "keywords"]}),
        ("Poster", {"fields": ["poster", "poster_alt", "poster_preview", "renditions_state"]}),
    ]
    inlines = [CreditInline]

    @admin.display(description="Poster")
    def poster_thumbnail(self, film):
        return thumbnail(film.poster, film.poster_alt)

    @admin.display(description="Current poster")
    def poster_preview(self, film):
        return thumbnail(film.poster, film.poster_alt, height=240)


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "is_default"]
    list_editable = ["position", "is_default"]
    search_fields = ["name"]


class ScoreInline(admin.TabularInline):
    model = Score
    fields = ["criterion", "value", "comment"]
    ordering = ["criterion__position", "criterion__name"]
    verbose_name = "criterion score"

    def get_extra(self, request, obj=None, **kwargs):
        # A new review starts with one row per default criterion (see get_formset_kwargs).
        return Criterion.objects.filter(is_default=True).count() if obj is None else 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("criterion")


class FAQEntryInline(admin.StackedInline):
    model = FAQEntry
    extra = 1
    fields = ["question", "answer", "position", "needs_review"]
    ordering = ["position", "pk"]


class ReviewFigureInline(admin.TabularInline):
    """The images the body shows (imported with it): their alt text, or remove one."""

    model = ReviewFigure
    extra = 0
    fields = ["image", "alt", "source_url"]
    readonly_fields = ["image", "source_url"]
    verbose_name = "image in the body"

    def has_add_permission(self, request, obj=None):
        return False  # the body's figures come with an import


class PublicationListFilter(admin.SimpleListFilter):
    """Draft, scheduled or live: what the public actually sees now."""

    title = "visibility"
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("live", "Live"), ("scheduled", "Scheduled"), ("draft", "Draft")]

    def queryset(self, request, queryset):
        return {
            "live": queryset.published,
            "scheduled": queryset.scheduled,
            "draft": queryset.drafts,
        }.get(self.value(), queryset.all)()


class FAQListFilter(admin.SimpleListFilter):
    """Reviews whose imported FAQ needs an editor: answers that came without a question."""

    title = "FAQ"
    parameter_name = "faq"

    def lookups(self, request, model_admin):
        return [("needs_review", "Needs review")]

    def queryset(self, request, queryset):
        return queryset.with_faq_to_review() if self.value() == "needs_review" else queryset


@admin.register(Review)
class ReviewAdmin(
    WorkflowAdminMixin,  # first: a refused move leaves no version (admin_workflow)
    RequestChangesActionMixin,
    RevisionsAdminMixin,
    RichTextAdminMixin,
    PublishThroughServiceAdminMixin,
    ImageRenditionsAdminMixin,
    LargeTableAdmin,
):
    form = ReviewAdminForm
    list_display = [
        "headline",
        "film",
        "kind",
        "visibility",
        "published_at",
        "rating",
        "is_featured",
        "preview_link",
    ]
    list_filter = [
        PublicationListFilter,
        "status",
        "kind",
        "is_featured",
        FAQListFilter,
        HasWarningsListFilter,
        "film__genres",
    ]
    list_select_related = ["film"]
    search_fields = ["headline", "film__title", "film__original_title", "film__people__name"]
    date_hierarchy = "published_at"
    ordering = ["-published_at", "-id"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["film"]
    readonly_fields = ["criteria_average", "preview_link", "updated_at", "renditions_state"]
    actions = [
        "submit",
        "approve",
        "request_changes",
        "publish",
        "unpublish",
        "feature",
        "unfeature",
    ]
    inlines = [ScoreInline, FAQEntryInline, ReviewFigureInline]
    fieldsets = [
        (None, {"fields": ["film", "headline", "slug", "kind", "author"]}),
        ("Text", {"fields": ["standfirst", "body"]}),
        ("Hero image", {"fields": ["hero_image", "hero_image_alt", "renditions_state"]}),
        ("Verdict", {"fields": ["rating", "criteria_average", "verdict"]}),
        (
            "Publication",
            {
                "fields": [
                    "status",
                    "published_at",
                    "is_featured",
                    "is_open_for_comments",
                    "preview_link",
                    "updated_at",
                ]
            },
        ),
        ("Search engines", {"fields": ["keywords", "seo_description"]}),
    ]

    def get_inline_instances(self, request, obj=None):
        # Images in the body come with imports: the section shows only where there are some.
        inlines = super().get_inline_instances(request, obj)
        if obj is None or not obj.figures.exists():
            inlines = [i for i in inlines if not isinstance(i, ReviewFigureInline)]
        return inlines

    def get_changeform_initial_data(self, request):
        return {"author": request.user.pk, **super().get_changeform_initial_data(request)}

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, ScoreInline) and obj.pk is None:
            kwargs["initial"] = [
                {"criterion": pk}
                for pk in Criterion.objects.filter(is_default=True).values_list("pk", flat=True)
            ]
        return kwargs

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Authors are staff; editors pick one without needing to see the user admin.
        if db_field.name == "author":
            kwargs["queryset"] = User.objects.filter(is_staff=True, is_active=True).order_by(
                "username"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def view_on_site(self, review):
        return review.get_preview_url()

    @admin.display(description="Visibility")
    def visibility(self, review):
        if review.is_published:
            return "Live"
        return "Scheduled" if review.is_scheduled else review.get_status_display()

    @admin.display(description="Preview")
    def preview_link(self, review):
        if not review.pk:
            return "Save the review to preview it."
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">Preview</a>', review.get_preview_url()
        )

    @admin.display(description="Criteria average")
    def criteria_average(self, review):
        average = review.criteria_average() if review.pk else None
        # How far it is from the rating is reviews.consistency's to say (rating_checks).
        return "No criterion scores yet." if average is None else average

    @admin.action(description="Publish selected reviews", permissions=["publish"])
    def publish(self, request, queryset):
        self._apply(request, queryset, services.review_publish, "published", by=request.user)

    @admin.action(description="Unpublish selected reviews (back to draft)", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._apply(request, queryset, services.review_unpublish, "unpublished", by=request.user)

    @admin.action(description="Feature selected reviews", permissions=["publish"])
    def feature(self, request, queryset):
        self._apply(request, queryset, services.review_set_featured, "featured", is_featured=True)

    @admin.action(description="Stop featuring selected reviews", permissions=["publish"])
    def unfeature(self, request, queryset):
        self._apply(
            request, queryset, services.review_set_featured, "no longer featured", is_featured=False
        )


@admin.register(AuthorProfile)
class AuthorProfileAdmin(ImageRenditionsAdminMixin, admin.ModelAdmin):
    list_display = ["display_name", "user"]
    search_fields = ["display_name", "user__username"]
    readonly_fields = ["renditions_state"]
    autocomplete_fields = ["user"]
