"""The grid of film titles (`title_grid` writes the documents): every headline form a
film's title takes (with its year, "review", a tagline, the site's name, a column's label,
a forum tag, stars, an original title; inside a sentence, after a possessive) for titles
of one word, with a colon, a full stop, a comma, an article, a number, an accent or in
capitals; as a .txt's first line (under a site's header or not), a Markdown heading, front
matter, an <h1> beside another <title> and og:title, a page's <title> with no <h1>, a
WordPress post's title; over a text that repeats the film, names it once, names another
film more often, or names a person with a possessive. Each document gives the film's title
exactly, its year when the headline gives one, and never a sentence or the site's name.

The grid is crossed pairwise, to keep the suite fast: every form meets every place and
every title (and so every title every place) at least once, the third factor rotating,
rather than every triple (1,449 cells, 38 s on two workers, all passing when written)."""

import pytest

from tests.imports.title_grid import BODIES, FORMS, PLACES, TITLES, misread


def pairwise():
    """(place, form, title) cells covering every (place, form) and (form, title) pair."""
    places, forms, titles = list(PLACES), list(FORMS), list(TITLES)
    cells = {
        (place, form, titles[(p + f) % len(titles)])
        for p, place in enumerate(places)
        for f, form in enumerate(forms)
    }
    cells |= {
        (places[(f + t) % len(places)], form, title)
        for f, form in enumerate(forms)
        for t, title in enumerate(titles)
    }
    return sorted(cells, key=lambda c: (places.index(c[0]), forms.index(c[1]), titles.index(c[2])))


@pytest.mark.parametrize(("place", "form", "title"), pairwise())
def test_every_headline_form_in_every_place_names_the_film(place, form, title):
    wrong = {body: problem for body in BODIES if (problem := misread(place, form, title, body))}
    assert wrong == {}
