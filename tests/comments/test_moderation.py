import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from comments import moderation
from comments.models import Comment, ModerationSettings
from tests.factories import CommentFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db

APPROVED, PENDING, SPAM, TRASH = (
    Comment.Status.APPROVED,
    Comment.Status.PENDING,
    Comment.Status.SPAM,
    Comment.Status.TRASH,
)
FIELDS = {
    "name": "author_name",
    "email": "author_email",
    "website": "author_url",
    "comment": "text",
    "IP address": "ip_address",
    "user agent": "user_agent",
}


def new_comment(**fields):
    """An unsaved comment by a first-time commenter, as comment_submit builds it."""
    values = {
        "author_name": "Dana",
        "author_email": "dana@example.org",
        "author_url": "",
        "text": "A fine review.",
        "ip_address": "198.51.100.4",
        "user_agent": "Mozilla/5.0 Firefox/140.0",
        "submitted_at": timezone.now(),
        **fields,
    }
    return Comment(content_object=values.pop("target", None) or ReviewFactory(), **values)


def decide(comment, user=None, honeypot="", **settings):
    return moderation.moderate(
        comment, settings=ModerationSettings(**settings), honeypot=honeypot, user=user
    )


def test_a_first_time_commenter_waits_for_a_moderator():
    assert decide(new_comment()) == (PENDING, "held: first comment from this commenter")


def test_a_returning_commenter_is_approved_at_once_whatever_the_case_of_their_email():
    CommentFactory(author_name="Dana", author_email="Dana@Example.org")
    assert decide(new_comment()) == (APPROVED, "approved: returning commenter")


@pytest.mark.parametrize(
    "earlier",
    [
        {"author_name": "Dana", "author_email": "dana@example.org", "status": PENDING},
        {"author_name": "Dana", "author_email": "dana@example.org", "status": SPAM},
        {"author_name": "Dana", "author_email": "dana@example.org", "status": TRASH},
        {"author_name": "Someone else", "author_email": "dana@example.org"},
        {"author_name": "Dana", "author_email": "other@example.org"},
    ],
)
def test_only_an_approved_comment_under_the_same_name_and_email_makes_a_returning_commenter(
    earlier,
):
    CommentFactory(**earlier)
    assert decide(new_comment()).status == PENDING


def test_manual_approval_holds_even_returning_commenters():
    CommentFactory(author_name="Dana", author_email="dana@example.org")
    decision = decide(new_comment(), approval=ModerationSettings.Approval.MANUAL)
    assert decision == (PENDING, "held: every comment is approved by hand")


def test_logged_in_staff_are_approved_at_once_even_with_links_or_manual_approval():
    staff = UserFactory(is_staff=True)
    comment = new_comment(text="See https://a.example and https://b.example")
    decision = decide(comment, user=staff, approval=ModerationSettings.Approval.MANUAL)
    assert decision == (APPROVED, "approved: staff")


def test_a_logged_in_user_who_is_not_staff_is_moderated_like_anyone():
    assert decide(new_comment(), user=UserFactory(is_staff=False)).status == PENDING
    assert decide(new_comment(), user=AnonymousUser()).status == PENDING


def test_a_filled_honeypot_is_spam_whoever_sent_it():
    CommentFactory(author_name="Dana", author_email="dana@example.org")
    assert decide(new_comment(), honeypot="http://spam.example") == (
        SPAM,
        "spam: honeypot field filled in",
    )


@pytest.mark.parametrize(
    "field, value, word",
    [
        ("name", "Cheap VIAGRA Dana", "viagra"),
        ("email", "dana@casino.example", "Casino"),
        ("website", "https://pills.example/buy", "PILLS"),
        ("comment", "Great film. Visit my LoAn shop.", "loan"),
        ("IP address", "192.0.2.66", "192.0.2."),
        ("user agent", "EvilBot/1.0 (crawler)", "evilbot"),
    ],
)
def test_a_disallowed_word_in_any_field_sends_the_comment_to_spam_naming_the_field(
    field, value, word
):
    comment = new_comment(**{FIELDS[field]: value})
    decision = decide(comment, disallowed_words=f"unrelated\n  {word}  \n")
    assert decision == (SPAM, f"spam: disallowed word in {field}")


def test_disallowed_words_beat_staff_approval():
    comment = new_comment(text="casino bonus")
    decision = decide(comment, user=UserFactory(is_staff=True), disallowed_words="casino")
    assert decision.status == SPAM


def test_blank_lines_in_the_word_lists_match_nothing():
    decision = decide(new_comment(), disallowed_words="\n \n", moderation_words="\n\n")
    assert decision.status == PENDING
    assert decision.reason == "held: first comment from this commenter"


@pytest.mark.parametrize(
    "field, value, word",
    [
        ("name", "Dana Spoilers", "spoiler"),
        ("email", "dana@rival-site.example", "rival-site"),
        ("website", "https://rival-site.example", "RIVAL-SITE"),
        ("comment", "The ending is a twist!", "Twist"),
        ("IP address", "203.0.113.9", "203.0.113.9"),
        ("user agent", "curl/8.0", "curl"),
    ],
)
def test_a_moderation_word_in_any_field_holds_the_comment_naming_the_field(field, value, word):
    decision = decide(new_comment(**{FIELDS[field]: value}), moderation_words=word)
    assert decision == (PENDING, f"held: moderation word in {field}")


def test_a_moderation_word_holds_even_a_returning_commenter():
    CommentFactory(author_name="Dana", author_email="dana@example.org")
    decision = decide(new_comment(text="Spoiler: he lives."), moderation_words="spoiler")
    assert decision == (PENDING, "held: moderation word in comment")


@pytest.mark.parametrize(
    "text, links",
    [
        ("No links here, just a www-less mention of example.com", 0),
        ("One: https://www.example.com/path?q=1", 1),
        ("Two: http://a.example and www.b.example", 2),
        ("Three: https://a.example, HTTPS://B.EXAMPLE/x and www.c.example.", 3),
    ],
)
def test_links_are_counted_in_the_text(text, links):
    assert moderation.count_links(text) == links


def test_a_comment_with_as_many_links_as_the_threshold_is_held_and_one_fewer_is_not():
    CommentFactory(author_name="Dana", author_email="dana@example.org")
    two = new_comment(text="https://a.example and www.b.example")
    one = new_comment(text="Only https://a.example")
    assert decide(two, link_threshold=2) == (PENDING, "held: 2 links")
    assert decide(one, link_threshold=2) == (APPROVED, "approved: returning commenter")
    assert decide(one, link_threshold=1) == (PENDING, "held: 1 link")


def test_the_website_field_is_not_counted_as_a_link():
    CommentFactory(author_name="Dana", author_email="dana@example.org")
    comment = new_comment(author_url="https://dana.example", text="Only https://a.example")
    assert decide(comment, link_threshold=2).status == APPROVED


def test_comments_are_open_only_where_the_object_allows_them():
    now = timezone.now()
    settings = ModerationSettings()
    assert moderation.comments_open(ReviewFactory(), settings=settings, now=now)
    closed = ReviewFactory(is_open_for_comments=False)
    assert not moderation.comments_open(closed, settings=settings, now=now)
    assert not moderation.comments_open(ReviewFactory(draft=True), settings=settings, now=now)
    assert not moderation.comments_open(object(), settings=settings, now=now)


def test_comments_close_a_number_of_days_after_the_object_opened_them():
    published_at = timezone.now() - dt.timedelta(days=14)
    review = ReviewFactory(published_at=published_at)
    settings = ModerationSettings(close_after_days=14)
    just_before = published_at + dt.timedelta(days=14, seconds=-1)
    assert moderation.comments_open(review, settings=settings, now=just_before)
    assert not moderation.comments_open(review, settings=settings, now=timezone.now())
    assert moderation.comments_open(review, settings=ModerationSettings(), now=timezone.now())


def test_replies_nest_at_most_max_depth_levels():
    settings = ModerationSettings(max_depth=3)
    top = CommentFactory()
    reply = CommentFactory(parent=top)
    deepest = CommentFactory(parent=reply)
    assert (top.depth, reply.depth, deepest.depth) == (0, 1, 2)
    for parent in (top, reply):
        moderation.check_reply(parent, target=top.content_object, settings=settings)
    assert not moderation.can_reply_to(deepest, settings=settings)
    with pytest.raises(moderation.ReplyRefused, match="more than 3 levels"):
        moderation.check_reply(deepest, target=top.content_object, settings=settings)


@pytest.mark.parametrize("status", [PENDING, SPAM, TRASH])
def test_a_reply_to_a_hidden_comment_is_refused(status):
    parent = CommentFactory(status=status)
    with pytest.raises(moderation.ReplyRefused, match="not available"):
        moderation.check_reply(parent, target=parent.content_object, settings=ModerationSettings())


def test_a_reply_to_a_comment_on_another_object_is_refused():
    parent = CommentFactory()
    with pytest.raises(moderation.ReplyRefused, match="not available"):
        moderation.check_reply(parent, target=ReviewFactory(), settings=ModerationSettings())


def test_reading_the_settings_never_writes_them():
    assert ModerationSettings.objects.current().max_depth == 5
    assert not ModerationSettings.objects.exists()
    ModerationSettings.objects.create(pk=1, max_depth=3)
    assert ModerationSettings.objects.current().max_depth == 3


def test_the_settings_are_read_once_per_page_generation(
    settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.FRAGMENT_CACHE_ENABLED = True
    ModerationSettings.objects.create(pk=1, max_depth=3)
    assert ModerationSettings.objects.current().max_depth == 3
    with django_assert_num_queries(0):
        assert ModerationSettings.objects.current().max_depth == 3
    ModerationSettings.objects.filter(pk=1).update(max_depth=4)  # no generation ends
    assert ModerationSettings.objects.current().max_depth == 3
    row = ModerationSettings.objects.get()
    row.max_depth = 4
    with django_capture_on_commit_callbacks(execute=True):
        row.save()  # saving ends the generation
    assert ModerationSettings.objects.current().max_depth == 4
