# ruff: noqa: RUF001  (the documents use typographic dashes and leaders)
"""The grid of cast lists and cast sentences: every form a list entry takes ("Name as
Character", "Character (Name)" under a heading that says so, a table either way round,
italic parts), every way names are run together on a line, every label or heading over
them, in each place a document puts them (a .txt label block, Markdown bullets, an HTML
list, table or `<dl>`, a heading at the end); and the sentences critics credit a part in,
beside the people a review merely mentions. Each cell must give the cast, its characters,
and nothing else (a staff list of jobs is no cast).

The entry forms are crossed pairwise (`tests.pairwise`) with the places and the list's
position (top or end), to keep the suite fast: every form meets every place and both
positions, and every place both (80 documents where the full cross writes 160)."""

import pytest

from tests.imports.test_fact_grid import TEXT, film_of
from tests.pairwise import pairwise

#: Actors with a one-word part, so that either side of a form could be read first.
PAIRS = [("Ines Vaz", "Mara"), ("Tomas Lind", "Kessler"), ("Hana Berg", "Yubaba")]
#: Actors with a full-name part, for the forms that say which side is which.
FULL = [("Ines Vaz", "Mara Holm"), ("Tomas Lind", "Peter Kessler"), ("Hana Berg", "Old Yubaba")]

#: One entry per line: the form, and whether its parts may be full names.
ENTRIES = {
    "name as character": ("{n} as {c}", FULL),
    "name (character)": ("{n} ({c})", FULL),
    "name – character": ("{n} – {c}", PAIRS),
    "character – name": ("{c} – {n}", PAIRS),
    "character: name": ("{c}: {n}", PAIRS),
    "name: character": ("{n}: {c}", PAIRS),
    "character (name)": ("{c} ({n})", PAIRS),
    "dot leaders": ("{n} .......... {c}", FULL),
    "character dot leaders": ("{c} .......... {n}", PAIRS),
    "character ellipsis leaders": ("{c} …… {n}", PAIRS),
    "three dots": ("{n} ... {c}", FULL),
    "name — character / other self": ("{n} — {c} / Paprika", FULL),
    "ellipsis leaders": ("{n} … {c}", FULL),
    "name / character": ("{n} / {c}", PAIRS),
    "voice of": ("{n} — voice of {c}", FULL),
    "name as character (voice)": ("{n} as {c} (voice)", FULL),
    "name (character, uncredited)": ("{n} ({c}, uncredited)", FULL),
    "name (character, a gloss)": ("{n} ({c}, the ferry's owner)", FULL),
    "name (character, someone's kin)": ("{n} ({c}, Kessler's wife)", PAIRS),
    "name as character, a gloss": ("{n} as {c}, a sake brewer", FULL),
    "name – character, someone's kin": ("{n} – {c}, Holm's brother", PAIRS),
    "name as character (extended cameo)": ("{n} as {c} (extended cameo)", FULL),
    "name – character (Japanese version)": ("{n} – {c} (Japanese version)", PAIRS),
    "name – character (a note)": ("{n} – {c} (also a cameo, briefly)", PAIRS),
}
#: The label or heading over a list, a line each.
HEADINGS = (
    "Cast", "Starring", "Voice cast", "Voices", "With", "Main cast", "Who's in the cast?",
    "4. Who's in the voice cast?", "Who stars in it?",
)  # fmt: skip
#: Where a list stands: (kind, how the heading and lines are written).
PLACES = {
    "txt label block": ("text", "{heading}:\n{lines}"),
    "txt heading line": ("text", "{heading}\n{lines}"),
    "markdown bullets": ("markdown", "## {heading}\n\n{bullets}"),
    "html list": ("html", "<h2>{heading}</h2><ul>{items}</ul>"),
    "html br lines": ("html", "<h3>{heading}</h3><p>{br}</p>"),
    "bbcode list": ("text", "[b]{heading}[/b]\n[list]\n{bbcode}\n[/list]"),
}


def block(place, heading, lines):
    kind, template = PLACES[place]
    text = template.format(
        heading=heading,
        lines="\n".join(lines),
        bullets="\n".join(f"- {line}" for line in lines),
        items="".join(f"<li>{line}</li>" for line in lines),
        br="<br>".join(lines),
        bbcode="\n".join(f"[*]{line}" for line in lines),
    )
    return kind, text.replace("?:", "?")  # a question takes no colon after it


def cast_of(film):
    return [(member.name, member.character) for member in film.cast]


@pytest.mark.parametrize(
    ("form", "place", "at"),
    [
        pytest.param(form, place, at, id=f"{at}-{form}-{place}")
        for form, place, at in pairwise(ENTRIES, PLACES, ["top", "end"])
    ],
)
def test_every_entry_form_in_every_place(form, place, at):
    template, members = ENTRIES[form]
    lines = [template.format(n=name, c=character) for name, character in members]
    kind, text = block(place, "Cast", lines)
    if "/ Paprika" in template:
        members = [(name, f"{character} / Paprika") for name, character in members]
    assert cast_of(film_of(text, kind, at)) == members


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("place", PLACES)
def test_names_a_line_each_under_every_heading(heading, place):
    names = [name for name, _ in PAIRS]
    kind, text = block(place, heading, names)
    assert cast_of(film_of(text, kind, "end")) == [(name, "") for name in names]


NAMES = [name for name, _ in PAIRS] + ["Rufus", "Artus de Penguern"]
#: One line of names, run together as pages print them.
RUNS = {
    "commas": ", ".join(NAMES),
    "middle dots": " · ".join(NAMES),
    "bullets": " • ".join(NAMES),
    "two spaces": "  ".join(NAMES),
    "slashes": " / ".join(NAMES),
}


#: Runs not read yet: a Markdown line's spaces are not kept for the columns to show.
RUN_GAPS = {("two spaces", "markdown bullets")}


@pytest.mark.parametrize(
    ("run", "place"),
    [
        pytest.param(run, place, marks=pytest.mark.xfail(strict=True, reason="not read yet"))
        if (run, place) in RUN_GAPS
        else (run, place)
        for run in RUNS
        for place in ("txt label block", "txt heading line", "markdown bullets")
    ],
)
def test_a_run_of_names_on_one_line(run, place):
    kind, text = block(place, "Cast", [RUNS[run]])
    if place == "markdown bullets":
        text = text.replace("- ", "", 1)
    assert cast_of(film_of(text, kind, "end")) == [(name, "") for name in NAMES]


def test_a_two_space_run_over_several_lines():
    lines = ["Ines Vaz  Tomas Lind  Rufus", "Hana Berg  Artus de Penguern", "Mira Sol  Show All…"]
    film = film_of("Cast\n" + "\n".join(lines), "text", "end")
    expected = ["Ines Vaz", "Tomas Lind", "Rufus", "Hana Berg", "Artus de Penguern", "Mira Sol"]
    assert [member.name for member in film.cast] == expected


def table(rows, header=None):
    head = f"<tr><th>{header[0]}</th><th>{header[1]}</th></tr>" if header else ""
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<table>{head}{body}</table>"


HTML_LISTS = {
    "table actor | role": table(FULL, ("Actor", "Role")),
    "table role | actor": table([(c, n) for n, c in FULL], ("Role", "Actor")),
    "table character | voice actor": table(
        [(c, n) for n, c in PAIRS], ("Character", "Voice actor")
    ),
    "table under a characters heading": "<h2>Characters &amp; Voice Actors</h2>"
    + table([(f"{c}<br><small>Main</small>", f"{n}<br><small>Japanese</small>") for n, c in PAIRS]),
    "table under a cast heading": "<h2>Cast</h2>" + table(PAIRS),
    "table actor | … | role under a cast heading": "<h2>Cast</h2>"
    + table([(f"{n}</td><td>…", c) for n, c in FULL]),
    "table role | ... | actor under a voices heading": "<h2>Voices</h2>"
    + table([(f"{c}</td><td>...", n) for n, c in PAIRS]),
    "dl actor/role": "<h2>Cast</h2><dl>"
    + "".join(f"<dt>{n}</dt><dd>{c}</dd>" for n, c in FULL)
    + "</dl>",
    "italic role": "<h2>Cast</h2><ul>"
    + "".join(f"<li>{n} <em>{c}</em></li>" for n, c in FULL)
    + "</ul>",
    "linked name, italic role": "<h2>Cast</h2><ul>"
    + "".join(f'<li><a href="/p/1">{n}</a> <em>{c}</em></li>' for n, c in FULL)
    + "</ul>",
}  # fmt: skip


@pytest.mark.parametrize("form", HTML_LISTS)
@pytest.mark.parametrize("at", ["top", "end"])
def test_html_cast_lists(form, at):
    full = form.startswith("table actor | …")
    members = PAIRS if any(w in form for w in ("voice", "characters", "heading")) else FULL
    members = FULL if full else members
    assert cast_of(film_of(HTML_LISTS[form], "html", at)) == members


@pytest.mark.parametrize(
    "header",
    [("Character", "Japanese voice"), ("Character", "Voice actor"), ("Characters", "Cast"),
     ("Actor", "Role"), ("Role", "Actor"), ("Part", "English dub"), ("Cast", "Character"),
     ("Actress", "Part")],
)  # fmt: skip
@pytest.mark.parametrize("at", ["top", "end"])
def test_a_markdown_cast_table_under_its_header_row(header, at):
    part_first = header[0].lower().startswith(("char", "role", "part"))
    rows = [(c, n) if part_first else (n, c) for n, c in FULL]
    lines = [f"| {header[0]} | {header[1]} |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows]
    text = "## Cast\n\n" + "\n".join(lines)
    assert cast_of(film_of(text, "markdown", at)) == FULL


def test_a_sidebar_of_facts_staff_and_voice_actors():
    """An aside holding the facts, a staff list of jobs in italics and a table of
    characters and their voice actors, each with a note in small print."""
    staff = "".join(f"<li><a href='/p/1'>{n}</a> <em>{j}</em></li>" for n, j in STAFF)
    voices = "".join(
        f"<tr><td>{c}<br><small>Main</small></td><td>{n}<br><small>Japanese</small></td></tr>"
        for n, c in PAIRS
    )
    aside = (
        "<div>Genres: Drama</div><div>Duration: 2 hr. 5 min.</div><div>Studios: Ghibli</div>"
        f"<h2>Staff</h2><ul>{staff}</ul><h2>Characters &amp; Voice Actors</h2>"
        f"<table>{voices}</table>"
    )
    film = film_of(aside, "html", "aside")
    assert (cast_of(film), film.runtime_minutes) == (PAIRS, 125)


def test_markdown_italic_parts():
    lines = "\n".join(f"- {n} *{c}*" for n, c in FULL)
    assert cast_of(film_of(f"## Cast\n\n{lines}", "markdown", "end")) == FULL


STAFF = [("Ines Vaz", "Director"), ("Tomas Lind", "Producer"), ("Hana Berg", "Music")]
STAFF_LISTS = {
    "html italic jobs": (
        "html",
        "<h2>Staff</h2><ul>"
        + "".join(f"<li><a href='/p/1'>{n}</a> <em>{j}</em></li>" for n, j in STAFF)
        + "</ul>",
    ),
    "markdown dash jobs": ("markdown", "## Crew\n\n" + "\n".join(f"- {n} — {j}" for n, j in STAFF)),
    "txt dash jobs": ("text", "Crew\n" + "\n".join(f"{n} – {j}" for n, j in STAFF)),
}


@pytest.mark.parametrize("form", STAFF_LISTS)
def test_a_staff_list_of_jobs_is_no_cast(form):
    kind, text = STAFF_LISTS[form]
    film = film_of(text, kind, "end")
    assert film.cast == []


#: Sentences that credit a part, and what they give.
PROSE = {
    "X plays Y": ("Ines Vaz plays Mara Holm, a widow.", ("Ines Vaz", "Mara Holm")),
    "X as Y": ("Ines Vaz as Mara Holm is the film's steady centre.", ("Ines Vaz", "Mara Holm")),
    "X stars as Y": ("Ines Vaz stars as Mara Holm, a widow.", ("Ines Vaz", "Mara Holm")),
    "X voices Y": ("Ines Vaz voices Mara, the ferry's cat.", ("Ines Vaz", "Mara")),
    "Y, played by X": ("Mara, played by Ines Vaz, runs the ferry.", ("Ines Vaz", "Mara")),
    "X, who plays Y,": ("Ines Vaz, who plays Mara, has never been better.", ("Ines Vaz", "Mara")),
    "Y (X) in a sentence": ("The ferry belongs to Mara (Ines Vaz), a widow.", ("Ines Vaz", "Mara")),
    "as Y, X": ("As Mara, Ines Vaz is quietly magnificent.", ("Ines Vaz", "Mara")),
    "X's Y": ("Ines Vaz's Mara is the film's moral centre.", ("Ines Vaz", "Mara")),
    "X is the job Y": (
        "Ines Vaz is the harbour inspector Mara Holm, who has seen it all.",
        ("Ines Vaz", "Mara Holm"),
    ),
    "X is the job Y, and …": (
        "In smaller parts, Ines Vaz is the yakuza boss Mara, and the rest are fine.",
        ("Ines Vaz", "Mara"),
    ),
    "X plays the place's Y": (
        "Ines Vaz plays the drag club's Mother, a force of nature.", ("Ines Vaz", "Mother")
    ),
    "X turns up for one scene as Y": (
        "Ines Vaz turns up for one terrific scene as Mara, a swaggering film-maker.",
        ("Ines Vaz", "Mara"),
    ),
    "X plays Z's kin Y": (
        "Her real-life mother, Ines Vaz, plays Kessler's mother Mara, a kind woman.",
        ("Ines Vaz", "Mara"),
    ),
    "Y is played by X": (
        "Mara is played by Ines Vaz, and her friendship with the boy is the film's heart.",
        ("Ines Vaz", "Mara"),
    ),
    "Y, a long description naming another, played by X": (
        "Then there is Peter Kessler, a young lawyer and follower of the mayor who falls"
        " for Mara on the ferry, played by Tomas Lind with too much gloss.",
        ("Tomas Lind", "Peter Kessler"),
    ),
    "X has a couple of scenes as Y": (
        "Ines Vaz has a couple of good scenes as General Mara Holm, the one in charge.",
        ("Ines Vaz", "General Mara Holm"),
    ),
    "Y, a job, played by a young X": (
        "He is paired with Peter Kessler, the office's eager junior, played by a very young,"
        " very gangly Tomas Lind, who keeps falling for a biologist.",
        ("Tomas Lind", "Peter Kessler"),
    ),
    "X with a middle initial plays Y": (
        "Ines B. Vaz plays Mara Holm, a widow.", ("Ines B. Vaz", "Mara Holm")
    ),
    "Y in full, a job …; X plays Y in short": (
        "They send Mara Holm, a young executive, to close it. Ines Vaz plays Mara with a"
        " wonderful flatness.",
        ("Ines Vaz", "Mara Holm"),
    ),
    "Y in short, a street named after Y": (
        "The ferry leaves from Mara Street. Ines Vaz plays Mara with a wonderful flatness.",
        ("Ines Vaz", "Mara"),
    ),
    "X returns as Y": (
        "Ines Vaz returns as Mara Holm, the villain from last time.", ("Ines Vaz", "Mara Holm")
    ),
    "X (an aside) is wonderful as Y": (
        "Ines Vaz (the director's wife, and his regular lead) is wonderful as Mara.",
        ("Ines Vaz", "Mara"),
    ),
    "X has a ball as Y": ("Ines Vaz has a ball as Mara Holm.", ("Ines Vaz", "Mara Holm")),
    "X gives Y": (
        "Ines Vaz gives Mara a stubborn dignity that carries the film.",
        ("Ines Vaz", "Mara"),
    ),
    "X, a job …, plays Y": (
        "Ines Vaz, a farmer Tomas Lind found in a market, plays Mara Holm.",
        ("Ines Vaz", "Mara Holm"),
    ),
    "X, who … Title, turns up as Y": (
        "Ines Vaz, who I knew only as the mother from Blue Winter, turns up as Mara Holm.",
        ("Ines Vaz", "Mara Holm"),
    ),
    "X plays the job, Y,": (
        "Ines Vaz plays that ferry's skipper, Mara Holm, and barely speaks.",
        ("Ines Vaz", "Mara Holm"),
    ),
    "X plays the job, Rank Y": (
        "Ines Vaz plays the gangster's mole in the force, Inspector Mara Holm, a rising star.",
        ("Ines Vaz", "Inspector Mara Holm"),
    ),
    "X takes over as the older Y": (
        "Ines Vaz takes over as the older Mara, in love with the ferry.", ("Ines Vaz", "Mara")
    ),
    "Y, a job whom X plays": (
        "The ferry is run by Mara Holm, a stubborn widow whom Ines Vaz plays with ease.",
        ("Ines Vaz", "Mara Holm"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("form", PROSE)
@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_a_part_credited_in_a_sentence(form, kind):
    sentence, member = PROSE[form]
    text = f"<p>{sentence}</p>" if kind == "html" else sentence
    assert cast_of(film_of(text, kind, "top" if kind != "html" else "end")) == [member]


def test_with_x_as_y_and_z_as_w():
    text = "The film is a two-hander, with Ines Vaz as Mara and Tomas Lind as Kessler."
    assert cast_of(film_of(text, "text")) == PAIRS[:2]


def test_as_y_the_actors_partner():
    text = (
        "Ines Vaz is the harbour inspector Mara Holm. As Mara's partner, Peter Kessler, "
        "Tomas Lind does a lot with very little."
    )
    assert cast_of(film_of(text, "text")) == FULL[:2]


def test_x_is_y_when_y_is_named_as_a_part_elsewhere():
    text = (
        "Cast:\nInes Vaz\nTomas Lind\n\nMara runs the ferry and Kessler the bar. "
        "Ines Vaz is Mara, and you cannot look away."
    )
    film = film_of(text, "text", "end")
    assert cast_of(film) == [("Ines Vaz", "Mara"), ("Tomas Lind", "")]


#: People a review names who are not in its film's cast.
MENTIONED = {
    "who starred in another film": "Ines Vaz, who starred in Blue Winter, directs here.",
    "directed by": "The film is directed by Ines Vaz and it shows.",
    "as usual": "As usual, Ines Vaz keeps the camera still.",
    "other film's cast in a teaser": "Also out this week: Blue Winter, with Ines Vaz as Mara Holm.",
    "as a director": "As a director, Ines Vaz has always liked long takes.",
    "in the role of critic": "Ines Vaz, as a critic, would have hated it.",
    "next week's film": "Next week: Blue Winter, where Ines Vaz plays Mara Holm.",
    "see also": "See also Blue Winter, with Ines Vaz as Mara Holm.",
    "compare": "Compare Blue Winter, in which Ines Vaz plays Mara Holm.",
    "her previous film": "In her previous film, Blue Winter, Ines Vaz stars as Mara Holm.",
    "a part in another titled film": "Ines Vaz as Mara Holm in Blue Winter (2019) made her name.",
    "a teaser line among others": "Also showing:\nBlue Winter, with Ines Vaz as Mara Holm",
    "plays about music": "Ines Vaz plays the piano, Chopin mostly, between takes.",
    "plays an instrument, a composer": "Tomas Lind plays the cello, Bach, in the last scene.",
    "a piece of music is played by": "Chopin is played by Ines Vaz on the piano.",
    "a film is played by": "It was played by Ines Vaz in a cinema in Lisbon.",
    "turns up late, as usual": "Ines Vaz turns up for every scene late, as usual.",
    "a place's own": "Ines Vaz plays Lisbon's famous Fado House every Friday.",
    "has a few scenes as a city burns": "Ines Vaz has a few scenes as the city burns.",
    "a song played by a young band": "The anthem, a loud thing, played by a young Blue Winter.",
    "returns as a director": "Ines Vaz returns as director after ten years away.",
    "a film in brackets": "Ines Vaz (Blue Winter) is as good as ever as Mara Holm.",
    "a comparison, and": "Ines Vaz is the new Meryl Streep, and she knows it.",
    "a daughter of someone, and": "Ines Vaz is the daughter of Tomas Lind, and it shows.",
    "a comparison with a star": "Ines Vaz is the new Meryl Streep.",
    "the star of a titled film": "Ines Vaz is the star of Blue Winter, the film everybody saw.",
    "a place she is the pride of": "Ines Vaz is the pride of Lisbon, Portugal.",
    "as a place does something": "As Lisbon sleeps, Ines Vaz walks the harbour.",
    "as a critic wrote": "As Pauline Kael wrote, Ines Vaz can do anything.",
    "as a child": "As a child, Ines Vaz watched Blue Winter every week.",
    "as a film's star": "As the star of Blue Winter, Ines Vaz knows the sea.",
    "a show named after a preposition": (
        "The lead, whom I knew only as the dad from Blue Winter, turns up as Mara Holm."
    ),
}  # fmt: skip


@pytest.mark.parametrize("form", MENTIONED)
def test_people_merely_mentioned_are_no_cast(form):
    film = film_of(f"{TEXT}\n\n{MENTIONED[form]}", "text", "top")
    assert film.cast == []


#: Sentences about another film beside the reviewed one's own parts, which stay.
BACK_HERE = {
    "here after another film": (
        "Ines Vaz plays Kessler here, far from her part in Blue Winter (2019)."
    ),
    "a teaser after the review": (
        "Ines Vaz plays Kessler.\n\nAlso out: Blue Winter, with Tomas Lind as Mara Holm."
    ),
    "a clause comparing her other work": (
        "Ines Vaz plays Kessler, but the film is looser than her other work."
    ),
}


@pytest.mark.parametrize("form", BACK_HERE)
def test_a_part_here_stays_beside_another_film(form):
    assert cast_of(film_of(f"{TEXT}\n\n{BACK_HERE[form]}", "text", "top")) == [
        ("Ines Vaz", "Kessler")
    ]


def test_a_doubtful_pair_leaves_the_next_pair_credited():
    """ "Mara Holm (Ines Vaz)" could be either way round; "Kessler (Tomas Lind)" after it
    cannot, and the first pair's doubt must not carry over to it."""
    text = "Mara Holm (Ines Vaz) runs the ferry. Her brother Kessler (Tomas Lind) runs the bar."
    assert cast_of(film_of(text, "text")) == [("Tomas Lind", "Kessler")]


#: <dl>s of two names a term that are no cast: works and makers, places, jobs.
NAMED_GLOSSARIES = {
    "films and their directors": [("Blue Winter", "Ines Vaz"), ("The Long Ferry", "Tomas Lind")],
    "places and countries": [("Lisbon", "Portugal"), ("Porto", "Portugal")],
    "people and their jobs": [("Ines Vaz", "Director"), ("Tomas Lind", "Producer")],
    "people and a sentence": [("Ines Vaz", "Shot the film in a week."), ("Tomas Lind", "Cut it.")],
}


@pytest.mark.parametrize("form", NAMED_GLOSSARIES)
def test_a_dl_of_other_names_is_no_cast(form):
    terms = "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in NAMED_GLOSSARIES[form])
    film = film_of(f"<h2>Notes</h2><dl>{terms}</dl>", "html", "end")
    assert film.cast == []


#: A voice list aligned "Character ...... Actor", one actor in two parts on some lines.
DUAL_LEADERS = [
    ("Mara", "Ines Vaz"),
    ("Kessler / Old Kessler", "Tomas Lind"),
    ("Ferry Ann", "Hana Berg"),
    ("Granny / Yubaba", "Rufus Ek"),
]


@pytest.mark.parametrize("heading", ["VOICES", "Voice cast", "Cast:"])
@pytest.mark.parametrize("leader", [" .......... ", " …… ", "..........."])
def test_a_leader_list_with_parts_first_and_dual_parts(heading, leader):
    text = heading + "\n" + "\n".join(f"{c}{leader}{n}" for c, n in DUAL_LEADERS)
    assert cast_of(film_of(text, "text", "end")) == [(n, c) for c, n in DUAL_LEADERS]


@pytest.mark.parametrize(
    ("lines", "cast"),
    [
        (["Mara .......... Ines Vaz", "Tomas Lind .......... Kessler"], ["Ines Vaz", "Tomas Lind"]),
        (["Kessler / Old Kessler .......... Tomas Lind"], ["Tomas Lind"]),
        (["Ines Vaz .......... Tomas Lind / Hana Berg"], ["Ines Vaz"]),
    ],
)
def test_leader_lines_whose_run_says_no_order(lines, cast):
    """Lines a run cannot order (evidence both ways, or a line alone) are read one by one,
    the actor the full name beside a single word or a slashed pair of parts."""
    film = film_of("VOICES\n" + "\n".join(lines), "text", "end")
    assert [name for name, _ in cast_of(film)] == cast


@pytest.mark.parametrize(
    ("line", "cast"),
    [
        # the part's own words after a comma stay the part's
        ("Cast: Ines Vaz (Mara, Queen of Spades), Tomas Lind", [
            ("Ines Vaz", "Mara, Queen of Spades"), ("Tomas Lind", "")]),
        # a gloss after an actor with no part is no one's entry, and joins no one
        ("Cast: Ines Vaz, Tomas Lind, a dog named Rex", [("Ines Vaz", ""), ("Tomas Lind", "")]),
        # glosses between entries: each joins the entry before it
        ("Cast: Ines Vaz as Mara, Kessler's wife, Tomas Lind as Kessler, the sake brewer", [
            ("Ines Vaz", "Mara"), ("Tomas Lind", "Kessler")]),
        ("Cast: Ines Vaz (Mara, the ferry's owner), Hana Berg (the tavern keeper)", [
            ("Ines Vaz", "Mara"), ("Hana Berg", "the tavern keeper")]),
    ],
)  # fmt: skip
def test_a_critics_gloss_after_a_part(line, cast):
    assert cast_of(film_of(line, "text", "top")) == cast


@pytest.mark.parametrize(
    "rows",
    [
        [("Ines Vaz", "…", "1984"), ("Tomas Lind", "…", "1990")],  # a filmography's years
        [("Blue Winter", "…", "Ines Vaz"), ("Heat", "…", "Tomas Lind")],  # films and makers
    ],
)
def test_leader_rows_outside_a_cast_give_no_cast(rows):
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    film = film_of(f"<h2>More like this</h2><table>{body}</table>", "html", "end")
    assert film.cast == []


CAST_SEGMENT = "Ines Vaz, Tomas Lind, Hana Berg"


@pytest.mark.parametrize("label", ["w/", "with", "With", "starring", "Starring"])
@pytest.mark.parametrize(
    "strip",
    [
        "{cast} · ph. Oskar Dahl · Blue Door Pictures",
        "Drama | 2019 | {cast} | 104 min",
    ],
)
def test_a_strips_cast_segment_without_a_colon(label, strip):
    film = film_of(strip.format(cast=f"{label} {CAST_SEGMENT}"), "text", "top")
    assert [name for name, _ in cast_of(film)] == CAST_SEGMENT.split(", ")


@pytest.mark.parametrize(
    "segment",
    ["with English subtitles", "w/ Q&A after", "with Netflix", "starring Mara and friends"],
)
def test_a_strips_with_segment_that_names_no_cast(segment):
    film = film_of(f"Drama | 2019 | {segment} | 104 min", "text", "top")
    assert film.cast == []


def test_a_one_word_part_is_not_taken_in_full_from_an_actors_name():
    text = (
        "Mara Holm, who plays the young Kessler, is a force. Ines Vaz takes over as the"
        " teenage Mara, in love with the ferry."
    )
    assert cast_of(film_of(text, "text", "top")) == [("Mara Holm", "Kessler"), ("Ines Vaz", "Mara")]
