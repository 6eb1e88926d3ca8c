"""Reading settings from the environment: flags, lists and numbers, with defaults."""

import os


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_float(name, default):
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


def read_env_file(path):
    """The NAME=value lines of a .env file as a dict ({} when there is none).

    Blank lines and # comments are skipped, as is a leading `export `; quotes around a
    whole value are removed. Nothing is expanded: a value is taken as written.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    values = {}
    for line in text.splitlines():
        line = line.strip().removeprefix("export ").strip()
        name, equals, value = line.partition("=")
        if line.startswith("#") or not equals or not name.strip():
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[name.strip()] = value
    return values


def load_env_file(path):
    """Set the variables of the .env file at `path` that the environment does not set.

    manage.py calls it, so that commands run in a checkout see the local settings `make run`
    wrote; a real environment variable always wins. The WSGI app and the tests never read it.
    """
    for name, value in read_env_file(path).items():
        os.environ.setdefault(name, value)
