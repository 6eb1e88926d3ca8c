"""HTML bodies read as blocks (imports.html_blocks) and extracted (imports.html_extract)."""

from decimal import Decimal

from imports.documents import extract
from imports.html_extract import html_extract


def test_classic_editor_captions_become_figures_and_unsafe_links_lose_their_target():
    content = (
        "Director: Ada Holm\n\n"
        '[caption id="attachment_5" align="aligncenter" width="300"]<img src="/u/a.jpg" '
        'alt="A dark ward" class="wp-image-5" /> The night ward[/caption]\n\n'
        'Read <a href="javascript:alert(1)">this</a> and <a href="/about/">that</a>.\n'
        "Second line."
    )
    review = html_extract(content, title="Quiet Hours Review", classic=True)
    assert review.film.directors == ["Ada Holm"]
    assert review.body_html == (
        '<figure><img src="/u/a.jpg" alt="A dark ward"><figcaption>The night ward</figcaption>'
        '</figure><p>Read this and <a href="/about/">that</a>.<br>Second line.</p>'
    )
    assert review.sections == []


def test_headings_keep_their_level_and_quotes_their_citation():
    content = (
        "<h1>Big</h1><p>One.</p><h3>Small</h3><p>Two.</p><h5>Smaller</h5><p>Three.</p>"
        "<blockquote><p>Said once.</p><p>Said <strong>twice</strong>.</p>"
        "<cite>A Critic</cite></blockquote><ol><li>first</li><li>second <em>item</em></li></ol>"
    )
    review = html_extract(content, title="Quiet Hours Review")
    assert review.body_html == (
        "<h2>Big</h2><p>One.</p><h3>Small</h3><p>Two.</p><h3>Smaller</h3><p>Three.</p>"
        "<blockquote><p>Said once.</p><p>Said <strong>twice</strong>.</p><p>— A Critic</p>"
        "</blockquote><ol><li><p>first</p></li><li><p>second <em>item</em></p></li></ol>"
    )
    assert review.sections == ["Big", "Small", "Smaller"]


def test_a_bold_paragraph_that_reads_as_a_heading_is_one_in_classic_posts():
    review = html_extract(
        "It starts well.\n\n<strong>What Falls Apart</strong>\n\nThe end.",
        title="Fog Review",
        classic=True,
    )
    assert review.body_html == "<p>It starts well.</p><h2>What Falls Apart</h2><p>The end.</p>"


def test_score_lines_with_a_comment_are_scores_in_plain_text_too():
    review = extract(
        "Quiet Hours Review\n\nDirection: 9/10 – patient\nActing: 7/10 (uneven)\n"  # noqa: RUF001
        "Music: 6/10\nStory: 8/10 and the rest is silence"
    )
    assert review.scores == [
        ("Direction", Decimal("9.0")),
        ("Acting", Decimal("7.0")),
        ("Music", Decimal("6.0")),
    ]
    assert review.score_comments == {"Direction": "patient", "Acting": "uneven"}
    assert "and the rest is silence" in review.body_html  # prose after a score: not a comment


def test_what_follows_the_end_of_the_post_is_listed_as_dropped():
    review = html_extract(
        "<p>Director: Ada Holm</p><p>It is small and right.</p><h3>Leave a Reply</h3>"
        "<p>Your email address will not be published.</p><p>Director: Someone Else</p>",
        title="Quiet Hours Review",
    )
    assert review.film.directors == ["Ada Holm"]
    assert review.body_html == "<p>It is small and right.</p>"
    assert review.dropped == [
        "Leave a Reply",
        "Your email address will not be published.",
        "Director: Someone Else",
    ]
    assert not any("Taken out" in warning and "Someone" in warning for warning in review.warnings)
