"""The film's name when the top of a post is not its headline: a mail's headers above its
subject, a newsletter's masthead with its issue's number, a column's label before a colon,
and a tagline read as the film that must not count its own line as the text naming it."""

from imports.documents import extract
from imports.title_candidates import is_issue_name
from imports.title_evidence import after_label
from imports.title_rank import best_headline

BODY = (
    "A lighthouse keeper on a northern island counts the ships that no longer come, and "
    "the film watches him mend nets, argue with the radio and wait for a supply boat "
    "that is three weeks late; nothing much happens, and all of it matters."
)


def test_a_mails_headers_give_way_to_its_subject_and_the_film_after_its_label():
    review = extract(
        "From: Ada Pell <ada@harbourcineclub.net>\n"
        "To: everyone@harbourcineclub.net\n"
        "Date: Mon, 3 Mar 2021 19:05:00 +0000\n"
        "Subject: Members letter: Saltwick Light\n\n"
        "Hello everyone,\n\n"
        f"Saltwick Light was our pick this month. {BODY}\n"
    )
    assert review.film.title == "Saltwick Light"
    assert "From: Ada Pell <ada@harbourcineclub.net>" in review.dropped


def test_a_from_line_without_a_subject_below_is_not_taken_for_a_mail_header():
    review = extract(f"From Dusk to Dawn on the Island\n\n{BODY} From Dusk to Dawn is slow.\n")
    assert review.film.title == "From Dusk to Dawn on the Island"


def test_a_mastheads_issue_line_gives_way_to_the_film_under_it():
    review = extract(
        "THE SLOW REEL -- ISSUE 12\n"
        "=========================\n\n"
        "SALTWICK LIGHT\n"
        "A keeper, a radio and a boat that never comes\n\n"
        f"{BODY} Saltwick Light runs long.\n"
    )
    assert review.film.title == "Saltwick Light"
    assert "THE SLOW REEL -- ISSUE 12" in review.dropped


def test_what_reads_as_an_issue_name():
    assert is_issue_name("Northern Film Letter, No. 7")
    assert is_issue_name("Cine Notes #12")
    assert not is_issue_name("Issue 12")  # a bare number, no publication
    assert not is_issue_name("Apollo 13")
    assert not is_issue_name("Ocean's Eleven")


def test_a_tagline_read_as_the_film_does_not_beat_the_line_with_the_year():
    lines = [
        "THE BACK ROW | weekly film notes",
        "",
        "SALTWICK LIGHT (2021)",
        "One man, one lamp, no boats at all",
        "Directed by: Ines Harrow",
        BODY,
        "Saltwick Light is worth the wait.",
    ]
    assert best_headline(lines, 0, ("One man, one lamp, no boats at all", None)) == 2


def test_the_part_after_a_colon_is_the_film_only_when_the_label_is_never_named():
    assert after_label("Tuesday notes: Saltwick Light", BODY + " Saltwick Light.") == (
        "Saltwick Light"
    )
    sequel = "The Island Saga: Saltwick Light"
    assert after_label(sequel, "The Island Saga goes on in Saltwick Light.") == ""
    assert after_label("Tuesday notes: Saltwick Light", BODY) == ""  # the text never names it
    # a label in title case is the film's own name, even when the text never names it
    assert after_label("Island Saga: Saltwick Light", BODY + " Saltwick Light.") == ""
