from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from reviews.models import Credit, Criterion, Film, Person, Review, Score, Stars
from tests.factories import CreditFactory, FilmFactory, ReviewFactory, ScoreFactory

pytestmark = pytest.mark.django_db


def assert_rejected_by_database(save):
    with pytest.raises(IntegrityError), transaction.atomic():
        save()


@pytest.mark.parametrize("rating", ["10.5", "-1", "7.3", "11"])
def test_database_rejects_rating_off_the_half_step_scale(rating):
    review = ReviewFactory()
    assert_rejected_by_database(
        lambda: Review.objects.filter(pk=review.pk).update(rating=Decimal(rating))
    )


@pytest.mark.parametrize("rating", ["0", "0.5", "9", "9.5", "10"])
def test_database_accepts_ratings_on_the_scale(rating):
    review = ReviewFactory(rating=Decimal(rating))
    review.full_clean()
    review.refresh_from_db()
    assert review.rating == Decimal(rating)


def test_full_clean_explains_an_off_scale_rating():
    review = ReviewFactory.build(rating=Decimal("10.5"), film=FilmFactory())
    with pytest.raises(ValidationError) as excinfo:
        review.full_clean(exclude=["author"])
    assert "0 to 10 in steps of 0.5" in " ".join(excinfo.value.message_dict["rating"])


def test_database_rejects_a_second_score_for_the_same_criterion():
    score = ScoreFactory()
    assert_rejected_by_database(
        lambda: Score.objects.create(review=score.review, criterion=score.criterion, value=5)
    )


def test_database_rejects_score_above_ten():
    review = ReviewFactory()
    criterion = Criterion.objects.get(name="Direction")
    assert_rejected_by_database(
        lambda: Score.objects.create(review=review, criterion=criterion, value=Decimal("10.5"))
    )


def test_published_review_needs_a_publish_time():
    assert_rejected_by_database(lambda: ReviewFactory(published_at=None))


def test_hero_image_needs_alt_text():
    assert_rejected_by_database(lambda: ReviewFactory(hero_image="reviews/x.jpg"))


def test_only_cast_credits_have_a_character():
    assert_rejected_by_database(
        lambda: CreditFactory(role=Credit.Role.DIRECTOR, character="Winston")
    )


def test_same_credit_twice_is_rejected():
    credit = CreditFactory(role=Credit.Role.DIRECTOR, character="")
    assert_rejected_by_database(
        lambda: Credit.objects.create(
            film=credit.film, person=credit.person, role=Credit.Role.DIRECTOR
        )
    )


def test_actor_may_play_two_characters_in_one_film():
    credit = CreditFactory(character="Twin A")
    CreditFactory(film=credit.film, person=credit.person, character="Twin B")
    assert credit.film.credits.count() == 2


def test_films_with_the_same_title_get_distinct_readable_slugs():
    korean = Film.objects.create(title="Ballerina", release_year=2023)
    spin_off = Film.objects.create(title="Ballerina", release_year=2025)
    remake = Film.objects.create(title="Ballerina", release_year=2025)
    assert [korean.slug, spin_off.slug, remake.slug] == [
        "ballerina",
        "ballerina-2025",
        "ballerina-2025-2",
    ]
    assert korean.get_absolute_url() != spin_off.get_absolute_url()


def test_slug_is_kept_when_a_film_is_saved_again():
    film = Film.objects.create(title="Together", release_year=2025)
    film.synopsis = "A couple moves to the country."
    film.save()
    film.refresh_from_db()
    assert film.slug == "together"


def test_people_with_the_same_name_coexist():
    first = Person.objects.create(name="Lee Chung-hyun")
    second = Person.objects.create(name="Lee Chung-hyun", birth_year=1990)
    third = Person.objects.create(name="Lee Chung-hyun")
    assert [first.slug, second.slug, third.slug] == [
        "lee-chung-hyun",
        "lee-chung-hyun-1990",
        "lee-chung-hyun-2",
    ]


def test_title_of_only_punctuation_still_gets_a_slug():
    assert Film.objects.create(title="?!").slug == "film"


@pytest.mark.parametrize(
    ("rating", "shown"),
    [("9", "★★★★½☆"[:5]), ("10", "★★★★★"), ("0", "☆☆☆☆☆"), ("8.5", "★★★★½"), ("7", "★★★½☆")],
)
def test_rating_is_shown_as_five_stars(rating, shown):
    assert str(Stars.from_rating(Decimal(rating))) == shown


def test_review_without_rating_has_no_stars():
    assert ReviewFactory.build(rating=None).stars is None


def test_criteria_average_and_disagreement_with_the_final_rating():
    review = ReviewFactory(rating=Decimal("9"))
    direction, performance = Criterion.objects.all()[:2]
    Score.objects.create(review=review, criterion=direction, value=Decimal("7"))
    Score.objects.create(review=review, criterion=performance, value=Decimal("8"))
    assert review.criteria_average() == Decimal("7.5")
    assert review.rating_disagrees_with_scores()
    review.rating = Decimal("8.5")
    assert not review.rating_disagrees_with_scores()


@pytest.mark.parametrize(
    ("dirty", "forbidden"),
    [
        ("<p>Hi</p><script>alert(1)</script>", "<script"),
        ('<p onclick="alert(1)">Hi</p>', "onclick"),
        ('<p><a href="javascript:alert(1)">x</a></p>', "javascript:"),
        ('<p style="position:fixed">Hi</p>', "style"),
        ("<iframe src='https://example.com'></iframe>", "<iframe"),
    ],
)
def test_body_is_sanitized_with_an_allow_list(dirty, forbidden):
    review = ReviewFactory.build(body=dirty, film=FilmFactory(), author=ReviewFactory().author)
    review.full_clean()
    assert forbidden not in review.body


def test_body_keeps_the_structure_editors_write():
    html = (
        "<h2>Story</h2><p><strong>Bold</strong> and <em>italic</em></p>"
        "<ul><li><p>one</p></li></ul><blockquote><p>quote</p></blockquote>"
        '<p><a href="https://example.com/">link</a></p>'
    )
    review = ReviewFactory.build(body=html, film=FilmFactory(), author=ReviewFactory().author)
    review.full_clean()
    for kept in ["<h2>Story</h2>", "<strong>", "<em>", "<ul>", "<blockquote>", 'href="https']:
        assert kept in review.body


def test_excerpt_skips_headings_and_ends_in_an_ellipsis():
    body = "<h2>Story</h2><p>" + " ".join(f"word{n}" for n in range(40)) + "</p><p>More.</p>"
    review = ReviewFactory.build(body=body)
    assert review.excerpt(words=5) == "word0 word1 word2 word3 word4…"
    assert "Story" not in review.excerpt()


def test_body_text_separates_blocks_and_unescapes_entities():
    review = ReviewFactory.build(body="<h2>Fish &amp; chips</h2><p>One</p><ul><li>Two</li></ul>")
    assert review.body_text() == "Fish & chips One Two"
    assert review.reading_minutes() == 1
