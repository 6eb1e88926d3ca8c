"""A surname alone in a credit sentence ("Lind wrote the screenplay with Bo Ek") stands for
the one person the post names in full with it; when the post names two people of that
surname (a director and his producer father), the sentence says not whose, and credits no
one by it."""

from imports.documents import extract

STORY = "A pianist sees a murder through a window and cannot stop picking at what he glimpsed."


def film_of(*paragraphs):
    body = "\n\n".join((STORY, *paragraphs))
    return extract(f"Lanterns\n\n{body}\n\nIt ends on a reflection in a mirror.\n").film


def test_a_surname_two_people_share_credits_no_one():
    film = film_of(
        "Director Tomas Lind's stylish thriller is his best.",
        "Lind wrote the screenplay with Bo Ekholm, and the story is a clever one.",
        "It was produced by Anders Lind for a small company.",
    )
    assert "Anders Lind" not in film.writers
    assert "Tomas Lind" not in film.writers
    assert "Bo Ekholm" in film.writers


def test_a_surname_one_person_has_is_that_person():
    film = film_of(
        "Director Tomas Lind's stylish thriller is his best.",
        "Lind wrote the screenplay with Bo Ekholm, and the story is a clever one.",
        "It was produced by Anders Berg for a small company.",
    )
    assert "Anders Berg" not in film.writers
    assert "Bo Ekholm" in film.writers
