"""Grow a database holding the demo content to a publication of `reviews` reviews and `comments`
comments, as bench/scale.py measures it.

Run by bench/scale.py (DJANGO_SETTINGS_MODULE and DATABASE_URL set). Rows are written with
bulk inserts, then the derived data is made as the site makes it: search vectors by
`search_index_refresh`, kept relations exactly for the demo reviews and films (the pages
measured) and as plausible lists of the same size for the rest.

The data is shaped like a real archive: people credited on many films (a few very often,
the demo's own cast among them), genres and keywords shared by thousands of reviews, a word
every review uses ("film"), comments spread unevenly (some reviews have hundreds).
"""

import argparse
import datetime as dt
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 5000
WORDS = [
    "film",
    "story",
    "camera",
    "light",
    "score",
    "performance",
    "scene",
    "city",
    "night",
    "rain",
    "memory",
    "chase",
    "silence",
    "dance",
    "revenge",
    "family",
    "heist",
    "ocean",
    "winter",
    "train",
    "mirror",
    "letter",
    "promise",
    "border",
    "machine",
]


def skewed(rng, size):
    """An index below `size`, small ones more often: a few people work on many films (the
    busiest on about a hundred of 20,000, as a prolific actor's filmography), a few
    keywords are on hundreds of reviews, a few reviews draw hundreds of comments."""
    return min(size - 1, int(size * rng.random() ** 1.5))


def body(rng, words):
    paragraphs, count = [], 0
    while count < words:
        sentence = " ".join(rng.choice(WORDS) for _ in range(12))
        paragraphs.append(f"<p>The film {sentence}.</p>")
        count += 14
    return (
        "<h2>Story</h2>"
        + "".join(paragraphs[: len(paragraphs) // 2])
        + ("<h2>Craft</h2>" + "".join(paragraphs[len(paragraphs) // 2 :]))
    )


def grow(*, reviews, comments, seed=20261202):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone
    from taggit.models import Tag, TaggedItem

    from comments.models import Comment
    from comments.text import as_html
    from reviews.models import (
        Country,
        Credit,
        Criterion,
        Film,
        Franchise,
        Genre,
        Person,
        RelatedFilm,
        Review,
        Score,
        SimilarReview,
    )
    from reviews.relations import related_films_refresh, similar_reviews_refresh
    from reviews.richtext import first_words, plain_text
    from reviews.search import search_index_refresh

    rng = random.Random(seed)
    now = timezone.now()
    demo_reviews = list(Review.objects.all())
    demo_films = list(Film.objects.all())
    demo_people = list(Person.objects.filter(credits__film__in=demo_films).distinct())
    authors = sorted({review.author_id for review in demo_reviews})
    genres = list(Genre.objects.all())
    for n in range(len(genres), 24):
        genres.append(Genre.objects.create(name=f"Genre {n}"))
    countries = list(Country.objects.values_list("code", flat=True)[:40])
    criteria = list(Criterion.objects.all())
    demo_tags = list(Tag.objects.all())
    say = print

    say(f"people… {int(reviews * 1.5):,}")
    people = Person.objects.bulk_create(
        (
            Person(name=f"Scale Person {n}", slug=f"scale-person-{n}")
            for n in range(int(reviews * 1.5))
        ),
        batch_size=BATCH,
    )
    people = demo_people + people  # the demo's people are among the busiest
    franchises = Franchise.objects.bulk_create(
        Franchise(name=f"Scale Franchise {n}", slug=f"scale-franchise-{n}") for n in range(300)
    )
    say(f"films… {reviews:,}")
    films = Film.objects.bulk_create(
        (
            Film(
                title=f"Scale Film {n}",
                slug=f"scale-film-{n}",
                release_year=rng.randint(1950, 2026),
                runtime_minutes=rng.randint(80, 180),
                franchise=rng.choice(franchises) if rng.random() < 0.1 else None,
                synopsis=" ".join(rng.choice(WORDS) for _ in range(40)),
            )
            for n in range(reviews)
        ),
        batch_size=BATCH,
    )
    Film.genres.through.objects.bulk_create(
        (
            Film.genres.through(film_id=film.pk, genre_id=genre.pk)
            for film in films
            for genre in rng.sample(genres, rng.randint(1, 3))
        ),
        batch_size=BATCH,
    )
    Film.countries.through.objects.bulk_create(
        (
            Film.countries.through(film_id=film.pk, country_id=code)
            for film in films
            for code in rng.sample(countries, rng.randint(1, 2))
        ),
        batch_size=BATCH,
    )
    say("credits…")
    credits = []
    for film in films:
        chosen = {skewed(rng, len(people)) for _ in range(10)}
        for order, index in enumerate(sorted(chosen)):
            role = "director" if order == 0 else "writer" if order == 1 else "cast"
            character = f"Character {order}" if role == "cast" else ""
            credits.append(
                Credit(
                    film=film,
                    person=people[index],
                    role=role,
                    character=character,
                    billing_order=order,
                )
            )
    Credit.objects.bulk_create(credits, batch_size=BATCH, ignore_conflicts=True)

    say(f"reviews… {reviews:,}")
    made = []
    for n, film in enumerate(films):
        text = body(rng, rng.randint(250, 600))
        plain = plain_text(text)
        made.append(
            Review(
                film=film,
                headline=f"Scale review {n}: {rng.choice(WORDS)} and {rng.choice(WORDS)}",
                slug=f"scale-review-{n}",
                author_id=rng.choice(authors),
                standfirst="A review among many.",
                body=text,
                body_excerpt=first_words(plain_text(text, headings=False)),
                word_count=len(plain.split()) + 4,
                rating=rng.randint(2, 20) / 2,
                verdict="Worth a look.",
                status=Review.Status.PUBLISHED,
                # Older than the demo's reviews, so listings show the same first page.
                published_at=now - dt.timedelta(days=60 + rng.random() * 3650),
            )
        )
    made = Review.objects.bulk_create(made, batch_size=BATCH)
    Score.objects.bulk_create(
        (
            Score(review=review, criterion=criterion, value=rng.randint(8, 20) / 2)
            for review in made
            for criterion in criteria
        ),
        batch_size=BATCH,
    )
    say("keywords…")
    tags = demo_tags + Tag.objects.bulk_create(
        Tag(name=f"scale keyword {n}", slug=f"scale-keyword-{n}") for n in range(2000)
    )
    review_type = ContentType.objects.get_for_model(Review)
    TaggedItem.objects.bulk_create(
        (
            TaggedItem(content_type=review_type, object_id=review.pk, tag=tag)
            for review in made
            for tag in {tags[skewed(rng, len(tags))] for _ in range(5)}
        ),
        batch_size=BATCH,
    )

    say(f"comments… {comments:,}")
    # Spread unevenly over the new reviews; the demo's reviews keep theirs (the benchmarked
    # one its 50), so the pages measured show the same comments at both sizes.
    texts = [
        f"Comment {n}: the {rng.choice(WORDS)} and the {rng.choice(WORDS)} stayed with me. "
        "See https://example.org/notes for more." * (1 + n % 3)
        for n in range(50)
    ]
    htmls = [as_html(text) for text in texts]
    start = now - dt.timedelta(days=30)
    written = 0
    while written < comments:
        batch, parents = [], {}
        for _ in range(min(BATCH, comments - written)):
            review = made[skewed(rng, len(made))]
            n = rng.randrange(len(texts))
            batch.append(
                Comment(
                    content_type=review_type,
                    object_pk=str(review.pk),
                    author_name=f"Reader {written % 5000}",
                    author_email=f"reader{written % 5000}@example.org",
                    text=texts[n],
                    text_html=htmls[n],
                    status=Comment.Status.APPROVED,
                    ip_address="203.0.113.9",
                    submitted_at=start + dt.timedelta(seconds=written),
                )
            )
            written += 1
        batch = Comment.objects.bulk_create(batch)
        # A third of them replies to an earlier comment on the same review.
        for comment in batch:
            earlier = parents.get(comment.object_pk)
            if earlier is not None and rng.random() < 0.33:
                comment.parent_id, comment.depth = earlier.pk, 1
            elif comment.depth == 0:
                parents[comment.object_pk] = comment
        Comment.objects.bulk_update([c for c in batch if c.parent_id], ["parent", "depth"])

    say("search vectors…")
    film_ids = [film.pk for film in films]
    for at in range(0, len(film_ids), 2000):
        search_index_refresh(film_ids=film_ids[at : at + 2000])

    say("relations…")
    # Lists of the kept size for every new review and film (their pages are not measured),
    # and exact ones for the demo's, which are.
    SimilarReview.objects.bulk_create(
        (
            SimilarReview(review=review, similar=other, score=rng.randint(1, 6))
            for review in made
            for other in {made[rng.randrange(len(made))] for _ in range(6)} - {review}
        ),
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    RelatedFilm.objects.bulk_create(
        (
            RelatedFilm(film=film, related=other, score=rng.randint(1, 3))
            for film in films
            for other in {films[rng.randrange(len(films))] for _ in range(8)} - {film}
        ),
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    for review in demo_reviews:
        similar_reviews_refresh(review)
    for film in demo_films:
        related_films_refresh(film)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # as autovacuum would have: index-only scans
    say(
        f"{Review.objects.count():,} reviews, {Comment.objects.count():,} comments, "
        f"{Person.objects.count():,} people, {Credit.objects.count():,} credits"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=20_000)
    parser.add_argument("--comments", type=int, default=500_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")
    import django

    django.setup()
    grow(reviews=args.reviews, comments=args.comments)


if __name__ == "__main__":
    main()
