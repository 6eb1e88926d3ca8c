"""Credit labels of older films' facts tables: "Adaptation" (the writers who adapted the
source) and "Company" (the producing company, with its distributor after "released by")."""

import pytest

from tests.imports.fact_forms import page, text

HEAD = "Lanterns (1926) review"


def row(label, value):
    return (
        f"<table><tbody><tr><td><strong>{label}</strong></td><td>{value}</td></tr></tbody></table>"
    )


@pytest.mark.parametrize(
    ("label", "value", "writers"),
    [
        ("Adaptation", "Al Lind, Tom Berg", ["Al Lind", "Tom Berg"]),
        ("Adaptation by", "Al Lind", ["Al Lind"]),
        ("Adapted by", "Al Lind and Tom Berg", ["Al Lind", "Tom Berg"]),
    ],
)
def test_an_adaptation_credit_names_writers(label, value, writers):
    assert page(HEAD, row(label, value)).writers == writers
    assert text(HEAD, f"{label}: {value}").writers == writers


@pytest.mark.parametrize(
    ("value", "studios"),
    [
        (
            "Greywater Productions / released by Harbour Artists",
            ["Greywater Productions", "Harbour Artists"],
        ),
        ("Greywater Productions", ["Greywater Productions"]),
    ],
)
def test_a_company_credit_names_studios(value, studios):
    assert page(HEAD, row("Company", value)).studios == studios
    assert text(HEAD, f"Company: {value}").studios == studios


@pytest.mark.parametrize(
    "line",
    [
        "Adaptation: 8/10",  # a scorecard's line
        "The adaptation is loose, and Tom Berg's novel is barely there.",
    ],
)
def test_adaptation_as_a_score_or_in_a_sentence_is_no_credit(line):
    assert text(HEAD, line).writers == []
