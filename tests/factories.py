"""factory_boy factories for the content model and its comments."""

import datetime as dt
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from comments.models import Comment
from outbox.models import OutgoingMail
from reviews.models import Credit, Criterion, FAQEntry, Film, Genre, Person, Review, Score


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("correct horse battery staple")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")


class GenreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Genre
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Genre {n}")


class FilmFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Film

    title = factory.Sequence(lambda n: f"Film {n}")
    release_year = 2025


class CreditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Credit

    film = factory.SubFactory(FilmFactory)
    person = factory.SubFactory(PersonFactory)
    role = Credit.Role.CAST
    character = factory.Sequence(lambda n: f"Character {n}")


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review

    film = factory.SubFactory(FilmFactory)
    headline = factory.Sequence(lambda n: f"Review number {n}")
    slug = factory.Sequence(lambda n: f"review-number-{n}")
    author = factory.SubFactory(UserFactory, is_staff=True)
    standfirst = "A short standfirst."
    body = "<h2>Story</h2><p>The plot, without spoilers.</p>"
    verdict = "Worth the ticket."
    rating = Decimal("8.5")
    status = Review.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=1))

    class Params:
        draft = factory.Trait(status=Review.Status.DRAFT, published_at=None)
        scheduled = factory.Trait(
            published_at=factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=3))
        )


class ScoreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Score

    review = factory.SubFactory(ReviewFactory)
    criterion = factory.LazyFunction(lambda: Criterion.objects.first())
    value = Decimal("8")


class FAQEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQEntry

    review = factory.SubFactory(ReviewFactory)
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "An answer."


class CommentFactory(factory.django.DjangoModelFactory):
    """An approved comment on a new review (or on its parent's object, for a reply)."""

    class Meta:
        model = Comment

    parent = None
    content_object = factory.Maybe(
        "parent",
        yes_declaration=factory.LazyAttribute(lambda comment: comment.parent.content_object),
        no_declaration=factory.SubFactory(ReviewFactory),
    )
    depth = factory.LazyAttribute(lambda comment: comment.parent.depth + 1 if comment.parent else 0)
    author_name = factory.Sequence(lambda n: f"Commenter {n}")
    author_email = factory.Sequence(lambda n: f"commenter{n}@example.org")
    text = factory.Sequence(lambda n: f"Comment number {n}.")
    status = Comment.Status.APPROVED
    ip_address = "203.0.113.7"
    user_agent = "Mozilla/5.0 (X11; Linux x86_64) Test"
    submitted_at = factory.LazyFunction(timezone.now)


class OutgoingMailFactory(factory.django.DjangoModelFactory):
    """A queued plain-text mail, due now."""

    class Meta:
        model = OutgoingMail

    about = factory.Sequence(lambda n: f"test mail {n}")
    from_email = "reviewsite <noreply@example.com>"
    to = factory.Sequence(lambda n: [f"reader{n}@example.org"])
    subject = factory.Sequence(lambda n: f"[reviewsite] Mail {n}")
    body = "Hello.\n"
