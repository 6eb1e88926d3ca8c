"""Posts that are not reviews: WordPress's stock first post, an announcement naming no film."""

#: The post every new WordPress site starts with, by title in the site's first languages.
STOCK_TITLES = frozenset({"hello world!", "hello world", "hallo welt!", "bonjour tout le monde !"})


def post_not_a_review(*, title: str, extracted) -> str:
    """Why a WordPress post is no review, for the report, or "" when it may be one.

    A review says something about a film: a year, a credit, a runtime, a rating, scores or a
    verdict. A post with none of these (an announcement, a blog note) is not imported unless
    the editor asks for it (`import_reviews --include-non-reviews`).
    """
    if title.strip().casefold() in STOCK_TITLES and "wordpress" in extracted.text.casefold():
        return "WordPress's stock “Hello world!” post"
    film = extracted.film
    evidence = (
        film.year, film.release_date, film.runtime_minutes, film.directors, film.writers,
        film.cast, film.studios, extracted.rating, extracted.scores, extracted.verdict,
    )  # fmt: skip
    if not any(value not in (None, "", []) for value in evidence):
        return "it names no film: no year, credits, runtime, rating, scores or verdict"
    return ""
