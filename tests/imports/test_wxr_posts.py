"""WordPress posts of every kind, from the bytes the admin page sends: statuses, authors,
reply threads, categories, shared GUIDs, empty posts."""

import pytest

from comments.models import Comment
from imports.catalogue import Catalogue
from imports.wxr import genre_name, wxr_tasks
from reviews.models import Film, Review
from tests.factories import GenreFactory, UserFactory
from tests.imports.helpers import EXPORT


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
    assert "or run `manage.py import_reviews EXPORT --uploads FOLDER`)" in " ".join(
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


def test_an_export_without_posts_is_skipped_saying_so(author, tmp_path):
    [row] = run_tasks(wxr_tasks(small_export(), name="empty.xml"))
    assert row.outcome == "skipped" and "no posts in the export" in row.warnings[0]


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
