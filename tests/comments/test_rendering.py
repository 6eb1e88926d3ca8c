"""Comment threads built in Python read exactly as the template-made ones did."""

import datetime as dt

import pytest
from django.template.defaultfilters import date as date_filter
from django.utils import timezone

from comments.rendering import comment_time_text, threads_html
from comments.threads import load_threads
from tests.factories import CommentFactory, ReviewFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("hour", [0, 1, 11, 12, 13, 23])
@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles"])
def test_the_time_reads_as_djangos_date_format(settings, hour, zone):
    settings.TIME_ZONE = zone
    moment = dt.datetime(2026, 3, 9, hour, 7, tzinfo=dt.UTC)
    expected = date_filter(timezone.localtime(moment), "F j, Y \\a\\t g:i a")
    assert comment_time_text(moment) == expected


def test_threads_nest_replies_and_escape_what_visitors_wrote():
    review = ReviewFactory()
    root = CommentFactory(
        content_object=review,
        author_name="<b>Dana</b>",
        author_url='https://example.org/"><script>',
        text="<script>alert(1)</script> see https://example.org",
    )
    reply = CommentFactory(parent=root, author_name="Sam")
    roots, by_id, _ = load_threads(review)
    for comment in by_id.values():
        comment.can_reply = True
    html = threads_html(roots, page_query="?cpage=2", page_number=2)
    assert html.count('<ol class="comment-list') == 2
    assert f'<li id="comment-{reply.pk}" class="comment depth-2">' in html
    assert html.index(f'id="comment-{root.pk}"') < html.index(f'id="comment-{reply.pk}"')
    assert "<script>" not in html and "<b>Dana</b>" not in html
    assert "&lt;b&gt;Dana&lt;/b&gt;" in html
    assert 'rel="nofollow ugc noopener"' in html
    assert f'href="?cpage=2#comment-{root.pk}"' in html
    assert f'href="?cpage=2&amp;replytocom={root.pk}#respond"' in html
