"""schema.org JSON-LD for the public pages, built only from data the view already loaded.

Google's review snippet needs author.name, itemReviewed (a Movie with its name) and
reviewRating.ratingValue, with bestRating/worstRating when the scale is not 1-5; its
critic-review guidance adds datePublished and publisher.name. A Movie needs name and
image; dateCreated, director and aggregateRating are recommended.
"""

from django.conf import settings
from django.urls import reverse

from reviews.facts import facts_of
from reviews.images import public_url
from reviews.models import Credit, Review

SCHEMA_ORG = "https://schema.org"
BEST_RATING, WORST_RATING = 10, 0
TOP_BILLED = 5
LANGUAGE = "en"


def review_jsonld(review, *, request):
    """A schema.org Review of the review's film (a Movie); an Article when it has no rating.

    Analysis and feature pieces often carry no rating, and a Review without reviewRating
    is invalid for Google's review snippet, so those describe the film with "about".
    """
    movie = _movie(review.film, request=request, fallback=review.hero_image)
    data = {
        "@context": SCHEMA_ORG,
        "@type": "Review",
        "name": review.headline,
        "url": request.build_absolute_uri(review.get_absolute_url()),
        "inLanguage": LANGUAGE,
        "itemReviewed": movie,
        "reviewRating": _rating("Rating", review.rating),
        "author": {"@type": "Person", "name": review.byline},
        "datePublished": _iso(review.published_at),
        "dateModified": _iso(review.modified_at),
        "publisher": _publisher(request),
        "description": review.seo_description or review.standfirst,
        "reviewBody": review.standfirst,
    }
    if review.rating is None:
        data |= {"@type": "Article", "headline": review.headline, "about": movie}
        del data["itemReviewed"], data["reviewRating"], data["reviewBody"]
    return _compact(data)


def film_jsonld(film, *, reviews, request):
    """A schema.org Movie; with an aggregateRating when `reviews` (published) carry ratings."""
    reviews = list(reviews)
    fallback = next((review.hero_image for review in reviews if review.hero_image), None)
    data = {"@context": SCHEMA_ORG, **_movie(film, request=request, fallback=fallback)}
    data |= _crew(film, request=request)
    rated = [review for review in reviews if review.rating is not None]
    if rated:
        data["aggregateRating"] = _rating("AggregateRating", Review.average_rating(rated)) | {
            "ratingCount": len(rated)
        }
    return data


def breadcrumbs_jsonld(items, *, request):
    """A schema.org BreadcrumbList from (name, url) pairs; the last url may be None."""
    return {
        "@context": SCHEMA_ORG,
        "@type": "BreadcrumbList",
        "itemListElement": [
            _compact(
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": str(name),
                    "item": request.build_absolute_uri(url) if url else None,
                }
            )
            for position, (name, url) in enumerate(items, start=1)
        ],
    }


def _movie(film, *, request, fallback=None):
    image = public_url(film.poster) or (public_url(fallback) if fallback else None)
    facts = facts_of(film)
    return _compact(
        {
            "@type": "Movie",
            "name": film.title,
            "alternateName": film.original_title,
            "url": request.build_absolute_uri(film.get_absolute_url()),
            "image": request.build_absolute_uri(image) if image else None,
            "dateCreated": _iso(film.release_date) or _iso(film.release_year),
            "director": [_person(person, request) for person in facts.directors],
            "actor": [_person(person, request) for person in facts.cast[:TOP_BILLED]],
            "genre": [genre.name for genre in facts.genres],
        }
    )


def _crew(film, *, request):
    """The film's composers, producers and studios, when the page prefetched its credits and
    studios (the film page does); nothing otherwise, rather than a query per film."""
    prefetched = getattr(film, "_prefetched_objects_cache", {})
    if "credits" not in prefetched or "studios" not in prefetched:
        return {}
    people = {role: [] for role in (Credit.Role.MUSIC, Credit.Role.PRODUCER)}
    for credit in film.credits.all():
        if credit.role in people:
            person = credit.person
            people[credit.role].append(
                {
                    "@type": "Person",
                    "name": person.name,
                    "url": request.build_absolute_uri(person.get_absolute_url()),
                }
            )
    studios = [{"@type": "Organization", "name": studio.name} for studio in film.studios.all()]
    return _compact(
        {
            "musicBy": people[Credit.Role.MUSIC],
            "producer": people[Credit.Role.PRODUCER],
            "productionCompany": studios,
        }
    )


def _person(person, request):
    url = request.build_absolute_uri(person.url)
    return {"@type": "Person", "name": person.name, "url": url}


def _publisher(request):
    url = request.build_absolute_uri(reverse("reviews:home"))
    return {"@type": "Organization", "name": settings.SITE_NAME, "url": url}


def _rating(kind, value):
    # A JSON number (8.5), on the publication's 0-10 scale rather than Google's default 1-5.
    if value is None:
        return None
    return {
        "@type": kind,
        "ratingValue": float(value),
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
    }


def _iso(value):
    if value is None:
        return None
    return str(value) if isinstance(value, int) else value.isoformat()


def _compact(data):
    """Leave out empty properties rather than claim them with no value."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}
