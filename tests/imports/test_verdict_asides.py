"""The line a rating announces is its verdict only when it sums the film up: one sentence,
not an instruction to the reader, the critic's own story, a hedge or the text going on."""

import pytest

from imports.documents import extract

TEXT = (
    "A paragraph about the film, long enough to be the text of the review, and then some "
    "more words about its people and the places it goes."
)


def verdict_of(line, where):
    """The verdict read with `line` after "Rating: 8/10", on its line or the next one."""
    rating = f"Rating: 8/10. {line}" if where == "same line" else f"Rating: 8/10\n\n{line}"
    return extract(f"Lanterns\n\n{TEXT}\n\n{TEXT}\n\n{rating}\n\n---\n").verdict


#: Lines after a rating, and the verdict each gives ("" for an aside).
LINES = {
    "Eat before you watch it. Or, possibly, don't.": "",
    "Not perfect, but a blast.": "",
    "Bring tissues.": "",
    "I first saw it on a plane, which is the wrong way to see it. Here it is again.": "",
    "Is it worth the three hours?": "",
    "A patient, kind film that earns its last ten minutes.": "same",
    "Funny, sad and wise.": "same",
    "The best ferry drama in years, and a great lead.": "same",
    # a remark on the rating itself, not on the film
    "unanimous, for once": "",
    "rounded up, generously": "",
    "Provisional, pending a rewatch": "",
    "Unanimously the warmest film of the year.": "same",
    "Easily the best ferry drama in years.": "same",
    "Harsh, brilliant and unforgettable.": "same",  # words for the film, not the rating
    "Generous, warm and wise.": "same",
    # the rest of a strip of the post's furniture
    "· Film 17 of 52 · What my grades mean": "",
    "| Seen at the festival | About my ratings": "",
    # someone else quoted, signed with a name (and an age)
    'AOIFE (9): "Better than the last one."': "",
    "Rory, 6: the dog is the best.": "",
    "Maya (age 7): “I want a seal now.”": "",
    # how the rating was arrived at: a remark on the score, not on the film
    "Docked a point because the theme song has stuck for three days.": "",
    "Loses half a star for the runtime.": "",
    "Knocked off a star for the ending.": "",
    "Took a point off for the songs.": "",
    "One point off for the dubbing.": "",
    "Half a star deducted for the CGI.": "",
    "Plus a point for the dog.": "",
    "An extra star for the cat.": "",
    "Drops a point-of-view gimmick halfway and is better for it.": "same",
    "Loses its nerve late on, and still a beautiful film.": "same",
    "A point-blank thriller that never lets up.": "same",
    "One star turn after another.": "same",
}


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("where", ["same line", "next line"])
def test_a_line_after_a_rating_is_its_verdict_only_as_a_summary(line, where):
    assert verdict_of(line, where) == (line if LINES[line] else "")


#: Lines under a rating signed by the writer, as newsletters sign off, and the verdict each
#: gives ("" for a signature).
SIGNED = {
    "-- Tomas Lind": "",
    "— Ines Vaz, film editor": "",
    "~ T.L.": "",
    "-- Funny, sad and wise.": "same",
    "— A quiet triumph.": "same",
}


@pytest.mark.parametrize("line", SIGNED)
def test_the_writers_signature_under_a_rating_is_never_its_verdict(line):
    assert verdict_of(line, "next line") == (line if SIGNED[line] else "")
