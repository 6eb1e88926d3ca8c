"""A WordPress export (WXR) written for the tests: posts, authors, terms, comments, images."""

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from PIL import Image

from comments.models import Comment, StatusChange
from imports import wxr_comments
from reviews.models import AuthorProfile, Credit, Film, Genre, Person, Review
from tests.factories import ReviewFactory
from tests.imports.helpers import EXPORT, run, run_failing, write

SITE = "https://salt-and-celluloid.example"
EMAILS = (
    "marta.keller@salt-and-celluloid.example",
    "jonas@salt-and-celluloid.example",
    "lena.ortiz@example.net",
    "paulo.reis@example.org",
    "offers@deals.example",
    "ruth.h@example.com",
)
UTC = dt.UTC


@pytest.fixture
def uploads(tmp_path):
    """A copy of wp-content/uploads with the first post's featured image, and not the second's."""
    folder = tmp_path / "uploads"
    (folder / "2025" / "06").mkdir(parents=True)
    Image.new("RGB", (64, 40), (90, 120, 140)).save(folder / "2025/06/salt-orchard-still.jpg")
    return folder


def salt_orchard():
    return Review.objects.get(import_key=f"{SITE}/?p=10")


def comment(wp_id):
    return Comment.objects.get(import_key__endswith=f"#comment-{wp_id}")


def test_posts_become_reviews_with_their_status_publish_time_and_author(author, uploads):
    output = run(EXPORT, "--uploads", uploads)
    assert "3 created, 0 updated" in output and "0 failed" in output
    orchard = salt_orchard()
    assert orchard.status == Review.Status.PUBLISHED
    assert orchard.published_at == dt.datetime(2025, 6, 10, 8, 30, tzinfo=UTC)
    fog = Review.objects.get(import_key=f"{SITE}/?p=11")
    assert (fog.status, fog.published_at) == (Review.Status.DRAFT, None)
    ferry = Review.objects.get(import_key=f"{SITE}/?p=12")
    assert ferry.published_at == dt.datetime(2031, 3, 1, 9, 0, tzinfo=UTC)
    assert list(Review.objects.scheduled(dt.datetime(2026, 1, 1, tzinfo=UTC))) == [ferry]
    assert not ferry.is_open_for_comments and orchard.is_open_for_comments
    marta = orchard.author
    assert (marta.username, marta.first_name, marta.last_name) == ("wp-mkeller", "Marta", "Keller")
    assert marta.email == EMAILS[0]
    assert not marta.has_usable_password() and not marta.is_staff
    assert marta.author_profile.display_name == "Marta K." and orchard.byline == "Marta K."
    assert ferry.author == marta and fog.author.username == "wp-jonas.b"
    assert AuthorProfile.objects.count() == 2
    assert "The author Marta K. is a new user, “wp-mkeller”" in output


def test_posts_keep_their_wordpress_slug_when_it_is_free(author, uploads):
    ReviewFactory(slug="night-ferry-to-tallinn-review")  # taken here already
    run(EXPORT, "--uploads", uploads)
    assert salt_orchard().slug == "the-salt-orchard-review"
    ferry = Review.objects.get(import_key=f"{SITE}/?p=12")
    assert ferry.slug.startswith("night-ferry-to-tallinn-review-")
    fog = Review.objects.get(import_key=f"{SITE}/?p=11")  # a draft has no slug yet: the title's
    assert fog.slug == "the-fog-house-2023-review"


def test_pages_and_attachments_are_not_imported(author, uploads):
    run(EXPORT, "--uploads", uploads)
    assert Review.objects.count() == 3
    assert not Review.objects.filter(headline__icontains="About").exists()
    assert not Film.objects.filter(title__icontains="still").exists()


def test_post_html_becomes_film_facts_body_scores_rating_faq_genres_and_keywords(author, uploads):
    output = run(EXPORT, "--uploads", uploads)
    orchard = salt_orchard()
    film = orchard.film
    assert (film.title, film.release_year, film.runtime_minutes) == ("The Salt Orchard", 2024, 112)
    assert [person.name for person in film.directors()] == ["Inês Duarte"]
    cast = [(c.person.name, c.character) for c in film.cast_credits()]
    assert cast == [("Rui Tavares", "Tomé"), ("Clara Mendes", "Lia")]
    assert list(film.countries.values_list("code", flat=True)) == ["PT"]
    # Drama and Mystery from the facts, Family from a category; "Movie Reviews" is a section.
    assert sorted(film.genres.values_list("name", flat=True)) == ["Drama", "Family", "Mystery"]
    assert not Genre.objects.filter(name__in=["Movie Reviews", "Uncategorized"]).exists()
    assert "sections of the blog, not imported: Movie Reviews." in output
    assert "<h2>Where It Works</h2>" in orchard.body
    assert "<li><p>the auction scene, played almost without words</p></li>" in orchard.body
    assert "stubbornness &amp; it suits him" in orchard.body
    assert "trackVisit" not in orchard.body and "ad-slot" not in orchard.body
    assert "wp:paragraph" not in orchard.body and "<strong>" not in orchard.body
    scores = [(s.criterion.name, s.value) for s in orchard.scores.all()]
    assert sorted(scores) == [
        ("Cinematography", Decimal("8.5")),
        ("Direction", Decimal(8)),
        ("Performance", Decimal(9)),
    ]
    assert orchard.rating == Decimal(8)
    assert orchard.verdict.startswith("A slow tide of a film")
    faq = list(orchard.faq_entries.values_list("question", "answer"))
    assert faq == [
        ("Is The Salt Orchard based on a novel?", "No, the screenplay is original."),
        ("Where was it filmed?", "On the Alentejo coast, over two winters."),
    ]
    # The post's "Keywords:" line, then its tags; "Grief" is already there as "grief".
    assert sorted(orchard.keywords.names()) == ["Coastal Drama", "grief", "orchard"]
    ferry = Review.objects.get(import_key=f"{SITE}/?p=12")  # a category that is no genre
    assert "Festival Coverage" in ferry.keywords.names()


def test_classic_editor_post_with_line_breaks_and_an_excerpt(author, uploads):
    run(EXPORT, "--uploads", uploads)
    fog = Review.objects.get(import_key=f"{SITE}/?p=11")
    assert (fog.film.title, fog.film.release_year) == ("The Fog House", 2023)
    assert Credit.objects.get(film=fog.film, role="director").person.name == "Nell Ashdown"
    assert list(fog.film.genres.values_list("name", flat=True)) == ["Horror"]  # "Horror Movies"
    assert fog.standfirst == "A farmhouse, a moor and a fog with opinions."
    assert "<h2>What Falls Apart</h2>" in fog.body
    assert fog.rating == Decimal(6)
    assert list(fog.keywords.names()) == ["haunted house"]


def test_comments_keep_their_status_threads_dates_and_addresses(author, uploads):
    output = run(EXPORT, "--uploads", uploads)
    orchard = salt_orchard()
    comments = Comment.objects.for_object(orchard)
    by_status = {status: comments.filter(status=status).count() for status in Comment.Status}
    assert by_status == {"approved": 3, "pending": 1, "spam": 1, "trash": 1}
    top, reply, reply_to_reply = comment(101), comment(102), comment(103)
    assert (top.parent, top.depth) == (None, 0)
    assert (reply.parent, reply.depth) == (top, 1)
    # Listed before its parent in the file, and still three levels deep.
    assert (reply_to_reply.parent, reply_to_reply.depth) == (reply, 2)
    assert (comment(105).parent, comment(105).status) == (top, Comment.Status.TRASH)
    assert top.submitted_at == dt.datetime(2025, 6, 11, 7, 15, tzinfo=UTC)
    assert reply_to_reply.submitted_at == dt.datetime(2025, 6, 12, 18, 0, tzinfo=UTC)
    assert (top.author_name, top.author_email) == ("Paulo Reis", "paulo.reis@example.org")
    assert (top.author_url, top.ip_address) == ("https://paulo-reis.example", "198.51.100.20")
    assert top.text.startswith("Saw it at a festival in Porto & the auction")
    assert "\n\nThe pears, though" in top.text
    assert (
        reply.text
        == "I think they are the marriage, salted but still sweet. But I like not knowing."
    )
    assert reply.user == orchard.author  # written by the post's author, signed in
    assert comment(104).ip_address == "2001:db8::17"
    assert set(StatusChange.objects.values_list("reason", flat=True)) == {"imported"}
    assert StatusChange.objects.filter(from_status="").count() == 6
    # No pingback; a reply to a comment missing from the export is a top-level comment.
    assert not Comment.objects.filter(author_name="Another Film Blog").exists()
    orphan = comment(107)
    assert (orphan.parent, orphan.depth, orphan.status) == (None, 0, Comment.Status.APPROVED)
    assert (orphan.author_email, orphan.author_url, orphan.ip_address) == ("", "", None)
    assert orphan.submitted_at == dt.datetime(2025, 6, 14, 16, 45, tzinfo=UTC)
    assert "1 pingback(s) or trackback(s) not imported" in output
    assert "imported as top-level comments: Quinn (#107)" in output
    assert "the e-mail address, website, IP address of Quinn (#107)" in output
    assert not any(email in output for email in EMAILS)
    assert "quinn at example dot com" not in output


def test_featured_image_is_imported_when_found_and_reported_when_not(author, uploads):
    output = run(EXPORT, "--uploads", uploads)
    orchard = salt_orchard()
    assert orchard.hero_image.name.startswith("reviews/wp-salt-orchard-still")
    assert orchard.hero_image_alt == "A fisherman stands among pear trees above a grey sea"
    assert orchard.hero_renditions["source"] == orchard.hero_image.name
    assert not Review.objects.get(import_key=f"{SITE}/?p=11").hero_image
    assert (
        f"Featured image not found in {uploads}, not imported: "
        f"{SITE}/wp-content/uploads/2025/05/fog-house-poster.jpg"
    ) in output


def test_reimport_keeps_an_editors_hero_image_and_restores_a_lost_imported_one(author, uploads):
    run(EXPORT, "--uploads", uploads)
    orchard = salt_orchard()
    orchard.hero_image.storage.delete(orchard.hero_image.name)
    run(EXPORT, "--uploads", uploads)
    orchard = salt_orchard()
    assert orchard.hero_image.storage.exists(orchard.hero_image.name)
    orchard.hero_image.save("editors-choice.jpg", ContentFile(b"not compared"))
    run(EXPORT, "--uploads", uploads)
    assert salt_orchard().hero_image.name == "reviews/editors-choice.jpg"


def test_uploads_beside_the_export_are_found_without_the_option(author, uploads, tmp_path):
    copy = write(tmp_path / "site.xml", EXPORT.read_text(encoding="utf-8"))
    output = run(copy)
    assert salt_orchard().hero_image
    assert "site.xml › The Fog House (2023) Review" in output  # noqa: RUF001


def test_reimport_updates_in_place_without_duplicates(author, uploads, tmp_path):
    run(EXPORT, "--uploads", uploads)
    counts = [model.objects.count() for model in (Review, Film, Comment, StatusChange)]
    users = get_user_model().objects.count()
    image = salt_orchard().hero_image.name
    output = run(EXPORT, "--uploads", uploads)
    assert "0 created, 0 updated, 3 unchanged" in output
    assert [model.objects.count() for model in (Review, Film, Comment, StatusChange)] == counts
    assert get_user_model().objects.count() == users
    assert salt_orchard().hero_image.name == image
    edited = EXPORT.read_text(encoding="utf-8")
    # The moderator approved Lena's reply in WordPress, and Jonas wrote a new excerpt.
    edited = edited.replace(
        "<wp:comment_approved><![CDATA[0]]></wp:comment_approved>",
        "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>",
    )
    edited = edited.replace("a fog with opinions.", "a fog with strong opinions.")
    output = run(write(tmp_path / "export.xml", edited), "--uploads", uploads)
    assert "0 created, 1 updated, 2 unchanged" in output
    assert Review.objects.count() == counts[0] and Comment.objects.count() == counts[2]
    # Here the comment is moderated now: WordPress's later decision is reported, not applied.
    assert comment(103).status == Comment.Status.PENDING
    assert "WordPress differs for Lena" in output
    fog = Review.objects.get(import_key=f"{SITE}/?p=11")
    assert fog.standfirst == "A farmhouse, a moor and a fog with strong opinions."


def test_dry_run_saves_nothing_not_even_users_or_images(author, uploads, media_root):
    output = run(EXPORT, "--uploads", uploads, "--dry-run")
    assert "3 created" in output and "dry run: nothing was saved" in output
    assert not Review.objects.exists() and not Film.objects.exists()
    assert not Comment.objects.exists() and not Genre.objects.exists()
    assert list(get_user_model().objects.values_list("username", flat=True)) == ["importer"]
    assert not AuthorProfile.objects.exists()
    assert not media_root.exists() or not any(media_root.rglob("*.*"))


def test_status_option_overrides_the_posts_own(author, uploads):
    run(EXPORT, "--uploads", uploads, "--status", "draft")
    assert set(Review.objects.values_list("status", flat=True)) == {"draft"}


def test_a_post_failing_midway_leaves_nothing_of_itself_and_the_others_import(
    author, uploads, monkeypatch, media_root
):
    real_import = wxr_comments.comment_import

    def failing_on_lena(**fields):
        if fields["author_name"] == "Lena Ortiz":
            raise RuntimeError("disk on fire")
        return real_import(**fields)

    monkeypatch.setattr(wxr_comments, "comment_import", failing_on_lena)
    output = run_failing(EXPORT, "--uploads", uploads)
    assert "failed, nothing saved: RuntimeError: disk on fire" in output
    assert "2 created, 0 updated, 0 unchanged, 0 kept, 0 omitted, 0 skipped, 1 failed" in output
    assert not Review.objects.filter(import_key=f"{SITE}/?p=10").exists()
    assert not Film.objects.filter(title="The Salt Orchard").exists()
    assert not Person.objects.filter(name="Inês Duarte").exists()
    assert not Genre.objects.filter(name="Family").exists()
    assert not Comment.objects.exists()
    assert not any(media_root.rglob("*.jpg"))
    assert Review.objects.count() == 2
