"""Versions of reviews, films and people (reviews/revisions/): kept, read back, reverted."""

from decimal import Decimal

import pytest
import reversion
import time_machine
from django.core.exceptions import ValidationError
from reversion.models import Version
from taggit.models import Tag

from reviews import revisions, services
from reviews.models import Criterion, Review, VersionTags
from reviews.revisions.diff import (
    ADDED,
    NOT_KEPT,
    REMOVED,
    differences,
    html_text,
    word_diff,
)
from tests.factories import (
    CreditFactory,
    FAQEntryFactory,
    FilmFactory,
    GenreFactory,
    PersonFactory,
    ReviewFactory,
    ScoreFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def saved(obj, user=None, **changes):
    """Save `obj` with `changes` in a revision of its own, as the admin does."""
    with reversion.create_revision():
        reversion.set_user(user)
        for name, value in changes.items():
            setattr(obj, name, value)
        obj.save()
    return obj


def forget_keywords_before(day):
    """Versions kept before `day` as if kept before keywords were versioned."""
    VersionTags.objects.filter(version__revision__date_created__lt=day).delete()


@pytest.fixture
def review():
    """A review with two criterion scores and a FAQ entry, and three versions:
    1 as written, 2 with a new headline and body, 3 with a new Direction score."""
    direction, sound = Criterion.objects.order_by("position")[:2]
    with time_machine.travel("2026-03-01 09:00Z", tick=False), reversion.create_revision():
        review = ReviewFactory(headline="First headline", body="<p>The heist goes wrong.</p>")
        ScoreFactory(review=review, criterion=direction, value=Decimal(7))
        ScoreFactory(review=review, criterion=sound, value=Decimal(9))
        FAQEntryFactory(review=review, question="Is it long?", answer="Two hours.")
    with time_machine.travel("2026-03-02 09:00Z", tick=False):
        saved(review, headline="Second headline", body="<p>The heist goes <em>badly</em>.</p>")
    with time_machine.travel("2026-03-03 09:00Z", tick=False), reversion.create_revision():
        score = review.scores.get(criterion=direction)
        score.value = Decimal("8.5")
        score.save()
    return review


def test_each_revision_is_a_numbered_version_with_its_related_rows(review):
    history = revisions.history(review)
    assert [entry.number for entry in history] == [1, 2, 3]
    assert history[0].lines["Criterion scores"] == ("Direction: 7.0/10", "Performance: 9.0/10")
    assert history[0].lines["FAQ"] == ("0. Is it long? — Two hours.",)
    assert history[2].lines["Criterion scores"][0] == "Direction: 8.5/10"


def test_the_history_says_which_fields_each_version_changed(review):
    assert [entry.changed for entry in revisions.history(review)] == [
        [],
        ["headline", "body"],
        ["Criterion scores"],
    ]


def test_a_service_save_is_a_version_saying_what_it_did():
    review = ReviewFactory(draft=True)
    services.review_publish(review=review)
    (version,) = Version.objects.get_for_object(review)
    assert version.revision.get_comment() == "Published"
    assert version.field_dict["status"] == Review.Status.PUBLISHED


def test_a_service_inside_a_revision_joins_it_and_keeps_its_user():
    editor = UserFactory(username="chief-editor")
    review = ReviewFactory(draft=True)
    with reversion.create_revision():
        reversion.set_user(editor)
        services.review_set_featured(review=review, is_featured=True)
        services.review_publish(review=review)
    (version,) = Version.objects.get_for_object(review)
    assert version.revision.user == editor
    assert version.field_dict["is_featured"] is True


def test_the_body_is_compared_as_text_word_by_word(review):
    old, new = revisions.snapshots(review, numbers={1, 2})
    body = next(d for d in differences(Review, old, new) if d.label == "Body")
    assert [(s.kind, s.text) for s in body.old_segments if s.kind == REMOVED] == [
        (REMOVED, " wrong.")
    ]
    assert [(s.kind, s.text) for s in body.new_segments if s.kind == ADDED] == [(ADDED, " badly.")]
    headline = next(d for d in differences(Review, old, new) if d.label == "Headline")
    assert (headline.old, headline.new) == ("First headline", "Second headline")


def test_rich_text_becomes_one_line_per_block_with_entities_decoded():
    html = "<h2>Cast</h2><p>Keanu &amp; Ana</p><ul><li>One</li><li>Two</li></ul>"
    assert html_text(html) == "Cast\nKeanu & Ana\nOne\nTwo"


def test_a_word_diff_keeps_the_unchanged_words_on_both_sides():
    old, new = word_diff("a quiet film", "a loud film")
    assert "".join(s.text for s in old) == "a quiet film"
    assert "".join(s.text for s in new) == "a loud film"


def test_reverting_restores_fields_and_scores_as_a_new_version(review):
    editor = UserFactory(username="reverting-editor")
    review.status = Review.Status.DRAFT
    saved(review)  # version 4: unpublished since
    skipped = revisions.version_revert(obj=review, number=1, user=editor)
    review.refresh_from_db()
    assert skipped == []
    assert review.headline == "First headline" and "goes wrong" in review.body
    assert sorted(review.scores.values_list("value", flat=True)) == [Decimal(7), Decimal(9)]
    assert review.faq_entries.get().question == "Is it long?"
    assert review.status == Review.Status.DRAFT  # publication is not part of an old text
    history = revisions.history(review)
    assert len(history) == 5
    assert history[-1].revision.get_comment() == "Reverted to version 1"
    assert history[-1].revision.user == editor
    assert history[-1].lines == history[0].lines
    assert set(history[-1].changed) == {"headline", "body", "Criterion scores"}


def test_reverting_leaves_out_a_score_whose_criterion_is_gone(review):
    extra = Criterion.objects.create(name="Stunts", position=99)
    with reversion.create_revision():
        ScoreFactory(review=review, criterion=extra, value=Decimal(10))  # version 4
    saved(review)  # a save keeps the rows as they are: version 5
    with reversion.create_revision():
        review.scores.filter(criterion=extra).delete()
        saved(review)  # version 6
    extra.delete()
    skipped = revisions.version_revert(obj=review, number=4, user=None)
    assert skipped == ["Criterion scores: a row was not restored, its criterion is gone."]
    assert review.scores.count() == 2


def test_a_version_that_no_longer_validates_is_refused(review):
    ReviewFactory(slug="taken")
    saved(review, headline="")  # no validation outside forms: version 4 has no headline
    saved(review, headline="Fixed")
    with pytest.raises(ValidationError):
        revisions.version_revert(obj=review, number=4, user=None)
    review.refresh_from_db()
    assert review.headline == "Fixed"


def test_an_unknown_version_is_not_found(review):
    with pytest.raises(revisions.VersionNotFound):
        revisions.version_revert(obj=review, number=9, user=None)


def test_films_keep_versions_with_credits_and_genres_and_revert_to_them():
    with reversion.create_revision():
        film = FilmFactory(title="Heat")
        film.genres.add(GenreFactory(name="Crime"))
        CreditFactory(film=film, person=PersonFactory(name="Al Pacino"), character="Hanna")
    with reversion.create_revision():
        film.genres.set([GenreFactory(name="Drama")])
        film.credits.all().delete()
        saved(film, title="Heat (1995)")
    history = revisions.history(film)
    assert history[0].lines["Credits"] == ("Cast: Al Pacino as Hanna",)
    assert history[1].changed == ["title", "genres", "Credits"]
    revisions.version_revert(obj=film, number=1, user=None)
    film.refresh_from_db()
    assert film.title == "Heat"
    assert [genre.name for genre in film.genres.all()] == ["Crime"]
    assert [str(credit) for credit in film.credits.all()] == ["Al Pacino: Cast as Hanna"]


def test_people_keep_versions():
    person = saved(PersonFactory(name="Ana de Armas"), bio="")
    saved(person, bio="Cuban-Spanish actor.")
    assert [entry.changed for entry in revisions.history(person)] == [[], ["bio"]]


def test_a_revert_makes_public_pages_fresh(
    client, settings, review, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    page = review.get_absolute_url()
    client.get(page)
    assert client.get(page)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        revisions.version_revert(obj=review, number=1, user=None)
    response = client.get(page)
    assert response["X-Page-Cache"] == "miss"
    assert "First headline" in response.text


def test_keywords_are_kept_with_each_version_as_they_are_when_it_is_saved(review):
    with reversion.create_revision():
        review.keywords.set(["heist", "Los Angeles"])
        saved(review, headline="Third headline")  # version 4
    with reversion.create_revision():
        review.keywords.set(["heist"])  # a keywords-only change is a version too: 5
    history = revisions.history(review)
    assert [entry.lines.get("Keywords") for entry in history[3:]] == [
        ("heist", "Los Angeles"),
        ("heist",),
    ]
    assert history[4].changed == ["Keywords"]


def test_reverting_restores_the_keywords_of_the_version_even_a_deleted_tag(review):
    with reversion.create_revision():
        review.keywords.set(["heist", "noir"])
        saved(review)  # version 4
    with reversion.create_revision():
        review.keywords.set(["comedy"])
        saved(review)  # version 5
    Tag.objects.get(name="noir").delete()
    skipped = revisions.version_revert(obj=review, number=4, user=None)
    assert skipped == []
    assert sorted(review.keywords.names()) == ["heist", "noir"]
    latest = revisions.history(review)[-1]
    assert latest.lines["Keywords"] == ("heist", "noir")
    assert latest.changed == ["Keywords"]


def test_a_films_keywords_are_versioned_and_reverted_like_a_reviews():
    with reversion.create_revision():
        film = FilmFactory(title="Heat")
        film.keywords.set(["heist", "Los Angeles"])  # version 1
    with reversion.create_revision():
        film.keywords.set(["remake"])
        saved(film)  # version 2
    assert revisions.history(film)[1].changed == ["Keywords"]
    revisions.version_revert(obj=film, number=1, user=None)
    assert sorted(film.keywords.names()) == ["Los Angeles", "heist"]


def test_a_version_kept_before_keywords_were_reverts_without_touching_them(review):
    with reversion.create_revision():
        review.keywords.set(["heist"])
        saved(review)  # version 4, with keywords
    forget_keywords_before("2026-03-02T00:00Z")  # version 1 was kept before keywords were
    old, latest = revisions.snapshots(review, numbers={1, 4})
    assert old.tags is None and "Keywords" not in old.lines
    assert latest.lines["Keywords"] == ("heist",)
    skipped = revisions.version_revert(obj=review, number=1, user=None)
    assert skipped == [
        "Keywords: version 1 was kept before keywords were versioned; kept the current ones."
    ]
    assert list(review.keywords.names()) == ["heist"]
    assert "Keywords" not in revisions.history(review)[0].changed


def test_a_comparison_says_which_version_did_not_keep_the_keywords(review):
    with reversion.create_revision():
        review.keywords.set(["heist", "noir"])
        saved(review)  # version 4
    forget_keywords_before("2026-03-04T00:00Z")  # versions 1 to 3 were kept before keywords were
    old, new = revisions.snapshots(review, numbers={1, 4})
    keywords = next(d for d in differences(Review, old, new) if d.label == "Keywords")
    assert (keywords.old, keywords.new) == (NOT_KEPT, "heist, noir")
    assert revisions.history(review)[3].changed == []  # unknown before: not a change
