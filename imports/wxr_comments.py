"""A WordPress post's comments, brought in with it: statuses, threads, dates, authors.

Part of `wxr.Post`, in the post's transaction. Comments go through `comment_import`, which
sends no mail and leaves a comment imported before as it is here.
"""

import hashlib

from django.contrib.auth import get_user_model
from django.core.validators import URLValidator, validate_email, validate_ipv46_address
from django.utils import timezone

from comments.models import EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, URL_MAX_LENGTH, Comment
from comments.services import comment_import
from imports.wxr_html import html_text, one_line
from imports.wxr_read import username_from, valid, who
from reviews.models import Review

IMPORT_KEY_LENGTH = Review._meta.get_field("import_key").max_length
#: WordPress's comment_approved values.
COMMENT_STATUSES = {
    "1": Comment.Status.APPROVED,
    "0": Comment.Status.PENDING,
    "spam": Comment.Status.SPAM,
    "trash": Comment.Status.TRASH,
    "post-trashed": Comment.Status.TRASH,
}


class PostCommentsMixin:
    """Comments of the post (`self.post`) whose key is `self.key`, warnings to `self.warn`."""

    def comments(self, review):
        post = self.post
        wanted = {c.comment_id: c for c in post.comments if c.comment_type in ("", "comment")}
        if pings := len(post.comments) - len(wanted):
            self.warn(f"{pings} pingback(s) or trackback(s) not imported: they are not comments.")
        parents, depths = self.threads(wanted)
        users = self.comment_users(wanted.values())
        saved, blanked, undated, kept = {}, [], [], []
        # Parents before their replies; ids compare as numbers.
        for comment_id in sorted(wanted, key=lambda key: (depths[key], key.zfill(20))):
            comment = wanted[comment_id]
            if not (text := html_text(comment.comment_content)):
                self.warn(f"The comment by {who(comment)} is empty: not imported.")
                continue
            fields, invalid = contact(comment)
            blanked += [f"{invalid} of {who(comment)}"] if invalid else []
            undated += [who(comment)] if comment.submitted_at is None else []
            status = COMMENT_STATUSES.get(comment.comment_approved, Comment.Status.PENDING)
            saved[comment_id], is_new = comment_import(
                target=review,
                import_key=self.comment_key(comment_id),
                parent=saved.get(parents[comment_id]),
                author_name=(one_line(comment.comment_author) or "Anonymous")[:NAME_MAX_LENGTH],
                text=text,
                status=status,
                submitted_at=comment.submitted_at or review.published_at or timezone.now(),
                user=users.get(comment.comment_user_id),
                **fields,
            )
            if not is_new and saved[comment_id].status != status:
                kept.append(f"{who(comment)}: {saved[comment_id].status} here, {status} there")
        self.comments_noted(kept=kept, blanked=blanked, undated=undated)

    def comments_noted(self, *, kept, blanked, undated):
        """Warn of comments whose status, contact details or date were not WordPress's."""
        if kept:
            self.warn(
                "Comments imported before keep their status here, where they are moderated "
                f"now; WordPress differs for {', '.join(kept)}."
            )
        if blanked:
            self.warn(f"Not valid, so left blank: the {'; the '.join(blanked)}.")
        if undated:
            self.warn(f"Comments without a date, given the review's: {', '.join(undated)}.")

    def comment_key(self, comment_id):
        """Under the post's own key: unique even in exports that name no site."""
        key = f"{self.key}#comment-{comment_id}"
        if len(key) > IMPORT_KEY_LENGTH:
            return f"sha256:{hashlib.sha256(key.encode()).hexdigest()}"
        return key

    def threads(self, comments):
        """Each comment's parent and depth; a reply to a comment not there becomes top level."""
        parents, depths, orphans = {}, {}, []
        for comment_id, comment in comments.items():
            parent = comment.comment_parent if comment.comment_parent not in ("", "0") else None
            if parent is not None and parent not in comments:
                orphans.append(who(comment))
                parent = None
            parents[comment_id] = parent
        for start in comments:
            chain, node = [], start
            while node is not None and node not in depths:
                if node in chain:  # replies to each other in a loop: cut it here
                    parents[node], depths[node] = None, 0
                    orphans.append(who(comments[node]))
                    break
                chain.append(node)
                node = parents[node]
            for comment_id in reversed(chain):
                parent = parents[comment_id]
                depths.setdefault(comment_id, 0 if parent is None else depths[parent] + 1)
        if orphans:
            self.warn(
                "Replies to a comment that is not in the export, imported as top-level "
                f"comments: {', '.join(orphans)}."
            )
        return parents, depths

    def comment_users(self, comments):
        """This site's users for the WordPress authors who wrote comments, by WordPress id."""
        authors = self.export.authors.values()
        names = {author.author_id: username_from(author.author_login) for author in authors}
        wanted = {names[c.comment_user_id] for c in comments if c.comment_user_id in names}
        found = get_user_model().objects.filter(username__in=wanted)
        users = {user.get_username(): user for user in found}
        return {wp_id: users[name] for wp_id, name in names.items() if name in users}


def contact(comment):
    """The commenter's e-mail, website and IP address, each blanked if not valid; and which."""
    email = valid(comment.comment_author_email, validate_email, EMAIL_MAX_LENGTH)
    url = valid(comment.comment_author_url, URLValidator(schemes=["http", "https"]), URL_MAX_LENGTH)
    ip = valid(comment.comment_author_IP, validate_ipv46_address, 45)
    given = (comment.comment_author_email, comment.comment_author_url, comment.comment_author_IP)
    labels = ("e-mail address", "website", "IP address")
    invalid = [
        label
        for label, g, k in zip(labels, given, (email, url, ip), strict=True)
        if g.strip() and not k
    ]
    fields = {"author_email": email, "author_url": url, "ip_address": ip or None}
    return fields, ", ".join(invalid)
