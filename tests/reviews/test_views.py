import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from comments.models import Comment
from reviews.models import Country, Credit, Criterion, Film, Franchise, Review, Score, Studio
from reviews.relations import relations_refresh
from tests.factories import (
    CommentFactory,
    CreditFactory,
    FAQEntryFactory,
    FilmFactory,
    GenreFactory,
    PersonFactory,
    ReviewFactory,
)

pytestmark = pytest.mark.django_db


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


def test_home_lists_only_published_reviews_with_featured_first(client):
    live = ReviewFactory(headline="Live review")
    featured = ReviewFactory(headline="Featured review", is_featured=True)
    ReviewFactory(headline="Draft review", draft=True, is_featured=True)
    ReviewFactory(headline="Scheduled review", scheduled=True, is_featured=True)
    response = client.get(reverse("reviews:home"))
    assert response.context["featured"] == [featured]
    assert set(response.context["reviews"]) == {live, featured}
    html = html_of(response)
    assert "Draft review" not in html and "Scheduled review" not in html


@pytest.mark.parametrize("page", ["0", "abc", "99999", "-1"])
@pytest.mark.parametrize("url", ["reviews:home", "reviews:review-list"])
def test_bad_page_numbers_are_a_404_not_an_error(client, url, page):
    ReviewFactory()
    assert client.get(reverse(url), {"page": page}).status_code == 404


def test_archive_paginates_newest_first(client):
    reviews = ReviewFactory.create_batch(13)
    first = client.get(reverse("reviews:review-list"))
    second = client.get(reverse("reviews:review-list"), {"page": 2})
    assert (
        list(first.context["reviews"])
        == sorted(reviews, key=lambda r: r.published_at, reverse=True)[:12]
    )
    assert len(second.context["reviews"]) == 1


def refresh_relations():
    """What the worker does once reviews and films were saved: similar reviews, related films."""
    relations_refresh(
        review_ids=Review.objects.values_list("pk", flat=True),
        film_ids=Film.objects.values_list("pk", flat=True),
    )


def build_review(size):
    """A review whose film has `size` genres, countries, credits, FAQ, scores and keywords."""
    franchise = Franchise.objects.create(name=f"Series {size}")
    review = ReviewFactory(film=FilmFactory(franchise=franchise))
    genres = GenreFactory.create_batch(size)
    review.film.genres.add(*genres)
    review.film.countries.add(*Country.objects.all()[:size])
    CreditFactory(film=review.film, role=Credit.Role.DIRECTOR, character="")
    CreditFactory.create_batch(size, film=review.film)
    FAQEntryFactory.create_batch(size, review=review)
    for criterion in Criterion.objects.all()[:size]:
        Score.objects.create(review=review, criterion=criterion, value=8)
    review.keywords.add(*[f"keyword {n}" for n in range(size)])
    for _ in range(size):  # similar reviews and related films, each with their own facts
        other = ReviewFactory(film=FilmFactory(franchise=franchise))
        other.film.genres.add(*genres)
        CreditFactory.create_batch(size, film=other.film)
    refresh_relations()
    return review


def add_comment_threads(review, threads):
    """`threads` approved threads of three (a comment, a reply, a reply to it), and hidden ones."""
    for _ in range(threads):
        reply = CommentFactory(parent=CommentFactory(content_object=review))
        CommentFactory(parent=reply)
        CommentFactory(content_object=review, status=Comment.Status.PENDING)
        CommentFactory(content_object=review, status=Comment.Status.SPAM)


@pytest.mark.parametrize("size, threads", [(1, 0), (6, 20)])
def test_review_page_query_count_does_not_grow_with_content(
    client, django_assert_num_queries, size, threads
):
    review = build_review(size)
    add_comment_threads(review, threads)
    # 8 for the review and what surrounds it (one for every film's facts), 1 for the
    # moderation settings, 1 for comments (the thread, counted as it is read).
    with django_assert_num_queries(10):
        response = client.get(review.get_absolute_url())
    assert len(response.context["page"].similar) == min(size, 3)
    assert response.context["discussion"].count == 3 * threads
    assert len(response.context["discussion"].threads) == threads


def test_review_page_shows_every_part_in_reading_order(client):
    review = build_review(3)
    review.body = "<h2>Story</h2><p>Plot.</p><h2>Craft</h2><p>Camera.</p><h2>Story</h2>"
    review.rating, review.verdict = 9, "Grace and fury."
    review.save()
    html = html_of(client.get(review.get_absolute_url()))
    html = html[html.index("<article") :]
    director = review.film.credits.get(role=Credit.Role.DIRECTOR).person
    parts = [
        review.headline,
        "min read",
        director.name,
        review.standfirst,
        'href="#story"',
        'id="story"',
        'id="story-2"',
        "Scores",
        "★★★★½",
        "9/10",
        "Grace and fury.",
        "Frequently asked questions",
        "<summary",
        reverse("reviews:tag-detail", args=["keyword-0"]),
        "Similar Posts",
        "Related Movies",
    ]
    positions = [html.index(part) for part in parts]
    assert positions == sorted(positions)


def test_faq_entries_flagged_for_review_stay_off_the_public_page(client):
    review = ReviewFactory()
    FAQEntryFactory(review=review, question="Is it long?", answer="Two hours.")
    FAQEntryFactory(review=review, question="(question missing)", answer="Orphan answer.")
    review.faq_entries.filter(answer="Orphan answer.").update(needs_review=True)
    html = html_of(client.get(review.get_absolute_url()))
    assert "Two hours." in html
    assert "Orphan answer." not in html and "question missing" not in html


def test_similar_posts_rank_shared_people_first_and_skip_unpublished(client):
    review = ReviewFactory()
    star = CreditFactory(film=review.film).person
    genre = GenreFactory()
    review.film.genres.add(genre)
    same_star = ReviewFactory(headline="Same star")
    CreditFactory(film=same_star.film, person=star)
    same_genre = ReviewFactory(headline="Same genre")
    same_genre.film.genres.add(genre)
    unrelated = ReviewFactory(headline="Unrelated")
    hidden = ReviewFactory(headline="Hidden draft", draft=True)
    CreditFactory(film=hidden.film, person=star)
    refresh_relations()
    response = client.get(review.get_absolute_url())
    assert response.context["page"].similar == [same_star, same_genre, unrelated]
    assert "Hidden draft" not in html_of(response)


def test_related_movies_put_the_franchise_first(client):
    franchise = Franchise.objects.create(name="John Wick")
    review = ReviewFactory(film=FilmFactory(franchise=franchise, release_year=2025))
    genre = GenreFactory()
    review.film.genres.add(genre)
    sibling = FilmFactory(franchise=franchise, release_year=2014)
    cousin = FilmFactory(release_year=2030)
    cousin.genres.add(genre)
    FilmFactory()  # shares nothing
    refresh_relations()
    response = client.get(review.get_absolute_url())
    assert response.context["page"].related == [sibling, cousin]


def test_previous_and_next_reviews(client):
    older, middle, newer = (
        ReviewFactory(published_at=dt.datetime(2026, month, 1, tzinfo=dt.UTC))
        for month in (1, 2, 3)
    )
    ReviewFactory(scheduled=True)
    ReviewFactory(draft=True)
    response = client.get(middle.get_absolute_url())
    assert response.context["page"].neighbours == (older, newer)


def test_review_body_is_sanitized_again_when_shown(client):
    review = ReviewFactory()
    type(review).objects.filter(pk=review.pk).update(body="<p>ok</p><script>alert(1)</script>")
    html = html_of(client.get(review.get_absolute_url()))
    assert "<script>alert(1)" not in html and "<p>ok</p>" in html


@pytest.mark.parametrize("size", [1, 6])
def test_film_page_shows_facts_averages_and_reviews(client, django_assert_num_queries, size):
    review = build_review(size)
    film = review.film
    ReviewFactory(film=film, rating=7, headline="Second opinion")
    ReviewFactory(film=film, draft=True, headline="Hidden draft", rating=1)
    film.studios.set([Studio.objects.create(name=f"Studio {n}") for n in range(size)])
    with django_assert_num_queries(9):
        response = client.get(film.get_absolute_url())
    html = html_of(response)
    assert "Second opinion" in html and "Hidden draft" not in html
    assert all(f"Studio {n}" in html for n in range(size))
    assert response.context["average_rating"] == Decimal("7.8")  # (8.5 + 7) / 2, rounded
    averages = {c.name: c.average for c in response.context["criterion_averages"]}
    assert len(averages) == size and set(averages.values()) == {8}
    for credit in film.credits.filter(role="cast"):
        assert credit.character in html


def test_film_page_lists_every_crew_role_and_gives_composers_to_jsonld(
    client, django_assert_num_queries
):
    film = FilmFactory(title="Night Ferry")
    crew = [
        (Credit.Role.WRITER, "Cy Moor"),
        (Credit.Role.CINEMATOGRAPHY, "Kenji Aoki"),
        (Credit.Role.MUSIC, "Pia Storm"),
        (Credit.Role.EDITING, "Omar Salim"),
        (Credit.Role.PRODUCER, "Rita Hale"),
    ]
    for role, name in crew:
        CreditFactory(film=film, person=PersonFactory(name=name), role=role, character="")
    film.studios.set([Studio.objects.create(name="Greywater Films")])
    with django_assert_num_queries(8):  # the film page's 9, less the criteria of no reviews
        response = client.get(film.get_absolute_url())
    html = html_of(response)
    for label in ("Writer", "Cinematography", "Music", "Editing", "Producer"):
        assert f'<dt class="col-sm-3">{label}</dt>' in html
    facts = html[html.index('<dl class="film-facts') :]
    assert facts.index("Kenji Aoki") < facts.index("Pia Storm") < facts.index("Omar Salim")
    movie = next(data for data in response.context["jsonld"] if data["@type"] == "Movie")
    assert [person["name"] for person in movie["musicBy"]] == ["Pia Storm"]
    assert [person["name"] for person in movie["producer"]] == ["Rita Hale"]
    assert movie["productionCompany"] == [{"@type": "Organization", "name": "Greywater Films"}]


@pytest.mark.parametrize("size", [1, 6])
def test_person_page_groups_the_filmography_by_role(client, django_assert_num_queries, size):
    person = PersonFactory()
    for n in range(size):
        film = FilmFactory(release_year=2000 + n)
        CreditFactory(film=film, person=person, character=f"Role {n}")
        CreditFactory(film=film, person=person, role=Credit.Role.WRITER, character="")
        ReviewFactory(film=film)
    ReviewFactory(film=film, draft=True, headline="Hidden draft")
    # The person, their credits, their reviews and one query for the facts of every card.
    with django_assert_num_queries(4):
        response = client.get(person.get_absolute_url())
    roles = [role for role, _ in response.context["filmography"]]
    assert roles == ["Writer", "Cast"]
    html = html_of(response)
    assert f"Role {size - 1}" in html and "Hidden draft" not in html
    assert len(response.context["reviews"]) == size


@pytest.mark.parametrize(
    ("url_for", "matches"),
    [
        (lambda film, tag: reverse("reviews:genre-detail", args=[film.genres.get().slug]), True),
        (lambda film, tag: reverse("reviews:country-detail", args=["kr"]), True),
        (lambda film, tag: reverse("reviews:year-detail", args=[1999]), True),
        (lambda film, tag: reverse("reviews:tag-detail", args=[tag]), True),
    ],
)
def test_listings_show_matching_published_reviews_only(client, url_for, matches):
    film = FilmFactory(release_year=1999)
    film.genres.add(GenreFactory(name="Thriller"))
    film.countries.add(Country.objects.get(code="KR"))
    review = ReviewFactory(film=film)
    review.keywords.add("revenge")
    ReviewFactory(film=film, draft=True).keywords.add("revenge")
    ReviewFactory(film=film, scheduled=True).keywords.add("revenge")
    ReviewFactory()  # matches nothing
    response = client.get(url_for(film, "revenge"))
    assert list(response.context["reviews"]) == [review]


@pytest.mark.parametrize(
    "url", ["/genres/nope/", "/countries/zz/", "/years/1700/", "/tags/nope/", "/films/nope/"]
)
def test_unknown_listing_is_a_404_in_the_site_design(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize("count", [2, 12])
def test_listing_query_count_does_not_grow_with_reviews(client, django_assert_num_queries, count):
    genre = GenreFactory()
    for review in ReviewFactory.create_batch(count):
        review.film.genres.add(genre)
        CreditFactory.create_batch(3, film=review.film)
    # The genre, a bounded count, the cards, one query for the facts of every card.
    with django_assert_num_queries(4):
        client.get(genre.get_absolute_url())
    with django_assert_num_queries(4):
        client.get(reverse("reviews:home"))


@pytest.mark.parametrize("url", ["/countries/%00/", "/countries/usa/", "/countries/1x/"])
def test_malformed_country_codes_are_a_404(client, url):
    assert client.get(url).status_code == 404


def test_a_country_code_in_capitals_redirects_to_the_one_address(client):
    response = client.get("/countries/FI/?page=2")
    assert response.status_code == 301
    assert response["Location"] == reverse("reviews:country-detail", args=["fi"]) + "?page=2"


def test_keyword_used_only_on_unpublished_reviews_is_a_404(client):
    ReviewFactory(draft=True).keywords.add("secret project")
    ReviewFactory(scheduled=True).keywords.add("secret project")
    assert client.get(reverse("reviews:tag-detail", args=["secret-project"])).status_code == 404


def test_headings_never_take_the_ids_of_the_comment_section(client):
    review = ReviewFactory(body="<h2>Respond</h2><h2>Comment 12</h2><h2>Comments</h2>")
    html = html_of(client.get(review.get_absolute_url()))
    for anchor in ['id="respond-2"', 'id="comment-12-section"', 'id="comments-2"']:
        assert anchor in html
    assert html.count('id="respond"') == 1
