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
    "reviews.migrations.0026_historical_country_rows": "add_historical_countries",
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
    if settings.IS_POSTGRES:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://…")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


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
