"""Typo tolerance where pg_trgm is missing (the SQLite default): a mistyped word of a search
is corrected to the closest word of a film title or a person's name (difflib).

The vocabulary is built in one query and kept in the shared cache until a film or a person
changes (reviews.signals), so a search reads it, never the tables. PostgreSQL corrects with
trigram similarity instead (reviews.search.suggestion).
"""

import re
from difflib import get_close_matches

from django.core.cache import cache
from django.db import transaction

from reviews.models import Film, Person

KEY = "search:vocabulary"
#: A day at most: a change forgets it at once anyway.
TIMEOUT = 24 * 60 * 60
#: Shorter words are not corrected: too many near neighbours.
MIN_LENGTH = 4
#: How alike a word and its correction must be (difflib's ratio).
CUTOFF = 0.8
#: A word written with hyphens or apostrophes inside: "Chung-hyun", "O'Brien".
JOINED_WORD = re.compile(r"\w+(?:[-\u2010'\u2019]\w+)+")


def vocabulary_build():
    """Every word of the film titles and people's names, casefolded -> as first written."""
    titles = Film.objects.order_by().values_list("title", flat=True)
    names = Person.objects.order_by().values_list("name", flat=True)
    words = {}
    for text in titles.union(names, all=True):
        for word in re.findall(r"\w+", text):
            words.setdefault(word.casefold(), word)
        # "Chung-hyun" is often typed "chunghyun": the joined word names the written one.
        for joined in JOINED_WORD.findall(text):
            words.setdefault(re.sub(r"\W", "", joined).casefold(), joined)
    return words


def vocabulary():
    """The words searches are corrected to, from the shared cache (built when missing)."""
    words = cache.get(KEY)
    if words is None:
        words = vocabulary_build()
        cache.set(KEY, words, TIMEOUT)
    return words


def vocabulary_forget(*, using="default"):
    """Drop the cached vocabulary once the current transaction commits."""
    transaction.on_commit(lambda: cache.delete(KEY), using=using)


def closest(word, words):
    """The known word closest to `word` (casefolded), or None."""
    size = len(word)
    near = [known for known in words if abs(len(known) - size) <= 2]
    matches = get_close_matches(word, near, n=1, cutoff=CUTOFF)
    return words[matches[0]] if matches else None


def corrected(query):
    """`query` with each unknown word replaced by the closest known one, or None when no
    word changes. Operators and short words are left as typed."""
    words, changed, out = vocabulary(), False, []
    for term in query.split():
        key = term.casefold()
        fix = None
        if key.isalpha() and len(key) >= MIN_LENGTH and key not in words and key != "or":
            fix = closest(key, words)
        known = fix or words.get(key, term)
        # A correction, or a word the catalogue writes with a hyphen ("chunghyun"); not a
        # word only capitalised: "Chad Stahelski", not "chad Stahelski", is no correction.
        changed |= known.casefold() != key
        out.append(known)
    return " ".join(out) if changed else None
