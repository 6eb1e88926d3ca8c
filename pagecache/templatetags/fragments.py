"""{% fragment %}: a part of a page kept in the shared cache for the live generation.

    {% load fragments %}
    {% fragment "review-article" review.pk %}…{% endfragment %}
    {% fragment "comment-thread" review.pk page when=discussion.is_shared unless=is_preview %}…

The key is the fragment's name, the values after it and the page generation, so a fragment
is never served after a change to anything pages show. With `when=` false, `unless=` true,
or fragments off (FRAGMENT_CACHE_ENABLED), the block is simply rendered. Used where a whole
page cannot be kept (signed-in readers, a commenter with a pending comment) but its parts
can; a value the block reads only inside it can be lazy, so a kept fragment saves its queries.
"""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import cache

from pagecache import generation
from pagecache.local import Recent

register = template.Library()

#: The parts this process used last, read from Redis once per generation.
recent = Recent(lambda: settings.FRAGMENT_CACHE_RECENT)


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, parts, when, unless):
        self.nodelist, self.name, self.parts = nodelist, name, parts
        self.when, self.unless = when, unless

    def render(self, context):
        if not self.is_kept(context):
            return self.nodelist.render(context)
        key = self.key(context)  # the generation is in the key: a kept part is never stale
        if (html := recent.get(key)) is None:
            if (html := cache.get(key)) is None:
                html = self.nodelist.render(context)
                cache.set(key, html, timeout=settings.PAGE_CACHE_SECONDS)
            recent.keep(key, html)
        return html

    def is_kept(self, context):
        if not settings.FRAGMENT_CACHE_ENABLED:
            return False
        if self.when is not None and not self.when.resolve(context):
            return False
        return self.unless is None or not self.unless.resolve(context)

    def key(self, context):
        # Absolute links in a fragment name the host the page was asked for.
        request = context.get("request")
        site = f"{request.scheme}://{request.get_host()}" if request is not None else ""
        values = ":".join([site, *(str(part.resolve(context)) for part in self.parts)])
        digest = hashlib.blake2b(values.encode(), digest_size=16).hexdigest()
        return f"pagecache:fragment:{request_generation(context)}:{self.name}:{digest}"


def request_generation(context):
    """The generation, read once per request however many fragments the page has."""
    request = context.get("request")
    if request is None:
        return generation.current()
    if not hasattr(request, "_page_generation"):
        request._page_generation = generation.current()
    return request._page_generation


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name.")
    name = bits[1].strip("\"'")
    parts, conditions = [], {"when": None, "unless": None}
    for bit in bits[2:]:
        option, _, value = bit.partition("=")
        if option in conditions and value:
            conditions[option] = parser.compile_filter(value)
        else:
            parts.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, name, parts, **conditions)
