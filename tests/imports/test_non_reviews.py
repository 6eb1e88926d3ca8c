"""Documents that are no review (a blog's notice, WordPress's first post) are reported and
left out, from the command and from the admin, unless the editor asks for them."""

import pytest

from reviews.models import Film, Review
from tests.imports.admin_helpers import batch_url, confirm, start
from tests.imports.helpers import run, write

pytestmark = pytest.mark.django_db

NOTICE = """Our winter schedule

From January the newsletter goes out on Sundays instead of Fridays.

Thank you for reading, and for every argument in the comments.
"""
REVIEW = """Quiet Harbour (2024) Review

Director: Ada Virtanen

A patient film about a ferry crossing and the people who wait for it.

Rating: 4/5
"""


def test_a_notice_naming_no_film_is_left_out_unless_asked(author, tmp_path):
    notice = write(tmp_path / "notice.txt", NOTICE)
    write(tmp_path / "review.txt", REVIEW)
    output = run(tmp_path)
    assert "omitted: not a review (it names no film:" in output
    assert list(Review.objects.values_list("film__title", flat=True)) == ["Quiet Harbour"]
    assert not Film.objects.filter(title__icontains="schedule").exists()

    run(notice, "--include-non-reviews")
    assert Review.objects.filter(headline="Our winter schedule").exists()


def test_wordpress_first_post_saved_as_text_is_no_review(author, tmp_path):
    text = "Hello world!\n\nWelcome to WordPress. This is your first post. Edit or delete it!\n"
    output = run(write(tmp_path / "hello.txt", text))
    assert "omitted: not a review (WordPress's stock “Hello world!” post)" in output
    assert not Review.objects.exists()


def test_the_admin_leaves_a_notice_out_unless_the_box_is_ticked(editor_client):
    batch = start(editor_client, pasted=NOTICE)
    assert "omitted: not a review (it names no film:" in editor_client.get(batch_url(batch)).text
    confirm(editor_client, batch)
    assert not Review.objects.exists()

    batch = start(editor_client, pasted=NOTICE, include_non_reviews="on")
    assert batch.include_non_reviews
    confirm(editor_client, batch)
    assert Review.objects.get().headline == "Our winter schedule"


def test_an_essay_without_facts_is_still_a_review(author, tmp_path):
    """No info line, no rating: a text that keeps writing about its title as a film is a
    review (as the seeds' essays are), not a notice."""
    essay = (
        "Saltmarsh\n\nSaltmarsh is the kind of film that trusts its silences.\n\n"
        "Every scene in Saltmarsh is framed like a photograph left out in the rain.\n"
    )
    output = run(write(tmp_path / "essay.txt", essay))
    assert "1 created" in output and "not a review" not in output
    assert Review.objects.get().film.title == "Saltmarsh"
