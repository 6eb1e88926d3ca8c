"""Posting the comment form as a browser does, and reading the page that comes back."""

import datetime as dt

from django.utils import timezone

from comments.forms import form_stamp

PREVIEW_NOTE = (
    "Your comment is awaiting moderation. This is a preview; your comment will be visible "
    "after it has been approved."
)
XSS = {
    "name": '<script>alert("name")</script>',
    "email": '"><img src=x onerror=alert(1)>@example.org',
    "url": 'https://example.org/"><script>alert("url")</script>',
    "comment": '<img src=x onerror=alert("text")> <a href="javascript:alert(1)">click</a>',
}


def stamp(target, seconds_ago=10):
    """The hidden stamp of a form served `seconds_ago` (people take more than 3 seconds)."""
    return form_stamp(target, now=timezone.now() - dt.timedelta(seconds=seconds_ago))


def form_data(target, **fields):
    return {
        "name": "Dana",
        "email": "dana@example.org",
        "url": "",
        "comment": "A fine review.",
        "honeypot": "",
        "timestamp": stamp(target),
        **fields,
    }


def post(client, target, query="", ip="198.51.100.4", **fields):
    return client.post(
        target.get_absolute_url() + query, form_data(target, **fields), REMOTE_ADDR=ip
    )


def html_of(response):
    return response.content.decode()


def comments_html(response):
    html = html_of(response)
    return html[html.index('id="comments"') :]


def form_errors(response):
    return response.context["discussion"].form.errors
