# ruff: noqa: RUF001  (the documents use typographic dashes)
"""A grid of the film facts as people commonly write them: every label spelling in every
layout (text, Markdown, HTML), a whole facts block at the top, after the verdict or in an
aside, and the forms a list of names takes (several names, notes, guild letters, glued
labels). Each cell must give the right fact and nothing else.

The grid of labels, layouts and places is crossed pairwise (`tests.pairwise`) to keep the
suite fast: every label meets every layout, and each of them the top and the end of the
text (456 documents where the full cross writes 912)."""

import pytest

from imports.documents import extract
from imports.html_pages import page_extract
from tests.pairwise import pairwise

TEXT = (
    "A paragraph about the film, long enough to be the text of the review, and then some "
    "more words about its people."
)
VERDICT = "Verdict: a patient, kind film that earns its last ten minutes."
NAME = "Ines Vaz"
LABELS = {
    "directors": (
        "Director", "Directors", "Director(s)", "Directed by", "Dir.", "Regie / Directed by",
        "Réalisation", "Regia",
    ),
    "writers": (
        "Written by", "Writer", "Writers", "Writer(s)", "Screenplay", "Screenplay by", "Script",
        "Story by", "Based on the novel by", "Drehbuch", "Drehbuch / Screenplay", "Scénario",
        "Guion",
    ),
    "cinematographers": (
        "Cinematography", "Cinematographer", "Director of Photography", "DoP", "DP",
        "Photography", "Camera", "Shot by", "Kamera", "Kamera / Cinematography",
    ),
    "composers": (
        "Music", "Music by", "Score", "Original score", "Composer", "Original music", "Musik",
        "Musique", "Música",
    ),
    "editors": (
        "Editor", "Edited by", "Editing", "Film editing", "Cutter", "Schnitt", "Montage",
        "Schnitt / Editing",
    ),
    "producers": ("Producer", "Producers", "Producer(s)", "Produced by"),
    "cast": ("Cast", "Starring", "With", "Main cast", "Voices"),
    "runtime": ("Runtime", "Running time", "Length", "Duration", "Laufzeit / Runtime"),
    "year": (
        "Year", "Released", "Release date", "Release year", "Jahr / Year", "Production year",
        "Year of production",
    ),
    "countries": (
        "Country", "Countries", "Origin", "Countries of origin", "Production country",
        "Land / Country", "Pays / Country",
    ),
    "genres": ("Genre", "Genres", "Genre(s)", "Subgenre", "Sub-genres", "Genre / Genre"),
    "studios": (
        "Studio", "Studios", "Production company", "Companies", "Prod. cos", "Prod cos", "Made by",
        "Distributor", "Sales/dist.", "Produktion / Production", "Verleih / Distributor",
    ),
}  # fmt: skip
#: What each fact's label is given in the grid, and what the film must then hold.
VALUES = {
    "runtime": ("104 minutes", 104),
    "year": ("2019", 2019),
    "countries": ("Norway", ["Norway"]),
    "genres": ("Drama", ["Drama"]),
    "studios": ("Greywater Films", ["Greywater Films"]),
}
LAYOUTS = {
    "colon": ("text", "{label}: {value}"),
    "dash": ("text", "{label} – {value}"),
    "bold": ("markdown", "**{label}:** {value}"),
    "next line": ("text", "{label}\n{value}"),
    "bullet": ("markdown", "- {label}: {value}"),
    "dl": ("html", "<dl><dt>{label}</dt><dd>{value}</dd></dl>"),
    "table row": ("html", "<table><tr><th>{label}</th><td>{value}</td></tr></table>"),
    "strong": ("html", "<p><strong>{label}:</strong> {value}</p>"),
    "quoted": ("markdown", "> **{label}:** {value}"),  # a newsletter's facts box
}
#: Layouts crossed with every label at one place each (the place rotating), to stay fast.
MORE_LAYOUTS = {
    "quoted": ("text", "> {label}: {value}"),
    "quoted bold": ("markdown", "> **{label}:** {value}"),
    "bbcode": ("text", "[b]{label}:[/b] {value}"),
    "bbcode list": ("text", "[list]\n[*][b]{label}:[/b] {value}\n[/list]"),
    "label span": ("html", '<ul><li><span class="label">{label}</span> {value}</li></ul>'),
    "capitals": ("text", "{upper} {value}"),
}


def film_of(block, kind, place="top"):
    """The film read from a review holding `block` (of `kind`) at `place`."""
    if kind == "html":
        body = {
            "top": f"{block}<p>{TEXT}</p><p>{TEXT}</p>",
            "end": f"<p>{TEXT}</p><p>{TEXT}</p><p>{VERDICT}</p>{block}",
            "aside": f"<p>{TEXT}</p><aside>{block}</aside><p>{TEXT}</p>",
        }[place]
        page = f"<html><body><article><h1>Lanterns</h1>{body}</article></body></html>"
        return page_extract(page).film
    markdown = kind == "markdown"
    body = {
        "top": f"{block}\n\n{TEXT}\n\n{TEXT}",
        "end": f"{TEXT}\n\n{TEXT}\n\n{VERDICT}\n\n{block}",
        "aside": f"{TEXT}\n\n{block}\n\n{TEXT}",
    }[place]
    return extract(f"{'# ' if markdown else ''}Lanterns\n\n{body}\n", markdown=markdown).film


def value_of(film, fact):
    if fact == "cast":
        return [member.name for member in film.cast]
    if fact == "runtime":
        return film.runtime_minutes
    if fact == "year":
        return film.year
    return getattr(film, fact)


LABELLED = [(fact, label) for fact, labels in LABELS.items() for label in labels]


@pytest.mark.parametrize(
    ("fact", "label", "layout", "place"),
    [
        pytest.param(fact, label, layout, place, id=f"{label}-{layout}-{place}")
        for (fact, label), layout, place in pairwise(LABELLED, LAYOUTS, ["top", "end"])
    ],
)
def test_every_label_in_every_layout(fact, label, layout, place):
    value, expected = VALUES.get(fact, (NAME, [NAME]))
    kind, template = LAYOUTS[layout]
    film = film_of(template.format(label=label, value=value), kind, place)
    assert value_of(film, fact) == expected


def rotating_cells():
    """(fact, label, layout, place): every label in every further layout, the place turning
    (a single label is no facts box: an aside of one is the text's)."""
    places = ("top", "end")
    return [
        pytest.param(fact, label, layout, places[(i + j) % 2], id=f"{label}-{layout}")
        for i, (fact, label) in enumerate(
            (fact, label) for fact, labels in LABELS.items() for label in labels
        )
        for j, layout in enumerate(MORE_LAYOUTS)
    ]


@pytest.mark.parametrize(("fact", "label", "layout", "place"), rotating_cells())
def test_every_label_in_quotes_bbcode_spans_and_capitals(fact, label, layout, place):
    value, expected = VALUES.get(fact, (NAME, [NAME]))
    kind, template = MORE_LAYOUTS[layout]
    block = template.format(label=label, upper=label.upper(), value=value)
    film = film_of(block, kind, place)
    assert value_of(film, fact) == expected


FACTS = (
    ("Directed by", "Ines Vaz"),
    ("Screenplay", "Tomas Lind"),
    ("Director of Photography", "Hana Berg"),
    ("Music", "Oskar Dahl"),
    ("Editor", "Mira Sol"),
    ("Running time", "104 minutes"),
    ("Country", "Norway"),
    ("Year", "2019"),
)
EXPECTED = {
    "directors": ["Ines Vaz"],
    "writers": ["Tomas Lind"],
    "cinematographers": ["Hana Berg"],
    "composers": ["Oskar Dahl"],
    "editors": ["Mira Sol"],
    "runtime": 104,
    "countries": ["Norway"],
    "year": 2019,
}
STRIP = (
    "Dir. Ines Vaz · Scr. Tomas Lind · DoP Hana Berg · Mus. Oskar Dahl · Ed. Mira Sol"
    " · Norway · 2019 · 104 min"
)


def rows(template, joiner="\n"):
    return joiner.join(template.format(label=label, value=value) for label, value in FACTS)


BLOCKS = {
    "colon lines": ("text", rows("{label}: {value}")),
    "dash lines": ("text", rows("{label} – {value}")),
    "bold lines": ("markdown", rows("**{label}:** {value}  ")),
    "bold paragraphs": ("markdown", rows("**{label}:** {value}", "\n\n")),
    "values on the next line": ("text", rows("{label}\n{value}")),
    "bullets": ("markdown", rows("- {label}: {value}")),
    "one-line strip": ("text", STRIP),
    "dl": ("html", f"<dl>{rows('<dt>{label}</dt><dd>{value}</dd>', '')}</dl>"),
    "table": ("html", f"<table>{rows('<tr><th>{label}</th><td>{value}</td></tr>', '')}</table>"),
    "strong paragraphs": ("html", rows("<p><strong>{label}:</strong> {value}</p>", "")),
    "br lines": ("html", f"<p>{rows('<strong>{label}:</strong> {value}', '<br>')}</p>"),
    "list": ("html", f"<ul>{rows('<li>{label}: {value}</li>', '')}</ul>"),
    "strip paragraph": ("html", f"<p>{STRIP}</p>"),
}


@pytest.mark.parametrize("block", BLOCKS)
@pytest.mark.parametrize("place", ["top", "end", "aside"])
def test_a_facts_block_wherever_it_is_placed(block, place):
    kind, text = BLOCKS[block]
    film = film_of(text, kind, place)
    assert {fact: value_of(film, fact) for fact in EXPECTED} == EXPECTED


THREE = ["Ines Vaz", "Tomas Lind", "Hana Berg"]
TWO = THREE[:2]
NAME_FORMS = [
    ("Editor: Ines Vaz, Tomas Lind and Hana Berg", "editors", THREE),
    ("Editor: Ines Vaz & Tomas Lind", "editors", TWO),
    ("Editor: Ines Vaz; Tomas Lind", "editors", TWO),
    ("Cast: Ines Vaz, Tomas Lind and Hana Berg", "cast", THREE),
    ("Starring Ines Vaz, Tomas Lind, Hana Berg", "cast", THREE),
    ("Produced by Ines Vaz & Tomas Lind", "producers", TWO),
    ("Written by Ines Vaz and Tomas Lind", "writers", TWO),
    ("Screenplay by Ines Vaz, based on the novel by Tomas Lind", "writers", TWO),
    ("Writer: Ines Vaz (screenplay), Tomas Lind (story)", "writers", TWO),
    ("Music: Ines Vaz.", "composers", [NAME]),
    ("Music: Ines Vaz;", "composers", [NAME]),
    ("Cinematography: Ines Vaz (uncredited)", "cinematographers", [NAME]),
    ("Composer: Ines Vaz (uncredited)", "composers", [NAME]),
    ("Music: Ines Vaz (original score)", "composers", [NAME]),
    ("Cinematographer: Ines Vaz (as Ines V. Vaz)", "cinematographers", [NAME]),
    ("Directors: Ines Vaz, Tomas Lind (co-director)", "directors", TWO),
    ("Cinematographer: Ines Vaz, ASC", "cinematographers", [NAME]),
    ("Edited by: Ines Vaz, A.C.E.", "editors", [NAME]),
    ("Director: Ines VazWriter: Tomas Lind", "directors", [NAME]),
    ("Director: Ines VazWriter: Tomas Lind", "writers", ["Tomas Lind"]),
    ("Director: Ines Vaz Editor: Tomas Lind", "editors", ["Tomas Lind"]),
    ("Director: Ines Vaz. Editor: Tomas Lind.", "directors", [NAME]),
    ("Original score by Ines Vaz", "composers", [NAME]),
    ("Director: Ines Vaz / Writer: Tomas Lind", "writers", ["Tomas Lind"]),
    ("Director: Ines Vaz / Writer: Tomas Lind", "directors", [NAME]),
    ("Dir: Ines Vaz; Scr: Tomas Lind", "writers", ["Tomas Lind"]),
    ("Editor\nInes Vaz, Tomas Lind and Hana Berg", "editors", THREE),
    ("Camera: Ines Vaz", "cinematographers", [NAME]),
    ("Countries: Norway / Denmark", "countries", ["Norway", "Denmark"]),
    ("Country: Norway & Denmark", "countries", ["Norway", "Denmark"]),
    ("Origin: Norway", "countries", ["Norway"]),
    ("Origin: a true story", "countries", []),
    ("Runtime: 1h 44m", "runtime", 104),
    ("Running time: 1:44", "runtime", 104),
    ("Duration: 104'", "runtime", 104),
    ("Release date: March 12, 2019 (Norway)", "year", 2019),
    ("Genres: Drama / Thriller", "genres", ["Drama", "Thriller"]),
]


@pytest.mark.parametrize(("text", "fact", "expected"), NAME_FORMS)
@pytest.mark.parametrize("bold", [False, True], ids=["plain", "bold"])
def test_the_forms_a_value_takes(text, fact, expected, bold):
    if bold and ": " in text:
        text = "**" + text.replace(": ", ":** ", 1)
    film = film_of(text, "markdown" if bold else "text")
    assert value_of(film, fact) == expected


@pytest.mark.parametrize(
    "strip", ["Ed Harris · Norway · 2019 · 104 min", "Ed. harris and friends · 2019 · 104 min"]
)
def test_an_abbreviation_without_its_dot_or_name_is_no_credit(strip):
    assert film_of(strip, "text").editors == []


@pytest.mark.parametrize(
    "cell",
    [
        "<table><tr><th>Editor</th><td>Ines Vaz<br>Tomas Lind</td></tr>"
        "<tr><th>Music</th><td>Hana Berg</td></tr></table>",
        "<dl><dt>Editor</dt><dd>Ines Vaz<br>Tomas Lind</dd><dt>Music</dt><dd>Hana Berg</dd></dl>",
    ],
    ids=["table", "dl"],
)
def test_names_a_line_each_in_a_credits_cell(cell):
    film = film_of(cell, "html")
    assert (film.editors, film.composers) == (TWO, ["Hana Berg"])


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("> Music is what carries the film, more than its actors.", "text"),
        ("> **Score:** 8/10", "markdown"),
        ("<p><strong>Music</strong> is what carries the film.</p>", "html"),
        ("<p><b>Score</b> 8/10</p>", "html"),
        ("<ul><li>The <span>Editor</span> Ines Vaz plays is sly.</li></ul>", "html"),
        ("[b]Music[/b] is what carries the film.", "text"),
        ("DIRECTOR'S CUT Extras include a commentary.", "text"),
        ("THE EDITOR IS THE STAR of this film.", "text"),
        ("FILM Reviews of the week, in brief.", "text"),
    ],
)
def test_a_label_word_opening_a_sentence_or_score_is_no_credit(block, kind):
    film = film_of(block, kind)
    assert (film.directors, film.composers, film.editors) == ([], [], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DIRECTOR Ines Vaz WRITER Tomas Lind", {"directors": [NAME], "writers": ["Tomas Lind"]}),
        ("Director / Writer: Ines Vaz", {"directors": [NAME], "writers": [NAME]}),
        ("Regie / Directed by: Ines Vaz", {"directors": [NAME]}),
        ("Directed by / Regie: Ines Vaz", {"directors": [NAME]}),
        (
            "> Written by Ines Vaz & Tomas Lind, from the novel *Ash* by Hana Berg",
            {"writers": THREE},
        ),
        (
            'Screenplay by Ines Vaz, based on the short story "Ash" by Tomas Lind',
            {"writers": TWO},
        ),
        (
            "D: Ines Vaz · W: Tomas Lind · M: Hana Berg · P: Omar Salim",
            {"directors": [NAME], "writers": ["Tomas Lind"], "composers": ["Hana Berg"]},
        ),
        (
            "Dir: Ines Vaz | Ed: Tomas Lind | Mus: Hana Berg | Prod: Omar Salim",
            {"editors": ["Tomas Lind"], "composers": ["Hana Berg"], "producers": ["Omar Salim"]},
        ),
        ("D: Ines Vaz", {"directors": []}),
        ("Studio: Nordwind Pictures with Film4", {"studios": ["Nordwind Pictures", "Film4"]}),
        ("LAND / COUNTRY Norway RUNTIME 104 minutes", {"countries": ["Norway"], "runtime": 104}),
        ("Land / Country Norway", {"countries": []}),  # no colon and no capitals: a sentence?
        ("HOME / GENRE Horror", {"genres": []}),  # a site's path, not a label
        ("PAYS / COUNTRY Music is what the film is about.", {"countries": [], "genres": []}),
        ("NEWS / STUDIO Ghibli opens a park", {"studios": []}),
        ("Companies Greywater Films and Neon bid for it.", {"studios": []}),
        ("COMPANIES Like these rarely take a risk on a debut.", {"studios": []}),
        ("Ed: I loved this film, every minute of it.", {"editors": []}),
        (
            "> DoP: Ines Vaz · Music: Tomas Lind · Editor: Hana Berg",
            {"cinematographers": [NAME], "composers": ["Tomas Lind"], "editors": ["Hana Berg"]},
        ),
    ],
)
def test_credit_lines_in_capitals_two_languages_quotes_and_initials(text, expected):
    film = film_of(text, "text")
    assert {fact: value_of(film, fact) for fact in expected} == expected
