"""What a process keeps in its own memory of the shared cache: the pages and parts it served
last. A popular page is then read from Redis once per generation, not on every request."""

from collections import OrderedDict


class Recent:
    """The `size()` most recently used values by key; the least recently used go first."""

    def __init__(self, size):
        self.size = size
        self.values = OrderedDict()

    def get(self, key):
        value = self.values.get(key)
        if value is not None:
            self.values.move_to_end(key)
        return value

    def keep(self, key, value):
        self.values[key] = value
        self.values.move_to_end(key)
        while len(self.values) > self.size():
            self.values.popitem(last=False)

    def forget(self, key):
        self.values.pop(key, None)

    def clear(self):
        self.values.clear()


_per_generation = {}


def per_generation(name, load):
    """`load()`, remembered in this process for the live page generation, which any change to
    what it reads ends (its models are watched): settings read on every page, say. With the
    fragment cache off (every cache off, as in development), `load()` every time."""
    from django.conf import settings

    from pagecache import generation

    if not settings.FRAGMENT_CACHE_ENABLED:
        return load()
    token = generation.current()
    remembered = _per_generation.get(name)
    if remembered is not None and remembered[0] == token:
        return remembered[1]
    value = load()
    _per_generation[name] = (token, value)
    return value
