"""WordPress exports (WXR): posts, authors, terms, comments and images, and bad files."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from PIL import Image

from comments.models import Comment, StatusChange
from imports import wxr_comments, wxr_read
from imports.catalogue import Catalogue
from imports.wxr import genre_name, wxr_tasks
from imports.wxr_html import html_text
from reviews.models import AuthorProfile, Credit, Film, Genre, Person, Review
from tests.factories import GenreFactory, ReviewFactory, UserFactory
from tests.imports.test_import_reviews import Out

EXPORT = Path(settings.BASE_DIR) / "tests" / "fixtures" / "wxr" / "export.xml"
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
def author(db):
    return UserFactory(username="importer", is_staff=True)


@pytest.fixture
def uploads(tmp_path):
    """A copy of wp-content/uploads with the first post's featured image, and not the second's."""
    folder = tmp_path / "uploads"
    (folder / "2025" / "06").mkdir(parents=True)
    Image.new("RGB", (64, 40), (90, 120, 140)).save(folder / "2025/06/salt-orchard-still.jpg")
    return folder


def run(*args):
    call_command("import_reviews", *map(str, args), "--author", "importer", stdout=(out := Out()))
    return out.text


def run_failing(*args):
    """The output of an import expected to exit with status 1."""
    out = Out()
    with pytest.raises(CommandError) as raised:
        call_command("import_reviews", *map(str, args), "--author", "importer", stdout=out)
    assert raised.value.returncode == 1
    return out.text


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def salt_orchard():
    return Review.objects.get(import_key=f"{SITE}/?p=10")


def comment(wp_id):
    return Comment.objects.get(import_key__endswith=f"#comment-{wp_id}")


# The export written for the tests.


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


# The admin page's way in: the export's bytes, and posts of every kind.


def small_export(*items):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss xmlns:wp="http://wordpress.org/export/1.1/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<link>https://small.example/</link><wp:wxr_version>1.1</wp:wxr_version>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


def post(post_id, title, *, status="publish", creator="", extra=""):
    return (
        f"<item><title>{title}</title><dc:creator>{creator}</dc:creator>"
        f"<content:encoded><![CDATA[<p>Director: Ada Lind</p><p>A short review of {title}, "
        "written for the tests.</p>]]></content:encoded>"
        f"<wp:post_id>{post_id}</wp:post_id>"
        f"<wp:post_date_gmt>2025-01-0{post_id} 10:00:00</wp:post_date_gmt>"
        f"<wp:status>{status}</wp:status><wp:post_type>post</wp:post_type>{extra}</item>"
    )


def reply(comment_id, parent, name):
    return (
        f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id>"
        f"<wp:comment_author>{name}</wp:comment_author>"
        f"<wp:comment_content>Reply from {name}</wp:comment_content>"
        "<wp:comment_approved>1</wp:comment_approved>"
        f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"
    )


def run_tasks(tasks, *, author=None):
    catalogue = Catalogue()
    return [
        task.run(catalogue=catalogue, author=author, status=None, dry_run=False) for task in tasks
    ]


def test_uploaded_bytes_are_imported_as_the_admin_page_sends_them(author):
    tasks = wxr_tasks(EXPORT.read_bytes(), name="site-export.xml")
    assert [task.name for task in tasks] == [
        "site-export.xml › The Salt Orchard (2024) Review – A Slow Tide",  # noqa: RUF001
        "site-export.xml › The Fog House (2023) Review",  # noqa: RUF001
        "site-export.xml › Night Ferry to Tallinn Review",  # noqa: RUF001
    ]
    assert not any(task.needs_author for task in tasks)
    rows = run_tasks(tasks)
    assert [row.outcome for row in rows] == ["created"] * 3
    assert rows[0].extracted.title == "The Salt Orchard (2024) Review – A Slow Tide"  # noqa: RUF001
    assert "(images come with `manage.py import_reviews EXPORT --uploads FOLDER`)" in " ".join(
        rows[0].warnings
    )


def test_trashed_private_protected_and_authorless_posts(author):
    data = small_export(
        post(1, "Binned Review", status="trash", creator="ada"),
        post(2, "Secret Review", status="private", creator="ada"),
        post(3, "Locked Review", creator="ada", extra="<wp:post_password>x</wp:post_password>"),
        post(4, "Orphan Review"),
    )
    tasks = wxr_tasks(data, name="small.xml")
    assert [task.needs_author for task in tasks] == [False, False, False, True]
    trashed, private, locked, authorless = run_tasks(tasks)
    assert (trashed.outcome, trashed.warnings) == ("omitted", ["omitted: in WordPress's trash"])
    assert not trashed.is_error  # the command exits 0 for it
    assert private.outcome == "created" and "Private in WordPress" in " ".join(private.warnings)
    assert "not among the export's authors" in " ".join(private.warnings)
    assert "Password-protected in WordPress" in " ".join(locked.warnings)
    assert authorless.outcome == "failed"
    assert authorless.warnings == ["failed: the post names no author; name one with --author USER"]
    assert set(Review.objects.values_list("status", flat=True)) == {"draft"}
    # Without a GUID, the key is the post's address on its site.
    assert Review.objects.filter(import_key="https://small.example?p=2").exists()
    [fallback] = run_tasks(wxr_tasks(data)[3:], author=author)
    assert (
        fallback.outcome == "created" and Review.objects.get(pk=fallback.review_id).author == author
    )


def test_reply_loops_are_cut_parents_come_first_and_odd_logins_are_made_valid(author):
    comments = reply(1, 2, "Ann") + reply(2, 1, "Bo") + reply(3, 2, "Cy")
    # A reply with a lower id than its parent (moved in WordPress): parents still come first.
    comments += reply(5, 9, "Dee") + reply(9, 0, "Eve")
    data = small_export(post(1, "Looping Review", creator="Ada Lind", extra=comments))
    [row] = run_tasks(wxr_tasks(data, name="loop.xml"))
    assert row.outcome == "created"
    assert Review.objects.get().author.username == "wp-Ada_Lind"
    assert "WordPress login “Ada Lind” is not a valid username: “wp-Ada_Lind” used." in row.warnings
    depths = dict(Comment.objects.values_list("author_name", "depth"))
    assert sorted(depths.values()) == [0, 0, 1, 1, 2]
    assert Comment.objects.get(author_name="Dee").parent.author_name == "Eve"
    assert "imported as top-level comments: Ann (#1)" in " ".join(row.warnings)


# Files that are not exports, or are dangerous ones.


def test_malformed_xml_is_refused_with_its_line_number(author, tmp_path):
    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    broken = next(n for n, line in enumerate(lines) if "<wp:post_id>10</wp:post_id>" in line)
    lines[broken] = lines[broken].replace("</wp:post_id>", "</wp:post>")
    output = run_failing(write(tmp_path / "broken.xml", "\n".join(lines)))
    assert f"not well-formed XML at line {broken + 1}, column" in output
    assert "(mismatched tag)" in output and "1 failed" in output
    assert (
        not Review.objects.exists()
        and not get_user_model().objects.exclude(username="importer").exists()
    )


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&lol9;</title>
<wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item></channel></rss>
"""


def test_an_xml_bomb_is_refused_unexpanded(author, tmp_path):
    output = run_failing(write(tmp_path / "bomb.xml", BILLION_LAUGHS))
    assert "refused: the file has a document type declaration" in output
    assert "XML bomb" in output and "lollol" not in output
    assert not Review.objects.exists() and not Film.objects.exists()


def test_an_external_entity_is_refused_and_its_file_never_read(author, tmp_path):
    marker = "MARKER-SECRET-3f9c1e"
    secret = write(tmp_path / "secret.txt", marker)
    doctype = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    declaration = '<?xml version="1.0" encoding="UTF-8" ?>'
    export = EXPORT.read_text(encoding="utf-8").replace(declaration, f"{declaration}\n{doctype}")
    export = export.replace("Night Ferry to Tallinn Review", "&xxe;")
    output = run_failing(write(tmp_path / "xxe.xml", export))
    assert "refused" in output and "read files on the server" in output
    assert marker not in output
    assert not Review.objects.exists() and not Film.objects.exists()
    assert not Person.objects.exists() and not Comment.objects.exists()


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("<html><body><p>Hello</p></body></html>", "the file is <html> XML, not an RSS export"),
        (
            "<rss version='2.0'><channel><item><title>A feed</title></item></channel></rss>",
            "an RSS feed without WordPress (wp:) elements",
        ),
    ],
)
def test_xml_that_is_not_a_wordpress_export_is_refused(author, tmp_path, document, message):
    output = run_failing(write(tmp_path / "other.xml", document))
    assert f"refused: not a WordPress export: {message}" in output


def test_an_export_over_the_size_limit_is_refused_unread(author, tmp_path, monkeypatch):
    monkeypatch.setattr(wxr_read, "MAX_EXPORT_BYTES", 1_000_000)
    big = write(
        tmp_path / "big.xml", EXPORT.read_text(encoding="utf-8") + "<!--" + "x" * 1_000_000 + "-->"
    )
    output = run_failing(big)
    assert "MB is over the 1 MB limit for a WordPress export" in output


def test_an_export_without_posts_is_skipped_saying_so(author, tmp_path):
    [row] = run_tasks(wxr_tasks(small_export(), name="empty.xml"))
    assert row.outcome == "skipped" and "no posts in the export" in row.warnings[0]


# The pieces.


def test_gutenberg_and_classic_html_become_the_text_the_extractor_reads():
    gutenberg = (
        "<!-- wp:paragraph --><p>Genre: Drama<br>Country: France &amp; Belgium</p>"
        "<!-- /wp:paragraph --><!-- wp:heading --><h2>What <em>works</em></h2>"
        "<!-- /wp:heading --><p>It is <strong>very</strong>\ngood.</p>"
        "<ul><li>one</li><li><p>two</p></li><li></li></ul>"
        "<table><tr><th>Direction:</th><td>8/10</td></tr></table>"
        '<p>[caption id="x"]<img src="a.jpg"> The ferry[/caption] [sic]</p>'
    )
    assert html_text(gutenberg) == (
        "Genre: Drama\nCountry: France & Belgium\n\nWhat works\n\nIt is very good.\n\n"
        "• one\n• two\n\nDirection: 8/10\n\nThe ferry [sic]"
    )
    classic = (
        "Director: Nell Ashdown<br />\nCountry: UK\n\n"
        "First.\nSecond <b>line</b>.\n\n\n&#8220;Last&#8221;"
    )
    assert html_text(classic) == (
        "Director: Nell Ashdown\nCountry: UK\n\nFirst.\nSecond line.\n\n\u201cLast\u201d"
    )


@pytest.mark.django_db
def test_categories_name_genres_in_the_catalogues_own_spelling():
    GenreFactory(name="Sci-Fi")
    catalogue = Catalogue()
    assert genre_name("Science Fiction Films", catalogue) == "Sci-Fi"
    assert genre_name("Westerns", catalogue) == "Western"
    assert genre_name("Comedies", catalogue) == "Comedy"
    assert genre_name("Staff Picks", catalogue) == ""


def test_an_exports_admin_never_becomes_this_sites_admin(author):
    local_admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    author_entry = (
        "<wp:author><wp:author_id>1</wp:author_id>"
        "<wp:author_login>admin</wp:author_login></wp:author>"
    )
    comment = (
        "<wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_author>Boss</wp:comment_author>"
        "<wp:comment_content>Signed by the admin.</wp:comment_content>"
        "<wp:comment_approved>1</wp:comment_approved><wp:comment_user_id>1</wp:comment_user_id>"
        "</wp:comment>"
    )
    data = small_export(author_entry, post(1, "Admin Review", creator="admin", extra=comment))
    [row] = run_tasks(wxr_tasks(data))
    review = Review.objects.get(pk=row.review_id)
    assert review.author != local_admin and review.author.username == "wp-admin"
    assert not review.author.is_staff and not review.author.has_usable_password()
    assert Comment.objects.get().user == review.author


def test_posts_sharing_a_guid_stay_two_reviews(author):
    guid = "<guid>https://small.example/?p=1</guid>"
    data = small_export(
        post(1, "First Review", creator="ada", extra=guid),
        post(2, "Second Review", creator="ada", extra=guid),
    )
    first, second = run_tasks(wxr_tasks(data))
    assert (first.outcome, second.outcome) == ("created", "created")
    assert Review.objects.count() == 2
    assert "has the GUID of an earlier post" in " ".join(second.warnings)
    assert [row.outcome for row in run_tasks(wxr_tasks(data))] == ["unchanged", "unchanged"]


def test_a_post_with_no_text_is_skipped_not_imported_empty(author):
    empty = post(1, "Empty Review", creator="ada").replace(
        "<p>Director: Ada Lind</p><p>A short review of Empty Review, written for the tests.</p>",
        "",
    )
    [row] = run_tasks(wxr_tasks(small_export(empty)))
    assert row.outcome == "skipped" and row.is_error
    assert "no review text" in " ".join(row.warnings)
    assert not Review.objects.exists() and not Film.objects.exists()
