"""How reviews are read: what the public may see, cards, search, neighbours, similar ones."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from taggit.models import TaggedItem

from comments.models import Comment
from reviews.models.catalogue import Credit, Film
from reviews.models.derived import SimilarReview
from reviews.models.expressions import count_subquery, either

#: How many of the newest reviews stand in for similar ones a review lacks.
NEWEST = 3


class ReviewQuerySet(models.QuerySet):
    def published(self, now=None):
        """Reviews the public may see: published, with a publish time that has come."""
        return self.filter(
            status=self.model.Status.PUBLISHED, published_at__lte=now or timezone.now()
        )

    def scheduled(self, now=None):
        """Published reviews whose publish time is still in the future."""
        return self.filter(
            status=self.model.Status.PUBLISHED, published_at__gt=now or timezone.now()
        )

    def drafts(self):
        """Reviews still being written."""
        return self.filter(status=self.model.Status.DRAFT)

    def in_status(self, status):
        """Reviews at one step of the workflow (reviews.workflow), e.g. Status.IN_REVIEW."""
        return self.filter(status=status)

    def for_user(self, user):
        """The reviews `user` finds in the admin: a writer (who may change reviews, but not
        anyone's) their own; everyone else what their permissions show of all of them."""
        if user.has_perm("reviews.change_review") and not user.has_perm(
            "reviews.change_any_review"
        ):
            return self.filter(author=user.pk)
        return self.all()

    def with_warnings(self):
        """Reviews whose last check (reviews.consistency) found something to look at."""
        return self.exclude(consistency_warnings=[])

    def with_faq_to_review(self):
        """Reviews with FAQ entries an import flagged (an answer waiting for its question)."""
        from reviews.models.editorial import FAQEntry  # editorial builds on this module

        flagged = FAQEntry.objects.filter(review=OuterRef("pk"), needs_review=True)
        return self.filter(Exists(flagged))

    def with_cards(self):
        """What a review card shows: film, author, profile and `comment_count`, in one query.

        The body, which no card shows (they show the kept `body_excerpt`), stays behind.
        """
        cards = self.select_related("film", "author", "author__author_profile")
        return cards.defer("body", "search_vector", "film__search_vector").annotate(
            comment_count=Comment.objects.approved_count_for(self.model)
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
        newest = (
            self.model.objects.published().exclude(pk=review.pk).order_by("-published_at", "-pk")
        )
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
            content_type_id=ContentType.objects.get_for_model(self.model).pk
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
