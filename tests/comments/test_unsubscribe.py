import pytest
from django.core import signing

from comments import services
from comments.models import Comment
from comments.unsubscribe import SALT, unsubscribe_url
from tests.comments.helpers import make_comment
from tests.factories import ReviewFactory


@pytest.fixture
def review(db):
    return ReviewFactory()


def path_of(url):
    """The path of an absolute URL, as the test client wants it."""
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


@pytest.mark.django_db
def test_get_asks_and_changes_nothing_post_stops_mail_for_every_comment_of_the_address(
    client, review
):
    first = make_comment(review, author_email="Eady@example.org", wants_reply_notification=True)
    second = make_comment(review, author_email="eady@example.org", wants_reply_notification=True)
    other = make_comment(review, author_email="neil@example.org", wants_reply_notification=True)
    path = path_of(unsubscribe_url(first))

    page = client.get(path)
    assert page.status_code == 200 and b"Stop reply e-mails" in page.content
    assert Comment.objects.filter(wants_reply_notification=True).count() == 3

    done = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and b"Done" in done.content
    assert not Comment.objects.get(pk=first.pk).wants_reply_notification
    assert not Comment.objects.get(pk=second.pk).wants_reply_notification
    assert Comment.objects.get(pk=other.pk).wants_reply_notification


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token",
    ["not-a-token", signing.dumps(10**9, salt=SALT), signing.dumps(1, salt="another.salt")],
    ids=["garbled", "no-such-comment", "other-salt"],
)
def test_a_bad_link_says_so_and_changes_nothing(client, review, token):
    comment = make_comment(review, wants_reply_notification=True)
    response = client.post(f"/comments/unsubscribe/{token}/")
    assert response.status_code == 400 and b"not valid" in response.content
    assert Comment.objects.get(pk=comment.pk).wants_reply_notification


@pytest.mark.django_db
def test_cancelling_stops_reply_mail_for_the_address_only_and_says_how_many(review):
    first = make_comment(review, author_email="Eady@example.org", wants_reply_notification=True)
    make_comment(review, author_email="eady@example.org", wants_reply_notification=True)
    make_comment(review, author_email="eady@example.org", wants_reply_notification=False)
    other = make_comment(review, author_email="neil@example.org", wants_reply_notification=True)

    assert services.subscription_cancel(comment=first) == 2
    assert list(Comment.objects.filter(wants_reply_notification=True)) == [other]
    assert services.subscription_cancel(comment=first) == 0  # again: nothing left to stop


@pytest.mark.django_db
def test_cancelling_for_a_comment_without_an_address_changes_nothing(review):
    erased = make_comment(review, author_email="", wants_reply_notification=True)
    make_comment(review, author_email="neil@example.org", wants_reply_notification=True)
    assert services.subscription_cancel(comment=erased) == 0
    assert Comment.objects.filter(wants_reply_notification=True).count() == 2
