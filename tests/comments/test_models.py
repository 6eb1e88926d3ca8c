"""CommentQuerySet: what a host app reads of comments without naming their tables."""

import pytest
from django.contrib.auth import get_user_model

from comments.models import Comment
from tests.factories import CommentFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_approved_count_for_counts_each_rows_approved_comments_on_any_model():
    quiet, talked_about = UserFactory(), UserFactory()
    CommentFactory.create_batch(2, content_object=talked_about)
    CommentFactory(content_object=talked_about, status=Comment.Status.PENDING)
    CommentFactory(content_object=ReviewFactory(pk=quiet.pk))  # another model, the same pk
    User = get_user_model()
    users = User.objects.filter(pk__in=[quiet.pk, talked_about.pk])
    counts = users.annotate(approved=Comment.objects.approved_count_for(User))
    assert dict(counts.values_list("pk", "approved")) == {quiet.pk: 0, talked_about.pk: 2}
