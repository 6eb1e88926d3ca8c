"""WordPress exports (WXR): each post a review, with its author, terms, comments and image.

`wxr_tasks` reads the whole export first (`wxr_read`), so a file that cannot be read is
one failed row and nothing else; then each post is a task that imports it in its own
transaction: its author, the review (`review_import`), and in the same transaction its
comments, featured image and body images, so a bad post never stops the others or leaves
half of itself. A post's HTML is read with its structure (`html_extract`).
"""

import hashlib
import re
from functools import partial
from pathlib import Path, PurePosixPath

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import transaction

from comments.models import EMAIL_MAX_LENGTH
from imports.apply import review_import
from imports.html_extract import html_extract
from imports.runs import ImportRow, ImportTask, not_a_review, nothing_to_import
from imports.sources import too_large
from imports.wxr_comments import IMPORT_KEY_LENGTH, PostCommentsMixin
from imports.wxr_figures import MAX_IMAGE_BYTES, PostFiguresMixin, is_image
from imports.wxr_html import one_line
from imports.wxr_read import (
    IMPORTED_USER_PREFIX,
    ExportRefused,
    export_read,
    post_text,
    upload_path,
    username_from,
    valid,
)
from reviews.images import FAILED, renditions_state, upload_digest
from reviews.models import AuthorProfile, Genre, Review
from reviews.services import image_renditions_refresh

WXR_SUFFIXES = (".xml", ".wxr")
NAME_SEPARATOR = " › "  # noqa: RUF001  (between the file's name and the post's in a row)
#: Film genres a category may name; any genre already in the catalogue counts too.
FILM_GENRES = (
    "Action", "Adventure", "Animation", "Biography", "Comedy", "Coming of Age", "Crime",
    "Disaster", "Documentary", "Drama", "Family", "Fantasy", "Film Noir", "History", "Horror",
    "Martial Arts", "Music", "Musical", "Mystery", "Romance", "Science Fiction", "Sport",
    "Superhero", "Thriller", "War", "Western",
)  # fmt: skip
GENRE_ALIASES = {
    "sci-fi": "Science Fiction",
    "scifi": "Science Fiction",
    "sf": "Science Fiction",
    "biopic": "Biography",
    "animated": "Animation",
    "sports": "Sport",
    "historical": "History",
}
GENRES = {**{name.casefold(): name for name in FILM_GENRES}, **GENRE_ALIASES}
#: WordPress post statuses; "future" is a publish time still to come, which schedules it.
PUBLISHED_STATUSES, DRAFT_STATUSES = ("publish", "future"), ("draft", "pending", "private")
#: The start of the names of hero images an import stored, which a re-import may replace.
IMPORTED_IMAGE_PREFIX = "wp-"
#: Categories that file posts in a part of the blog rather than say what a film is about.
SITE_SECTION = re.compile(
    r"\b(?:reviews?|news|blog|posts?|articles?|features?|featured|uncategori[sz]ed)\b",
    re.IGNORECASE,
)


def wxr_tasks(
    source: Path | bytes,
    *,
    name: str = "",
    uploads: Path | None = None,
    images: bool = True,
    uploads_label: str = "",
    non_reviews: bool = False,
):
    """One task per post of the export in `source` (a path, or its bytes named `name`).

    Featured images are looked for under `uploads`, by default an uploads/ or
    wp-content/uploads/ folder beside the export file. Posts that are not reviews are
    left out and reported, unless `non_reviews`. Unless `images`, the images found are
    reported but not stored (an admin preview: its rollback would not remove the files).
    `uploads_label` says where images were looked for when `uploads` is no folder of the
    user's (the admin's temporary one).
    """
    name = name or (str(source) if isinstance(source, Path) else "WordPress export")
    try:
        export = export_read(source)
    except ExportRefused as error:
        return [refused_task(name, "failed", str(error))]
    if uploads is None and isinstance(source, Path):
        folders = (source.parent / "uploads", source.parent / "wp-content" / "uploads")
        uploads = next((folder for folder in folders if folder.is_dir()), None)
    file_name = PurePosixPath(name.replace("\\", "/")).name
    tasks = []
    for post, key in zip(export.posts, post_keys(export), strict=True):
        title = one_line(post.title) or f"(untitled post {post.post_id})"
        title = f"{file_name}{NAME_SEPARATOR}{title}"
        found = {"uploads": uploads, "images": images, "uploads_label": uploads_label}
        run = partial(post_import, export, post, name=title, key=key, keep=non_reviews, **found)
        tasks.append(ImportTask(name=title, run=run, needs_author=not post.creator))
    others = len(export.attachments) + export.other_items
    reason = f"skipped: no posts in the export, only {others} page(s), attachment(s) and such"
    return tasks or [refused_task(name, "skipped", reason)]


def post_keys(export):
    """Each post's import key: its GUID, else (missing, too long or an earlier post's) its
    address on its site, so two posts never update one review."""
    keys, seen = [], set()
    for post in export.posts:
        key = post.guid if 0 < len(post.guid) <= IMPORT_KEY_LENGTH else ""
        if key in seen:
            post.notes.append(f"The post has the GUID of an earlier post ({key}): kept apart.")
            key = ""
        keys.append(key or f"{export.site_url}?p={post.post_id}")
        seen.add(keys[-1])
    return keys


def refused_task(name, outcome, warning):
    row = partial(ImportRow, name=name, outcome=outcome, warnings=[warning])
    return ImportTask(name=name, run=lambda **options: row(), needs_author=False)


def post_import(export, post, *, name, key, keep, uploads, images, uploads_label, **options):
    """Import one post (a task's run); a failure is reported in the row, never raised."""
    found = {"uploads": uploads, "images": images, "uploads_label": uploads_label}
    importer = Post(export, post, key=key, non_reviews=keep, **found)
    return importer.run(ImportRow(name=name), **options)


class Post(PostCommentsMixin, PostFiguresMixin):
    """One post of an export, imported with its author, comments and featured image."""

    def __init__(
        self, export, post, *, uploads, key, non_reviews=False, images=True, uploads_label=""
    ):
        self.export, self.post, self.uploads, self.key = export, post, uploads, key
        self.non_reviews = non_reviews  # import posts that are not reviews too
        self.images = images  # store the images found (not in an admin preview)
        self.uploads_label = uploads_label
        # About the post (what reading the export noticed first), then its comments and image.
        self.notes, self.notes_before = list(post.notes), []
        self.dry_run = False

    def warn(self, message):
        self.notes.append(message)

    def run(self, row, *, catalogue, author, status, dry_run):
        post, self.dry_run = self.post, dry_run
        text = post_text(post)
        if post.status == "trash":
            row.outcome = "omitted"
            row.warnings.append("omitted: in WordPress's trash")
        elif problem := too_large(len(text.encode())):
            row.warnings.append(problem)
        elif not post.creator and author is None:
            row.outcome = "failed"
            row.warnings.append("failed: the post names no author; name one with --author USER")
        if row.warnings:
            return row
        try:
            # The author's user is made in the post's transaction: a dry run leaves none.
            with transaction.atomic():
                row.extracted = html_extract(
                    post.content, title=one_line(post.title), classic="<!-- wp:" not in post.content
                )
                if problem := nothing_to_import(row.extracted):
                    row.warnings.append(problem)
                    return row
                if not self.non_reviews and (reason := not_a_review(row.extracted)):
                    row.outcome = "omitted"
                    row.warnings.append(reason)
                    return row
                user = self.author() if post.creator else author
                result = self.review_import(row.extracted, user, status, catalogue)
                if dry_run:
                    transaction.set_rollback(True)
        except Exception as error:  # one bad post never stops the others
            return row.fail(error)
        row.record(result)
        # An unchanged post has nothing new to say, but its new comments may.
        before = self.notes_before if result.outcome != "unchanged" else []
        row.warnings.extend([*before, *self.notes])
        return row

    def review_import(self, extracted, user, status, catalogue):
        post = self.post
        own_status, published_at = self.status()
        status = status or own_status
        if not extracted.standfirst and post.excerpt:
            extracted.standfirst = one_line(post.excerpt)
        categories = self.genres(extracted.film.genres, catalogue)
        tags = [name for domain, name in post.categories if domain == "post_tag" and name]
        seen = {keyword.casefold() for keyword in extracted.keywords}
        for name in [*categories, *tags]:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                extracted.keywords.append(name)
        # The text is not all of the post: what WordPress says beside it counts too.
        facts = [extracted.fingerprint, status, str(published_at), user.get_username()]
        facts += [extracted.standfirst, *extracted.film.genres, "|", *extracted.keywords]
        facts += ["|", *self.figures_found(extracted.body_html)]
        extracted.fingerprint = hashlib.sha256("\n".join(facts).encode()).hexdigest()
        return review_import(
            extracted=extracted,
            status=status,
            author=user,
            dry_run=self.dry_run,  # to forget the catalogue's new rows; run() drops the user
            catalogue=catalogue,
            import_key=self.key,
            slug=post.post_name,  # the old address keeps working under /reviews/
            published_at=published_at,
            then=self.then,
        )

    def status(self):
        """The review's status and publish time, from the post's."""
        post = self.post
        if post.status in PUBLISHED_STATUSES and post.post_password:
            self.warn("Password-protected in WordPress: imported as a draft.")
            return Review.Status.DRAFT, post.date
        if post.status in PUBLISHED_STATUSES:
            if post.date is None:
                self.warn("The export gives no publish date: published now.")
            return Review.Status.PUBLISHED, post.date
        if post.status == "private":
            self.warn("Private in WordPress: imported as a draft, for an editor to decide.")
        elif post.status not in DRAFT_STATUSES:
            self.warn(f"WordPress status “{post.status}” is not known here: imported as a draft.")
        return Review.Status.DRAFT, None

    def genres(self, genres, catalogue):
        """Categories naming a film genre join the film's `genres`; the others are returned
        as keywords, but for the blog's sections ("Movie Reviews"), which are reported."""
        keywords, ignored = [], []
        for domain, name in self.post.categories:
            if domain != "category" or name.casefold() in ("", "uncategorized"):
                continue
            if genre := genre_name(name, catalogue):
                if genre.casefold() not in {known.casefold() for known in genres}:
                    genres.append(genre)
            elif SITE_SECTION.search(name):
                ignored.append(name)
            else:
                keywords.append(name)
        if ignored:
            self.warn(
                f"Categories that are sections of the blog, not imported: {', '.join(ignored)}."
            )
        return keywords

    def author(self):
        """The user the post's author became: found by login, else made without a password."""
        login, model = self.post.creator, get_user_model()
        username = username_from(login)
        if user := model.objects.filter(username=username).first():
            return user
        author = self.export.authors.get(login)
        if username != f"{IMPORTED_USER_PREFIX}{login}":
            self.warn(f"WordPress login “{login}” is not a valid username: “{username}” used.")
        user = model(username=username, is_staff=False)
        if author:
            user.email = valid(author.author_email, validate_email, EMAIL_MAX_LENGTH)
            user.first_name = one_line(author.author_first_name)[:150]
            user.last_name = one_line(author.author_last_name)[:150]
        user.set_unusable_password()
        user.full_clean()
        user.save()
        shown = one_line(author.author_display_name) if author else ""
        shown = shown or user.get_full_name() or username
        AuthorProfile.objects.create(user=user, display_name=shown[:150])
        unlisted = "" if author else " (not among the export's authors)"
        self.warn(
            f"The author {shown}{unlisted} is a new user, “{username}”, without a password or "
            "staff access: give them access in the admin."
        )
        return user

    # What runs in the review's transaction: comments, then the image.

    def then(self, review, result):
        self.notes_before, self.notes = self.notes, []
        if result.outcome == "created" and self.post.comment_status == "closed":
            review.is_open_for_comments = False
            review.save(update_fields=["is_open_for_comments"])
        self.comments(review)
        self.featured_image(review)
        self.body_figures(review, result)

    def featured_image(self, review):
        attachment_id = self.post.meta.get("_thumbnail_id", "")
        attachment = self.export.attachments.get(attachment_id)
        if not attachment_id:
            return
        if attachment is None or not attachment.attachment_url:
            self.warn(f"The featured image (attachment {attachment_id}) is not in the export.")
            return
        url = attachment.attachment_url
        if (path := upload_path(url, self.uploads)) is None:
            where = self.uploads_where()
            self.warn(f"Featured image not found {where}, not imported: {url}")
            return
        data = path.read_bytes() if path.stat().st_size <= MAX_IMAGE_BYTES else b""
        if review.hero_image:
            if not PurePosixPath(review.hero_image.name).name.startswith(IMPORTED_IMAGE_PREFIX):
                return  # the image an editor chose stays
            # The stored file is a re-encoded copy; its record keeps the upload's digest. A
            # stored file gone missing is imported again.
            stored = review.hero_image
            same = (review.hero_renditions or {}).get("upload_sha256") == upload_digest(data)
            if same and stored.storage.exists(stored.name):
                return  # the very image imported before
        if not is_image(data):
            self.warn(f"Featured image {path.name}: not an image, or over 30 MB; not imported.")
            return
        if self.images_dry_run:
            return
        alt = attachment.meta.get("_wp_attachment_image_alt") or one_line(attachment.title)
        review.hero_image.save(f"{IMPORTED_IMAGE_PREFIX}{path.name}", ContentFile(data), save=False)
        review.hero_image_alt = (alt or review.film.title)[:255]
        review.full_clean()
        review.save(update_fields=["hero_image", "hero_image_alt", "updated_at"])
        image_renditions_refresh(instance=review, field_name="hero_image")
        if renditions_state(review.hero_renditions, review.hero_image) == FAILED:
            self.warn(f"Featured image {path.name} imported but could not be resized.")


def genre_name(category, catalogue):
    """The genre a category names ("Horror Movies", "Sci-Fi"), or "" for a site section."""
    if genre := catalogue.find(Genre, category):
        return genre.name
    key = category.casefold().removesuffix(" movies").removesuffix(" films")
    for candidate in (key, key.removesuffix("s"), key.removesuffix("ies") + "y"):
        if name := GENRES.get(candidate):
            # The catalogue's own spelling: "Sci-Fi" there means Science Fiction here.
            spellings = [name, *(alias for alias, to in GENRE_ALIASES.items() if to == name)]
            known = next(filter(None, (catalogue.find(Genre, s) for s in spellings)), None)
            return known.name if known else name
    return ""
