"""A company named with its legal form ("Greywater Oy", "Nordlys AB", "Harbour Bild
GmbH") is a studio in "A … production"; a person's name is not a company."""

import pytest

from imports.companies import is_company
from imports.documents import extract

BODY = "The harbour is grey and wet all winter, and the ferry is always late."


def film_of(line):
    head = "Lanterns\nDirector: Ana Berg\nCast: Tomas Lind, Bo Ek\n"
    return extract(f"{head}{line}\n\n{BODY}\n").film


@pytest.mark.parametrize(
    ("line", "studio"),
    [
        ("A Greywater Oy production.", "Greywater Oy"),
        ("A Nordlys AB production.", "Nordlys AB"),
        ("A Harbour Bild GmbH production.", "Harbour Bild GmbH"),
    ],
)
def test_a_company_with_its_legal_form_is_a_studio(line, studio):
    assert film_of(line).studios == [studio]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Greywater Oy", True), ("Nordlys AB", True), ("Ines Vaz", False), ("Ana Oyelaran", False)],
)
def test_legal_forms_make_a_company(value, expected):
    assert is_company(value) is expected
