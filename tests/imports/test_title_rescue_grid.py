"""The grid of documents whose top names no film (a newsletter's name, a phrase about a
place, "User reviews") but which name their film plainly once elsewhere
(`imports.title_rescue`): the page's <title> or og:title with its year, a block opening on
the name and its year, the only title set in italics, early. Each LAYOUT is crossed with
each PLACE the text can be read from (.md, a saved page, a WordPress post); each NEGATIVE
(two films in italics, a list of films with years, a novel or a publication in italics,
a commenter's name, a comparison late in the text, a name headed once and never again)
must stay "title to confirm" and never become a film."""

import pytest

from imports.documents import extract
from imports.extracted import TitleSource
from imports.html_extract import html_extract
from imports.html_pages import page_extract
from imports.title_strength import title_strength

FILM = "Quiet Harbour"
PROSE = (
    "It follows a widow who takes over her husband's boat and a crew who will not take "
    "orders from her. The sea is grey, the nights are long, and the ending is too neat. "
    "Nobody in it raises a voice, and the camera stays low and patient throughout."
)
LATER = (
    "I went back a second time to be sure, and the second time the middle hour felt "
    "shorter. The score is spare and the editing lets scenes run long."
)


def markdown(headline, paragraphs):
    return extract(f"# {headline}\n\n" + "\n\n".join(paragraphs) + "\n", markdown=True)


def html_paragraphs(paragraphs):
    return "".join(f"<p>{md_inline(part)}</p>" for part in paragraphs)


def md_inline(part):
    """A paragraph's Markdown italics and bold as HTML (only what the grid writes)."""
    out, bold, italic = "", False, False
    i = 0
    while i < len(part):
        if part.startswith("**", i):
            out += "</strong>" if bold else "<strong>"
            bold, i = not bold, i + 2
        elif part[i] == "*":
            out += "</em>" if italic else "<em>"
            italic, i = not italic, i + 1
        else:
            out, i = out + part[i], i + 1
    return out.replace("\n", "<br>")


def page(headline, paragraphs, head=""):
    return page_extract(
        f"<html><head>{head}</head><body><article><h1>{headline}</h1>"
        f"{html_paragraphs(paragraphs)}</article></body></html>"
    )


def wxr(headline, paragraphs):
    return html_extract(html_paragraphs(paragraphs), title=headline, classic=True)


PLACES = {".md": markdown, "saved page": page, "WXR post": wxr}

#: Layouts that name the film plainly once: (headline, paragraphs, year expected).
LAYOUTS = {
    "newsletter name over a bold credits block": (
        "The Tuesday Reel",
        [
            f"This week, a film I keep recommending: **{FILM}** (2019).",
            f"**{FILM}** (2019)\nDirected by Ana Lind\n98 minutes",
            f"{FILM} is the best thing I saw this spring. {PROSE}",
        ],
        2019,
    ),
    "issue number over a name and its year": (
        "Issue #41: The sea doesn't care",
        [
            f"{FILM} (2019) · Directed by Ana Lind · 98 min",
            f"{PROSE} I think {FILM} will last.",
        ],
        2019,
    ),
    "essay phrase over the only title in italics": (
        "Grey Water, Five Years On",
        [
            f"I have watched *{FILM}* four times now, and I still cannot say why it works. "
            + PROSE,
            LATER,
            "Grey water is what I remember most.",
        ],
        None,
    ),
    "a phrase over the one name in bold with its year, named once": (
        "The village that would not sell",
        [f"I went back to a film I first saw on tape: **{FILM}** (2019). " + PROSE, LATER],
        2019,
    ),
    "a phrase over the one name in italics with its year": (
        "Eight Years Old, and Already Alone",
        [f"*{FILM}* (2019) was made twice. {PROSE}", LATER, "The ending stays."],
        2019,
    ),
    "a feature's heading in capitals over the credits, its name and year": (
        "#87 — Seals, storms and a very sad dog",
        [
            "Hello and happy Saturday! A short intro this week.",
            f"{FILM.upper()} (2019)",
            "Directed by Ana Lind\nWritten by Ana Lind",
            f"{FILM} is the best thing I saw this spring. {PROSE}",
        ],
        2019,
    ),
    "a line of dialogue over a bold strip opening on the name": (
        "We want the finest wines available",
        [
            f"**{FILM}** — dir. Ana Lind · UK · 2019 · 98 min",
            f"Every winter I watch *{FILM}* again, and *Salt Road* after it. {PROSE}",
            LATER,
        ],
        2019,
    ),
    "a facts box headed by the original title in bold, the film's in brackets": (
        "Lind's harbour drama is the film to beat",
        [
            f"**Ett Annat Namn** ({FILM})",
            "Competition · Sweden · 2019 · 98 min",
            f"I came out of *{FILM}* on Thursday. {PROSE}",
            LATER,
        ],
        2019,
    ),
}

#: Layouts whose film must stay to confirm: (headline, paragraphs, a name never to be made).
NEGATIVES = {
    "two films in italics": (
        "Grey Water, Five Years On",
        [
            f"I have watched *{FILM}* four times; it owes everything to *Tokyo Story*. " + PROSE,
            LATER,
        ],
        FILM,
    ),
    "a list of films with their years": (
        "The Tuesday Reel",
        [
            f"**{FILM}** (2019) is on Sunday. {PROSE}",
            "**Salt Road** (1954) is on Monday.",
            f"**Long Winter** (2001) is on Tuesday. {FILM} again on Friday.",
        ],
        FILM,
    ),
    "a novel in italics": (
        "Grey Water, Five Years On",
        [f"It is adapted from the novel *Salt and Sorrow* by Ann Berg. {PROSE}", LATER],
        "Salt and Sorrow",
    ),
    "the publication in italics": (
        "Grey Water, Five Years On",
        [f"Published in *Northern Frames*. {PROSE}", LATER, "Subscribe to Northern Frames."],
        "Northern Frames",
    ),
    "a commenter's name in italics": (
        "Grey Water, Five Years On",
        [PROSE, LATER, "*Devon K.* Lovely piece, thank you."],
        "Devon K.",
    ),
    "a comparison late in the text": (
        "Grey Water, Five Years On",
        [PROSE, LATER, PROSE, "It made me want to see *Tokyo Story* again."],
        "Tokyo Story",
    ),
    "a name headed with its year, never named again": (
        "The Tuesday Reel",
        [f"{PROSE}", f"{LATER}", f"Next week: **{FILM}** (2019)."],
        FILM,
    ),
    "two names in bold with their years": (
        "The village that would not sell",
        [f"This week **{FILM}** (2019), and **Salt Road** (1954) beside it. " + PROSE, LATER],
        FILM,
    ),
    "a person in bold with a year after a role word": (
        "The village that would not sell",
        [f"The director, **Ana Lind** (1975), grew up by the sea. {PROSE}", LATER],
        "Ana Lind",
    ),
    "a person in bold with a year, then by surname": (
        "The village that would not sell",
        [f"I met **Ana Lind** (1975) in the spring. {PROSE}", f"Lind shoots it low. {LATER}"],
        "Ana Lind",
    ),
    "a phrase in sentence case over a strip naming no film": (
        "We want the finest wines available",
        ["Dir. Ana Lind · UK · 2019 · 98 min", PROSE, LATER],
        "We want the finest wines available",
    ),
    "a pronoun in quotes": (
        "We want the finest wines available",
        ["Dir. Ana Lind · UK · 2019 · 98 min", f"Marwood, the “I” of the title. {PROSE}", LATER],
        "I",
    ),
    "two strips opening on names": (
        "We want the finest wines available",
        [
            f"**{FILM}** — dir. Ana Lind · UK · 2019 · 98 min",
            f"I watch *{FILM}* with *Salt Road*. {PROSE}",
            "**Salt Road** — dir. Ole Berg · UK · 1954",
        ],
        FILM,
    ),
    "a person in bold with a role in brackets": (
        "Lind's harbour drama is the film to beat",
        ["**Ana Lind** (Director)", f"The Director came to Cannes. {PROSE}", LATER],
        "Director",
    ),
    "two blocks of paired names": (
        "Lind's harbour drama is the film to beat",
        [
            f"**Ett Annat Namn** ({FILM})",
            f"I came out of *{FILM}* and *Salt Road*. {PROSE}",
            "**Salt Road** (Saltvägen)",
        ],
        FILM,
    ),
    "a name in bold with a year, late": (
        "The village that would not sell",
        [PROSE, LATER, PROSE, LATER, f"My next pick is **{FILM}** (2019)."],
        FILM,
    ),
}


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_weak_top_gives_way_to_the_film_named_plainly_once(place, layout):
    headline, paragraphs, year = LAYOUTS[layout]
    extracted = PLACES[place](headline, paragraphs)
    assert extracted.film.title == FILM
    assert extracted.film.year == year
    assert not title_strength(extracted).is_weak


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("negative", NEGATIVES)
def test_no_other_name_stands_in_for_a_weak_top(place, negative):
    headline, paragraphs, never = NEGATIVES[negative]
    extracted = PLACES[place](headline, paragraphs)
    assert extracted.title_source != TitleSource.TEXT_NAME
    assert extracted.film.title != never or title_strength(extracted).is_weak


USER_REVIEWS = [
    f"I went into {FILM} knowing nothing. {PROSE}",
    LATER,
]


@pytest.mark.parametrize(
    "head",
    [
        f"<title>{FILM} (2019) - User reviews - FilmBase</title>",
        f'<title>User reviews - FilmBase</title><meta property="og:title" content="{FILM} (2019)'
        ' - User reviews">',
    ],
)
def test_a_user_reviews_page_names_its_film_in_its_title(head):
    extracted = page("User reviews", USER_REVIEWS, head=head)
    assert extracted.film.title == FILM
    assert not title_strength(extracted).is_weak


@pytest.mark.parametrize(
    "head",
    [
        "<title>User reviews - FilmBase</title>",  # the site's name only
        "<title>Salt Road (1954) - User reviews - FilmBase</title>",  # a film never named
    ],
)
def test_a_page_title_the_text_never_names_stands_in_for_nothing(head):
    extracted = page("User reviews", USER_REVIEWS, head=head)
    assert extracted.film.title != "Salt Road"
    assert extracted.film.title != "FilmBase"
    assert extracted.title_source != TitleSource.TEXT_NAME


ESSAY_BODY = (
    "Mira Sol made it in a single winter. Sol's camera stays low and patient, and the "
    "film never raises its voice. France gave it a prize; France was right.\n\nRating: 4/5\n"
)


@pytest.mark.parametrize(
    "headline",
    ["Notes on Mira Sol", "Some Thoughts About France", "Mira Sol at 60", "In Praise of Sol"],
)
def test_an_essay_headline_about_a_person_or_a_country_names_no_film(headline):
    extracted = extract(f"{headline}\n\n{ESSAY_BODY}")
    assert extracted.film.title not in ("Mira Sol", "France", "Sol")
