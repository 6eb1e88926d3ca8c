import pytest
from django.urls import reverse

from reviews.models import Criterion, Score
from tests.factories import CreditFactory, FAQEntryFactory, GenreFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_home_lists_only_published_reviews(client):
    live = ReviewFactory(headline="Live review")
    ReviewFactory(headline="Draft review", draft=True)
    ReviewFactory(headline="Scheduled review", scheduled=True)
    response = client.get(reverse("reviews:home"))
    assert response.status_code == 200
    assert list(response.context["reviews"]) == [live]
    html = response.content.decode()
    assert "Live review" in html
    assert "Draft review" not in html and "Scheduled review" not in html


@pytest.mark.parametrize("page", ["0", "abc", "99999", "-1"])
def test_bad_page_numbers_are_a_404_not_an_error(client, page):
    ReviewFactory()
    assert client.get(reverse("reviews:home"), {"page": page}).status_code == 404


def test_review_page_shows_film_scores_rating_and_faq(client):
    review = ReviewFactory(rating=9, verdict="Grace and fury.")
    Score.objects.create(review=review, criterion=Criterion.objects.get(name="Direction"), value=9)
    FAQEntryFactory(review=review, question="Is it part of a franchise?")
    response = client.get(review.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    for expected in ["★★★★½", "9/10", "Grace and fury.", "Direction", "Is it part of a franchise?"]:
        assert expected in html


def build_review(size):
    review = ReviewFactory()
    review.film.genres.add(*GenreFactory.create_batch(size))
    CreditFactory.create_batch(size, film=review.film)
    FAQEntryFactory.create_batch(size, review=review)
    for criterion in Criterion.objects.all()[:size]:
        Score.objects.create(review=review, criterion=criterion, value=8)
    review.keywords.add(*[f"keyword {n}" for n in range(size)])
    return review


@pytest.mark.parametrize("size", [1, 6])
def test_review_page_query_count_does_not_grow_with_content(
    client, django_assert_num_queries, size
):
    review = build_review(size)
    with django_assert_num_queries(8):
        assert client.get(review.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("count", [2, 12])
def test_home_query_count_does_not_grow_with_reviews(client, django_assert_num_queries, count):
    ReviewFactory.create_batch(count)
    with django_assert_num_queries(2):
        assert client.get(reverse("reviews:home")).status_code == 200


def test_genre_page_lists_reviews_of_its_films(client):
    review = ReviewFactory()
    genre = GenreFactory(name="Thriller")
    review.film.genres.add(genre)
    ReviewFactory()  # another genre-less film
    response = client.get(genre.get_absolute_url())
    assert list(response.context["reviews"]) == [review]


def test_film_and_person_pages(client):
    credit = CreditFactory(character="Eve Macarro")
    review = ReviewFactory(film=credit.film)
    ReviewFactory(film=credit.film, draft=True, headline="Hidden draft")
    film_html = client.get(credit.film.get_absolute_url()).content.decode()
    assert review.headline in film_html and "Hidden draft" not in film_html
    assert "Eve Macarro" in client.get(credit.person.get_absolute_url()).content.decode()
