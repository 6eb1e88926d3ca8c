# ruff: noqa: RUF001  (headlines use typographic dashes and quotes)
"""The film a post names in a label of its text when its headline names none: a
newsletter's "THIS WEEK'S PICK: THE FILM (2019)" banner in capitals, a podcast's show notes
"## Main feature: The Film (2019)", a double bill's "DOUBLE FEATURE: The Film (2019) + Other
(1953)", a plain "Film: The Film (2019)"; under an episode's, an issue's or an essay's
headline, as a .txt or Markdown. A label with no year, or one naming another film under a
headline that names this one, is not read as the film. (A one-word title in capitals
stays as the text writes it, as "RRR" must: the grid uses longer ones.)"""

import pytest

from imports.documents import extract
from imports.title_strength import title_strength

TITLES = {
    "accent": "Amélie Poulain",
    "article": "The Farewell",
    "comma": "Paris, Texas",
    "number": "3 Idiots",
}
LABELS = {
    "pick banner": "THIS WEEK'S PICK: {T} (2019)",
    "main feature": "Main feature: {t} (2019)",
    "double feature": "DOUBLE FEATURE: {t} (2019) + Tokyo Story (1953)",
    "tonight's film": "Tonight's film: {t} (2019)",
    "film label": "Film: {t} (2019)",
}
HEADLINES = {
    "episode": "Ep. 148 – Swans, Shotguns and the Greater Good",
    "issue": "Issue #58: notes from the couch",
    "essay": "The forest doesn't owe you anything",
}
BODY = (
    "This week's film opens on a kitchen at dawn and never quite leaves it. Mira Sol keeps "
    "the camera low and patient, and the film earns every silence it asks of us."
)


def document(layout, headline, label):
    if layout == ".txt":
        rule = "-" * 40
        return extract(f"{headline}\n\nGood morning.\n\n{rule}\n{label}\n{rule}\n\n{BODY}\n")
    return extract(f"# {headline}\n\nGood morning.\n\n## {label}\n\n{BODY}\n", markdown=True)


def cells():
    """Every label with every title and every headline, the layout rotating."""
    return [
        (layout, headline, label, title)
        for n, (headline, label, title) in enumerate(
            (h, lab, t) for h in HEADLINES for lab in LABELS for t in TITLES
        )
        for layout in [(".txt", ".md")[n % 2]]
    ]


@pytest.mark.parametrize(("layout", "headline", "label", "title"), cells())
def test_a_label_in_the_text_names_the_film_a_headline_does_not(layout, headline, label, title):
    written = TITLES[title]
    line = LABELS[label].format(t=written, T=written.upper())
    review = document(layout, HEADLINES[headline], line)
    assert (review.film.title, review.film.year) == (written, 2019)


@pytest.mark.parametrize("layout", [".txt", ".md"])
def test_a_feature_label_without_a_year_is_no_film(layout):
    review = document(layout, HEADLINES["essay"], "Main feature: Listener Mail")
    assert review.film.title != "Listener Mail"


@pytest.mark.parametrize("layout", [".txt", ".md"])
def test_a_label_naming_another_film_does_not_beat_a_headline_naming_this_one(layout):
    text = BODY.replace("This week's film", "The Farewell")
    if layout == ".txt":
        review = extract(f"The Farewell review\n\n{text}\n\nNext week's pick: Tokyo Story (1953)\n")
    else:
        review = extract(
            f"# The Farewell review\n\n{text}\n\n## Next week's pick: Tokyo Story (1953)\n",
            markdown=True,
        )
    assert review.film.title == "The Farewell"


@pytest.mark.parametrize("title", TITLES)
def test_a_mails_sender_over_its_tagline_is_a_masthead_not_the_film(title):
    written, rule = TITLES[title], "-" * 40
    review = extract(
        "From: The Saturday Matinee <letters@matinee.example>\n"
        "Subject: Matinee #212: the man in the chair is watching you\n"
        "Date: Sat, 11 Oct 2025 07:30:00 +0000\n\n"
        "THE SATURDAY MATINEE\nOne old film, once a week, for people with a free afternoon.\n\n"
        f"Issue #212\n\nGood morning, matinee crowd.\n\n{rule}\n"
        f"THIS WEEK'S PICK: {written.upper()} (2019)\n{rule}\n\n{BODY}\n"
    )
    assert (review.film.title, review.film.year) == (written, 2019)


#: Labels that name the post, not its film: a mail's subject, a post's own headline.
POST_LABELS = ("Subject", "Headline", "Post title", "Review title")
#: What the text then says of its film: nothing, or its name in bold with its year early
#: (which then names it).
POST_BODIES = {
    "nothing": (f"{BODY}\n\n{BODY}", None),
    "bold name and year": (
        f"This week I went back to **The Farewell** (2019). {BODY}\n\n{BODY}\n\n{BODY}",
        "The Farewell",
    ),
}


@pytest.mark.parametrize("label", POST_LABELS)
@pytest.mark.parametrize("body", POST_BODIES)
def test_a_post_name_label_is_a_headline_never_a_sure_film(label, body):
    text, film = POST_BODIES[body]
    mail = "From: The Long View <longview@letters.example>\n" if label == "Subject" else ""
    review = extract(
        f"{mail}{label}: The village that would not sell\n\n"
        f"Hello, and welcome to the forty-first issue.\n\n{text}\n"
    )
    if film:
        assert review.film.title == film
        assert not title_strength(review).is_weak
    else:
        assert title_strength(review).is_weak


@pytest.mark.parametrize("title", TITLES)
def test_a_title_label_on_the_first_line_names_the_film(title):
    review = extract(f"Title: {TITLES[title]}\n\n{BODY}\n")
    assert review.film.title == TITLES[title]
    assert not title_strength(review).is_weak


#: A static site's front matter naming the film apart from the post's title, as YAML and
#: TOML write it; {t} the film, the year 2019 where the form gives one.
FRONT_MATTER_FILMS = {
    "film block": ('---\ntitle: "{h}"\nfilm:\n  title: "{t}"\n  year: 2019\n---', 2019),
    "movie block, name": ("---\ntitle: {h}\nmovie:\n  name: {t}\n---", None),
    "film_title": ('---\ntitle: "{h}"\nfilm_title: "{t}"\n---', None),
    "movie scalar": ('---\ntitle: "{h}"\nmovie: "{t}"\n---', None),
    "TOML table": ('+++\ntitle = "{h}"\n[film]\ntitle = "{t}"\nyear = 2019\n+++', 2019),
}
#: Front matter that names no film apart: the post's title alone stands.
FRONT_MATTER_NEGATIVES = {
    "film list": '---\ntitle: "{h}"\nfilm: [drama, france]\n---',
    "film block without a title": '---\ntitle: "{h}"\nfilm:\n  director: Mira Sol\n---',
    "cover block's title": '---\ntitle: "{h}"\ncover:\n  title: "A kitchen at dawn"\n---',
    "categories": '---\ntitle: "{h}"\ncategories: [Film, Reviews]\n---',
}
POST_HEADLINE = "Ninety minutes in a kitchen: notes"


@pytest.mark.parametrize("form", FRONT_MATTER_FILMS)
@pytest.mark.parametrize("title", TITLES)
def test_the_front_matters_film_fields_name_the_film(form, title):
    front, year = FRONT_MATTER_FILMS[form]
    written = TITLES[title]
    review = extract(
        front.format(h=POST_HEADLINE, t=written) + f"\n\n*A still.*\n\n{BODY}\n", markdown=True
    )
    assert review.film.title == written
    assert review.film.year == year
    assert not title_strength(review).is_weak


@pytest.mark.parametrize("form", FRONT_MATTER_NEGATIVES)
def test_front_matter_naming_no_film_apart_leaves_the_headline(form):
    front = FRONT_MATTER_NEGATIVES[form].format(h=POST_HEADLINE)
    review = extract(f"{front}\n\n{BODY}\n", markdown=True)
    assert review.film.title not in {"drama, france", "[drama, france]", "A kitchen at dawn"}
    assert review.film.title != "Film"
