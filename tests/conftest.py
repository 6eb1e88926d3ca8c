import importlib
import itertools

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db.models.signals import post_migrate
from django.test import Client

from pagecache import generation
from pagecache.middleware import recent
from pagecache.templatetags import fragments
from tests.factories import UserFactory

#: Data migrations whose rows every test may rely on: the countries and default criteria.
REFERENCE_DATA = {
    "reviews.migrations.0002_countries": "load_countries",
    "reviews.migrations.0003_default_criteria": "create_criteria",
}


def reference_rows_restore(sender, **kwargs):
    """Live-server tests end with a flush that empties what data migrations made, and
    post_migrate follows the flush: the rows are made again, so no test depends on running
    before a live-server test (in whatever order pytest-xdist's workers take them)."""
    for module, function in REFERENCE_DATA.items():
        getattr(importlib.import_module(module), function)(apps, None)


post_migrate.connect(
    reference_rows_restore, sender=apps.get_app_config("reviews"), dispatch_uid="tests.reference"
)


def pytest_collection_modifyitems(config, items):
    items[:] = slow_files_first(items)
    if settings.IS_POSTGRES:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://…")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


#: Folders whose every test is slow: a browser, or nginx, app processes and Redis started.
SLOW_FOLDERS = ("tests/browser/", "tests/topology/")


def slow_files_first(items):
    """The test files whose tests are slow first, then the others, largest first; each file's
    tests in their own order.

    pytest-xdist (pyproject.toml: --dist loadfile --no-loadscope-reorder) hands the files to
    its workers in this order. By number of tests alone, its own order, the browser, topology
    and migration files (one to a few slow tests each) came last, and one worker could run
    them on its own for a minute while the other had finished.
    """
    files = {}
    for item in items:
        files.setdefault(item.nodeid.split("::")[0], []).append(item)

    def slowness(tests):
        path = tests[0].nodeid
        transactional = any(
            (marker := test.get_closest_marker("django_db")) and marker.kwargs.get("transaction")
            for test in tests
        )
        return (not (path.startswith(SLOW_FOLDERS) or transactional), -len(tests))

    return [item for tests in sorted(files.values(), key=slowness) for item in tests]


@pytest.fixture(scope="session")
def media_folders(tmp_path_factory):
    """The folder under which each test gets a media folder of its own."""
    return tmp_path_factory.mktemp("media")


#: Numbers the tests' media folders within a session (each xdist worker has its own).
media_numbers = itertools.count()


@pytest.fixture(autouse=True)
def media_root(settings, media_folders):
    """Uploaded and generated images go to a temporary folder, never into var/.

    The folder is one of its own for each test, and not made: storage makes it when a test
    saves a file. Most tests save none, and pytest's tmp_path (a folder made per test, and
    removed again a few sessions later) cost more than many of these tests themselves.
    """
    settings.MEDIA_ROOT = media_folders / str(next(media_numbers))
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: nothing kept by one test reaches the next."""
    cache.clear()
    recent.clear()
    fragments.recent.clear()
    generation.forget()


@pytest.fixture
def editor(db):
    user = UserFactory(username="editor-user", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator(db):
    user = UserFactory(username="moderator-user", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def moderator_client(moderator):
    client = Client()
    client.force_login(moderator)
    return client


@pytest.fixture
def task_queue(settings):
    """django-tasks' DummyBackend instead of running tasks: its `results` are what was enqueued."""
    from django_tasks import task_backends

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    return task_backends["default"]


@pytest.fixture
def writer(db):
    user = UserFactory(username="writer-user", is_staff=True)
    user.groups.add(Group.objects.get(name="Writers"))
    return user


@pytest.fixture
def writer_client(writer):
    client = Client()
    client.force_login(writer)
    return client
