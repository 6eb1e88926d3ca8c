"""The benchmarked review: the newest demo review, grown to a 2,100-word body and 50 comments.

Every benchmark that compares reviewsite with its peers measures the same page: a review of
about 2,100 words in sections, under it 50 approved comments (a third of them replies). Run on
a database that already holds the demo content (`manage.py load_demo`):

    DJANGO_DEBUG=1 DATABASE_URL=... .venv/bin/python bench/seed.py [--words 2100 --comments 50]

It prints the review's path. Running it again changes nothing.
"""

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDED_SLUG_SUFFIX = "-long"

#: Sentences the body is grown from: a critic's vocabulary, enough variety for search.
SENTENCES = (
    "The camera holds on faces a beat longer than comfort allows, and the film is better for it.",
    "Every set piece is staged with a clarity that lets the audience read the geography.",
    "The score swells where the script trusts silence, which is the one misstep here.",
    "Its lead carries whole scenes with a glance, the kind of performance that rewards rewatching.",
    "The editing keeps three timelines apart without once losing the thread of the story.",
    "Production design turns ordinary rooms into places with a history of their own.",
    "The screenplay saves its best line for a minor character, and it lands beautifully.",
    "Colour does the work exposition usually does: warm for memory, cold for the present.",
)
SECTIONS = ("Story", "Direction", "Performances", "Craft", "Themes", "Verdict")


def long_body(words):
    """Sections of paragraphs, as an editor writes them, of about `words` words."""
    parts, count, n = [], 0, 0
    per_section = max(1, words // len(SECTIONS))
    for heading in SECTIONS:
        parts.append(f"<h2>{heading}</h2>")
        section_count = 0
        while section_count < per_section:
            paragraph = " ".join(SENTENCES[(n + i) % len(SENTENCES)] for i in range(4))
            n += 1
            parts.append(f"<p>{paragraph}</p>")
            section_count += len(paragraph.split())
        count += section_count
    return "".join(parts)


def seed(*, words, comments):
    """Make (once) the long review with its comments; return its path."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from comments.models import Comment
    from reviews.models import Review

    review = Review.objects.filter(slug__endswith=SEEDED_SLUG_SUFFIX).first()
    if review is None:
        review = Review.objects.published().order_by("-published_at").first()
        if review is None:
            raise SystemExit("No published review: load the demo content first (load_demo).")
        review.body = long_body(words)
        review.slug = f"{review.slug[:250]}{SEEDED_SLUG_SUFFIX}"
        review.save()
    kind = ContentType.objects.get_for_model(Review)
    existing = Comment.objects.filter(content_type=kind, object_pk=str(review.pk)).count()
    start = timezone.now() - dt.timedelta(days=1)
    parents = list(
        Comment.objects.filter(content_type=kind, object_pk=str(review.pk)).order_by("pk")
    )
    for n in range(existing, comments):
        parent = parents[n // 3] if n % 3 == 2 and parents else None
        comment = Comment(
            content_type=kind,
            object_pk=str(review.pk),
            parent=parent,
            depth=parent.depth + 1 if parent else 0,
            author_name=f"Reader {n}",
            author_email=f"reader{n}@example.com",
            author_url="https://example.com/" if n % 4 == 0 else "",
            text=(
                "A thoughtful reply about the film, https://example.com/notes and more.\n\n"
                + "It stayed with me for days afterwards. " * 8
            ),
            status=Comment.Status.APPROVED,
            submitted_at=start + dt.timedelta(minutes=n),
        )
        comment.save()
        parents.append(comment)
    return review.get_absolute_url()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2100)
    parser.add_argument("--comments", type=int, default=50)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")
    import django

    django.setup()
    print(seed(words=args.words, comments=args.comments))


if __name__ == "__main__":
    main()
