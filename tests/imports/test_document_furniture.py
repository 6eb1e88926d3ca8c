"""Page furniture is dropped and always listed; other posts' teasers never become facts."""

import pytest

from imports.documents import extract


@pytest.mark.parametrize(
    "line",
    [
        "https://www.example-reviews.net/reviews/night-ferry",
        "www.example-reviews.net/night-ferry",
        "Home » Reviews » Drama » Night Ferry",
        "Home > Reviews > Night Ferry",
        "By Jane Doe | March 3, 2025",
        "By Jane Doe",
        "Reviewed by Jane Doe on March 3, 2025",
        "Jane Doe · March 3, 2025 · 4 min read",
        "Posted on March 3, 2025",
        "March 3, 2025",
        "5 min read",
        "Share on Facebook",
        "Share this:",
        "Facebook Twitter Pinterest",
        "Home | Reviews | News | Contact",
        "Filed under: Drama, Reviews",
        "Details",
        "Also read: Grey Tide review",
        "Skip to content",
        "Posted by Tomas Lind at 11:47 PM",
        "Posted by Tomas Lind at 11:47 PM 6 comments Labels: drama, 4 stars",
        "Posted at 9:05 am by Ines",
        "Posted by Ines Vaz on March 3, 2025 at 9:05 PM",
        "This entry was posted in Reviews and tagged drama by Ines Vaz.",
    ],
)
def test_furniture_lines_are_dropped_and_listed(line):
    review = extract(f"Night Ferry\n\n{line}\n\nA paragraph of text about the film.\n")
    assert review.dropped == [line]
    assert review.body_html == "<p>A paragraph of text about the film.</p>"
    assert review.verdict == ""  # a byline is never the verdict
    assert any(f"“{line}”" in warning for warning in review.warnings)


def test_furniture_above_the_title_and_a_title_label():
    review = extract(
        "https://example.org/night-ferry\nHome » Reviews » Night Ferry\n\n"
        "Title: Night Ferry (2023)\n\nA paragraph of text about the film.\n"
    )
    assert review.title == "Night Ferry (2023)"
    assert (review.film.title, review.film.year) == ("Night Ferry", 2023)
    assert review.dropped == ["https://example.org/night-ferry", "Home » Reviews » Night Ferry"]


def test_a_teaser_of_another_review_does_not_leak_into_this_film():
    review = extract(
        "Night Ferry\n\nDirector: Sara Lind\n\nA paragraph of text about the film.\n\n"
        "You May Also Like\n\nGrey Tide\nDirected by Olaf Brenner\nCast: Rune Dahl, Tia Voss\n"
        "Rating: 3/5\nA short teaser of another review…\n"
    )
    assert review.film.directors == ["Sara Lind"]
    assert review.film.cast == [] and review.rating is None
    assert "Grey Tide" not in review.body_html
    assert review.dropped[0] == "You May Also Like" and len(review.dropped) == 6


def test_the_post_goes_on_after_a_teaser_heading_with_nothing_under_it():
    body = " ".join(["Night Ferry takes its time and rewards the patient viewer."] * 6)
    review = extract(f"Night Ferry\n\nRelated Movies:\n\n{body}\n\nFrequently Asked Questions\n")
    assert review.dropped == ["Related Movies:"]
    assert body in review.body_html


def test_everything_after_a_comment_form_is_listed_as_dropped():
    review = extract(
        "Night Ferry\n\nA paragraph of text.\n\nLeave a Reply\n\nName *\nEmail *\nPost Comment\n"
    )
    assert review.dropped == ["Leave a Reply", "Name *", "Email *", "Post Comment"]
    assert review.body_html == "<p>A paragraph of text.</p>"


@pytest.mark.parametrize(
    "line",
    [
        "Posted by the studio at the last minute, the film feels rushed and unfinished.",
        "Written by Tomas Lind at the height of his fame, the script still sparkles.",
        "Posted at the festival, this review is the first of three.",
    ],
)
def test_a_sentence_that_opens_like_a_post_footer_is_the_text(line):
    review = extract(f"Night Ferry\n\nA paragraph of text about the film.\n\n{line}\n")
    assert review.dropped == []
    assert line in review.body_html


def test_a_post_footer_after_the_rating_is_never_its_verdict():
    review = extract(
        "Night Ferry\n\nA paragraph of text about the film, long enough to be its text.\n\n"
        "Rating: 4 out of 5\n\nPosted by Tomas Lind at 11:47 PM Labels: drama, 4 stars\n"
    )
    assert review.rating == 8 and review.verdict == ""
    assert review.dropped == ["Posted by Tomas Lind at 11:47 PM Labels: drama, 4 stars"]
