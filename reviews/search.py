"""Full-text search: the weighted vectors, keeping them current, parsing and suggestions.

PostgreSQL only; on SQLite the QuerySet `search()` methods fall back to a plain scan,
`search_index_refresh` does nothing, and reviews.spelling corrects typos. The vectors are
built in SQL from related tables (credits, keywords), which a generated column cannot read:
reviews.indexing has the worker refresh them after every committed change, and
`manage.py search_reindex` rebuilds all.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connections, transaction
from django.db.models import F, Func, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat, Replace
from django.utils.html import escape
from django.utils.safestring import mark_safe

from pagecache.invalidation import pages_changed
from reviews import spelling
from reviews.models import Credit, Film, Person, Review

CONFIG = "english"
MAX_QUERY_LENGTH = 200
#: Reviews ranked for one search: the newest matches, and those of the best-titled films.
NEWEST_CANDIDATES = 100
TITLE_CANDIDATES = 20

# Private-use characters mark the matches in ts_headline's output: everything else in the
# snippet is escaped, then only these become <mark> tags.
MARK_START, MARK_STOP = "\ue000", "\ue001"

#: HTML entities the sanitiser writes into body text, decoded with `&amp;` last.
ENTITIES = (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"))


def is_postgres(using="default"):
    return connections[using].vendor == "postgresql"


def cleaned(query):
    """The query as typed, minus NUL characters, which PostgreSQL text cannot hold."""
    return query.replace("\x00", "")


def query_problem(query):
    """Why `query` cannot be searched for, as a message for the visitor, or None."""
    if not query.strip():
        return "Type a word to search for."
    if len(query) > MAX_QUERY_LENGTH:
        return f"That search is too long: use at most {MAX_QUERY_LENGTH} characters."
    if not re.search(r"\w", query):
        return "Punctuation alone matches nothing: type a word or a name to search for."
    return None


def parse_query(query):
    """The visitor's words as a web-search style query: "a phrase", -word, or."""
    return SearchQuery(query, search_type="websearch", config=CONFIG)


def fallback_filter(query, fields):
    """For the SQLite scan: each word of `query` in one of `fields`; operators ignored."""
    terms = [term for term in query.split() if not term.startswith("-") and term.lower() != "or"]
    words = [word for term in terms for word in re.findall(r"\w+", term)]
    if not words:
        return Q(pk__in=[])
    in_a_field = (Q.create([(f"{f}__icontains", w) for f in fields], connector=Q.OR) for w in words)
    return Q.create(list(in_a_field))


def candidates(matching, query):
    """The reviews a search ranks, as one subquery of at most a few hundred ids: the
    NEWEST_CANDIDATES newest of `matching` (through the publication index) and the matching
    reviews of the TITLE_CANDIDATES best films (Film.objects.search, itself bounded).

    A UNION, so PostgreSQL looks the few ids up by primary key instead of ranking every
    match and then keeping the candidates among them.
    """
    newest = matching.order_by("-published_at", "-pk").values("pk")[:NEWEST_CANDIDATES]
    films = Film.objects.search(query).values("pk")[:TITLE_CANDIDATES]
    titled = matching.filter(film__in=films).order_by().values("pk")
    return newest.union(titled)


@dataclass
class Candidates:
    """The ids of the reviews a search ranks, and whether more matched than it ranks."""

    ids: list
    capped: bool


def review_candidates(matching, *, films):
    """As candidates(), in one query, for the reviews of `films` (the best films, already
    found for the page's sidebar); says whether more reviews matched than are ranked."""
    fields = ["pk", "published_at", "newest"]
    newest = matching.order_by("-published_at", "-pk")
    newest = newest.annotate(newest=Value(True)).values_list(*fields)
    titled = matching.filter(film__in=[film.pk for film in films]).order_by()
    titled = titled.annotate(newest=Value(False)).values_list(*fields)
    # One more of the newest than are ranked: if it is there, more reviews matched.
    rows = list(newest[: NEWEST_CANDIDATES + 1].union(titled[: 4 * TITLE_CANDIDATES], all=True))
    newest_rows = sorted(((at, pk) for pk, at, is_newest in rows if is_newest), reverse=True)
    ids = {pk for _, pk in newest_rows[:NEWEST_CANDIDATES]}
    ids |= {pk for pk, _, is_newest in rows if not is_newest}
    return Candidates(ids=sorted(ids), capped=len(newest_rows) > NEWEST_CANDIDATES)


def film_candidates(films, query, parsed):
    """The films a search ranks, as one subquery: the newest NEWEST_CANDIDATES whose vector
    matches, and as many whose title resembles the query (the trigram index)."""
    by_words = films.filter(search_vector=parsed).order_by("-pk").values("pk")
    by_title = films.filter(title__trigram_word_similar=query).order_by().values("pk")
    return by_words[:NEWEST_CANDIDATES].union(by_title[:NEWEST_CANDIDATES])


def rank(parsed):
    """How well a row's vector matches the parsed query (headline words count most)."""
    return Coalesce(SearchRank(F("search_vector"), parsed), 0.0)


def film_rank(query, parsed):
    """Full-text rank plus how closely a word of the title resembles `query`."""
    return rank(parsed) + TrigramWordSimilarity(query, "title")


def html_text(expression):
    """The text of an HTML fragment, in SQL: tags become spaces, common entities characters."""
    text = Func(
        expression,
        Value("<[^>]*>"),
        Value(" "),
        Value("g"),
        function="REGEXP_REPLACE",
        output_field=TextField(),
    )
    for entity, character in (*ENTITIES, ("&amp;", "&")):
        text = Replace(text, Value(entity), Value(character), output_field=TextField())
    return text


def review_snippet(query):
    """A few words of the standfirst and body around the matches, matches between marks."""
    text = Concat(F("standfirst"), Value(" "), html_text("body"), output_field=TextField())
    return SearchHeadline(
        text,
        query,
        config=CONFIG,
        start_sel=MARK_START,
        stop_sel=MARK_STOP,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def highlight(snippet):
    """`snippet` as HTML: the text escaped, only the matches marked up with <mark>."""
    html = escape(snippet or "").replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    return mark_safe(html)  # escaped above: the only tags are our own


def keyword_names(model, pk_field):
    """The keywords of the row whose pk is `pk_field` of the outer query, space-separated."""
    tagged = model.keywords.through.objects.filter(
        content_type_id=ContentType.objects.get_for_model(model).pk,
        object_id=OuterRef(pk_field),
    )
    names = tagged.order_by().values("object_id").annotate(names=StringAgg("tag__name", " "))
    return Subquery(names.values("names"))


def people_names(film_field):
    """The names of everyone credited on the film `film_field` of the outer query."""
    credits = Credit.objects.filter(film=OuterRef(film_field)).order_by().values("film")
    names = credits.annotate(names=StringAgg("person__name", " ", distinct=True))
    return Subquery(names.values("names"))


def film_vector():
    return (
        SearchVector("title", "original_title", weight="A", config=CONFIG)
        + SearchVector(people_names("pk"), keyword_names(Film, "pk"), weight="B", config=CONFIG)
        + SearchVector("synopsis", weight="C", config=CONFIG)
    )


def review_vector():
    film = Film.objects.filter(pk=OuterRef("film_id"))
    titles = film.annotate(titles=Concat("title", Value(" "), "original_title")).values("titles")
    return (
        SearchVector("headline", Subquery(titles[:1]), weight="A", config=CONFIG)
        + SearchVector(
            people_names("film_id"),
            keyword_names(Review, "pk"),
            keyword_names(Film, "film_id"),
            weight="B",
            config=CONFIG,
        )
        + SearchVector("standfirst", html_text("body"), weight="C", config=CONFIG)
    )


def search_index_refresh(
    *, film_ids: Iterable[int] = (), review_ids: Iterable[int] = ()
) -> tuple[int, int]:
    """Recompute the search vectors of these films, their reviews and these reviews."""
    film_ids, review_ids = list(film_ids), list(review_ids)
    if not is_postgres() or not (film_ids or review_ids):
        return 0, 0
    with transaction.atomic():
        films = Film.objects.filter(pk__in=film_ids).update(search_vector=film_vector())
        reviews = Review.objects.filter(Q(pk__in=review_ids) | Q(film_id__in=film_ids))
        pages_changed()  # search results
        return films, reviews.update(search_vector=review_vector())


def people_matching(query):
    """People whose name is close to `query`, typos forgiven on PostgreSQL; closest first."""
    if not is_postgres():
        return Person.objects.filter(fallback_filter(query, ["name"]))
    return (
        Person.objects.filter(name__trigram_word_similar=query)
        .annotate(similarity=TrigramWordSimilarity(query, "name"))
        .order_by("-similarity", "name", "pk")
    )


def suggestion(query):
    """The film title or person name closest to a mistyped `query`, or None; on SQLite the
    query with its unknown words corrected (reviews.spelling)."""
    if not is_postgres():
        return spelling.corrected(query)
    films = Film.objects.filter(title__trigram_word_similar=query).annotate(
        text=F("title"), similarity=TrigramWordSimilarity(query, "title")
    )
    people = Person.objects.filter(name__trigram_word_similar=query).annotate(
        text=F("name"), similarity=TrigramWordSimilarity(query, "name")
    )
    best = (
        films.order_by()
        .values_list("text", "similarity")
        .union(people.order_by().values_list("text", "similarity"))
        .order_by("-similarity", "text")
        .first()
    )
    if best is None:
        return None
    closest = closest_words(query, best[0])
    return None if closest.casefold() == " ".join(query.split()).casefold() else closest


def closest_words(query, text):
    """The run of words in `text`, as many as in `query`, that reads most like it."""
    words, size = text.split(), len(query.split())
    if size >= len(words):
        return text
    runs = [
        re.sub(r"^\W+|\W+$", "", " ".join(words[start : start + size]))
        for start in range(len(words) - size + 1)
    ]
    return max(runs, key=lambda run: SequenceMatcher(None, query.lower(), run.lower()).ratio())
