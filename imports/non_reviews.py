"""Posts that are not reviews: WordPress's stock first post, an announcement naming no film,
a notice listing films it reviews none of ("what's on", a season, a countdown)."""

import re

from imports.extracted import TitleSource
from imports.title_strength import headed_blocks

#: The post every new WordPress site starts with, by title in the site's first languages.
STOCK_TITLES = frozenset({"hello world!", "hello world", "hallo welt!", "bonjour tout le monde !"})

#: Words a text about a film uses; a notice may name films, but is not about its own title.
FILM_WORDS = re.compile(r"\b(?:film|movie|cinema|documentary|picture|screen)s?\b", re.IGNORECASE)
#: How many films, each heading a line with its year, make a post a list of films.
LISTED = 3
ITALIC = re.compile(r"<(?:em|i|cite)>(.*?)</(?:em|i|cite)>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
#: Where a title is read from a label, the page's data or the line over the credits, the
#: document names its own film: a list beside it points to others.
OWN_FILM_SOURCES = frozenset({TitleSource.LABEL, TitleSource.PAGE_DATA, TitleSource.CREDITS})


def is_about_its_title(extracted) -> bool:
    """Whether the text keeps coming back to its title as a film does: the title again
    after the heading, and words of film. A review without an info line (the seeds'
    essays) passes; a notice ("Our winter schedule") does not."""
    title = (extracted.film.title or extracted.title).strip()
    if not title or not FILM_WORDS.search(extracted.text):
        return False
    mentions = re.findall(rf"(?<!\w){re.escape(title)}(?!\w)", extracted.text, re.IGNORECASE)
    return len(mentions) >= 2


def italic_titles(extracted) -> list[str]:
    """The distinct names the body sets in italics, as a post names films in passing."""
    found = [" ".join(TAG.sub("", span).split()) for span in ITALIC.findall(extracted.body_html)]
    return list(dict.fromkeys(span for span in found if span))


def names(text, phrase) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE))


def listed_films(extracted) -> list[str]:
    """The films a post lists and reviews none of, or []: several lines, each opening on a
    film and its year ("1 December: The Film (2003), directed by …"), none of which the
    text names again, while its own title is none of them and the text barely names it
    outside them (a season's notice, a "what's on", a countdown's announcement)."""
    blocks = list(headed_blocks(extracted))
    listed = list(dict.fromkeys(name for _, name, _ in blocks))
    title, text = (extracted.film.title or extracted.title).strip(), extracted.text
    if len(listed) < LISTED or extracted.title_source in OWN_FILM_SOURCES:
        return []
    if any(names(text, name) > 1 for name in listed):
        return []  # a film the text comes back to is one it reviews
    if title.casefold() in {name.casefold() for name in listed}:
        return []
    outside = text
    for block, _, _ in blocks:  # the list's own lines ("1 December: …") are not its text
        outside = outside.replace(block, " ")
    for name in listed:
        outside = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", outside, flags=re.IGNORECASE)
    return listed if not title or names(outside, title) < 2 else []


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
    unrated = not (extracted.rating or extracted.scores or extracted.verdict)
    dated = any((film.year, film.release_date, film.runtime_minutes, film.directors, film.writers))
    if (
        unrated
        and not dated  # a film's own facts: a review that names others in passing
        and not is_about_its_title(extracted)
        and len(shown := italic_titles(extracted)) >= LISTED
    ):
        return (
            f"it names films ({', '.join(shown[:LISTED])} …) in passing and reviews none of "
            "them: no rating, and its text is not about its title"
        )
    if unrated and (listed := listed_films(extracted)):
        return (
            f"it lists films ({', '.join(listed[:LISTED])} …) with their years and reviews "
            "none of them: no rating, and its text never comes back to one"
        )
    return ""
