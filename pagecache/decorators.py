"""Marking the views whose pages are the same for every anonymous reader."""

from functools import wraps


def public_page(view):
    """Let the page cache and the proxy keep this view's GET answers for anonymous readers.

    Decorates a view function, or a class-based view class (which then carries the mark).
    Only mark views whose answer depends on nothing but the URL and the content: no user,
    no session, no message.
    """
    if isinstance(view, type):
        view.public_page = True
        return view

    @wraps(view)
    def marked(*args, **kwargs):
        return view(*args, **kwargs)

    marked.public_page = True
    return marked
