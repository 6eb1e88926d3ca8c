"""Pages of threads: 50 a page, where a new comment lands, and the queries a page makes."""

import datetime as dt

import pytest
from django.utils import timezone

from comments.models import Comment
from tests.comments.views.helpers import comments_html, html_of, post
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_threads(review):
    """51 threads, oldest first; the last one has a reply."""
    start = timezone.now() - dt.timedelta(days=1)
    roots = [
        CommentFactory(content_object=review, submitted_at=start + dt.timedelta(minutes=n))
        for n in range(51)
    ]
    reply = CommentFactory(parent=roots[-1], submitted_at=start + dt.timedelta(hours=2))
    return roots, reply


def test_comments_come_in_pages_of_50_threads_with_replies_kept_in_their_thread(
    client, review, many_threads
):
    roots, reply = many_threads
    first = client.get(review.get_absolute_url())
    assert list(first.context["discussion"].threads) == roots[:50]
    assert ">52 Comments</h2>" in html_of(first)
    assert f'href="{review.get_absolute_url()}?cpage=2#comments" rel="next">' in html_of(first)
    second = client.get(review.get_absolute_url(), {"cpage": 2})
    assert list(second.context["discussion"].threads) == [roots[-1]]
    html = comments_html(second)
    assert f'id="comment-{reply.pk}"' in html
    assert f'href="?cpage=2#comment-{reply.pk}"' in html
    assert f'href="?cpage=2&amp;replytocom={roots[-1].pk}#respond"' in html
    assert 'action="' + review.get_absolute_url() + '?cpage=2#respond"' in html


def test_a_reply_on_a_later_page_redirects_to_that_page(client, review, many_threads):
    roots, _ = many_threads
    CommentFactory(
        author_name="Dana", author_email="dana@example.org", submitted_at=roots[0].submitted_at
    )
    response = post(client, review, "?cpage=2", parent=roots[-1].pk, comment="Late reply.")
    comment = Comment.objects.get(text="Late reply.")
    assert comment.status == Comment.Status.APPROVED  # a returning commenter
    assert response["Location"] == f"{review.get_absolute_url()}?cpage=2#comment-{comment.pk}"
    page = client.get(response["Location"])
    assert f'id="comment-{comment.pk}"' in html_of(page)


def test_a_new_thread_lands_on_the_last_page(client, review, many_threads):
    response = post(client, review, comment="Newest thread.")
    comment = Comment.objects.get(text="Newest thread.")
    assert response["Location"] == f"{review.get_absolute_url()}?cpage=2#comment-{comment.pk}"
    assert "Newest thread." in html_of(client.get(response["Location"]))


@pytest.mark.parametrize("cpage", ["0", "-1", "abc", "3", "99999999999999999999", "1.5", ""])
def test_a_bad_comments_page_shows_the_first_page(client, review, many_threads, cpage):
    response = client.get(review.get_absolute_url(), {"cpage": cpage})
    assert response.status_code == 200
    assert response.context["discussion"].page.number == 1


@pytest.mark.parametrize("threads", [1, 60])
def test_the_review_page_makes_the_same_number_of_queries_whatever_the_comments(
    client, review, django_assert_num_queries, threads
):
    for _ in range(threads):
        reply = CommentFactory(parent=CommentFactory(content_object=review))
        CommentFactory(parent=reply)
        CommentFactory(content_object=review, status=Comment.Status.PENDING)
    with django_assert_num_queries(10):
        response = client.get(review.get_absolute_url())
    assert response.context["discussion"].count == 3 * threads
    assert len(response.context["discussion"].threads) == min(threads, 50)


def test_the_preview_adds_no_query_beyond_the_authors_session(
    client, review, django_assert_num_queries
):
    CommentFactory(content_object=review)
    post(client, review)
    # The session (one query) is read only for visitors who have one.
    with django_assert_num_queries(11):
        client.get(review.get_absolute_url())


def test_a_comments_url_names_the_comments_page_that_shows_it(client, review, many_threads):
    roots, reply = many_threads
    assert roots[0].get_absolute_url() == f"{review.get_absolute_url()}#comment-{roots[0].pk}"
    url = reply.get_absolute_url()
    assert url == f"{review.get_absolute_url()}?cpage=2#comment-{reply.pk}"
    assert f'id="comment-{reply.pk}"' in html_of(client.get(url.split("#")[0]))
