"""Structure every public page needs for assistive technology: landmarks and heading order."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from reviews.models import AuthorProfile, Country, Credit, Criterion, Franchise, Score
from tests.factories import CreditFactory, FAQEntryFactory, GenreFactory, ReviewFactory


class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings, self.landmarks, self.images_without_alt = [], set(), 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))
        if tag in {"header", "main", "footer", "nav"}:
            self.landmarks.add(tag)
        if tag == "img" and "alt" not in attrs:
            self.images_without_alt += 1


@pytest.fixture
def pages(db):
    review = ReviewFactory(body="<h2>Story</h2><p>Plot.</p><h3>Detail</h3><h2>Craft</h2>")
    review.film.genres.add(GenreFactory(name="Thriller"))
    review.film.countries.add(Country.objects.get(code="KR"))
    review.keywords.add("revenge")
    person = CreditFactory(film=review.film).person
    CreditFactory(film=review.film, role=Credit.Role.DIRECTOR, character="")
    Score.objects.create(review=review, criterion=Criterion.objects.first(), value=8)
    FAQEntryFactory(review=review)
    ReviewFactory().film.genres.add(*review.film.genres.all())
    franchise = Franchise.objects.create(name="John Wick")
    review.film.franchise = franchise
    review.film.save()
    author = AuthorProfile.objects.create(user=review.author, display_name="Mira Okafor")
    return [
        franchise.get_absolute_url(),
        author.get_absolute_url(),
        reverse("reviews:home"),
        reverse("reviews:review-list"),
        review.get_absolute_url(),
        review.film.get_absolute_url(),
        person.get_absolute_url(),
        review.film.genres.get().get_absolute_url(),
        reverse("reviews:country-detail", args=["kr"]),
        reverse("reviews:year-detail", args=[review.film.release_year]),
        reverse("reviews:tag-detail", args=["revenge"]),
        reverse("reviews:search") + "?q=review",
        "/no-such-page/",
    ]


def test_every_page_has_landmarks_one_h1_and_no_skipped_heading_level(client, pages):
    for url in pages:
        outline = Outline()
        outline.feed(client.get(url).content.decode())
        assert outline.landmarks == {"header", "main", "footer", "nav"}, url
        assert outline.headings.count(1) == 1 and outline.headings[0] == 1, (url, outline.headings)
        steps = zip(outline.headings, outline.headings[1:], strict=False)
        assert all(after <= before + 1 for before, after in steps), (url, outline.headings)
        assert outline.images_without_alt == 0, url
