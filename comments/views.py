"""The visitor's side of comments: the form's POST, and the comments a page shows.

A host page mixes CommentsMixin into its DetailView, and the form posts to the page's own
URL: a refused comment comes back on the page itself (400, 403, 409 or 429) with everything
the visitor typed, and a saved one redirects to its anchor (POST, redirect, GET). The host
only has to give its object `comments_enabled` (and, optionally, `comments_opened_at` and a
`comment_count` annotation).
"""

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.module_loading import import_string
from django.views.decorators.csrf import csrf_exempt

from comments import moderation, services, threads
from comments.forms import CommentForm
from comments.models import Comment
from reviewsite.client import client_ip

#: The ids of the visitor's own pending comments, which only they see (as a preview).
PENDING_KEY = "comments_pending"
PENDING_KEPT = 50
#: Name, e-mail address and website, kept for a year when the visitor ticks the box.
COMMENTER_COOKIE = "comment_author"
COMMENTER_SALT = "comments.commenter"
COMMENTER_MAX_AGE = 365 * 24 * 60 * 60
REMEMBERED = ("name", "email", "url")

PUBLISHED = "Thanks for your comment! It is published below."
HELD = (
    "Thanks for your comment! It is awaiting moderation, and will be visible to everyone "
    "once it has been approved."
)


class CommentsMixin:
    """For a DetailView whose object takes comments: shows them, and takes the form's POST.

    The page is kept whole for anonymous readers (pagecache), so the form it carries cannot
    hold a per-visitor CSRF token. CSRF forges a request that rides a signed-in session; an
    anonymous comment has no session to ride, so the view checks the token only for signed-in
    members (whose pages are never kept, and whose form carries it, as DRF's session
    authentication does), and refuses a post whose Origin is another site from anyone. The
    form's signed stamp still proves the form came from this page, recently.
    """

    @method_decorator(csrf_exempt)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if refusal := csrf_refusal(request):
            return refusal
        self.object = self.get_object()
        return post_comment(request, self.object, render=self.render_comment_form)

    def render_comment_form(self, form, status):
        context = self.get_context_data(object=self.object, comment_form=form)
        return self.render_to_response(context, status=status)

    def get_context_data(self, *, comment_form=None, **kwargs):
        request = self.request
        discussion = threads.discussion_for(
            self.object,
            now=timezone.now(),
            pending_ids=pending_ids(request),
            cpage=request.GET.get("cpage"),
            reply_to_id=(
                comment_form["parent"].value() if comment_form else request.GET.get("replytocom")
            ),
        )
        if comment_form is None and discussion.is_open:
            initial = {**remembered_commenter(request), "parent": discussion.reply_to}
            comment_form = CommentForm(target=self.object, user=request.user, initial=initial)
        discussion.form = comment_form
        return super().get_context_data(discussion=discussion, **kwargs)


def csrf_refusal(request):
    """The CSRF failure answer for this comment post, or None when it may go ahead."""
    if request.user.is_authenticated:
        check = CsrfViewMiddleware(lambda request: None)
        check.process_request(request)  # the cookie's secret, as the middleware reads it
        return check.process_view(request, None, (), {})
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None or origin in same_site_origins(request):
        return None
    failure = import_string(settings.CSRF_FAILURE_VIEW)
    return failure(request, reason=f"Origin checking failed - {origin} does not match.")


def same_site_origins(request):
    """This site's origin as the request reached it, and those trusted behind a proxy."""
    return {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}


def post_comment(request, target, *, render):
    """Take a comment on `target`; `render(form, status)` shows the host page with the form."""
    form = CommentForm(request.POST, target=target, user=request.user)
    if not form.is_valid():
        return render(form, 400)
    try:
        comment = services.comment_submit(
            target=target,
            parent=form.cleaned_data["parent"],
            data=form.cleaned_data,
            ip_address=client_ip(request),
            user_agent=request.headers.get("User-Agent", ""),
            user=request.user,
        )
    except moderation.Refused as refusal:
        if isinstance(refusal, moderation.ReplyRefused):
            form.set_value("parent", "")
        form.add_error(None, refusal.message)
        return render(form, refusal.status_code)
    except ValidationError as error:
        form.add_error(None, error.messages)
        return render(form, 400)
    return comment_posted(request, target, comment, form)


def comment_posted(request, target, comment, form):
    """Redirect to the new comment, on the comments page that shows it."""
    if comment.status == Comment.Status.PENDING:
        request.session[PENDING_KEY] = [*pending_ids(request), comment.pk][-PENDING_KEPT:]
    # Spam is answered as if held: whoever sent it learns nothing from the answer.
    messages.success(request, PUBLISHED if comment.status == Comment.Status.APPROVED else HELD)
    path = threads.comment_path(comment, target=target, pending_ids=pending_ids(request))
    response = HttpResponseRedirect(path)
    response.status_code = 303  # See Other: the next request is a GET
    remember_commenter(request, response, form)
    return response


def pending_ids(request):
    """The ids of the visitor's pending comments (no session is opened for those with none)."""
    if not hasattr(request, "session") or (
        settings.SESSION_COOKIE_NAME not in request.COOKIES and not request.session.modified
    ):
        return []
    return [pk for pk in request.session.get(PENDING_KEY, []) if isinstance(pk, int)]


def remembered_commenter(request):
    """The name, e-mail and website the visitor asked to be remembered, with the box ticked."""
    try:
        saved = signing.loads(request.COOKIES[COMMENTER_COOKIE], salt=COMMENTER_SALT)
    except (KeyError, signing.BadSignature):
        return {}
    if not isinstance(saved, dict):
        return {}
    return {**{key: str(saved.get(key, "")) for key in REMEMBERED}, "remember": True}


def remember_commenter(request, response, form):
    """Keep the commenter's details for a year when the box is ticked; forget them when not."""
    if form.is_member:
        return
    if form.cleaned_data.get("remember"):
        details = {key: form.cleaned_data.get(key, "") for key in REMEMBERED}
        response.set_cookie(
            COMMENTER_COOKIE,
            signing.dumps(details, salt=COMMENTER_SALT, compress=True),
            max_age=COMMENTER_MAX_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    elif COMMENTER_COOKIE in request.COOKIES:
        response.delete_cookie(COMMENTER_COOKIE, samesite="Lax")
