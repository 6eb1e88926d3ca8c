"""Cast lists as particular kinds of page write them: a forum post in BBCode, a
translated page's labels in two languages, a film site's cast links with the part in
their hover text. Each cell must give the cast, its characters, and nothing else."""

import pytest

from imports.bbcode import bbcode_plain
from imports.html_pages import page_extract
from tests.imports.test_cast_grid import FULL, cast_of
from tests.imports.test_fact_grid import TEXT, film_of


def test_a_bbcode_forum_post_reads_as_its_readers_see_it():
    """A forum post's tags are markup only: its labelled facts and its [list] of parts
    read as lines, while a reply quoting the post adds nobody."""
    post = (
        "[size=150][b]LANTERNS[/b][/size]\n[img]https://i.example/p.jpg[/img]\n"
        "[b]Director:[/b] [url=/p/9]Ines Vaz[/url]\n[b]Starring:[/b]\n[list]\n"
        "[*]Tomas Lind ... Peter Kessler\n[*]Hana Berg ... Old Yubaba\n[/list]\n\n"
        f'{TEXT}\n\n[quote="kev"]Rufus Mont was robbed[/quote]\nAgreed, [i]robbed[/i].\n'
    )
    film = film_of(post, "text", "top")
    assert (film.directors, cast_of(film)) == (["Ines Vaz"], FULL[1:])


@pytest.mark.parametrize(
    "text", ["Cast [sic]: Ines Vaz [b]", "The [b] key and [i] key", "A [list] of [*] things"]
)
def test_brackets_in_plain_text_are_no_bbcode(text):
    assert bbcode_plain(text) == text


@pytest.mark.parametrize("label", ["Darsteller / Cast", "Reparto/Starring", "Elenco / Cast"])
def test_a_label_in_two_languages(label):
    line = f"{label}: " + ", ".join(f"{n} ({c})" for n, c in FULL)
    assert cast_of(film_of(line, "text", "top")) == FULL


def test_two_labels_in_one_keep_both():
    film = film_of("Director/Writer: Ines Vaz\nKamera / Camera: Tomas Lind", "text", "top")
    assert (film.directors, film.writers, film.cinematographers) == (
        ["Ines Vaz"], ["Ines Vaz"], ["Tomas Lind"]
    )  # fmt: skip


@pytest.mark.parametrize("path", ["/actor/{slug}/", "/name/{slug}", "/people/{slug}.html"])
@pytest.mark.parametrize("between", ["\n", " · ", "<br>"])
def test_parts_in_the_hover_text_of_cast_links(path, between):
    links = [
        f'<a href="{path.format(slug=n.lower().replace(" ", "-"))}" title="{c}">{n}</a>'
        for n, c in FULL
    ]
    other = '<a href="/actor/rufus/" title="View profile">Rufus Mont</a>'
    film = film_of(f"<h2>Cast</h2><p>{between.join([*links, other])}</p>", "html", "end")
    assert cast_of(film) == [*FULL, ("Rufus Mont", "")]


def test_hover_text_of_other_links_is_no_part():
    links = '<a href="/tag/ines-vaz/" title="Mara Holm">Ines Vaz</a>'
    film = film_of(f"<h2>Cast</h2><p>{links}</p>", "html", "end")
    assert cast_of(film) == [("Ines Vaz", "")]


@pytest.mark.parametrize(
    ("line", "studios"),
    [
        ("Produktion / Production: Wiedemann & Berg Filmproduktion",
         ["Wiedemann & Berg Filmproduktion"]),
        ("Studio: Merchant & Ivory Productions", ["Merchant & Ivory Productions"]),
        ("Studios: A24 & Elara", ["A24", "Elara"]),
        ("Studio: Neon & Film4", ["Neon", "Film4"]),
    ],
)  # fmt: skip
def test_a_firm_named_after_its_founders_is_one_studio(line, studios):
    assert film_of(line, "text", "top").studios == studios


@pytest.mark.parametrize(
    ("attributes", "heading"),
    [('class="credits-panel"', "Cast &amp; crew"), ('class="panel"', "Cast and crew"),
     ('id="film-crew"', "About the film"), ('class="box"', "Credits")],
)  # fmt: skip
def test_a_credits_box_beside_the_article_is_the_films(attributes, heading):
    box = (
        f"<section {attributes}><h3>{heading}</h3><dl><dt>Director</dt><dd>Ines Vaz</dd>"
        "<dt>Cast</dt><dd>Tomas Lind, Hana Berg</dd></dl></section>"
    )
    page = f"<html><body><article><h1>Lanterns</h1><p>{TEXT}</p><p>{TEXT}</p></article>{box}"
    film = page_extract(page + "</body></html>").film
    assert (film.directors, cast_of(film)) == (
        ["Ines Vaz"],
        [("Tomas Lind", ""), ("Hana Berg", "")],
    )


def test_a_box_of_other_films_crews_is_not_the_films():
    box = (
        '<section class="rail"><h3>More from the crew</h3><div><p>Blue Winter</p>'
        "<small>Director: Ines Vaz</small></div></section>"
    )
    page = f"<html><body><article><h1>Lanterns</h1><p>{TEXT}</p><p>{TEXT}</p></article>{box}"
    assert page_extract(page + "</body></html>").film.directors == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ines Vaz / Tomas Lind / Hana Berg", ["Ines Vaz", "Tomas Lind", "Hana Berg"]),
        ("Ines Vaz / Tomas Lind / Hana Berg / Rufus Mont / Rufus", None),
        ("Ines Vaz / Mara Holm / Paprika", []),  # an actor, a part and its other self
        ("Ines Vaz / Mara", ["Ines Vaz"]),  # an actor and a part
    ],
)
def test_a_run_of_names_parted_by_slashes(line, names):
    film = film_of(f"Cast: {line}", "text", "top")
    expected = line.split(" / ") if names is None else names
    assert [member.name for member in film.cast] == expected
    assert "Mara Holm" not in [member.name for member in film.cast]
