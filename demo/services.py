"""Demo content for a fresh site: eight films, two critics and nine reviews, through the importer.

The reviews are the documents in `documents/`, imported by the code `manage.py import_reviews`
runs; `extras.toml` holds what documents do not carry. `make run` calls `demo_load()` on every
start; it loads once, into an empty catalogue.
"""

import tomllib
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from comments.services import comment_import
from demo.artwork import Artist
from imports.catalogue import Catalogue
from imports.runs import document_task
from imports.sources import document_paths
from reviews.models import AuthorProfile, Film, Franchise, Review
from reviews.services import image_renditions_refresh

DOCUMENTS = Path(__file__).resolve().parent / "documents"
EXTRAS = DOCUMENTS.parent / "extras.toml"


class DemoContentError(Exception):
    """The documents and extras.toml do not make the demo: a mistake in them, not in the site."""


def saved(instance):
    """Validate and save `instance`: demo rows pass the same checks as the admin's."""
    instance.full_clean()
    instance.save()
    return instance


def report(stdout, message):
    if stdout is not None:
        stdout.write(message)


def author_create(data, *, artist):
    """A staff user in Editors who cannot log in until given a password, with a profile."""
    names = {key: data[key] for key in ("username", "first_name", "last_name")}
    user = get_user_model().objects.filter(username=names["username"]).first()
    if user is None:
        user = get_user_model()(is_staff=True, **names)
        user.set_unusable_password()
        saved(user)
    user.groups.add(Group.objects.get(name="Editors"))
    if not AuthorProfile.objects.filter(user=user).exists():
        display_name = f"{names['first_name']} {names['last_name']}"
        avatar = artist.avatar(user.username, display_name, data["colours"])
        profile = AuthorProfile(
            user=user, display_name=display_name, bio=data["bio"], avatar=avatar
        )
        image_renditions_refresh(instance=saved(profile), field_name="avatar")
    return user


def documents_import(extras, *, authors):
    """Each document imported as `import_reviews` does it, by the author and with the status
    its extras name; the reviews with their extras, in the documents' order."""
    paths = document_paths([DOCUMENTS])
    if unmatched := {path.stem for path in paths} ^ set(extras):
        raise DemoContentError(f"Documents and [reviews] of extras.toml differ: {unmatched}")
    catalogue, imported = Catalogue(), []
    for path in paths:
        data = extras[path.stem]
        status = data.get("status", Review.Status.PUBLISHED)
        task = document_task(path)
        row = task.run(
            catalogue=catalogue, author=authors[data["author"]], status=status, dry_run=False
        )
        if row.is_error:
            raise DemoContentError(f"{path.name} was not imported: {'; '.join(row.warnings)}")
        review = Review.objects.select_related("film").get(pk=row.review_id)
        # A document's name is its review's address (the importer makes one from the headline).
        imported.append((review, {**data, "slug": path.stem}, row))
    return imported


def films_complete(extras, *, artist):
    """Give the films what documents do not say: original title, synopsis, franchise, keywords
    and a poster."""
    franchises = {
        name: saved(Franchise(name=name, description=data["description"]))
        for name, data in extras["franchises"].items()
    }
    films = {str(film): film for film in Film.objects.order_by("pk")}
    if unmatched := set(films) ^ set(extras["films"]):
        raise DemoContentError(
            f"The documents' films and [films] of extras.toml differ: {unmatched}"
        )
    for name, film in films.items():
        data = extras["films"][name]
        film.original_title = data.get("original_title", "")
        film.synopsis = data["synopsis"]
        film.franchise = franchises[data["franchise"]] if "franchise" in data else None
        film.poster, film.poster_alt = artist.poster(film, data["colours"])
        image_renditions_refresh(instance=saved(film), field_name="poster")
        film.keywords.set(data["keywords"])
    return films.values()


def review_complete(review, data, *, artist, now):
    """Give the review what its document does not say: its address, standfirst, description,
    kind, publication time, featured flag and hero image."""
    review.slug = data["slug"]
    review.standfirst = data["standfirst"]
    review.seo_description = data["seo_description"]
    review.kind = data.get("kind", review.kind)
    review.is_featured = data.get("is_featured", False)
    if "publish_in_days" in data:  # scheduled: always still to come
        review.published_at = now + timedelta(days=data["publish_in_days"])
    elif "published_at" in data:
        review.published_at = data["published_at"]
    review.hero_image, review.hero_image_alt = artist.hero(review, data["colours"])
    image_renditions_refresh(instance=saved(review), field_name="hero_image")


def comments_create(review, comments):
    """The review's conversation, imported as it stands: no mail, no moderation policy."""
    created = {}
    for data in comments:
        created[data["key"]], _ = comment_import(
            target=review,
            import_key=f"demo:{review.slug}#{data['key']}",
            parent=created.get(data.get("reply_to")),
            author_name=data["name"],
            author_email=data["email"],
            text=data["text"],
            status=data["status"],
            submitted_at=review.published_at + timedelta(hours=data["hours_after_publication"]),
            reason="demo content",
        )


def dates_settle(reviews, films):
    """Realistic dates: a published review last changed when it was published, or when the
    extras say it was revised; a film when its first review was published. Drafts and
    scheduled reviews were last written now. `imported_at` follows `updated_at`: the documents
    are the reviews as they stand, not an editor's later change."""
    for review, data in reviews:
        changed = data.get("revised_at", review.published_at if review.is_published else None)
        if changed is not None:
            Review.objects.filter(pk=review.pk).update(updated_at=changed, imported_at=changed)
    for film in films:
        published = Review.objects.published().filter(film=film).order_by("published_at")
        if first := published.values_list("published_at", flat=True).first():
            Film.objects.filter(pk=film.pk).update(updated_at=first)


def demo_load(*, stdout=None) -> bool:
    """Load the demo films, critics and reviews; do nothing if any film exists."""
    with EXTRAS.open("rb") as file:
        extras = tomllib.load(file)
    artist, now = Artist(extras["palette"]), timezone.now()
    with transaction.atomic():
        # Checked inside the transaction: a second start racing this one either waits for
        # the write lock (SQLite) or fails on the authors' unique usernames and rolls back.
        if Film.objects.exists():
            return False
        authors = {
            data["username"]: author_create(data, artist=artist) for data in extras["authors"]
        }
        reviews = documents_import(extras["reviews"], authors=authors)
        films = films_complete(extras, artist=artist)
        for film in films:
            report(stdout, f"Film: {film}")
        for review, data, row in reviews:
            review_complete(review, data, artist=artist, now=now)
            comments_create(review, data.get("comments", ()))
            state = "scheduled" if review.is_scheduled else review.get_status_display()
            report(stdout, f"Review: {review} ({state.lower()})")
            for warning in row.warnings:
                report(stdout, f"    - {warning}")
        dates_settle([(review, data) for review, data, _ in reviews], films)
    return True
