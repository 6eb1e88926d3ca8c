"""Headlines that do not name the film plainly (a column's label and a phrase, a pun, a
question, a front matter title the text never repeats): the film is the name the text or
the page's data gives it, on pages written for these tests."""

from imports.documents import extract
from imports.html_pages import page_extract

PROSE = (
    "<p>The ferry leaves at dawn and nobody on it wants to arrive, which is the whole of the "
    "premise and more than enough for a film this patient with its people.</p>"
)


def page(body, head=""):
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_a_columns_phrase_in_small_letters_gives_way_to_the_dated_name_in_bold():
    review = page_extract(
        page(
            "<h1>Streaming pick of the week: the judge who listens in</h1>"
            "<p><strong>Harbour Lights</strong> (<em>Hamnljus</em>, 1994) is the closing panel "
            f"of Ines Lund's trilogy.</p>{PROSE}"
        )
    )
    assert (review.film.title, review.film.year) == ("Harbour Lights", 1994)


def test_a_credits_heading_is_never_the_film_and_the_movie_the_text_names_wins():
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review",'
        '"itemReviewed":{"@type":"Movie","name":"Harbour Lights"}}</script>'
    )
    review = page_extract(
        page(
            "<h1>Drawn in Charcoal and Wind</h1><p>An hour into <strong>Harbour Lights</strong> "
            "the frame dissolves into charcoal.</p><h2>Staff</h2><p>Directed by Ines Lund</p>"
            + PROSE,
            head,
        )
    )
    assert review.film.title == "Harbour Lights"
    kept = page_extract(
        page("<h1>Harbour Lights</h1><p>Harbour Lights is a quiet film.</p>" + PROSE, head)
    )
    assert kept.film.title == "Harbour Lights"


def test_a_front_matter_title_the_text_never_names_gives_way_to_its_one_dated_title():
    text = (
        '---\nlayout: post\ntitle: "Wrong Address, Right Person"\nsubtitle: "Notes on a love '
        'story"\ndate: 2023-09-18\ncategories: [reviews]\n---\n\nThe dabbawalas of the city '
        "almost never get one wrong. *Harbour Lights* (2013) is about the one that goes wrong."
        "\n\nIla, a young housewife played by **Mara Holm**, cooks an elaborate lunch. The tin "
        "ends up on the desk of Saajan (**Ove Lund**), a widowed clerk.\n\nQuick facts:\n\n"
        "* Runtime: 1 hr 44 min\n* Countries: India, France\n* Cinematography: Tomas Lind\n"
    )
    film = extract(text, markdown=True).film
    assert (film.title, film.year) == ("Harbour Lights", 2013)


def test_a_title_in_italics_with_its_original_in_italics_after_it_is_one_title():
    review = page_extract(
        page(
            "<h1>Is 0.05% the secret to happiness?</h1><p>The film is Ines Lund's <em>Harbour "
            "Lights</em> (<em>Hamnljus</em> in Swedish), and it is about four teachers.</p>"
            f"{PROSE}<p>Harbour Lights is the best thing she has made.</p>"
        )
    )
    assert review.film.title == "Harbour Lights"


def test_two_titles_in_italics_side_by_side_leave_a_question_headline_weak():
    review = page_extract(
        page(
            "<h1>Is 0.05% the secret to happiness?</h1><p>I watched <em>Harbour Lights</em> and "
            f"<em>Salt Marsh</em> back to back.</p>{PROSE}"
        )
    )
    assert review.film.title not in ("Harbour Lights", "Salt Marsh")
