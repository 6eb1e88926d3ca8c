"""Posts that are not reviews: WordPress's stock first post, an announcement naming no film."""

import re

#: The post every new WordPress site starts with, by title in the site's first languages.
STOCK_TITLES = frozenset({"hello world!", "hello world", "hallo welt!", "bonjour tout le monde !"})

#: Words a text about a film uses; a notice may name films, but is not about its own title.
FILM_WORDS = re.compile(r"\b(?:film|movie|cinema|documentary|picture|screen)s?\b", re.IGNORECASE)


def is_about_its_title(extracted) -> bool:
    """Whether the text keeps coming back to its title as a film does: the title again
    after the heading, and words of film. A review without an info line (the seeds'
    essays) passes; a notice ("Our winter schedule") does not."""
    title = (extracted.film.title or extracted.title).strip()
    if not title or not FILM_WORDS.search(extracted.text):
        return False
    mentions = re.findall(rf"(?<!\w){re.escape(title)}(?!\w)", extracted.text, re.IGNORECASE)
    return len(mentions) >= 2


def post_not_a_review(*, title: str, extracted) -> str:
    """Why a post or document is no review, for the report, or "" when it may be one.

    A review says something about a film: a year, a credit, a runtime, a rating, scores or a
    verdict, or at least keeps writing about its title as a film. A post with none of these
    (an announcement, a blog note) is not imported unless the editor asks for it
    (`import_reviews --include-non-reviews`, or the import form's box).
    """
    if title.strip().casefold() in STOCK_TITLES and "wordpress" in extracted.text.casefold():
        return "WordPress's stock “Hello world!” post"
    film = extracted.film
    evidence = (
        film.year, film.release_date, film.runtime_minutes, film.directors, film.writers,
        film.cast, film.studios, extracted.rating, extracted.scores, extracted.verdict,
    )  # fmt: skip
    has_facts = any(value not in (None, "", []) for value in evidence)
    if not has_facts and not is_about_its_title(extracted):
        return (
            "it names no film: no year, credits, runtime, rating, scores or verdict, and "
            "its text is not about its title"
        )
    return ""
