"""Documents that are no review (a blog's notice, WordPress's first post, a notice listing
films it reviews none of) are reported and left out, from the command and from the admin,
unless the editor asks for them."""

import pytest

from imports.documents import extract
from imports.html_extract import html_extract
from imports.html_pages import page_extract
from imports.non_reviews import post_not_a_review
from reviews.models import Film, Review
from tests.imports.admin_helpers import batch_url, confirm, start
from tests.imports.helpers import run, write

pytestmark = pytest.mark.django_db

NOTICE = """Our winter schedule

From January the newsletter goes out on Sundays instead of Fridays.

Thank you for reading, and for every argument in the comments.
"""
REVIEW = """Quiet Harbour (2024) Review

Director: Ada Virtanen

A patient film about a ferry crossing and the people who wait for it.

Rating: 4/5
"""


def test_a_notice_naming_no_film_is_left_out_unless_asked(author, tmp_path):
    notice = write(tmp_path / "notice.txt", NOTICE)
    write(tmp_path / "review.txt", REVIEW)
    output = run(tmp_path)
    assert "omitted: not a review (it names no film:" in output
    assert list(Review.objects.values_list("film__title", flat=True)) == ["Quiet Harbour"]
    assert not Film.objects.filter(title__icontains="schedule").exists()

    run(notice, "--include-non-reviews")
    assert Review.objects.filter(headline="Our winter schedule").exists()


def test_wordpress_first_post_saved_as_text_is_no_review(author, tmp_path):
    text = "Hello world!\n\nWelcome to WordPress. This is your first post. Edit or delete it!\n"
    output = run(write(tmp_path / "hello.txt", text))
    assert "omitted: not a review (WordPress's stock “Hello world!” post)" in output
    assert not Review.objects.exists()


def test_the_admin_leaves_a_notice_out_unless_the_box_is_ticked(editor_client):
    batch = start(editor_client, pasted=NOTICE)
    assert "omitted: not a review (it names no film:" in editor_client.get(batch_url(batch)).text
    confirm(editor_client, batch)
    assert not Review.objects.exists()

    batch = start(editor_client, pasted=NOTICE, include_non_reviews="on")
    assert batch.include_non_reviews
    confirm(editor_client, batch)
    assert Review.objects.get().headline == "Our winter schedule"


def test_an_essay_without_facts_is_still_a_review(author, tmp_path):
    """No info line, no rating: a text that keeps writing about its title as a film is a
    review (as the seeds' essays are), not a notice."""
    essay = (
        "Saltmarsh\n\nSaltmarsh is the kind of film that trusts its silences.\n\n"
        "Every scene in Saltmarsh is framed like a photograph left out in the rain.\n"
    )
    output = run(write(tmp_path / "essay.txt", essay))
    assert "1 created" in output and "not a review" not in output
    assert Review.objects.get().film.title == "Saltmarsh"


FILMS = [
    ("Elf", 2003, "directed by Jon Favreau"),
    ("The Paper Moon Carol", 1992, "with Michael Caine as Scrooge"),
    ("Arthur Frost", 2011, ""),
    ("Klaus", 2019, "which some of you have asked for"),
]
ENTRY_FORMS = [
    "{n} December: {t} ({y}), {c}",
    "{t} ({y}) {c}",
    "Week {n}: {t} ({y})",
    "{t} ({y}, dir. Ana Lind)",  # a programme's table or list: the year, then the director
    "{n} May: {t} ({y}, directed by Ana Lind)",
]
OPENING = "A quick note from the kitchen table: a family film a day all month, short reviews."
CLOSING = "The rest of the list is a surprise. We are also moving to a new theme."


def notice(form, layout, films=FILMS, extra=""):
    entries = [form.format(n=n, t=t, y=y, c=c).strip() for n, (t, y, c) in enumerate(films, 1)]
    headline = "Coming up in December: our Christmas countdown"
    if layout == "table":  # a programme's table: date, film, what else is on
        rows = "".join(
            f"<tr><td>{n} May</td><td>{e}</td><td>Soup</td></tr>" for n, e in enumerate(entries, 1)
        )
        post = f"<p>{OPENING}</p><table><tbody>{rows}</tbody></table><p>{CLOSING}</p><p>{extra}</p>"
        return html_extract(post, title="Spring & summer programme 2024", classic=True)
    if layout == "html":
        items = "".join(f"<li><strong>{entry}</strong></li>" for entry in entries)
        page = (
            f"<html><body><main><h1>{headline}</h1><p>{OPENING}</p><ul>{items}</ul>"
            f"<p>{CLOSING}</p><p>{extra}</p></main></body></html>"
        )
        return page_extract(page)
    lines = "\n".join(f"- {entry}" for entry in entries)
    heading = "# " if layout == "md" else ""
    return extract(
        f"{heading}{headline}\n\n{OPENING}\n\n{lines}\n\n{CLOSING}\n\n{extra}\n",
        markdown=layout == "md",
    )


@pytest.mark.parametrize("form", ENTRY_FORMS)
@pytest.mark.parametrize("layout", ["text", "md", "html", "table"])
def test_a_notice_listing_films_it_reviews_none_of_is_no_review(form, layout):
    extracted = notice(form, layout)
    assert post_not_a_review(title=extracted.title, extracted=extracted)


@pytest.mark.parametrize(
    ("films", "extra"),
    [
        (FILMS[:2], ""),  # two films are a double bill, not a list
        (FILMS, "Klaus is the one I love: Klaus has the best snow. Rating: 4/5"),
        (FILMS, "Klaus is the one I keep coming back to, and Klaus alone."),
        (FILMS, "Rating: 4/5"),
    ],
)
@pytest.mark.parametrize("layout", ["text", "html", "table"])
def test_a_post_that_reviews_a_film_beside_a_list_is_a_review(films, extra, layout):
    extracted = notice(ENTRY_FORMS[0], layout, films, extra)
    assert "it lists films" not in post_not_a_review(title=extracted.title, extracted=extracted)


def test_a_review_with_a_label_and_a_see_also_list_is_a_review():
    lines = "\n".join(f"- {title} ({year})" for title, year, _ in FILMS)
    extracted = extract(f"Film: Quiet Harbour\n\n{OPENING}\n\nSee also:\n{lines}\n")
    assert "it lists films" not in post_not_a_review(title=extracted.title, extracted=extracted)


def test_a_listing_notice_is_left_out_of_an_import(author, tmp_path):
    entries = "\n".join(f"- {t} ({y}) {c}" for t, y, c in FILMS)
    text = f"Coming up in December\n\n{OPENING}\n\n{entries}\n\n{CLOSING}\n"
    output = run(write(tmp_path / "notice.txt", text))
    assert "omitted: not a review (it lists films (" in output
    assert not Film.objects.exists()
