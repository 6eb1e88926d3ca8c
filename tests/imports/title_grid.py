# ruff: noqa: RUF001  (headlines use typographic dashes and quotes)
"""The documents of the title grid (`test_title_grid`): a film's title in every headline
form people write, in every place a document puts its headline, over bodies that name the
film often, once, less than another film, or beside a person's possessive."""

from imports.documents import extract
from imports.html_extract import html_extract
from imports.html_pages import page_extract

SITE = "The Reel Report"
#: The film's title as the headline writes it, and as the film must hold it.
TITLES = {
    "one word": ("Raw", "Raw"),
    "colon": ("Dune: Part Two", "Dune: Part Two"),
    "period": ("Your Name.", "Your Name."),
    "comma": ("Paris, Texas", "Paris, Texas"),
    "article": ("The Farewell", "The Farewell"),
    "number": ("3 Idiots", "3 Idiots"),
    "non-ASCII": ("Amélie", "Amélie"),
    "all-caps title": ("RRR", "RRR"),
    "all-caps headline": ("THE FAREWELL", "The Farewell"),
    "an essay's words": ("Notes on a Winter", "Notes on a Winter"),
    "ampersand": ("Withnail & I", "Withnail & I"),
}
#: A title with a subtitle after a dash, tested apart (`test_title_grid`): many forms
#: still lose the subtitle.
DASH_TITLES = {"dash subtitle": ("Saga: Impossible – Fallout", "Saga: Impossible – Fallout")}
#: Each headline form, and whether it gives the year (2019).
FORMS = {
    "bare": ("{t}", False),
    "year": ("{t} (2019)", True),
    "review": ("{t} review", False),
    "year review": ("{t} (2019) review", True),
    "Review: T": ("Review: {t}", False),
    "quoted tagline": ("‘{t}’ review: a tender, funny portrait of grief", False),
    "tagline site": (f"{{t}} review – a tender, funny portrait of grief | {SITE}", False),
    "site first": (f"{SITE} | {{t}}", False),
    "colon tagline": ("{t}: a quiet triumph of patience over grief", False),
    "sentence": ("{t} is the best film of the year so far", False),
    "why": ("Why {t} still matters", False),
    "at 50": ("{t} at 50: a look back", False),
    "at 80, sentence": ("{t} at 80: the old film still flickers on", False),
    "notes on": ("Notes on {t}", False),
    "thoughts about": ("Some Thoughts About {t}", False),
    "in defence of": ("In Defence of {t}", False),
    "bracket tag": ("[Rewatch] {t}", False),
    "number tag": ("#12: {t}", False),
    "column": ("Film Club: {t}", False),
    "reviewed": ("{t}, reviewed", False),
    "summary": ("{t} movie review & film summary (2019)", True),
    "original after": ("{t} (Ett annat namn)", False),
    "original before": ("ETT ANNAT NAMN / {t}", False),
    "in T": ("In {t}, Mira Sol turns a family dinner into a siege", False),
    "possessive": ("Mira Sol’s {t} is a quiet marvel", False),
    "stars": ("{t} – 4 stars", False),
    "score": ("{t} Review (4/5)", False),
    "diary": ("{t} 2019", True),
    "revisiting": ("Again and Again: Revisiting {t} at 30", False),
    "quoted in a sentence": ("Why ‘{t}’ still matters", False),
    "user summary first": ("Live. Die. Repeat. And never once dull - {t} (2019)", True),
    "phrase first": ("The village that would not sell - {t} (2019)", True),
}
#: Each body, with {t} the film as written and {i}/{j} the marks of italics around it.
BODIES = {
    "repeats": (
        "{i}{t}{j} opens on a kitchen at dawn and never quite leaves it. Mira Sol keeps "
        "the camera low and patient, and {i}{t}{j} earns every silence it asks of us.\n\n"
        "By the last reel {i}{t}{j} has become a film about what a family cannot say, and "
        "it says it beautifully."
    ),
    "once": (
        "{i}{t}{j} opens on a kitchen at dawn and never quite leaves it. Mira Sol keeps "
        "the camera low and patient, and the film earns every silence it asks of us.\n\n"
        "By the last reel it has become a film about what a family cannot say, and it "
        "says it beautifully."
    ),
    "comparison": (
        "{i}{t}{j} owes a great deal to {i}Tokyo Story{j}. Like {i}Tokyo Story{j} it "
        "watches a family at a table, and like the older film it lets the silences do "
        "the work.\n\nWhere {i}Tokyo Story{j} ends in grief, this one ends in something "
        "closer to hope, and the difference is the whole point."
    ),
    "possessive": (
        "Mira Sol’s new film is her best. Sol’s camera stays low and patient, and "
        "{i}{t}{j} earns every silence it asks of us.\n\nBy the last reel Sol’s family "
        "drama has become a film about what a family cannot say, and it says it "
        "beautifully."
    ),
}
HEADER = f"{SITE}\nHome | Reviews | Festivals | About\nMarch 3, 2020\n\n"


def body_of(body, title, mark):
    return BODIES[body].format(t=title, i=mark[0], j=mark[1])


def paragraphs(text):
    return "".join(f"<p>{part}</p>" for part in text.split("\n\n"))


def txt(headline, body, title):
    return extract(f"{headline}\n\n{body_of(body, title, ('', ''))}\n")


def txt_header(headline, body, title):
    return extract(f"{HEADER}{headline}\n\n{body_of(body, title, ('', ''))}\n")


def markdown(headline, body, title):
    text = body_of(body, title, ("*", "*"))
    return extract(f"# {headline}\n\n{text}\n", markdown=True)


def front_matter(headline, body, title):
    text = body_of(body, title, ("*", "*"))
    return extract(f'---\ntitle: "{headline}"\ndate: 2020-03-03\n---\n\n{text}\n', markdown=True)


def html_h1(headline, body, title):
    text = paragraphs(body_of(body, title, ("<em>", "</em>")))
    return page_extract(
        f"<html><head><title>{SITE} | Film reviews</title>"
        f'<meta property="og:title" content="{headline} | {SITE}"></head>'
        f"<body><article><h1>{headline}</h1>{text}</article></body></html>"
    )


def html_no_h1(headline, body, title):
    text = paragraphs(body_of(body, title, ("<em>", "</em>")))
    return page_extract(
        f'<html><head><title>{headline}</title><meta property="og:title" content="{headline}">'
        f"</head><body><article>{text}</article></body></html>"
    )


def wxr(headline, body, title):
    text = paragraphs(body_of(body, title, ("<em>", "</em>")))
    return html_extract(text, title=headline, classic=True)


def crumbs_tagline(headline, body, title):
    text = body_of(body, title, ("*", "*"))
    return extract(
        f"[Filmopedia](/) › [Films](/films) › [2010s](/films/2010s) › {title}\n\n"
        f"*From Filmopedia, the free film encyclopedia that anyone can edit*\n\n"
        f"[Read] [Edit] [View history]\n\n# {headline}\n\n{text}\n",
        markdown=True,
    )


def crumbs_masthead(headline, body, title):
    return extract(
        f"{SITE.upper()} — English edition\n[First published in Swedish. Translated by Ann "
        f"Berg for the readers of the English edition of the magazine.]\n\n"
        f"Home > Reviews > Drama > {title}\n\n{headline}\n\n{body_of(body, title, ('', ''))}\n"
    )


PLACES = {
    ".txt": txt,
    ".txt under a header": txt_header,
    "# heading": markdown,
    "front matter": front_matter,
    "<h1>": html_h1,
    "no <h1>": html_no_h1,
    "WXR post": wxr,
    "under crumbs and a tagline": crumbs_tagline,
    "under a masthead and crumbs": crumbs_masthead,
}


def misread(place, form, title, body):
    """What the importer reads wrong of a cell, as (title, year) read and expected, or
    None when it reads both right."""
    written, expected = {**TITLES, **DASH_TITLES}[title]
    headline_form, gives_year = FORMS[form]
    review = PLACES[place](headline_form.format(t=written), body, expected)
    wanted = (expected, 2019 if gives_year else None)
    read = (review.film.title, review.film.year)
    return None if read == wanted else (read, wanted)
