import pytest
from django.db import connections
from django.test import RequestFactory

from reviewsite.replicas import ReplicaMiddleware, ReplicaRouter

router = ReplicaRouter()


def route_inside(request, action=lambda: None):
    """The alias a read gets while the middleware answers `request`, after `action`."""
    seen = []

    def view(request):
        action()
        seen.append(router.db_for_read(None))
        return None

    ReplicaMiddleware(view)(request)
    return seen[0]


def test_an_anonymous_readers_get_reads_the_replica():
    assert route_inside(RequestFactory().get("/reviews/")) == "replica"
    assert route_inside(RequestFactory().head("/reviews/")) == "replica"


@pytest.mark.parametrize("cookie", ["sessionid", "messages", "comment_author"])
def test_a_visitor_with_state_reads_the_primary(cookie):
    request = RequestFactory().get("/reviews/")
    request.COOKIES[cookie] = "x"
    assert route_inside(request) == "default"


def test_posts_read_the_primary():
    assert route_inside(RequestFactory().post("/comments/post/")) == "default"


def test_reads_after_a_write_in_the_same_request_read_the_primary():
    request = RequestFactory().get("/reviews/")
    assert route_inside(request, action=lambda: router.db_for_write(None)) == "default"


def test_reads_inside_a_transaction_read_the_primary(monkeypatch):
    monkeypatch.setattr(connections["default"], "in_atomic_block", True)
    assert route_inside(RequestFactory().get("/reviews/")) == "default"


def test_outside_a_request_everything_uses_the_primary():
    assert router.db_for_read(None) == "default"
    assert router.db_for_write(None) == "default"


def test_the_next_request_starts_afresh():
    route_inside(RequestFactory().get("/"), action=lambda: router.db_for_write(None))
    assert route_inside(RequestFactory().get("/")) == "replica"


def test_only_the_primary_is_migrated():
    assert router.allow_migrate("default", "reviews")
    assert not router.allow_migrate("replica", "reviews")
